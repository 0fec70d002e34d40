// Times the native binding alone (no CLI): walk only, walk+stat, full scan() (Rust + string hand-over), then JSON.parse.
// Usage: node bench/profile-native.mjs <binding.node> <root> [repeats]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import path from 'node:path';

const [bindingPath, rootArg, repeatsArg = '3'] = process.argv.slice(2);
const root = path.resolve(rootArg);
const repeats = Number(repeatsArg);
const loadStart = performance.now();
const binding = createRequire(import.meta.url)(path.resolve(bindingPath));
const loadMs = performance.now() - loadStart;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function timed(options) {
  const ms = [];
  const cores = [];
  let text = '';
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    // cpuUsage counts every thread of this process, so cpu / wall is how many cores the scan kept busy.
    const cpu = process.cpuUsage();
    text = binding.scan(JSON.stringify(options));
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    ms.push(wall);
    cores.push((used.user + used.system) / 1000 / wall);
  }
  return { ms: median(ms), cores: median(cores), text };
}

// An include that matches nothing leaves only the walk; maxFileBytes 0 stats every document but reads none.
const walk = timed({ root, include: ['**/*.docward-bench-matches-nothing'] });
const stat = timed({ root, maxFileBytes: 0 });
const full = timed({ root });
const parseMs = [];
let documents = 0;
for (let i = 0; i < repeats; i++) {
  const t = performance.now();
  documents = JSON.parse(full.text).documents.length;
  parseMs.push(performance.now() - t);
}
process.stdout.write(
  JSON.stringify({
    loadMs,
    walkMs: walk.ms,
    statMs: stat.ms,
    scanMs: full.ms,
    scanCores: full.cores,
    jsonMB: Buffer.byteLength(full.text) / 1e6,
    parseMs: median(parseMs),
    documents,
    rssMB: process.memoryUsage().rss / 1e6,
  }) + '\n',
);
