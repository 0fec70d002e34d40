/** Properties over random facts: no rule throws, every finding is well-formed, resolution never leaves the root. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../src/engine/contract.js';
import { loadConfig } from '../../src/config/load.js';
import { runRules } from '../../src/rules/run.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { joinSegments, resolveLinkTarget } from '../../src/rules/links/resolve.js';
import { joinRoute } from '../../src/sites/generator.js';
import { anchorIds, hasAnchor, HeadingSlugger } from '../../src/rules/links/anchors.js';
import GithubSlugger from 'github-slugger';
import { computeScore, ScoreCounts } from '../../src/score.js';
import { NOW, scanOf } from './facts.js';

const segment = fc.constantFrom('docs', 'a', 'B', 'x y', 'README.md', 'guide.md', '..', '.', '', '%20', 'é.md', 'specs');
const target = fc.oneof(
  fc.array(segment, { maxLength: 5 }).map((s) => s.join('/')),
  fc.tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom('', '#x', '#Install', '?q=1', '#%E2', '#top')).map(([s, f]) => s.join('/') + f),
  fc.constantFrom('https://x.org', 'mailto:a@b.c', '//cdn/x', '#', ''),
  fc.string(),
);
const jsonValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));

const documentFacts = (path: string): fc.Arbitrary<DocumentFacts> =>
  fc
    .record({
      lines: fc.nat(3000),
      bytes: fc.nat(200_000),
      data: fc.option(
        fc.dictionary(fc.constantFrom('title', 'type', 'status', 'created', 'updated', 'author', 'description', 'orphan', '$schema'), jsonValue),
        { nil: undefined },
      ),
      headings: fc.array(fc.record({ level: fc.integer({ min: 1, max: 6 }), text: fc.string(), line: fc.integer({ min: 1, max: 50 }) }), { maxLength: 6 }),
      links: fc.array(fc.record({ target, line: fc.integer({ min: 1, max: 50 }), image: fc.boolean() }), { maxLength: 6 }),
      suppressions: fc.array(
        fc.record({
          directive: fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-file', 'bogus'),
          rules: fc.array(fc.constantFrom('link-broken', 'orphan', 'nope'), { maxLength: 2 }),
          line: fc.integer({ min: 1, max: 50 }),
        }),
        { maxLength: 4 },
      ),
      words: fc.nat(500),
    })
    .map((r) => ({
      path,
      bytes: r.bytes,
      lines: r.lines,
      frontmatter: r.data === undefined ? undefined : { line: 1, endLine: 2, data: r.data, keys: Object.keys(r.data).map((key, i) => ({ key, line: i + 2 })) },
      headings: r.headings.map((h) => ({ ...h, column: 1, style: 'atx' as const })),
      links: r.links.map((l) => ({ kind: 'inline' as const, column: 1, ...l })),
      codeBlocks: [],
      anchors: [],
      suppressions: r.suppressions.map((s) => ({ ...s, column: 1 })),
      metrics: { words: r.words, headings: r.headings.length, links: r.links.length, codeBlocks: 0 },
    }));

describe('properties', () => {
  it('resolveLinkTarget never yields a path outside the root or with dot segments', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), target, (from, t) => {
        const r = resolveLinkTarget([...from.filter((s) => s && s !== '.' && s !== '..'), 'doc.md'].join('/'), t);
        if (r.kind !== 'path') return;
        expect(r.path.startsWith('/')).toBe(false);
        expect(r.path.split('/').some((s) => s === '..' || s === '.')).toBe(false);
      }),
    );
  });

  it('every preset runs on arbitrary facts without throwing and gives well-formed findings and a 0..100 score', async () => {
    const configs = await Promise.all(['recommended', 'cde', 'strict'].map((preset) => loadConfig('/nonexistent-docward-root', { preset })));
    const paths = ['README.md', 'docs/guide.md', 'specs/design/a.md', 'agent-docs/sessions/x.md', 'Bad Name.md'];
    await fc.assert(
      fc.asyncProperty(fc.tuple(...paths.map(documentFacts)), async (docs) => {
        const scan = scanOf(docs);
        for (const config of configs) {
          const findings = runRules(scan, config, { now: NOW, gitDates: new Map([['README.md', NOW]]) });
          for (const f of findings) {
            expect(RULES_BY_ID.has(f.rule)).toBe(true);
            expect(paths).toContain(f.path);
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.column).toBeGreaterThanOrEqual(1);
            expect(f.message.length).toBeGreaterThan(0);
          }
          const score = computeScore(ScoreCounts.of(scan.documents), findings);
          expect(Number.isInteger(score.total) && score.total >= 0 && score.total <= 100).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** The plain algorithm the fast path in resolveLinkTarget must agree with. */
