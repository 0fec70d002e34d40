// Wall, CPU (user+sys) and peak RSS of one command and all its children, via GNU time's wait4 rusage.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

/** Returns null when GNU time is usable, else the reason and the exact fix. */
export function checkGnuTime() {
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || !/^\d+\s*$/m.test(probe.stderr)) {
    return `${GNU_TIME} (GNU time) is missing or not GNU: install it with \`apt-get install -y time\``;
  }
  return null;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'docward-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs `argv` in `cwd` with stdout/stderr to scratch files (never through this process, which stays idle).
 * Peak RSS is ru_maxrss of the largest single process in the tree (what GNU time reports), in MB.
 */
export function measure(argv, { cwd, env, timeoutMs } = {}) {
  const id = Math.random().toString(36).slice(2);
  const timeFile = path.join(scratch, `${id}.time`);
  const outFile = path.join(scratch, `${id}.out`);
  const errFile = path.join(scratch, `${id}.err`);
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawn(GNU_TIME, ['-f', '%U %S %M %x', '-o', timeFile, ...argv], {
    cwd,
    env: env ?? process.env,
    stdio: ['ignore', out, err],
    // Its own process group, so a timeout can kill the whole tree at once.
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          process.kill(-child.pid, 'SIGKILL');
        }, timeoutMs)
      : null;
    child.on('error', reject);
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      closeSync(out);
      closeSync(err);
      if (timedOut) {
        resolve({ wallMs, timedOut, exitCode: null, signalled: true, stdoutFile: outFile, stderrTail: `killed after ${timeoutMs / 1000} s` });
        return;
      }
      const timing = readFileSync(timeFile, 'utf8').trim().split('\n');
      const fields = timing[timing.length - 1].split(' ').map(Number);
      const stderr = readFileSync(errFile, 'utf8');
      const result = {
        wallMs,
        cpuMs: (fields[0] + fields[1]) * 1000,
        userMs: fields[0] * 1000,
        sysMs: fields[1] * 1000,
        rssMB: fields[2] / 1024,
        exitCode: fields[3],
        // A signal shows as an extra "Command terminated by signal N" line before the numbers.
        signalled: timing.some((l) => l.startsWith('Command terminated by signal')),
        timedOut: false,
        stdoutFile: outFile,
        stderrTail: stderr.slice(-2000),
      };
      if (fields.some((f) => Number.isNaN(f))) reject(new Error(`cannot read GNU time output for ${argv.join(' ')}: ${timing.join(' | ')}`));
      else resolve(result);
    });
  });
}

/** Deletes a measured run's captured stdout once it has been checked. */
export function discard(result) {
  rmSync(result.stdoutFile, { force: true });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
