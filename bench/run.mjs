// `npm run bench`: generates corpora, runs the floor, docward (native, js), the js floor and the peer interleaved, writes RESULTS.md.
import { existsSync, readFileSync, writeFileSync, readdirSync, statSync, rmSync, renameSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './generate.mjs';
import { checkGnuTime, measure, discard, median } from './measure.mjs';
import { machineInfo } from './machine.mjs';
import { renderResults, evaluateTargets, resultsJson } from './results.mjs';
import { profileCorpus, renderProfile, profileParsers, renderParsers } from './profile.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
let CLI = path.join(REPO, 'dist', 'cli.js');
const NATIVE_DIR = path.join(REPO, 'dist', 'native');
const PEER_DIR = path.join(BENCH, '.peer');
const PEER_BIN = path.join(PEER_DIR, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const PEER_SPEC = 'markdownlint-cli2@0.20';
// lychee (links and fragments only, offline): installed once with cargo into bench/.peer/lychee, or $LYCHEE_BIN.
const LYCHEE_DIR = path.join(PEER_DIR, 'lychee');
const LYCHEE_BIN = process.env.LYCHEE_BIN || path.join(LYCHEE_DIR, 'bin', 'lychee');
const LYCHEE_SPEC = 'lychee@0.24.2';
const ALL_TOOLS = ['floor', 'native', 'js', 'jsfloor', 'peer', 'lychee'];
const NODE = process.execPath;

const USAGE = `Usage: npm run bench -- [options]

  --sizes LIST        docs corpora sizes (default 1k,10k,100k)
  --tiny N            size of the many-tiny-files corpus, or "none" (default 10k)
  --runs N            runs per tool and corpus (default 5); a run longer than --cell-budget/N lowers it, never below 1
  --cell-budget SEC   wall-time budget per tool and corpus (default 30)
  --timeout SEC       kill a run (its whole process tree) after this long and mark the tool failed (default 300)
  --tools LIST        floor,native,js,jsfloor,peer,lychee (default all; lychee: cargo install on first run, or $LYCHEE_BIN)
  --trees LIST        real documentation trees to measure too, as name=path (comma-separated; or $DOCWARD_BENCH_TREES);
                      the generated corpora still run unless --sizes none --tiny none
  --peer-max N        largest corpus the peer runs on (default 10k: markdownlint-cli2 takes minutes beyond)
  --js-max N          largest corpus docward --engine js runs on (default 10k: it takes over 10 minutes at 100k)
  --seed N            corpus seed (default 1)
  --build             bundle the working tree's src/cli.ts (ncc, transpile only) into node_modules/.cache/docward-bench
                      and measure that instead of dist/cli.js (dist/ is left alone)
  --cli FILE          docward CLI bundle to measure (default dist/cli.js; the binary comes from $DOCWARD_NATIVE_PATH or dist/native)
  --profile           also profile where time goes (walk, read+parse, FFI/JSON.parse, rules, report)
  --quick             fast pass: --sizes 1k --tiny 1k --runs 2, results printed only
  --out FILE          write the Markdown results here (default bench/RESULTS.md; not with --quick)
  --no-write          print results only`;

function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(String(text).trim());
  if (!m) throw new Error(`bad size "${text}": use a number like 1000, 10k or 1m`);
  return Math.round(Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1));
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      tiny: { type: 'string' },
      runs: { type: 'string' },
      'cell-budget': { type: 'string', default: '30' },
      timeout: { type: 'string', default: '300' },
      tools: { type: 'string', default: ALL_TOOLS.join(',') },
      trees: { type: 'string', default: process.env.DOCWARD_BENCH_TREES ?? '' },
      'peer-max': { type: 'string', default: '10k' },
      'js-max': { type: 'string', default: '10k' },
      build: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      cli: { type: 'string' },
      profile: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.cli) CLI = path.resolve(values.cli);
  const quick = values.quick;
  const tools = values.tools.split(',').map((t) => t.trim());
  const unknown = tools.filter((t) => !ALL_TOOLS.includes(t));
  if (unknown.length) throw new Error(`unknown tool(s) ${unknown.join(', ')}; known: ${ALL_TOOLS.join(',')}`);
  const trees = values.trees
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => {
      const at = t.indexOf('=');
      const root = path.resolve(at >= 0 ? t.slice(at + 1) : t);
      if (!existsSync(root)) throw new Error(`--trees: ${root} does not exist`);
      return { name: at >= 0 ? t.slice(0, at) : path.basename(root), root };
    });
  const tiny = values.tiny ?? (quick ? '1k' : '10k');
  const positive = (name, text) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${text}"`);
    return n;
  };
  return {
    sizes: values.sizes === 'none' ? [] : (values.sizes ?? (quick ? '1k' : '1k,10k,100k')).split(',').map(parseSize),
    trees,
    tiny: tiny === 'none' ? 0 : parseSize(tiny),
    runs: Math.ceil(positive('runs', values.runs ?? (quick ? 2 : 5))),
    cellBudgetMs: positive('cell-budget', values['cell-budget']) * 1000,
    timeoutMs: positive('timeout', values.timeout) * 1000,
    tools,
    peerMax: parseSize(values['peer-max']),
    jsMax: parseSize(values['js-max']),
    build: values.build,
    seed: Math.floor(positive('seed', values.seed)),
    profile: values.profile,
    out: values['no-write'] || (quick && !values.out) ? null : path.resolve(values.out ?? path.join(BENCH, 'RESULTS.md')),
  };
}

