// `npm run corpora`: zero-config scans of public documentation repositories checked out locally, precision against committed labels, mutation recall.
import { existsSync, readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sampleFindings, indexLabels, precisionByGroup, falseCauses } from './corpora-sample.mjs';
import { chooseMutations, applyMutations, mutationRecall } from './corpora-mutate.mjs';
import { renderCorpora, spliceGenerated } from './corpora-report.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
const DATA = path.join(BENCH, 'corpora');

const USAGE = `Usage: npm run corpora -- [options]

  --dir DIR           folder holding <name>/ checkouts and <name>.commit files (default $DOCWARD_CORPORA or /work/corpora)
  --only LIST         comma-separated corpus names (default: every corpus in bench/corpora/corpora.json present in DIR)
  --cli FILE          docward CLI to run (default dist/cli.js of this worktree)
  --label NAME        run label, a column in bench/CORPORA.md (default before; e.g. after)
  --sample N          findings sampled per corpus and rule group for labelling (default 30)
  --mutations N       links mutated per kind (target, fragment) per corpus (default 20; 0 skips the recall check)
  --seed N            seed of samples and mutations (default 1)
  --show-unlabelled   print each unlabelled sampled finding with its message and source line (for labelling)
  --no-write          print only; do not write bench/corpora/results.json and bench/CORPORA.md
  --render            only re-render bench/CORPORA.md from bench/corpora/results.json (no scans)`;

