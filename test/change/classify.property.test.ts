// Property: classifying a change's findings is stable under edits that only shift lines and under renames
// (with the links to the renamed page updated): nothing is new, nothing is fixed. Real scans of real trees.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDocward } from '../../src/pipeline.js';
import { classifyFindings } from '../../src/change/classify.js';
import type { TreeChange } from '../../src/change/git.js';

const PAGES = ['README.md', 'docs/a.md', 'docs/b.md', 'docs/sub/c.md', 'guide.md'];
const RENAMES: Record<string, string> = { 'docs/a.md': 'docs/a-renamed.md', 'docs/sub/c.md': 'docs/moved/c.md', 'guide.md': 'docs/guide.md' };

/** One link: to a page (maybe with a fragment that may not exist), or to a file that is not there. */
const linkArb = fc.oneof(
  fc.record({ page: fc.nat(PAGES.length - 1), fragment: fc.constantFrom('', '#title', '#nowhere') }),
  fc.record({ missing: fc.constantFrom<string>('gone.md', 'gone.md', 'old/x.md') }),
);
const treeArb = fc.array(fc.array(linkArb, { maxLength: 5 }), { minLength: PAGES.length, maxLength: PAGES.length });
/** Per page: after which paragraphs unrelated lines are inserted, and how many. */
const shiftArb = fc.array(fc.array(fc.record({ at: fc.nat(6), lines: fc.integer({ min: 1, max: 4 }) }), { maxLength: 3 }), {
  minLength: PAGES.length,
  maxLength: PAGES.length,
});

type Value<A> = A extends fc.Arbitrary<infer T> ? T : never;

function render(links: Value<typeof treeArb>, where: (page: string) => string, shifts?: Value<typeof shiftArb>): Record<string, string> {
  const files: Record<string, string> = {};
  PAGES.forEach((page, i) => {
    const self = where(page);
    const paragraphs = [`# Title`];
    for (const link of links[i]!) {
      if ('missing' in link) paragraphs.push(`See [gone](${link.missing}).`);
      else {
        const target = path.posix.relative(path.posix.dirname(self), where(PAGES[link.page]!)) || path.posix.basename(self);
        paragraphs.push(`See [page](${target}${link.fragment}).`);
      }
    }
    for (const shift of shifts?.[i] ?? []) {
      const at = Math.min(paragraphs.length, shift.at + 1);
      paragraphs.splice(at, 0, Array.from({ length: shift.lines }, () => 'Unrelated words.').join('\n'));
    }
    files[self] = paragraphs.join('\n\n') + '\n';
  });
  return files;
}

async function scan(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'docward-prop-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  try {
    return (await runDocward({ root, engine: 'js', now: new Date('2026-12-01') })).report.findings;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('classification of a change', () => {
  it('finds nothing new and nothing fixed when lines shift and pages are renamed (links to them updated)', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, shiftArb, fc.subarray(Object.keys(RENAMES)), async (links, shifts, renamed) => {
        const moved = new Map(renamed.map((from) => [from, RENAMES[from]!]));
        const base = await scan(render(links, (p) => p));
        const head = await scan(render(links, (p) => moved.get(p) ?? p, shifts));
        const change: Pick<TreeChange, 'renames'> = { renames: new Map(renamed.map((from) => [from, { to: RENAMES[from]!, similarity: 90 }])) };
        const result = classifyFindings(head, base, change);
        expect(result.introduced).toEqual([]);
        expect(result.fixed).toEqual([]);
        expect(result.preExisting).toHaveLength(head.length);
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it('one more broken link is the one new finding, wherever the lines moved', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, shiftArb, fc.nat(PAGES.length - 1), async (links, shifts, page) => {
        const base = await scan(render(links, (p) => p));
        const more = links.map((list, i) => (i === page ? [...list, { missing: 'brand-new.md' }] : list));
        const head = await scan(render(more, (p) => p, shifts));
        const result = classifyFindings(head, base, { renames: new Map() });
        expect(result.introduced.map((f) => [f.rule, f.path, f.message])).toEqual([['link-broken', PAGES[page], expect.stringContaining('"brand-new.md"')]]);
        expect(result.fixed).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
