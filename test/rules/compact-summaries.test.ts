/** Summaries kept for the whole scan in compact forms: site modes' links until the routes exist, anchor ids as hashes, equal sets shared between documents, case variants by hash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileProblem, Link } from '../../src/engine/contract.js';
import { KeptLinks } from '../../src/rules/kept-links.js';
import { DocumentAnchors } from '../../src/rules/scan-index/anchors.js';
import { hasAnchor } from '../../src/rules/links/anchors.js';
import { ListingLookup } from '../../src/rules/scan-index/listing.js';
import { doc } from './facts.js';

const link: fc.Arbitrary<Link> = fc
  .record({
    kind: fc.constantFrom('inline', 'reference', 'autolink', 'html', 'shortcode') as fc.Arbitrary<Link['kind']>,
    image: fc.boolean(),
    target: fc.oneof(fc.constantFrom('', 'a.md', 'https://x.org', './b.md#c'), fc.string()),
    lang: fc.option(fc.constantFrom('fr', 'en', ''), { nil: undefined }),
    line: fc.nat(1_000_000),
    column: fc.nat(10_000),
    to: fc.option(fc.integer({ min: -1, max: 1_000_000 }), { nil: undefined }),
  })
  .map(({ lang, to, ...rest }) => ({ ...rest, ...(lang === undefined ? {} : { lang }), ...(to === undefined ? {} : { to }) }));

const problem: FileProblem = { kind: 'binary', message: 'not text' };

describe('KeptLinks', () => {
  it('gives back every kept document its links as they arrived, undefined for one not kept or already taken', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(link, { maxLength: 40 }), { nil: undefined }), { maxLength: 30 }), (documents) => {
        const kept = new KeptLinks(documents.length);
        documents.forEach((links, number) => {
          if (links) kept.keep(number, { path: `d${number}.md`, links, ...(number % 5 === 4 ? { problem } : {}) });
        });
        documents.forEach((links, number) => {
          const doc = kept.take(number, `d${number}.md`);
          if (!links) return expect(doc).toBeUndefined();
          expect(doc).toStrictEqual({ path: `d${number}.md`, links, ...(number % 5 === 4 ? { problem } : {}) });
          expect(kept.take(number, `d${number}.md`)).toBeUndefined();
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives back links across its chunks (thousands of links), the last document with a link of its own', () => {
    const documents = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: d === 6 ? 1 : 3000 }, (_, i): Link => ({
        kind: 'inline',
        image: i % 2 === 0,
        target: `t${i % 100}.md`,
        line: i + 1,
        column: d + 1,
        to: i - 1,
      })),
    );
    const kept = new KeptLinks(documents.length);
    documents.forEach((links, number) => kept.keep(number, { path: `d${number}.md`, links }));
    documents.forEach((links, number) => expect(kept.take(number, `d${number}.md`)).toStrictEqual({ path: `d${number}.md`, links }));
  });
});

describe('DocumentAnchors', () => {
  const anchorsOf = (...ids: string[]) => ids.map((id, i) => ({ id, line: i + 1, column: 1 }));
  const where = (ids: Float64Array | undefined) => [ids?.buffer, ids?.byteOffset, ids?.length];

  it('shares one set between documents with the same ids, and each answers for its own ids only', () => {
    const many = (prefix: string) => Array.from({ length: 40 }, (_, i) => `${prefix}${i}`);
    const kept = new DocumentAnchors(5, 'github', true);
    kept.keep(0, doc('a.md', { anchors: anchorsOf(...many('x')) }));
    kept.keep(1, doc('b.md', { anchors: anchorsOf(...many('x').reverse()) }));
    kept.keep(2, doc('c.md', { anchors: anchorsOf('a', 'bc', ...many('z')) }));
    kept.keep(3, doc('d.md', { anchors: anchorsOf('ab', 'c', ...many('z')) }));
    kept.keep(4, doc('e.md', { problem: { kind: 'binary', message: 'not text' } }));
    expect(where(kept.of(1))).toEqual(where(kept.of(0)));
    expect(where(kept.of(3))).not.toEqual(where(kept.of(2)));
    expect([hasAnchor(kept.of(0)!, 'x39'), hasAnchor(kept.of(0)!, 'x40'), hasAnchor(kept.of(1)!, 'x0')]).toEqual([true, false, true]);
    expect([hasAnchor(kept.of(2)!, 'bc'), hasAnchor(kept.of(2)!, 'ab'), hasAnchor(kept.of(2)!, 'z7')]).toEqual([true, false, true]);
    expect([hasAnchor(kept.of(3)!, 'bc'), hasAnchor(kept.of(3)!, 'ab')]).toEqual([false, true]);
    expect([kept.of(4), kept.readable(4), kept.arrived(4)]).toEqual([undefined, false, true]);
  });
});

describe('ListingLookup.caseVariants', () => {
  it('gives every listed path equal to the asked one ignoring case, in listing order (as filtering the listing would)', () => {
    const segment = fc.constantFrom('docs', 'Docs', 'DOCS', 'readme.md', 'README.md', 'ReadMe.md', 'a', 'A', 'é', 'É', 'x.md');
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 40 }), fc.array(path, { maxLength: 10 }), (paths, probes) => {
        const lookup = new ListingLookup({ paths, dirs: [], documentPaths: [] });
        for (const probe of [...paths, ...probes]) expect(lookup.caseVariants(probe)).toEqual(paths.filter((p) => p.toLowerCase() === probe.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });
});
