// Property: any Markdown document built from the contract's constructs gives identical facts on the native
// engine (extractBytes) and the js engine (extractDocument). fast-check shrinks a failure to a minimal document.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDocument } from '../../src/engine/js/index.js';
import { loadNative } from '../../src/engine/native.js';
import type { DocumentFacts } from '../../src/engine/contract.js';
import { markdownDocument } from './markdown-arb.js';

const native = loadNative();
const RUNS = Number(process.env.DOCWARD_PROPERTY_RUNS ?? 400);

/** YAML error wording comes from each engine's library; the contract compares positions only. */
export function comparable(facts: DocumentFacts): DocumentFacts {
  if (!facts.frontmatter?.error) return facts;
  return { ...facts, frontmatter: { ...facts.frontmatter, error: { ...facts.frontmatter.error, message: '' } } };
}

describe('random Markdown documents: both engines agree', () => {
  it(`${RUNS} generated documents give identical facts`, () => {
    // The native core is built before the tests (.ci/run); its absence is a failure, not a skip.
    if (!native.ok) throw new Error(`native engine not loaded: ${native.reason}`);
    const binding = native.binding;
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const path = 'doc.md';
        const bytes = Buffer.from(text, 'utf8');
        const js = comparable(extractDocument(path, new Uint8Array(bytes)));
        const rust = comparable(JSON.parse(binding.extractBytes(path, bytes)) as DocumentFacts);
        expect(rust).toEqual(js);
      }),
      { numRuns: RUNS },
    );
  });
});
