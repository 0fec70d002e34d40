/** The js extractor: golden facts for every fixture, and the walk (gitignore, pruning, globs, sorting, symlinks). */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, jsScan } from '../../src/engine/js/index.js';
import { addTestTimeEntries } from './generate.js';

const repo = path.resolve(import.meta.dirname, '../..');
const fixtureDir = path.join(repo, 'fixtures/extract');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => /\.mdx?$/.test(f))
  .sort();

describe('fixtures/extract golden facts', () => {
  it('has at least 45 fixtures, each with a golden file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    const goldens = new Set(readdirSync(fixtureDir).filter((f) => f.endsWith('.facts.json')));
    expect(fixtures.filter((f) => !goldens.has(f.replace(/\.mdx?$/, '.facts.json')))).toEqual([]);
  });

  it.each(fixtures)('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtureDir, file)));
    const golden = JSON.parse(readFileSync(path.join(fixtureDir, file.replace(/\.mdx?$/, '.facts.json')), 'utf8'));
    expect(JSON.parse(JSON.stringify(extractDocument(file, bytes)))).toEqual(golden);
  });

  it('keeps CRLF bytes in the CRLF fixture (git must not normalise it)', () => {
    expect(readFileSync(path.join(fixtureDir, 'crlf-line-endings.md'), 'latin1')).toContain('\r\n');
  });
});

function write(root: string, rel: string, content: string | Uint8Array = '# x\n'): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

describe('walk', () => {
  let work: string;
  let root: string;
  let outside: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'docward-walk-'));
    root = path.join(work, 'root');
    outside = path.join(work, 'outside.md');
    writeFileSync(outside, '# outside\n');
    write(root, '.gitignore', '*.log\nignored-dir/\n/rootonly.md\n');
    for (const f of ['a.md', 'B.md', 'a-b.md', 'a/b.md', 'é.md', '😀.md', 'ｚ.md', 'rootonly.md', 'x.log', 'notes.txt', 'docs/readme.markdown', '.hidden/h.md'])
      write(root, f);
    write(root, 'sub/.gitignore', '!keep.log\nlocal.md\n');
    for (const f of [
      'sub/keep.log',
      'sub/local.md',
      'sub/rootonly.md',
      'sub/deep/local.md',
      'local.md',
      'ignored-dir/inner.md',
      'node_modules/x.md',
      'sub/node_modules/y.md',
      '.git/z.md',
    ])
      write(root, f);
    symlinkSync('a.md', path.join(root, 'link-in.md'));
    symlinkSync(outside, path.join(root, 'link-out.md'));
    symlinkSync('sub', path.join(root, 'linkdir'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('lists like git: nested .gitignore, negation, anchoring, pruning, dot files; JS sort order', async () => {
    const result = await jsScan({ root });
    expect(result.paths).toEqual([
      '.gitignore',
      '.hidden',
      '.hidden/h.md',
      'B.md',
      'a',
      'a-b.md',
      'a.md',
      'a/b.md',
      'docs',
      'docs/readme.markdown',
      'link-in.md',
      'link-out.md',
      'linkdir',
      'local.md',
      'notes.txt',
      'sub',
      'sub/.gitignore',
      'sub/deep',
      'sub/keep.log',
      'sub/rootonly.md',
      'é.md',
      '😀.md',
      'ｚ.md',
    ]);
    expect(result.dirs).toEqual(['.hidden', 'a', 'docs', 'sub', 'sub/deep']);
    expect(result.documents.map((d) => d.path)).toEqual([
      '.hidden/h.md',
      'B.md',
      'a-b.md',
      'a.md',
      'a/b.md',
      'docs/readme.markdown',
      'link-in.md',
      'link-out.md',
      'local.md',
      'sub/rootonly.md',
      'é.md',
      '😀.md',
      'ｚ.md',
    ]);
    expect(result.schema).toBe(1);
  });

  it('turns symlinks into documents with a symlink problem, never followed', async () => {
    const docs = (await jsScan({ root })).documents;
    const inLink = docs.find((d) => d.path === 'link-in.md')!;
    const outLink = docs.find((d) => d.path === 'link-out.md')!;
    expect(inLink.problem).toEqual({ kind: 'symlink', message: 'symbolic link to a.md, not followed' });
    expect(outLink.problem).toEqual({ kind: 'symlink', message: `symbolic link to ${outside}, not followed (points outside the root)` });
    expect([inLink.bytes, inLink.lines, inLink.headings.length, inLink.frontmatter]).toEqual([0, 0, 0, undefined]);
  });

  it('applies include and exclude globs; a glob without / matches at any depth; excluded dirs are pruned', async () => {
    const r = await jsScan({ root, include: ['*.txt', '*.log', 'docs/**'], exclude: ['sub', '*.markdown'] });
    expect(r.documents.map((d) => d.path)).toEqual(['notes.txt']);
    expect(r.paths).not.toContain('sub');
    expect(r.paths).not.toContain('sub/keep.log');
    expect(r.paths).toContain('docs');
    expect(r.paths).not.toContain('docs/readme.markdown');
    const nested = await jsScan({ root, include: ['*.log'] });
    expect(nested.documents.map((d) => d.path)).toEqual(['sub/keep.log']);
  });

  it('reports too-large files without reading them', async () => {
    const big = path.join(work, 'big');
    write(big, 'big.md', 'x'.repeat(100));
    write(big, 'small.md', 'tiny');
    const r = await jsScan({ root: big, maxFileBytes: 50 });
    expect(r.documents[0]).toMatchObject({
      path: 'big.md',
      bytes: 100,
      lines: 0,
      problem: { kind: 'too-large', message: 'file is 100 bytes, over the limit of 50 bytes' },
    });
    expect(r.documents[1]).toMatchObject({ path: 'small.md', bytes: 4, lines: 1 });
    expect(r.documents[1]!.problem).toBeUndefined();
  });

  it('fails clearly when the root does not exist', async () => {
    await expect(jsScan({ root: path.join(work, 'missing') })).rejects.toThrow(/ENOENT.*missing/);
  });

  it.skipIf(process.getuid?.() === 0)('lists an unreadable directory and reports it as a document', async () => {
    const locked = path.join(work, 'locked');
    write(locked, 'closed/secret.md');
    chmodSync(path.join(locked, 'closed'), 0o000);
    try {
      const r = await jsScan({ root: locked });
      expect(r.paths).toEqual(['closed']);
      expect(r.documents).toMatchObject([{ path: 'closed', problem: { kind: 'unreadable' } }]);
    } finally {
      chmodSync(path.join(locked, 'closed'), 0o755);
    }
  });
});