/** Every missing prerequisite, each with the exact command that fixes it. */
function checkTools(opts) {
  const fatal = [];
  const notes = [];
  const timeProblem = checkGnuTime();
  if (timeProblem) fatal.push(timeProblem);
  if (opts.tools.includes('floor') && spawnSync('rg', ['--version']).status !== 0) {
    fatal.push('ripgrep (`rg`) is missing: install it with `apt-get install -y ripgrep` (the floor needs it)');
  }
  const unavailable = {};
  if (!existsSync(CLI)) {
    unavailable.native = unavailable.js = `${path.relative(REPO, CLI)} is missing: run \`npm run build\``;
  } else if (process.env.DOCWARD_NATIVE_PATH) {
    if (!existsSync(process.env.DOCWARD_NATIVE_PATH)) unavailable.native = `DOCWARD_NATIVE_PATH ${process.env.DOCWARD_NATIVE_PATH} does not exist`;
  } else if (!existsSync(NATIVE_DIR) || !readdirSync(NATIVE_DIR).some((f) => f.endsWith('.node'))) {
    unavailable.native = 'no dist/native/*.node: run `npm run build:native`';
  }
  const stale = staleness();
  if (stale) notes.push(`warning: ${stale}`);
  if (opts.tools.includes('peer') && !existsSync(PEER_BIN)) {
    log(`installing the peer ${PEER_SPEC} into bench/.peer (once) ...`);
    const npm = spawnSync(
      'sh',
      ['-c', `${existsSync('/usr/bin/flock') ? 'flock /tmp/npm.lock ' : ''}npm install --prefix "${PEER_DIR}" --no-audit --no-fund --loglevel=error ${PEER_SPEC}`],
      { stdio: 'inherit' },
    );
    if (npm.status !== 0 || !existsSync(PEER_BIN)) {
      unavailable.peer = `could not install ${PEER_SPEC}: run \`npm install --prefix bench/.peer ${PEER_SPEC}\``;
    }
  }
  if (opts.tools.includes('lychee') && !existsSync(LYCHEE_BIN)) {
    log(`installing ${LYCHEE_SPEC} into bench/.peer/lychee with cargo (once; several minutes) ...`);
    const cargo = spawnSync('cargo', ['install', '--locked', '--root', LYCHEE_DIR, 'lychee', '--version', LYCHEE_SPEC.split('@')[1]], { stdio: 'inherit' });
    if (cargo.status !== 0 || !existsSync(LYCHEE_BIN)) unavailable.lychee = `could not install ${LYCHEE_SPEC}: run \`cargo install --locked --root bench/.peer/lychee lychee\` or set LYCHEE_BIN`;
  }
  return { fatal, notes, unavailable };
}