function scan(cli, root) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'scan', root, '--format', 'json', '--fail-on', 'never'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`docward scan ${root} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  const report = JSON.parse(run.stdout);
  const mode = /links resolve as an? ([\w-]+) site/.exec(run.stderr)?.[1] ?? report.mode ?? 'github';
  return { report, stderr: run.stderr, mode, seconds: Math.round(seconds * 100) / 100 };
}

function countsByRule(findings) {
  const counts = {};
  for (const f of findings) {
    const c = (counts[f.rule] ??= {});
    c[f.severity] = (c[f.severity] ?? 0) + 1;
  }
  return counts;
}

function readLabels(name) {
  const file = path.join(DATA, `${name}.labels.json`);
  if (!existsSync(file)) return { index: new Map(), file: null };
  const data = JSON.parse(readFileSync(file, 'utf8'));
  return { index: indexLabels(data.labels ?? [], path.relative(REPO, file)), file };
}

function commitOf(dir, corpus) {
  const sidecar = path.join(dir, `${corpus.name}.commit`);
  if (!existsSync(sidecar)) return { commit: corpus.commit, commitNote: `no ${corpus.name}.commit beside the checkout: manifest commit assumed` };
  const commit = readFileSync(sidecar, 'utf8').trim();
  return commit === corpus.commit ? { commit } : { commit, commitNote: `labels were made at ${corpus.commit.slice(0, 12)}` };
}

function recallCheck(cli, root, baseline, opts, name) {
  const mutations = chooseMutations(root, baseline, { seed: opts.seed, corpus: name, count: opts.mutations });
  const copy = mkdtempSync(path.join(tmpdir(), `docward-corpora-${name}-`));
  try {
    cpSync(root, copy, { recursive: true });
    applyMutations(copy, mutations);
    const mutated = scan(cli, copy);
    return { ...mutationRecall(mutations, mutated.report.findings), mutations: mutations.map(({ kind, path: p, line }) => ({ kind, path: p, line })) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function sourceLine(root, file, line) {
  try {
    return readFileSync(path.join(root, file), 'utf8').split('\n')[line - 1]?.trim().slice(0, 240) ?? '';
  } catch {
    return '';
  }
}

function runCorpus(corpus, opts) {
  const root = path.join(opts.dir, corpus.name);
  const { report, mode, seconds } = scan(opts.cli, root);
  const findings = report.findings;
  const samples = sampleFindings(findings, { seed: opts.seed, corpus: corpus.name, size: opts.sample });
  const { index } = readLabels(corpus.name);
  const precision = precisionByGroup(samples, findings, index);
  const result = {
    repo: corpus.repo,
    ...commitOf(opts.dir, corpus),
    mode,
    documents: report.stats?.documents,
    total: findings.length,
    scanSeconds: seconds,
    counts: countsByRule(findings),
    precision,
    falseCauses: falseCauses(findings, index, precision),
  };
  if (Array.isArray(report.unverified)) result.unverified = report.unverified;
  if (opts.mutations > 0) result.recall = recallCheck(opts.cli, root, findings, opts, corpus.name);
  if (opts.showUnlabelled) {
    const messages = new Map(findings.map((f) => [`${f.rule}\u0000${f.path}\u0000${f.line}`, f.message]));
    for (const [group, row] of Object.entries(precision)) {
      for (const u of row.unlabelled) {
        console.log(`UNLABELLED ${corpus.name} [${group}] ${u.rule} ${u.path}:${u.line} :: ${messages.get(`${u.rule}\u0000${u.path}\u0000${u.line}`)}\n    | ${sourceLine(root, u.path, u.line)}`);
      }
    }
  }
  return result;
}

function printCorpus(name, r) {
  console.log(`\n== ${name} (${r.repo} @ ${String(r.commit).slice(0, 12)}) mode ${r.mode}, ${r.documents} documents, ${r.total} findings, scan ${r.scanSeconds} s`);
  for (const [rule, c] of Object.entries(r.counts).sort()) console.log(`  ${rule.padEnd(22)} ${Object.entries(c).map(([s, n]) => `${n} ${s}`).join(', ')}`);
  for (const [group, p] of Object.entries(r.precision)) {
    const judged = p.true + p.false;
    console.log(`  precision ${group.padEnd(14)} ${judged ? `${Math.round((p.precision ?? 0) * 100)} % (${p.true}/${judged})` : '—'}${p.unsure ? `, ${p.unsure} unsure` : ''}, sample ${p.sampled} of ${p.total}, ${p.unlabelled.length} unlabelled`);
  }
  if (r.recall) for (const [kind, k] of Object.entries(r.recall.byKind)) console.log(`  recall ${kind.padEnd(9)} ${k.reported}/${k.mutated}`);
  if (r.unverified) console.log(`  unverified: ${r.unverified.map((u) => `${u.cause} ${u.count} ${u.unit}`).join('; ') || 'none'}`);
}

function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      only: { type: 'string' },
      cli: { type: 'string' },
      label: { type: 'string', default: 'before' },
      sample: { type: 'string', default: '30' },
      mutations: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      'show-unlabelled': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      render: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const opts = {
    dir: path.resolve(values.dir ?? process.env.DOCWARD_CORPORA ?? '/work/corpora'),
    cli: path.resolve(values.cli ?? path.join(REPO, 'dist', 'cli.js')),
    sample: Number(values.sample),
    mutations: Number(values.mutations),
    seed: values.seed,
    showUnlabelled: values['show-unlabelled'],
  };
  if (values.render) {
    writeCorporaMd(JSON.parse(readFileSync(path.join(DATA, 'results.json'), 'utf8')));
    return;
  }
  if (!/^[\w.-]+$/.test(values.label)) throw new Error(`--label must be a word (got ${values.label})`);
  const manifest = JSON.parse(readFileSync(path.join(DATA, 'corpora.json'), 'utf8'));
  const only = values.only ? new Set(values.only.split(',')) : null;
  const unknown = only ? [...only].filter((n) => !manifest.corpora.some((c) => c.name === n)) : [];
  if (unknown.length) throw new Error(`unknown corpus: ${unknown.join(', ')} (see bench/corpora/corpora.json)`);
  const corpora = manifest.corpora.filter((c) => (!only || only.has(c.name)) && existsSync(path.join(opts.dir, c.name)));
  const missing = manifest.corpora.filter((c) => (!only || only.has(c.name)) && !corpora.includes(c));
  for (const c of missing) console.error(`corpora: ${c.name} is not checked out in ${opts.dir} (skipped)`);
  if (!corpora.length) throw new Error(`no corpus found in ${opts.dir}`);

  const started = Date.now();
  const out = {};
  for (const c of corpora) {
    out[c.name] = runCorpus(c, opts);
    printCorpus(c.name, out[c.name]);
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(`\ncorpora: ${corpora.length} corpora in ${seconds} s (label ${values.label}, cli ${path.relative(REPO, opts.cli) || opts.cli})`);
  if (values['no-write']) return;

  const resultsFile = path.join(DATA, 'results.json');
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { runs: {} };
  const before = results.runs[values.label];
  const previous = before?.corpora ?? {};
  // The commit that last built this CLI bundle (dist/ is rebuilt on main), else the worktree's HEAD.
  const git = (...args) => spawnSync('git', ['-C', path.dirname(opts.cli), ...args], { encoding: 'utf8' }).stdout?.trim() || null;
  const cliCommit = git('log', '-1', '--format=%h', '--', opts.cli) ?? git('rev-parse', '--short', 'HEAD');
  results.runs[values.label] = {
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cli: path.relative(REPO, opts.cli) || opts.cli,
    cliCommit,
    seed: opts.seed,
    sample: opts.sample,
    mutations: opts.mutations,
    // A partial run (--only) keeps the time of the last full run and notes its own.
    seconds: only && before?.seconds ? before.seconds : seconds,
    ...(only ? { partial: { corpora: Object.keys(out), seconds } } : {}),
    corpora: { ...previous, ...out },
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 1)}\n`);
  console.log(`corpora: wrote ${path.relative(REPO, resultsFile)}`);
  writeCorporaMd(results);
}

function writeCorporaMd(results) {
  const manifest = JSON.parse(readFileSync(path.join(DATA, 'corpora.json'), 'utf8'));
  const mdFile = path.join(BENCH, 'CORPORA.md');
  writeFileSync(mdFile, spliceGenerated(existsSync(mdFile) ? readFileSync(mdFile, 'utf8') : '', renderCorpora(results, manifest)));
  console.log(`corpora: wrote ${path.relative(REPO, mdFile)}`);
}

try {
  main();
} catch (error) {
  console.error(`corpora: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
