import { describe, expect, it, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { ensureCorpus } from '../../bench/generate.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'docward-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function digest(root: string): string {
  const hash = createHash('sha256');
  for (const file of fg.sync('**/*', { cwd: root, dot: true }).sort()) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

describe('bench corpus generator', () => {
  it('is deterministic per seed and reuses a corpus whose manifest matches', () => {
    const first = ensureCorpus({ kind: 'docs', count: 300, seed: 7, dir });
    const a = digest(first.root);
    rmSync(first.root, { recursive: true });
    const regenerated = ensureCorpus({ kind: 'docs', count: 300, seed: 7, dir });
    expect(regenerated.reused).toBe(false);
    expect(digest(regenerated.root)).toBe(a);
    expect(ensureCorpus({ kind: 'docs', count: 300, seed: 7, dir }).reused).toBe(true);
    const other = ensureCorpus({ kind: 'docs', count: 300, seed: 8, dir });
    expect(digest(other.root)).not.toBe(a);
  });

  it('shapes documents like a docs tree: frontmatter, 5–30 links, some broken, nested folders', () => {
    const corpus = ensureCorpus({ kind: 'docs', count: 400, seed: 3, dir });
    const docs = fg.sync('**/*.md', { cwd: corpus.root });
    expect(docs).toHaveLength(400);
    expect(Math.max(...docs.map((d) => d.split('/').length))).toBeGreaterThanOrEqual(4);
    let withFrontmatter = 0;
    let broken = 0;
    for (const doc of docs) {
      const text = readFileSync(path.join(corpus.root, doc), 'utf8');
      if (text.startsWith('---\n')) withFrontmatter++;
      const links = (text.match(/\]\(|\]\[ref-|<https:/g) ?? []).length;
      if (text.length < 40_000) {
        expect(links, doc).toBeGreaterThanOrEqual(5);
        expect(links, doc).toBeLessThanOrEqual(30);
      }
      broken += (text.match(/missing-\d+\.md|#no-such-section/g) ?? []).length;
      // Every relative link that is not meant to be broken resolves to a generated file.
      for (const m of text.matchAll(/\]\(([^)#:]+\.md)/g)) {
        if (m[1]!.includes('missing-')) continue;
        expect(docs, `${doc} -> ${m[1]}`).toContain(path.posix.join(path.posix.dirname(doc), m[1]!));
      }
    }
    expect(withFrontmatter / docs.length).toBeGreaterThan(0.75);
    expect(withFrontmatter / docs.length).toBeLessThan(0.95);
    expect(broken).toBeGreaterThan(0);
  });

  it('makes many tiny files', () => {
    const corpus = ensureCorpus({ kind: 'tiny', count: 500, seed: 1, dir });
    expect(corpus.documents).toBe(500);
    expect(corpus.largestBytes).toBeLessThan(400);
  });
});
