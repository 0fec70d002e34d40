import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { HEAP_GROWING_PERCENT } from '../src/heap-growth.js';

/** Full GCs in a child that builds up ~150 MB of live objects, after setting `flags` at run time as limitHeapGrowth does. */
function fullGcs(flags: string): number {
  const script = `
    import { setFlagsFromString } from 'node:v8';
    import { PerformanceObserver, constants } from 'node:perf_hooks';
    if (${JSON.stringify(flags)}) setFlagsFromString(${JSON.stringify(flags)});
    let major = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++; }).observe({ entryTypes: ['gc'] });
    const kept = [];
    for (let i = 0; i < 3_000_000; i++) kept.push({ i, text: 'doc ' + i });
    setTimeout(() => console.log(major), 20);
  `;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
}

describe('limitHeapGrowth', () => {
  it('sets a flag V8 still honours at run time: more full GCs as live data grows', () => {
    const limited = fullGcs(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    const unlimited = fullGcs('');
    expect(limited).toBeGreaterThan(unlimited);
  }, 30_000);
});
