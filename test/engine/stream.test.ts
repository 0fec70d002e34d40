/** ScanStream of both engines: concatenated batches equal scan(), listing first, early close, errors. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFacts, ScanOptions, ScanStream } from '../../src/engine/contract.js';
import { jsEngine, selectEngine, type Engine } from '../../src/engine/index.js';
import { jsStream } from '../../src/engine/js/index.js';
import { nativeCandidates, nativeTarget, resetNativeCache, type NativeBinding } from '../../src/engine/native.js';
import { nativeStream } from '../../src/engine/native-stream.js';
import { DEFAULT_BATCH_DOCUMENTS } from '../../src/engine/stream.js';
import { nativeForTests } from '../helpers/native.js';
import { addTestTimeEntries, generateDocument } from './generate.js';

const repo = path.resolve(import.meta.dirname, '../..');
const GENERATED = Math.round(DEFAULT_BATCH_DOCUMENTS * 2.7);

resetNativeCache();
const binding = nativeForTests();

/** Each way a stream is made, next to the scan it must equal. */
interface Streamer {
  name: string;
  stream(options: ScanOptions): Promise<ScanStream>;
  scan: Engine['scan'];
  /** Reads files only as batches are asked for (so a file can vanish after the listing). */
  lazy: boolean;
}

const nativeScan = async (options: ScanOptions) => JSON.parse((binding as NativeBinding).scan(JSON.stringify(options)));
const streamers: Streamer[] = [
  { name: 'js', stream: jsEngine.stream, scan: jsEngine.scan, lazy: true },
  { name: 'js, batches of 5', stream: (o) => jsStream(o, 5), scan: jsEngine.scan, lazy: true },
];
if (binding) {
  const engine = selectEngine('native').engine;
  streamers.push(
    // Extraction starts at begin() or the first next() (readAsMdx may come before it).
    { name: 'native engine', stream: engine.stream, scan: engine.scan, lazy: true },
    {
      name: 'native, batches of 3, queue 1',
      stream: async (o) => nativeStream(binding.scanStart, o, { batchDocuments: 3, queue: 1 }),
      scan: nativeScan,
      lazy: true,
    },
  );
}

async function drain(stream: ScanStream): Promise<{ documents: DocumentFacts[]; sizes: number[] }> {
  const documents: DocumentFacts[] = [];
  const sizes: number[] = [];
  for (let batch = await stream.next(); batch !== undefined; batch = await stream.next()) {
    sizes.push(batch.length);
    documents.push(...batch);
  }
  return { documents, sizes };
}