/** `--build`: bundles the current src/ without type-checking, so a bench never waits for (or touches) dist/. */
function buildCli() {
  const out = path.join(REPO, 'node_modules', '.cache', 'docward-bench');
  const ncc = path.join(REPO, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  log('bundling src/cli.ts into node_modules/.cache/docward-bench ...');
  rmSync(out, { recursive: true, force: true });
  const args = [ncc, 'build', 'src/cli.ts', '-o', out, '--target', 'es2022', '--transpile-only', '--source-map', '-q'];
  const r = spawnSync(NODE, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('ncc could not bundle src/cli.ts (see above)');
  renameSync(path.join(out, 'index.js'), path.join(out, 'cli.js'));
  // --profile maps CPU samples back to src/ files through this map.
  if (existsSync(path.join(out, 'index.js.map'))) renameSync(path.join(out, 'index.js.map'), path.join(out, 'cli.js.map'));
  writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
  CLI = path.join(out, 'cli.js');
  // The bundle's own lookup (./native next to it, ../../dist/native) cannot see dist/ from the cache folder.
  const binary = existsSync(NATIVE_DIR) ? readdirSync(NATIVE_DIR).find((f) => f.endsWith('.node')) : null;
  if (binary && !process.env.DOCWARD_NATIVE_PATH) process.env.DOCWARD_NATIVE_PATH = path.join(NATIVE_DIR, binary);
}

/** Names the newest source file when the built CLI or binary is older than it (the bench measures what is built). */
function staleness() {
  const newest = (dir, ext) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true })
          .filter((f) => f.endsWith(ext))
          .map((f) => ({ file: path.join(dir, f), mtime: statSync(path.join(dir, f)).mtimeMs }))
          .reduce((a, b) => (b.mtime > (a?.mtime ?? 0) ? b : a), null)
      : null;
  const problems = [];
  const src = newest(path.join(REPO, 'src'), '.ts');
  if (existsSync(CLI) && src && src.mtime > statSync(CLI).mtimeMs) problems.push(`dist/cli.js is older than ${path.relative(REPO, src.file)} (run \`npm run build\`)`);
  const rs = newest(path.join(REPO, 'native', 'src'), '.rs');
  const binary = existsSync(NATIVE_DIR) ? readdirSync(NATIVE_DIR).find((f) => f.endsWith('.node')) : null;
  if (binary && rs && rs.mtime > statSync(path.join(NATIVE_DIR, binary)).mtimeMs) {
    problems.push(`dist/native/${binary} is older than ${path.relative(REPO, rs.file)} (run \`npm run build:native\`)`);
  }
  return problems.join('; ');
}

/** How to run each tool in a corpus, and how to tell a real run from a broken one. */
function toolTable() {
  const docward = (engine) => ({
    label: `docward --engine ${engine}`,
    argv: [NODE, CLI, 'scan', '.', '--format', 'json', '--engine', engine],
    check(run, corpus) {
      if (run.signalled || ![0, 1].includes(run.exitCode)) return `exit ${run.exitCode}: ${run.stderrTail.trim().split('\n').slice(-3).join(' | ')}`;
      let report;
      try {
        report = JSON.parse(readFileSync(run.stdoutFile, 'utf8'));
      } catch (err) {
        return `stdout is not JSON (${err.message})`;
      }
      if (report.engine !== engine) return `ran engine "${report.engine}", not ${engine}`;
      if (corpus.kind === 'tree' ? !(report.stats?.documents > 0) : report.stats?.documents !== corpus.documents) return `saw ${report.stats?.documents} documents, corpus has ${corpus.documents}`;
      return null;
    },
  });
  return {
    floor: {
      label: "floor: rg -c '^---' + node -e 0",
      argv: ['sh', '-c', `rg -c '^---' -g '*.md' . ; "${NODE}" -e 0`],
      check(run, corpus) {
        const lines = readFileSync(run.stdoutFile, 'utf8').split('\n').filter(Boolean).length;
        if (run.exitCode !== 0) return `exit ${run.exitCode}: ${run.stderrTail.trim()}`;
        // Most files start with frontmatter, so most files must be listed or rg read nothing (e.g. ignored).
        if (lines < corpus.documents * 0.25) return `rg matched only ${lines} of ${corpus.documents} files`;
        return null;
      },
    },
    treeFloor: {
      label: "floor: rg -c '' (every document read) + node -e 0",
      argv: ['sh', '-c', `rg -c '' -g '*.md' -g '*.mdx' -g '*.markdown' . ; "${NODE}" -e 0`],
      check(run) {
        return run.exitCode === 0 ? null : `exit ${run.exitCode}: ${run.stderrTail.trim()}`;
      },
    },
    lychee: {
      label: `${LYCHEE_SPEC.replace('@', ' ')} --offline --include-fragments`,
      argv: [LYCHEE_BIN, '--offline', '--include-fragments', '--no-progress', '--format', 'json', '.'],
      check(run) {
        // 0: no broken link, 2: some; anything else is a failure of the run.
        return !run.signalled && [0, 2].includes(run.exitCode) ? null : `exit ${run.exitCode}: ${run.stderrTail.trim().slice(-300)}`;
      },
    },
    native: docward('native'),
    js: docward('js'),
    jsfloor: {
      label: 'js floor: fast-glob + regex',
      argv: [NODE, path.join(BENCH, 'naive-reader.mjs'), '.'],
      check(run, corpus) {
        if (run.exitCode !== 0) return `exit ${run.exitCode}: ${run.stderrTail.trim()}`;
        const out = JSON.parse(readFileSync(run.stdoutFile, 'utf8'));
        return out.documents === corpus.documents ? null : `read ${out.documents} documents of ${corpus.documents}`;
      },
    },
    peer: {
      label: 'markdownlint-cli2 0.20 (defaults)',
      argv: [NODE, PEER_BIN, '**/*.md'],
      check(run, corpus) {
        if (run.signalled || ![0, 1].includes(run.exitCode)) return `exit ${run.exitCode}: ${run.stderrTail.trim().slice(-300)}`;
        const m = /Linting: (\d+) file/.exec(readFileSync(run.stdoutFile, 'utf8'));
        return m && Number(m[1]) === corpus.documents ? null : `linted ${m?.[1]} files of ${corpus.documents}`;
      },
    },
  };
}

