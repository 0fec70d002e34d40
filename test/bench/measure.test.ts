import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGnuTime, measure, discard, median } from '../../bench/measure.mjs';

const node = process.execPath;

describe('bench measurement of a child process tree', () => {
  it('finds GNU time', () => {
    expect(checkGnuTime()).toBeNull();
  });

  it('reports the peak RSS of a grandchild and its exit status', async () => {
    // sh -> node: the 200 MB buffer lives in the grandchild, so this checks the whole tree is seen.
    const script = 'const b = Buffer.alloc(200e6, 1); process.stdout.write(String(b[123])); process.exit(3)';
    const run = await measure(['sh', '-c', `"${node}" -e '${script}'; exit $?`]);
    expect(run.exitCode).toBe(3);
    expect(run.signalled).toBe(false);
    expect(run.rssMB).toBeGreaterThan(200);
    expect(run.rssMB).toBeLessThan(600);
    expect(readFileSync(run.stdoutFile, 'utf8')).toBe('1');
    discard(run);
  });

  it('counts the CPU time the child itself reports', async () => {
    // Fixed work, not a fixed duration: on a busy machine a time-boxed loop gets little CPU.
    const script = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; const u = process.cpuUsage(); console.log((u.user + u.system) / 1000, x > 0)';
    const run = await measure([node, '-e', script]);
    expect(run.exitCode).toBe(0);
    const selfReported = Number(readFileSync(run.stdoutFile, 'utf8').split(' ')[0]);
    expect(selfReported).toBeGreaterThan(100);
    // GNU time's rusage has 10 ms resolution and also counts node's exit after the child's own reading.
    expect(run.cpuMs).toBeGreaterThanOrEqual(selfReported - 20);
    expect(run.cpuMs).toBeLessThan(selfReported + 500);
    expect(run.wallMs).toBeGreaterThan(selfReported / 4);
    discard(run);
  });

  it('notices a child killed by a signal', async () => {
    const run = await measure(['sh', '-c', 'kill -9 $$']);
    expect(run.signalled).toBe(true);
    discard(run);
  });

  it('kills the whole tree when a run exceeds its timeout', async () => {
    const run = await measure(['sh', '-c', 'sleep 30 & sleep 30; wait'], { timeoutMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(run.wallMs).toBeLessThan(5000);
    discard(run);
  });

  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
