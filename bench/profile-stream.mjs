// Streamed scan (scanStart, batches decoded by src/engine/native-stream.ts and dropped) vs whole scan
// (JSON.parse(scan())) of the native binding: wall, CPU (user+sys) and peak RSS per process from GNU
// time, medians of --runs.
// Usage: node bench/profile-stream.mjs <binding.node> <root> [--runs 3] [--batches 256] [--queues 2]
//   --batches / --queues take comma-separated lists; every combination is measured (interleaved with `whole`).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkGnuTime, discard, measure, median } from './measure.mjs';

const [first, ...rest] = process.argv.slice(2);
if (first === '--child') await child(...rest);
else await parent([first, ...rest]);

/** One measured run in this process: prints {documents, batches, firstBatchMs, largestBatchMB}. */
async function child(mode, bindingPath, root, batch, queue, streamModule) {
  const binding = createRequire(import.meta.url)(path.resolve(bindingPath));
  const options = JSON.stringify({ root: path.resolve(root) });
  const started = performance.now();
  let documents = 0;
  let batches = 0;
  let firstBatchMs = null;
  let largest = 0;
  if (mode === 'whole') {
    const text = binding.scan(options);
    largest = text.length;
    documents = JSON.parse(text).documents.length;
    batches = 1;
    firstBatchMs = performance.now() - started;
  } else {
    // The engine's own stream (batches decoded to DocumentFacts); the handle's next() is wrapped to see sizes.
    const { nativeStream } = await import(streamModule);
    const scanStart = (...args) => {
      const handle = binding.scanStart(...args);
      const next = handle.next.bind(handle);
      handle.next = () => {
        const text = next();
        if (text !== null) largest = Math.max(largest, text.length);
        return text;
      };
      return handle;
    };
    const stream = nativeStream(scanStart, JSON.parse(options), { batchDocuments: Number(batch), queue: Number(queue) });
    for (let facts = await stream.next(); facts !== undefined; facts = await stream.next()) {
      firstBatchMs ??= performance.now() - started;
      documents += facts.length;
      batches++;
    }
  }
  process.stdout.write(JSON.stringify({ documents, batches, firstBatchMs, largestBatchMB: largest / 1e6 }) + '\n');
}

async function parent(args) {
  const [bindingPath, root] = args;
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args[i + 1];
  };
  if (!bindingPath || !root) throw new Error('usage: node bench/profile-stream.mjs <binding.node> <root> [--runs 3] [--batches 256] [--queues 2]');
  const missing = checkGnuTime();
  if (missing) throw new Error(missing);
  const runs = Number(option('--runs', '3'));
  const list = (s) => s.split(',').map(Number);
  const variants = [{ mode: 'whole', batch: 0, queue: 0 }];
  for (const batch of list(option('--batches', '256'))) {
    for (const queue of list(option('--queues', '2'))) variants.push({ mode: 'stream', batch, queue });
  }
  const self = fileURLToPath(import.meta.url);
  const streamModule = transpileStreamModule();
  const samples = variants.map(() => []);
  // Interleaved (A B C A B C ...) so a busy moment on the shared machine hits every variant alike.
  for (let r = 0; r < runs; r++) {
    for (const [i, v] of variants.entries()) {
      const run = await measure([process.execPath, self, '--child', v.mode, bindingPath, root, String(v.batch), String(v.queue), streamModule]);
      if (run.exitCode !== 0) throw new Error(`${v.mode} ${v.batch}/${v.queue} failed: ${run.stderrTail}`);
      samples[i].push({ ...run, ...JSON.parse(readFileSync(run.stdoutFile, 'utf8')) });
      discard(run);
    }
  }
  const rows = variants.map((v, i) => {
    const s = samples[i];
    const med = (key) => median(s.map((x) => x[key]));
    return {
      variant: v.mode === 'whole' ? 'JSON.parse(scan())' : `stream ${v.batch} docs, queue ${v.queue}`,
      documents: s[0].documents,
      batches: s[0].batches,
      wallS: med('wallMs') / 1000,
      cpuS: med('cpuMs') / 1000,
      rssMB: med('rssMB'),
      firstBatchMs: med('firstBatchMs'),
      largestBatchMB: med('largestBatchMB'),
    };
  });
  const fmt = (x, d) => x.toFixed(d);
  const lines = [
    `${root}: ${rows[0].documents} documents, median of ${runs} runs (GNU time; one process per run)`,
    '',
    '| variant | batches | wall s | CPU s | peak RSS MB | first batch ms | largest batch MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.variant} | ${r.batches} | ${fmt(r.wallS, 2)} | ${fmt(r.cpuS, 2)} | ${fmt(r.rssMB, 0)} | ${fmt(r.firstBatchMs, 0)} | ${fmt(r.largestBatchMB, 2)} |`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** src/engine/native-stream.ts as a plain ES module in a temp dir (its imports are types only), once per bench. */
function transpileStreamModule() {
  const require = createRequire(import.meta.url);
  const ts = require('typescript');
  const source = readFileSync(fileURLToPath(new URL('../src/engine/native-stream.ts', import.meta.url)), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const dir = mkdtempSync(path.join(tmpdir(), 'docward-profile-stream-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'native-stream.mjs');
  writeFileSync(file, outputText);
  return file;
}