describe('fixtures/repos/basic', () => {
  it('scans the multi-folder fixture repo', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'docward-basic-'));
    try {
      const root = path.join(work, 'basic');
      cpSync(path.join(repo, 'fixtures/repos/basic'), root, { recursive: true });
      addTestTimeEntries(root, work);
      const r = await jsScan({ root });
      expect(r.documents.map((d) => [d.path, d.problem?.kind ?? 'ok'])).toEqual([
        ['README.md', 'ok'],
        ['Zeta.md', 'ok'],
        ['a-b.md', 'ok'],
        ['alpha.md', 'ok'],
        ['docs/api/reference.md', 'ok'],
        ['docs/draft-keep.md', 'ok'],
        ['docs/guide.md', 'ok'],
        ['docs/notes.markdown', 'ok'],
        ['link-inside.md', 'symlink'],
        ['link-outside.md', 'symlink'],
        ['sub/deeper/doc.md', 'ok'],
        ['Ünïcode.md', 'ok'],
      ]);
      expect(r.dirs).toEqual(['docs', 'docs/api', 'sub', 'sub/deeper']);
      expect(r.paths).toContain('linked-dir');
      const guide = r.documents.find((d) => d.path === 'docs/guide.md')!;
      expect(guide.frontmatter?.data).toEqual({ title: 'Guide' });
      expect(guide.anchors).toEqual([{ id: 'start', line: 6, column: 1 }]);
      expect(guide.links.map((l) => l.target)).toEqual(['../README.md#basic-repo']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('fixtures/repos/gitignore-edge', () => {
  it('follows git: comments, escaped #, anchored and dir-only patterns, ** , negation, trailing spaces, case', async () => {
    const r = await jsScan({ root: path.join(repo, 'fixtures/repos/gitignore-edge'), include: ['**/*.md', '**/*.MD', '*.bak'] });
    expect(r.documents.map((d) => d.path)).toEqual([
      '[brackets].md',
      'deep/er/est/doc.MD',
      'docs/c.md',
      'docs/sub/b.draft.md',
      'keep.bak',
      'logs/keep.md',
      'name with spaces.md',
      'sub/build/out.md',
      'ünï.md',
    ]);
    expect(r.paths).toContain('tmp');
    expect(r.paths).not.toContain('x/tmp');
    expect(r.paths).not.toContain('build');
  });
});
