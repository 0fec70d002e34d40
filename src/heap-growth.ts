/**
 * Keeps the JS heap close to the live data of a long scan. The old generation may grow by a quarter after
 * each full GC instead of up to 4x: at 100k documents the rules' live data creeps up, and V8's default
 * lets dead batches pile up on top (bench/PROFILE.md, "Memory"). The young generation stops growing at
 * NEW_SPACE_LIMIT instead of doubling up to 32 MB: a larger nursery mostly holds more dead batches
 * (10k: 111 -> 91 MB). Not smaller: a 2 MB nursery promotes live batches early, +20-30 % CPU at 10k-100k.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 25;
/** Bytes of the new space (as V8 reports it) past which it stops growing. */
export const NEW_SPACE_LIMIT = 8 * 1024 * 1024;

/** Whether the process asked for limits (the CLI and the action) and the new space may still grow. */
let capPending = false;

/** Read by V8 at each full GC, so setting it once at start-up still takes effect (unlike the space sizes). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  capPending = true;
}

/** The new space's size in bytes. */
export function newSpaceSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Called between batches: the semi-space limit is fixed at isolate start, but the growth factor is read
 * at each growth, so once the new space reaches the limit a factor of 1 keeps it there.
 * (A PerformanceObserver of GCs would only be told after the scan: its callbacks wait for an idle loop.)
 */
export function capNewSpace(): void {
  if (!capPending || newSpaceSize() < NEW_SPACE_LIMIT) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  capPending = false;
}
