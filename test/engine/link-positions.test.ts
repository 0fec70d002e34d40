/**
 * `Link.to` (contract.ts): both engines place the same links in the listing, every placed link is
 * where GitHub's rule (resolveLinkTarget) puts it, and the rules resolve every link the same with
 * or without it. Over every fixture tree and a generated tree of hostile targets.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/contract.js';
import { jsScan } from '../../src/engine/js/index.js';
import { plainJoin } from '../../src/engine/js/link-positions.js';
import { loadNative, type NativeBinding } from '../../src/engine/native.js';
import { resolveLinkTarget } from '../../src/rules/links/resolve.js';
import { ScanIndex } from '../../src/rules/scan-index.js';

const repo = path.resolve(import.meta.dirname, '../..');
const loaded = loadNative();
if (!loaded.ok) throw new Error(`the native engine is needed here: ${loaded.reason}`);
const binding: NativeBinding = loaded.binding;

const trees = [
  'fixtures/cde-repo',
  ...['fixtures/repos', 'fixtures/rules', 'fixtures/sites'].flatMap((dir) =>
    readdirSync(path.join(repo, dir))
      .sort()
      .map((name) => `${dir}/${name}`),
  ),
];

const nativeScan = (root: string) => JSON.parse(binding.scan(JSON.stringify({ root }))) as ScanResult;
const positionsOf = (scan: ScanResult) => scan.documents.map((d) => d.links.map((l) => l.to));

/** Every placed link is at GitHub's path; returns how many were placed. */
function expectPlacedWhereGithubResolves(scan: ScanResult): number {
  let placed = 0;
  for (const doc of scan.documents) {
    for (const link of doc.links) {
      expect(typeof link.to, `${doc.path}: ${link.target}`).toBe('number');
      if (link.to! < 0) continue;
      placed++;
      const github = resolveLinkTarget(doc.path, link.target);
      expect(github.kind === 'path' ? github.path : github.kind, `${doc.path}: ${link.target}`).toBe(scan.paths[link.to!]);
    }
  }
  return placed;
}

/** The rules' resolution of every link of every document, as JSON, in github mode. */
function resolvedByRules(scan: ScanResult): string[] {
  const index = new ScanIndex({ paths: scan.paths, dirs: scan.dirs, documentPaths: scan.documents.map((d) => d.path) });
  return scan.documents.map((doc) => JSON.stringify([index.linksOf(doc), [...index.listedLinksOf(doc)], [...index.linkTargetsOf(doc)]]));
}

const withoutPositions = (scan: ScanResult): ScanResult => ({
  ...scan,
  documents: scan.documents.map((d) => ({ ...d, links: d.links.map(({ to: _to, ...rest }) => rest) })),
});

describe('Link.to on every fixture tree', () => {
  it.each(trees)('%s: engines agree, placed links are where GitHub resolves them, rules unchanged', async (tree) => {
    const root = path.join(repo, tree);
    const native = nativeScan(root);
    const js = await jsScan({ root });
    expect(positionsOf(native)).toEqual(positionsOf(js));
    expectPlacedWhereGithubResolves(native);
    expect(resolvedByRules(native)).toEqual(resolvedByRules(withoutPositions(native)));
  });

  it('places most links of the fixture trees (the point of it)', () => {
    let links = 0;
    let placed = 0;
    for (const tree of trees) {
      const scan = nativeScan(path.join(repo, tree));
      // Site fixtures write site routes (`/guide/x`), which no file path places by design: they are not in the share.
      const routes = tree.startsWith('fixtures/sites/') ? (l: { target: string }) => l.target.startsWith('/') : () => false;
      links += scan.documents.reduce((n, d) => n + d.links.filter((l) => !routes(l)).length, 0);
      placed += expectPlacedWhereGithubResolves(scan);
    }
    expect(links).toBeGreaterThan(200);
    expect(placed / links).toBeGreaterThan(0.4);
  });
});

describe('Link.to on hostile targets', () => {
  let root: string;
  // Names on disk, some with capitals, spaces, `%`, `#`-free punctuation and non-ASCII letters.
  const files = [
    'README.md',
    'docs/a.md',
    'docs/A.md',
    'docs/a b.md',
    'docs/ü.md',
    'docs/sub/x.md',
    'docs/sub/%41.md',
    'img/p.png',
    'docs/1a:b.md',
    'docs/q?.md',
  ];
  const segment = fc.constantFrom(
    '..',
    '.',
    '',
    'docs',
    'sub',
    'a.md',
    'A.md',
    'a b.md',
    'ü.md',
    'x.md',
    '%41.md',
    '%C3%BC.md',
    '%zz',
    'img',
    'p.png',
    '1a:b.md',
    'q',
    'README.md',
    'nope.md',
  );
  const prefix = fc.constantFrom('', '', '/', './', '../', '//', 'http:', 'mailto:', 'C:', ' ', '\u3000', '\t');
  const suffix = fc.constantFrom('', '', '/', '#x', '#', '?plain=1', '?a#b', '#a?b', ' ', '\u00a0', '\ufeff', '.');
  const target = fc
    .tuple(prefix, fc.array(segment, { minLength: 0, maxLength: 5 }), suffix)
    .map(([p, s, x]) => `${p}${s.join('/')}${x}`)
    .filter((t) => t.trim() !== '' && !/[<>\n\\&]/.test(t));
  const samples = fc.sample(target, { numRuns: 1500, seed: 5 });

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'docward-to-'));
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), '# x\n');
    }
    // The same targets from three folders: the root, docs/ and docs/sub/.
    const body = samples.map((t, i) => `[l${i}](<${t}>)`).join('\n\n');
    for (const doc of ['links.md', 'docs/links.md', 'docs/sub/links.md']) writeFileSync(path.join(root, doc), `${body}\n`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('engines agree, placed links are where GitHub resolves them, rules unchanged', async () => {
    const native = nativeScan(root);
    const js = await jsScan({ root });
    expect(positionsOf(native)).toEqual(positionsOf(js));
    const placed = expectPlacedWhereGithubResolves(native);
    expect(placed).toBeGreaterThan(90);
    for (const doc of native.documents.filter((d) => d.path.endsWith('links.md'))) {
      expect(doc.links.filter((l) => l.to! >= 0).length, doc.path).toBeGreaterThan(10);
    }
    expect(resolvedByRules(native)).toEqual(resolvedByRules(withoutPositions(native)));
  });

  it('a plain target whose GitHub path is listed is always placed (nothing plain falls back)', () => {
    const scan = nativeScan(root);
    const listed = new Set(scan.paths);
    for (const doc of scan.documents) {
      const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
      for (const link of doc.links) {
        const github = resolveLinkTarget(doc.path, link.target);
        const plain = plainJoin(folder, link.target) !== undefined;
        if (plain && github.kind === 'path' && listed.has(github.path)) expect(link.to, link.target).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