let work: string;
const trees: string[] = [];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'docward-stream-'));
  for (const group of ['fixtures/repos', 'fixtures/sites']) {
    for (const name of readdirSync(path.join(repo, group)).sort()) trees.push(path.join(repo, group, name));
  }
  trees.push(path.join(repo, 'fixtures/extract'), path.join(repo, 'fixtures/cde-repo'));
  // The symlinks and .git entries git cannot hold.
  const basic = path.join(work, 'basic');
  cpSync(path.join(repo, 'fixtures/repos/basic'), basic, { recursive: true });
  addTestTimeEntries(basic, work);
  trees.push(basic);
  const generated = path.join(work, 'generated');
  // Mostly small documents (batching is what is tested), some seeded tricky ones, some non-ASCII.
  for (let seed = 1; seed <= GENERATED; seed++) {
    const dir = path.join(generated, `part-${seed % 5}`, seed % 2 ? 'odd' : '');
    mkdirSync(dir, { recursive: true });
    const text = seed % 25 === 0 ? generateDocument(seed) : `# Doc ${seed}${seed % 3 ? '' : ' é'}\n\nSee [next](doc-${seed + 1}.md).\n`;
    writeFileSync(path.join(dir, `doc-${seed}.md`), text);
  }
  trees.push(generated);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(streamers)('$name stream', (streamer) => {
  it('concatenated batches equal scan() and the listing equals its paths, dirs and documents', async () => {
    expect(trees.length).toBeGreaterThan(10);
    for (const root of trees) {
      const whole = await streamer.scan({ root });
      const stream = await streamer.stream({ root });
      expect({ schema: stream.schema, paths: stream.paths, dirs: stream.dirs }, root).toEqual({ schema: 1, paths: whole.paths, dirs: whole.dirs });
      expect(stream.documentPaths, root).toEqual(whole.documents.map((d) => d.path));
      const { documents, sizes } = await drain(stream);
      expect(documents, root).toEqual(whole.documents);
      expect(
        sizes.every((n) => n > 0),
        `${root}: no empty batch`,
      ).toBe(true);
      expect(await stream.next(), 'stays done').toBeUndefined();
    }
  });

  it('delivers a tree larger than several batches in several batches, with options applied', async () => {
    const root = path.join(work, 'generated');
    const options = { root, include: ['part-1/**', 'part-2/*.md', 'part-3/**'], exclude: ['odd'] };
    const whole = await streamer.scan(options);
    expect(whole.documents.length).toBeGreaterThan(100);
    const { documents, sizes } = await drain(await streamer.stream(options));
    expect(documents).toEqual(whole.documents);
    const all = await drain(await streamer.stream({ root }));
    expect(all.documents.length).toBe(GENERATED);
    expect(all.sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
  });

  it('close() mid-way ends the stream, is idempotent, and a later full scan still works', async () => {
    const root = path.join(work, 'generated');
    const stream = await streamer.stream({ root });
    const first = await stream.next();
    expect(first?.length).toBeGreaterThan(0);
    stream.close();
    stream.close();
    expect(await stream.next()).toBeUndefined();
    const again = await drain(await streamer.stream({ root }));
    expect(again.documents.map((d) => d.path)).toEqual((await streamer.scan({ root })).documents.map((d) => d.path));
  });

  it.skipIf(!streamer.lazy)('a document deleted after the listing is an unreadable entry, not a gap', async () => {
    const root = mkdtempSync(path.join(work, 'vanish-'));
    for (let i = 0; i < 60; i++) writeFileSync(path.join(root, `d${String(i).padStart(2, '0')}.md`), `# ${i}\n`);
    const stream = await streamer.stream({ root });
    rmSync(path.join(root, 'd59.md'));
    const { documents } = await drain(stream);
    expect(documents.map((d) => d.path)).toEqual(stream.documentPaths);
    expect(documents.at(-1)?.problem).toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/^cannot read: .*(ENOENT|No such file)/) });
    expect(documents.slice(0, -1).every((d) => d.problem === undefined && d.headings.length === 1)).toBe(true);
  });

  it('reads the documents ScanOptions.mdx or readAsMdx (before the first batch) names as MDX', async () => {
    const root = mkdtempSync(path.join(work, 'mdx-'));
    // A JSX line opens a CommonMark HTML block that swallows the heading; MDX blanks it.
    const text = '<Note>\n#### Inside a note\n</Note>\n\n## Id {/*an_id_*/}\n';
    for (const rel of ['site/a.md', 'site/b.md', 'other/c.md']) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    }
    const headings = (documents: DocumentFacts[]) => documents.map((d) => [d.path, d.headings.map((h) => h.text)]);
    const asMdx = ['Inside a note', 'Id {/*an_id_*/}'];
    const asMarkdown = ['Id {/an_id_/}'];
    const expected = [
      ['other/c.md', asMarkdown],
      ['site/a.md', asMdx],
      ['site/b.md', asMdx],
    ];
    expect(headings((await streamer.scan({ root, mdx: ['site/**'] })).documents)).toEqual(expected);
    expect(headings((await drain(await streamer.stream({ root, mdx: ['site/**'] }))).documents)).toEqual(expected);
    const later = await streamer.stream({ root, mdx: ['other/**'] });
    later.readAsMdx(['site/*.md']);
    expect(headings((await drain(later)).documents)).toEqual(expected);
    const started = await streamer.stream({ root });
    await started.next();
    expect(() => started.readAsMdx(['site/**'])).toThrow(/before begin and the first batch|closed/);
    started.close();
  });

  it('begin() starts extraction ahead of the first next(): the same documents, readAsMdx refused after it', async () => {
    const root = mkdtempSync(path.join(work, 'begin-'));
    const text = '<Note>\n#### Inside a note\n</Note>\n';
    for (let i = 0; i < 40; i++) writeFileSync(path.join(root, `d${i}.md`), text);
    const early = await streamer.stream({ root });
    early.begin();
    early.begin();
    expect(() => early.readAsMdx(['*.md'])).toThrow(/before begin and the first batch/);
    // Time for the native producer to run ahead (its head start) before the first batch is asked for.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const got = await drain(early);
    expect(got.documents).toEqual((await drain(await streamer.stream({ root }))).documents);
    expect(got.documents.map((d) => d.headings.length)).toEqual(new Array(40).fill(0));
  });

  it('rejects a root that does not exist, naming it', async () => {
    const root = path.join(work, 'no-such-folder');
    await expect(streamer.stream({ root })).rejects.toThrow(root);
  });
});

// Handles dropped without close(), as when a consumer throws: garbage collection must end their threads.
const GC_PROBE = `
const m = { exports: {} };
process.dlopen(m, process.argv[1]);
const threads = () => require('node:fs').readdirSync('/proc/self/task').length;
const before = threads();
(() => {
  for (let i = 0; i < 20; i++) {
    const h = m.exports.scanStart(JSON.stringify({ root: process.argv[2] }), 1, 1);
    h.takeListing();
    h.next();
  }
})();
const during = threads();
setTimeout(() => {
  global.gc();
  setTimeout(() => {
    global.gc();
    setTimeout(() => process.stdout.write(JSON.stringify({ before, during, after: threads() })), 300);
  }, 100);
}, 100);
`;

describe.skipIf(!binding)('native stream options', () => {
  it.skipIf(process.platform !== 'linux')('handles dropped without close() stop their producer threads when collected', () => {
    const binary = nativeCandidates(nativeTarget()).find((p) => existsSync(p)) as string;
    const probe = spawnSync(process.execPath, ['--expose-gc', '-e', GC_PROBE, binary, path.join(repo, 'fixtures/extract')], { encoding: 'utf8' });
    expect(probe.stderr).toBe('');
    const { before, during, after } = JSON.parse(probe.stdout) as { before: number; during: number; after: number };
    expect(during).toBeGreaterThanOrEqual(before + 20);
    // What may stay: rayon's worker pool, one thread per core.
    expect(after).toBeLessThanOrEqual(before + availableParallelism());
  });

  it('rejects bad options like scan() does', async () => {
    const start = (binding as NativeBinding).scanStart;
    expect(() => nativeStream(start, { root: work, include: ['['] })).toThrow('invalid glob "["');
    expect(() => nativeStream(start, { root: work, maxFileBytes: -1 })).toThrow('maxFileBytes');
  });
});
