#!/usr/bin/env node
// Scans every fixture tree with each runner's own Node (under qemu or wine where needed), with --engine native
// and with engine auto (the loader must pick the binary: the report says engine "native", no fallback notice),
// and compares each report with linux-x64-gnu's (durationMs and root excepted). Called by smoke-targets.sh,
// which installs the runners and passes them as JSON in DOCWARD_SMOKE_RUNNERS: [{target, command: [...]}].
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const REFERENCE = 'linux-x64-gnu';
const ENGINES = (process.env.DOCWARD_SMOKE_ENGINES ?? 'native auto').split(' ').filter(Boolean);
const cli = process.argv[2] ?? 'dist/cli.js';
const runners = JSON.parse(process.env.DOCWARD_SMOKE_RUNNERS ?? '[]');
if (!runners.some((r) => r.target === REFERENCE)) throw new Error(`smoke-targets: the ${REFERENCE} runner is the reference and must be in the list`);

/** Each fixture tree: the folders of fixtures/{repos,rules,sites}, and fixtures/cde-repo and fixtures/extract. */
function fixtureTrees() {
  const trees = ['fixtures/cde-repo', 'fixtures/extract'];
  for (const group of ['fixtures/repos', 'fixtures/rules', 'fixtures/sites']) {
    for (const entry of readdirSync(group, { withFileTypes: true })) if (entry.isDirectory()) trees.push(`${group}/${entry.name}`);
  }
  return trees.sort();
}

/** Paths (relative to the tree) of the symlinks in a tree: wine presents them as what they point to. */
function symlinks(tree, dir = tree) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) return [relative(tree, path)];
    return entry.isDirectory() ? symlinks(tree, path) : [];
  });
}

/** Runs a scan with stdout and stderr to files: wine's node.exe fails writing to a pipe (EBADF); the report goes to --output. */
function run(command, args, logFile) {
  return new Promise((resolve) => {
    const log = openSync(logFile, 'w');
    const child = spawn(command[0], [...command.slice(1), ...args], { stdio: ['ignore', log, log] });
    closeSync(log);
    child.on('close', (status) => resolve({ status, stderr: readFileSync(logFile, 'utf8') }));
  });
}

const out = mkdtempSync(join(tmpdir(), 'docward-smoke-'));
let outputs = 0;

/** One scan's report, or an error. */
async function scan(runner, tree, engine) {
  const file = join(out, `${++outputs}.json`);
  const args = [cli, 'scan', tree, '--format', 'json', '--fail-on', 'never', '--engine', engine, '--output', file];
  const { status, stderr } = await run(runner.command, args, `${file}.log`);
  if (status !== 0) return { error: `exit ${status}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` };
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { error: `no JSON report: ${error.message}; stderr: ${stderr.trim()}` };
  }
  delete report.root;
  delete report.stats.durationMs;
  return { report, notice: stderr.includes('no native core') ? stderr.trim() : undefined };
}

/** The findings and stats of `report` that are not in `reference` and the reverse, for the note. */
function differences(reference, report) {
  const key = (f) => JSON.stringify(f);
  const ref = new Set(reference.findings.map(key));
  const got = new Set(report.findings.map(key));
  const lines = [];
  for (const f of report.findings) if (!ref.has(key(f))) lines.push(`+ ${f.rule} ${f.path}:${f.line} ${f.message}`);
  for (const f of reference.findings) if (!got.has(key(f))) lines.push(`- ${f.rule} ${f.path}:${f.line} ${f.message}`);
  for (const part of ['stats', 'score', 'engine', 'version']) {
    if (!isDeepStrictEqual(reference[part], report[part])) lines.push(`${part}: ${JSON.stringify(reference[part])} -> ${JSON.stringify(report[part])}`);
  }
  return lines;
}

/** A difference is the emulator's when the runner declares such a cause and every differing finding's path goes through a symlink of the tree. */
function emulatorCaused(runner, tree, lines) {
  if (runner.emulatorDiffers !== 'symlinks') return false;
  const links = symlinks(tree);
  if (links.length === 0) return false;
  return lines.every((line) => {
    const path = / (\S+?):\d+ /.exec(line)?.[1];
    if (!path) return line.startsWith('stats:') || line.startsWith('score:');
    return links.some((link) => path === link || path.startsWith(`${link}/`) || line.includes(link));
  });
}

async function pool(items, size, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }));
  return results;
}

const trees = fixtureTrees();
const reference = new Map();
const rows = [];
let failed = false;
for (const runner of [runners.find((r) => r.target === REFERENCE), ...runners.filter((r) => r.target !== REFERENCE)]) {
  const started = Date.now();
  const problems = [];
  const emulatorNotes = [];
  let identical = 0;
  let loaded = true;
  // The reference scans with --engine native first (its reports are the reference), then like the others ($DOCWARD_SMOKE_ENGINES).
  const engines = runner.target === REFERENCE ? ['native', ...ENGINES.filter((e) => e !== 'native')] : ENGINES;
  const results = await pool(trees, Number(process.env.DOCWARD_SMOKE_JOBS ?? 2), async (tree) => {
    const scans = [];
    for (const engine of engines) scans.push([engine, await scan(runner, tree, engine)]);
    return { tree, scans };
  });
  for (const { tree, scans } of results) {
    for (const [engine, result] of scans) {
      if (result.error) {
        problems.push(`${tree} --engine ${engine}: ${result.error}`);
        loaded = false;
        continue;
      }
      if (result.report.engine !== 'native' || result.notice) {
        problems.push(`${tree} --engine ${engine}: ran the ${result.report.engine} engine${result.notice ? ` (${result.notice})` : ''}`);
        loaded = false;
        continue;
      }
      if (runner.target === REFERENCE && engine === 'native') reference.set(tree, result.report);
      const lines = differences(reference.get(tree), result.report);
      if (lines.length === 0) identical++;
      else if (emulatorCaused(runner, tree, lines)) emulatorNotes.push(`${tree} --engine ${engine}: ${runner.emulator} (symlinks ${symlinks(tree).join(', ')}): ${lines.join('; ')}`);
      else problems.push(`${tree} --engine ${engine} differs from ${REFERENCE}:\n    ${lines.join('\n    ')}`);
    }
  }
  const size = statSync(`dist/native/docward.${runner.target}.node`).size;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  rows.push({ target: runner.target, size, loaded, identical: `${identical}/${trees.length * engines.length}`, emulator: emulatorNotes.length, seconds, via: runner.via });
  for (const note of emulatorNotes) console.log(`smoke ${runner.target}: emulator difference, not counted as a failure: ${note}`);
  for (const problem of problems) console.log(`smoke ${runner.target}: FAIL ${problem}`);
  if (problems.length) failed = true;
}
rmSync(out, { recursive: true, force: true });

console.log(`\n| target | bytes | loads (engine auto -> native) | scans identical to ${REFERENCE} | emulator differences | seconds | run with |`);
console.log('| --- | ---: | --- | --- | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.target} | ${r.size} | ${r.loaded ? 'yes' : 'NO'} | ${r.identical} | ${r.emulator} | ${r.seconds} | ${r.via} |`);
process.exit(failed ? 1 : 0);