function referenceResolve(fromPath: string, target: string): unknown {
  const t = target.trim();
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(t) || t.startsWith('//')) return { kind: 'external' };
  const hash = t.indexOf('#');
  const fragment = hash >= 0 ? t.slice(hash + 1) : undefined;
  let p = hash >= 0 ? t.slice(0, hash) : t;
  if (p.includes('?')) p = p.slice(0, p.indexOf('?'));
  if (p === '') return { kind: 'same-document', fragment };
  let decoded: string;
  try {
    decoded = decodeURIComponent(p);
  } catch {
    decoded = p.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
  const segments = decoded.startsWith('/') ? [] : fromPath.split('/').slice(0, -1);
  for (const s of decoded.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (segments.length === 0) return { kind: 'outside-root' };
      segments.pop();
    } else segments.push(s);
  }
  return { kind: 'path', path: segments.join('/'), fragment };
}

describe('resolveLinkTarget fast path', () => {
  it('agrees with the plain split-and-walk algorithm', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), target, (from, t) => {
        const fromPath = [...from.filter((s) => s && s !== '.' && s !== '..'), 'doc.md'].join('/');
        expect(resolveLinkTarget(fromPath, t)).toEqual(referenceResolve(fromPath, t));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The split-and-walk join that joinSegments' string fast path must agree with, for any folder (even `/a`, `a//b`, `a/`). */
function referenceJoin(dir: string, relative: string): string | undefined {
  const segments = dir === '' ? [] : dir.split('/');
  for (const s of relative.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(s);
  }
  return segments.join('/');
}

describe('joinSegments fast path', () => {
  it('agrees with the plain split-and-walk algorithm', () => {
    const dirSegment = fc.constantFrom('docs', 'a', '', '..', '.', 'x y');
    fc.assert(
      fc.property(fc.array(dirSegment, { maxLength: 4 }), fc.array(segment, { maxLength: 6 }), (dir, rel) => {
        const d = dir.join('/');
        const r = rel.join('/');
        expect(joinSegments(d, r)).toBe(referenceJoin(d, r));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('joinRoute one-pass join', () => {
  it('agrees with filter, join, collapse slashes, trim one slash at each end', () => {
    const part = fc.option(fc.constantFrom('', '/', '//', 'docs', 'a/', '/b', 'x//y', 'fr', '.', 'é'), { nil: undefined });
    const reference = (parts: (string | undefined)[]) =>
      parts
        .filter((p) => p !== undefined && p !== '')
        .join('/')
        .replace(/\/{2,}/g, '/')
        .replace(/^\/|\/$/g, '');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), (parts) => {
        expect(joinRoute(...parts)).toBe(reference(parts));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('HeadingSlugger', () => {
  it('gives the same ids as github-slugger for any run of headings (plain text fast path, unicode, duplicates)', () => {
    const text = fc.oneof(
      fc.constantFrom('Install', 'install', 'Install 1', 'install-1', 'A  b', '', ' ', '-', 'Ünïcödé', 'K\u212a', 'İstanbul', 'a_b', 'C++ & Go!', '👉 Go'),
      fc.stringMatching(/^[A-Za-z0-9 _-]{0,8}$/),
      fc.string({ unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const ours = new HeadingSlugger();
        const theirs = new GithubSlugger();
        expect(texts.map((t) => ours.slug(t))).toEqual(texts.map((t) => theirs.slug(t)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('anchorIds', () => {
  it('finds exactly the ids it was given (few or many, any characters), by their hashes', () => {
    const id = fc.oneof(
      fc.constantFrom('', 'install', 'install-1', 'a\nb', 'Ünïcödé', '👉-go', 'x', 'xy', 'install-10'),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.stringMatching(/^[a-z0-9-]{0,5}$/),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 80 }), fc.array(id, { maxLength: 10 }), (ids, probes) => {
        const anchors = anchorIds(ids);
        for (const probe of [...ids, ...probes]) expect(hasAnchor(anchors, probe)).toBe(ids.includes(probe));
      }),
      { numRuns: 2000 },
    );
  });
});
