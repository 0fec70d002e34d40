// `--profile`: splits where time goes per corpus from outside-in measurements plus the CLI's DOCWARD_PROFILE phase timings.
import { readFileSync, readdirSync, existsSync, rmSync, mkdtempSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, discard, median } from './measure.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const NODE = process.execPath;

async function medianWall(argv, cwd, times = 3) {
  const walls = [];
  for (let i = 0; i < times; i++) {
    const run = await measure(argv, { cwd });
    discard(run);
    walls.push(run.wallMs);
  }
  return median(walls);
}

/** The CLI's own phase timings: DOCWARD_PROFILE=1 makes it print one JSON line `{"docwardProfile":{...}}` to stderr. */
async function cliPhases(cli, engine, cwd) {
  const run = await measure([NODE, cli, 'scan', '.', '--format', 'json', '--engine', engine], {
    cwd,
    env: { ...process.env, DOCWARD_PROFILE: '1' },
  });
  discard(run);
  const line = run.stderrTail.split('\n').find((l) => l.startsWith('{"docwardProfile"'));
  return { wallMs: run.wallMs, rssMB: run.rssMB, phases: line ? JSON.parse(line).docwardProfile : null };
}

/** CPU share per binary (the .node addon, node/V8, kernel, libc) of one CLI run, when `perf` is installed and permitted. */
function perfShares(cli, engine, cwd) {
  const data = path.join(tmpdir(), `docward-bench-perf-${process.pid}.data`);
  const rec = spawnSync('perf', ['record', '-F', '499', '-o', data, '--', NODE, cli, 'scan', '.', '--format', 'json', '--engine', engine], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (rec.error || rec.status === null || !existsSync(data)) return null;
  const rep = spawnSync('perf', ['report', '-i', data, '--sort', 'dso', '--stdio'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  rmSync(data, { force: true });
  const shares = {};
  for (const m of (rep.stdout ?? '').matchAll(/^\s+([\d.]+)%\s+(\S+)/gm)) {
    if (Number(m[1]) >= 1) shares[m[2]] = Number(m[1]);
  }
  return Object.keys(shares).length ? shares : null;
}

/**
 * V8 CPU profile of one CLI run (`node --cpu-prof`): self time grouped by source file (through `<cli>.map` when the
 * bundle has one, as `--build` makes) and by function, so JS-side hot spots (rules, score, js extractor) have names.
 */
function cpuTop(cli, engine, cwd, limit = 12) {
  const dir = mkdtempSync(path.join(tmpdir(), 'docward-bench-cpuprof-'));
  try {
    spawnSync(NODE, ['--cpu-prof', '--cpu-prof-dir', dir, cli, 'scan', '.', '--format', 'json', '--engine', engine], {
      cwd,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return null;
    const prof = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const map = existsSync(`${cli}.map`) ? new SourceMap(JSON.parse(readFileSync(`${cli}.map`, 'utf8'))) : null;
    const selfMs = new Map();
    prof.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
    const byFile = new Map();
    const byFunction = new Map();
    let total = 0;
    for (const node of prof.nodes) {
      const ms = selfMs.get(node.id);
      if (!ms) continue;
      total += ms;
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      let source = url ? path.basename(url) : functionName.startsWith('(') ? functionName : '(node internals)';
      let line = lineNumber + 1;
      if (map && url && url.endsWith(path.basename(cli))) {
        const entry = map.findEntry(lineNumber, columnNumber);
        if (entry?.originalSource) {
          source = entry.originalSource.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(\.\.?\/)+/, '');
          line = entry.originalLine + 1;
        }
      } else if (url.startsWith('node:')) source = url;
      const fn = `${functionName || '(anonymous)'} ${source}${url ? `:${line}` : ''}`;
      byFile.set(source, (byFile.get(source) ?? 0) + ms);
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
    const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, ms]) => ({ name, ms, share: ms / total }));
    return { totalMs: total, files: top(byFile), functions: top(byFunction) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function profileCorpus(corpus, { cli, nativeDir, log, cells }) {
  log(`  profiling ${corpus.kind} ${corpus.documents} ...`);
  const cwd = corpus.root;
  const profile = {
    nodeStartMs: await medianWall([NODE, '-e', '0'], cwd),
    rgWalkMs: await medianWall(['rg', '--files', '-g', '*.md', '.'], cwd),
    rgReadMs: await medianWall(['rg', '-c', '^---', '-g', '*.md', '.'], cwd),
  };
  const found = existsSync(nativeDir) ? readdirSync(nativeDir).find((f) => f.endsWith('.node')) : null;
  const binary = process.env.DOCWARD_NATIVE_PATH ?? (found && path.join(nativeDir, found));
  if (binary) {
    const run = await measure([NODE, path.join(BENCH, 'profile-native.mjs'), binary, '.'], { cwd });
    const text = readFileSync(run.stdoutFile, 'utf8');
    discard(run);
    if (run.exitCode === 0) profile.native = { ...JSON.parse(text), processRssMB: run.rssMB };
    else profile.nativeError = run.stderrTail.trim().split('\n').slice(-2).join(' | ');
  }
  if (existsSync(cli)) {
    for (const engine of ['native', 'js']) {
      if (cells[engine]?.wallMs == null) continue;
      profile[`cli_${engine}`] = await cliPhases(cli, engine, cwd);
    }
  }
  profile.cliNativeMedianMs = cells.native?.wallMs;
  if (existsSync(cli)) {
    for (const engine of ['native', 'js']) {
      if (cells[engine]?.wallMs != null) profile[`cpu_${engine}`] = cpuTop(cli, engine, cwd);
    }
  }
  if (existsSync(cli) && cells.native?.wallMs != null && spawnSync('perf', ['--version']).status === 0) {
    profile.perfNative = perfShares(cli, 'native', cwd);
  }
  return profile;
}

const ms = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

export function renderProfile(results) {
  const lines = ['', '## Profile: where the time goes (`--profile`)', ''];
  lines.push(
    'Outside-in: node start-up (`node -e 0`), ripgrep walk only (`rg --files`) and walk+read (`rg -c`) are the floor parts.',
    'Native binding alone (bench/profile-native.mjs, median of 3 in one process): walk only (an include that matches nothing),',
    'walk+stat (`maxFileBytes: 0`: every document stat-ed, none read), full `scan()` (walk, read, parse, facts, serialise to one',
    'JSON string: the FFI hand-over), then `JSON.parse` of that string. "CLI rest" = wall of the DOCWARD_PROFILE run − node start − scan − parse:',
    'bundle load, config, rules, report rendering and writing. Phase rows from the CLI come from `DOCWARD_PROFILE=1`.',
    '',
  );
  for (const r of results) {
    const p = r.profile;
    if (!p) continue;
    lines.push(`### ${r.kind} ${r.corpus.documents} documents`, '', '| phase | ms |', '| --- | ---: |');
    lines.push(`| node start-up (node -e 0) | ${ms(p.nodeStartMs)} |`);
    lines.push(`| rg walk only | ${ms(p.rgWalkMs)} |`, `| rg walk + read | ${ms(p.rgReadMs)} |`);
    if (p.native) {
      const n = p.native;
      lines.push(`| native: load binding | ${ms(n.loadMs)} |`, `| native: walk only | ${ms(n.walkMs)} |`);
      lines.push(`| native: walk + stat | ${ms(n.statMs)} |`, `| native: read + parse + facts + serialise (scan − walk) | ${ms(n.scanMs - n.walkMs)} |`);
      lines.push(`| native: full scan() (${n.scanCores.toFixed(2)} cores busy on average) | ${ms(n.scanMs)} |`, `| native: JSON.parse of ${n.jsonMB.toFixed(1)} MB | ${ms(n.parseMs)} |`);
      lines.push(`| native: peak RSS of scan-only process | ${n.processRssMB.toFixed(0)} MB |`);
      if (p.cliNativeMedianMs != null) lines.push(`| CLI native end to end (median of the timed runs) | ${ms(p.cliNativeMedianMs)} |`);
      const profiled = p.cli_native?.wallMs;
      if (profiled != null) {
        lines.push(`| CLI rest (load, config, rules, report, write) of the DOCWARD_PROFILE run | ${ms(profiled - p.nodeStartMs - n.scanMs - n.parseMs)} |`);
      }
    } else if (p.nativeError) lines.push(`| native binding | failed: ${p.nativeError.replace(/\|/g, '\\|')} |`);
    for (const engine of ['native', 'js']) {
      const c = p[`cli_${engine}`];
      if (!c) continue;
      if (!c.phases) {
        lines.push(`| CLI ${engine}: phases | not reported (CLI has no DOCWARD_PROFILE hook) |`);
        continue;
      }
      for (const [phase, value] of Object.entries(c.phases)) lines.push(`| CLI ${engine}: ${phase} | ${ms(value)} |`);
      lines.push(`| CLI ${engine}: wall of this run | ${ms(c.wallMs)} |`);
    }
    if (p.perfNative) {
      const shares = Object.entries(p.perfNative).map(([dso, pct]) => `${dso} ${pct.toFixed(0)}%`).join(', ');
      lines.push(`| CLI native: CPU samples by binary (perf) | ${shares} |`);
    }
    for (const engine of ['native', 'js']) {
      const c = p[`cpu_${engine}`];
      if (!c) continue;
      lines.push('', `CPU profile of the CLI with --engine ${engine} (node --cpu-prof, ${ms(c.totalMs)} ms sampled; self time):`, '');
      lines.push('| top source files | ms | share | | top functions | ms | share |', '| --- | ---: | ---: | --- | --- | ---: | ---: |');
      for (let i = 0; i < Math.max(c.files.length, c.functions.length); i++) {
        const f = c.files[i];
        const g = c.functions[i];
        const cell = (x) => (x ? `${x.name.replace(/\|/g, '\\|')} | ${ms(x.ms)} | ${(x.share * 100).toFixed(0)}%` : ' | |');
        lines.push(`| ${cell(f)} | | ${cell(g)} |`);
      }
      lines.push('');
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Throughput of candidate JS parsers (bench/parsers.mjs) on one corpus held in memory: no walk, no reads, no rules. */
export async function profileParsers(corpus, log) {
  log(`  parser throughput on ${corpus.kind} ${corpus.documents} ...`);
  const run = await measure([NODE, path.join(BENCH, 'parsers.mjs'), '.', '1'], { cwd: corpus.root });
  const text = readFileSync(run.stdoutFile, 'utf8');
  discard(run);
  if (run.exitCode !== 0) return { error: run.stderrTail.trim().split('\n').slice(-2).join(' | ') };
  return { corpus: `${corpus.kind} ${corpus.documents}`, ...JSON.parse(text) };
}

export function renderParsers(p) {
  if (!p) return '';
  const lines = ['', `### JS Markdown parsers on ${p.corpus ?? 'the smallest corpus'} (in memory, \`bench/parsers.mjs\`)`, ''];
  if (p.error) return [...lines, `failed: ${p.error}`, ''].join('\n');
  lines.push(`${p.documents} documents, ${p.megabytes.toFixed(1)} MB, parse only (no walk, reads or rules), after a warm-up.`, '');
  lines.push('| parser | ms | MB/s | µs / doc |', '| --- | ---: | ---: | ---: |');
  for (const r of p.rows) lines.push(`| ${r.parser} | ${ms(r.ms)} | ${r.mbPerS.toFixed(2)} | ${r.usPerDoc.toFixed(0)} |`);
  lines.push('');
  return lines.join('\n');
}
