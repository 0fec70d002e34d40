import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { HEAP_GROWING_PERCENT, NEW_SPACE_LIMIT, capNewSpace, limitHeapGrowth, newSpaceSize } from '../src/heap-growth.js';

/** Runs `body` in a child after setting `flag` at run time as limitHeapGrowth does; returns what it prints. */
function inChild(flag: string, body: string): number {
  const script = `
    import { setFlagsFromString, getHeapSpaceStatistics } from 'node:v8';
    import { PerformanceObserver, constants } from 'node:perf_hooks';
    if (${JSON.stringify(flag)}) setFlagsFromString(${JSON.stringify(flag)});
    ${body}
  `;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
}

/** Full GCs while ~150 MB of live objects build up. */
const FULL_GCS = `
  let major = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++; }).observe({ entryTypes: ['gc'] });
  const kept = [];
  for (let i = 0; i < 3_000_000; i++) kept.push({ i, text: 'doc ' + i });
  setTimeout(() => console.log(major), 20);
`;

/** The young generation's largest size while objects that survive scavenges pile up. */
const LARGEST_NEW_SPACE = `
  const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
  let largest = newSpace();
  const kept = [];
  for (let i = 0; i < 300_000; i++) {
    kept.push({ i, text: 'doc ' + i });
    if (i % 10_000 === 0) largest = Math.max(largest, newSpace());
  }
  console.log(largest);
`;

describe('limitHeapGrowth', () => {
  it('sets a heap growing percent V8 still honours at run time: more full GCs as live data grows', () => {
    const limited = inChild(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, FULL_GCS);
    const unlimited = inChild('', FULL_GCS);
    expect(limited).toBeGreaterThan(unlimited);
  }, 30_000);

  it('sets a semi-space growth factor V8 still honours at run time: the young generation stays at its starting size', () => {
    const limited = inChild("--semi-space-growth-factor=1", LARGEST_NEW_SPACE);
    const unlimited = inChild('', LARGEST_NEW_SPACE);
    expect(limited).toBeGreaterThan(0);
    expect(unlimited).toBeGreaterThanOrEqual(4 * limited);
  }, 30_000);

  it('capNewSpace stops the new space growing once it reaches the limit (this worker: flags are per process)', () => {
    limitHeapGrowth();
    const kept: { i: number; text: string }[] = [];
    // Objects that survive scavenges make V8 grow the new space, as a scan's batches do.
    for (let i = 0; newSpaceSize() < NEW_SPACE_LIMIT; i++) kept.push({ i, text: 'doc ' + i });
    capNewSpace();
    const capped = newSpaceSize();
    for (let i = 0; i < 1_000_000; i++) kept.push({ i, text: 'doc ' + i });
    expect(capped).toBeGreaterThanOrEqual(NEW_SPACE_LIMIT);
    // Never larger (V8 may still shrink it, e.g. its memory reducer on a loaded machine).
    expect(newSpaceSize()).toBeLessThanOrEqual(capped);
  }, 30_000);
});
