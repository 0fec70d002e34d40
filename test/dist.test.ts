// dist/ is committed (the action runs without npm install): it must be exactly what the sources build to,
// and it must run on its own, with no node_modules and no repository around it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const committed = path.join(repo, 'dist');
const fixture = path.join(repo, 'fixtures', 'cde-repo');
let fresh: string;

/** Every file of a dist tree but the native binaries (built and committed separately). */
const bundleFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name !== 'native')
    .sort();

beforeAll(() => {
  fresh = mkdtempSync(path.join(tmpdir(), 'docward-dist-'));
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build-dist.mjs'), '--out', fresh], { cwd: repo, stdio: 'pipe' });
}, 180_000);

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('committed dist/', () => {
  it('matches a fresh build of src/, file for file (the .node binaries excepted)', () => {
    expect(bundleFiles(committed), 'dist/ files differ from a fresh build: run npm run build and commit dist/').toEqual(bundleFiles(fresh));
    for (const file of bundleFiles(fresh)) {
      const same = readFileSync(path.join(committed, file), 'utf8') === readFileSync(path.join(fresh, file), 'utf8');
      expect(same, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });
});

/** stderr less the `docward: not checked: ...` lines (what the scan could not check, src/unverified.ts). */
const withoutUnverified = (stderr: string) => stderr.replace(/^docward: not checked: .*\n/gm, '');

describe('a build copied alone', () => {
  let alone: string;
  beforeAll(() => {
    // Outside the repository, so nothing can resolve from its node_modules or src/.
    alone = mkdtempSync(path.join(tmpdir(), 'docward-alone-'));
    cpSync(fresh, alone, { recursive: true });
    cpSync(path.join(committed, 'native'), path.join(alone, 'native'), { recursive: true });
  });
  afterAll(() => rmSync(alone, { recursive: true, force: true }));

  const scan = (engine: string) => {
    const run = spawnSync(process.execPath, [path.join(alone, 'cli.js'), 'scan', fixture, '--format', 'json', '--engine', engine], {
      cwd: alone,
      encoding: 'utf8',
      env: { ...process.env, DOCWARD_NATIVE_PATH: '' },
    });
    const report = JSON.parse(run.stdout) as { engine: string; findings: unknown[]; stats: { documents: number }; unverified: unknown[] };
    // Nothing on stderr but one line per unverified cause.
    expect(run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('docward: not checked: '))).toEqual([]);
    expect(run.stderr.split('\n').filter((line) => line !== '')).toHaveLength(report.unverified.length);
    return { status: run.status, engine: report.engine, documents: report.stats.documents, findings: report.findings };
  };

  it('scans with the js engine (its chunks load from beside cli.js) as the native one does', () => {
    const native = scan('native');
    const js = scan('js');
    expect(native.engine).toBe('native');
    expect(js.engine).toBe('js');
    expect(native.documents).toBeGreaterThan(0);
    expect(native.findings.length).toBeGreaterThan(0);
    expect(js).toEqual({ ...native, engine: 'js' });
  });

  it('exits with its verdict, quietly, when the reader has closed the pipe (docward scan | head)', () => {
    // `true` exits at once: every write of the report meets a closed pipe.
    const cli = `"${process.execPath}" "${path.join(alone, 'cli.js')}" scan "${fixture}" --format json --engine native --fail-on`;
    const run = spawnSync('bash', ['-c', `${cli} error | true; echo \${PIPESTATUS[0]}; ${cli} never | true; echo \${PIPESTATUS[0]}`], {
      cwd: alone,
      encoding: 'utf8',
    });
    expect(withoutUnverified(run.stderr)).toBe('');
    expect(run.stdout).toBe('1\n0\n');
  });

  it.runIf(existsSync('/dev/full'))('says in one line that the report could not be written (a full disk) and exits 2', () => {
    const run = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${path.join(alone, 'cli.js')}" scan "${fixture}" --engine native --fail-on never > /dev/full`],
      { cwd: alone, encoding: 'utf8' },
    );
    expect(withoutUnverified(run.stderr)).toMatch(/^docward: cannot write the report to standard output: ENOSPC[^\n]*\n$/);
    expect(run.status).toBe(2);
  });

  it('runs the action entry, which writes its JSON report', () => {
    const runner = mkdtempSync(path.join(tmpdir(), 'docward-alone-runner-'));
    try {
      const run = spawnSync(process.execPath, [path.join(alone, 'index.js')], {
        cwd: fixture,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          GITHUB_WORKSPACE: fixture,
          RUNNER_TEMP: runner,
          GITHUB_RUN_ID: '7',
          'INPUT_FAIL-ON': 'never',
          INPUT_ENGINE: 'js',
          INPUT_PATH: '.',
        },
      });
      expect(run.stderr).toBe('');
      const report = path.join(runner, 'docward-report-7.json');
      expect(existsSync(report), run.stdout).toBe(true);
      expect((JSON.parse(readFileSync(report, 'utf8')) as { engine: string }).engine).toBe('js');
      expect(run.status).toBe(0);
    } finally {
      rmSync(runner, { recursive: true, force: true });
    }
  });
});