const log = (s) => process.stderr.write(`${s}\n`);

/** A real tree as a corpus: its documents and bytes as docward counts them (one untimed native scan). */
function treeCorpus(tree) {
  const run = spawnSync(NODE, [CLI, 'scan', '.', '--format', 'json', '--fail-on', 'never'], { cwd: tree.root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const report = JSON.parse(run.stdout);
  let commit = null;
  try {
    commit = readFileSync(`${tree.root}.commit`, 'utf8').trim();
  } catch {
    commit = null;
  }
  return { kind: 'tree', name: tree.name, root: tree.root, documents: report.stats.documents, bytes: report.stats.bytes, commit, seed: 0 };
}

async function benchCorpus(corpus, toolNames, tools, opts) {
  const cells = Object.fromEntries(toolNames.map((t) => [t, { runs: [], planned: opts.runs, error: null }]));
  // One untimed pass of the floor puts the corpus in the page cache for everyone: all numbers are warm-cache.
  await measure(['sh', '-c', "rg -c '^---' -g '*.md' . >/dev/null"], { cwd: corpus.root });
  for (let round = 0; round < opts.runs; round++) {
    for (const name of toolNames) {
      const cell = cells[name];
      if (cell.error || cell.runs.length >= cell.planned) continue;
      const run = await measure(tools[name].argv, { cwd: corpus.root, timeoutMs: opts.timeoutMs });
      const problem = run.timedOut ? `no result within --timeout ${opts.timeoutMs / 1000} s` : tools[name].check(run, corpus);
      discard(run);
      if (problem) {
        cell.error = problem;
        log(`  ${name}: FAILED: ${problem}`);
        continue;
      }
      cell.runs.push(run);
      // Slow tools get fewer runs so the whole bench stays within its time budget.
      if (cell.runs.length === 1) cell.planned = Math.min(opts.runs, Math.max(1, Math.floor(opts.cellBudgetMs / run.wallMs)));
      log(`  ${name} #${cell.runs.length}/${cell.planned}: ${(run.wallMs / 1000).toFixed(3)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s cpu, ${run.rssMB.toFixed(0)} MB`);
    }
  }
  return Object.fromEntries(
    Object.entries(cells).map(([name, cell]) => [
      name,
      cell.error
        ? { error: cell.error }
        : {
            runs: cell.runs.length,
            wallMs: median(cell.runs.map((r) => r.wallMs)),
            cpuMs: median(cell.runs.map((r) => r.cpuMs)),
            rssMB: median(cell.runs.map((r) => r.rssMB)),
            minWallMs: Math.min(...cell.runs.map((r) => r.wallMs)),
            maxWallMs: Math.max(...cell.runs.map((r) => r.wallMs)),
          },
    ]),
  );
}

async function main() {
  const opts = options();
  const started = Date.now();
  if (opts.build) buildCli();
  const { fatal, notes, unavailable } = checkTools(opts);
  notes.forEach(log);
  if (fatal.length) {
    fatal.forEach((f) => log(`bench: ${f}`));
    process.exit(2);
  }
  const tools = toolTable();
  const corpusSpecs = [
    ...opts.sizes.map((count) => ({ kind: 'docs', count })),
    ...(opts.tiny ? [{ kind: 'tiny', count: opts.tiny }] : []),
  ];
  const results = [];
  for (const spec of corpusSpecs) {
    const corpus = ensureCorpus({ ...spec, seed: opts.seed, log });
    const skipped = {};
    const toolNames = opts.tools.filter((t) => {
      if (unavailable[t]) skipped[t] = unavailable[t];
      else if (t === 'peer' && corpus.documents > opts.peerMax) skipped[t] = `not run above ${opts.peerMax} documents (--peer-max)`;
      else if (t === 'js' && corpus.documents > opts.jsMax) skipped[t] = `not run above ${opts.jsMax} documents (--js-max)`;
      return !skipped[t];
    });
    log(`${spec.kind} ${corpus.documents} documents (${(corpus.bytes / 1e6).toFixed(1)} MB): ${toolNames.join(', ')}`);
    const cells = await benchCorpus(corpus, toolNames, tools, opts);
    for (const [t, why] of Object.entries(skipped)) cells[t] = { skipped: why };
    const entry = { kind: spec.kind, corpus, cells };
    if (opts.profile) entry.profile = await profileCorpus(corpus, { cli: CLI, nativeDir: NATIVE_DIR, log, cells });
    results.push(entry);
  }
  for (const tree of opts.trees) {
    const corpus = treeCorpus(tree);
    const toolNames = opts.tools.filter((t) => ['floor', 'native', 'lychee'].includes(t) && !unavailable[t]);
    log(`tree ${tree.name}: ${corpus.documents} documents (${(corpus.bytes / 1e6).toFixed(1)} MB): ${toolNames.join(', ')}`);
    const treeTools = { ...tools, floor: tools.treeFloor };
    const cells = await benchCorpus(corpus, toolNames, treeTools, opts);
    for (const t of ['floor', 'native', 'lychee']) if (!cells[t] && opts.tools.includes(t)) cells[t] = { skipped: unavailable[t] ?? 'not run' };
    results.push({ kind: 'tree', corpus, cells });
  }
  const smallestDocs = results.filter((r) => r.kind === 'docs').sort((a, b) => a.corpus.documents - b.corpus.documents)[0];
  const parsers = opts.profile && smallestDocs ? await profileParsers(smallestDocs.corpus, log) : null;
  const machine = machineInfo({ peerBin: PEER_BIN, repo: REPO });
  const targets = evaluateTargets(results);
  const totalS = (Date.now() - started) / 1000;
  const cliLabel = path.relative(REPO, CLI);
  const jsonOut = opts.out && opts.out.replace(/\.md$/i, '') + '.json';
  const previous = jsonOut && existsSync(jsonOut) ? JSON.parse(readFileSync(jsonOut, 'utf8')) : null;
  let markdown = renderResults({ machine, results, targets, tools, opts: { ...opts, cliLabel }, totalS, previous });
  if (opts.profile) markdown += renderProfile(results) + renderParsers(parsers);
  if (opts.out) {
    // Hand-written analysis below the notes marker survives re-runs.
    const marker = '<!-- notes: kept across runs -->';
    const previous = existsSync(opts.out) ? readFileSync(opts.out, 'utf8') : '';
    const notesAt = previous.indexOf(marker);
    markdown += `\n${notesAt >= 0 ? previous.slice(notesAt) : `${marker}\n`}`;
    writeFileSync(opts.out, markdown);
    writeFileSync(jsonOut, JSON.stringify(resultsJson({ machine, results }), null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), opts.out)}`);
  }
  process.stdout.write(markdown);
  log(`bench finished in ${totalS.toFixed(0)} s`);
  const failed = results.some((r) => Object.values(r.cells).some((c) => c.error));
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  log(`bench: ${process.env.BENCH_DEBUG ? err.stack : err.message} (npm run bench -- --help)`);
  process.exit(2);
});
