/**
 * Keeps the JS heap close to the live data of a long scan. The old generation may grow by a quarter after
 * each full GC instead of up to 4x: at 100k documents the rules' live data creeps up, and V8's default
 * lets dead batches pile up on top (bench/PROFILE.md, "Memory"). The young generation stops growing at
 * NEW_SPACE_LIMIT instead of doubling up to 32 MB: a larger nursery mostly holds more dead batches
 * (10k: 111 -> 91 MB). Not smaller: a 2 MB nursery promotes live batches early, +20-30 % CPU at 10k-100k.
 * It is held at its starting size until the batches begin: the listing of a large tree (100k paths, their
 * index) is long-lived data that made it double four times, to V8's maximum, before any batch could cap it.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 25;
/** Bytes of the new space (as V8 reports it) past which it stops growing. */
export const NEW_SPACE_LIMIT = 8 * 1024 * 1024;
/** V8's own semi-space growth factor (the nursery doubles when most of it survives a scavenge). */
const V8_GROWTH_FACTOR = 2;

/** none: no limits asked (library use); held: not growing until the batches begin; growing: up to the limit; capped: done. */
let nursery: 'none' | 'held' | 'growing' | 'capped' = 'none';

/** Read by V8 at each full GC or scavenge, so setting them at start-up still takes effect (unlike the space sizes). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString('--semi-space-growth-factor=1');
  nursery = 'held';
}

/** The new space's size in bytes. */
export function newSpaceSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Called between batches: the semi-space limit is fixed at isolate start, but the growth factor is read
 * at each growth, so the first call lets the new space grow again and, once it reaches the limit, a
 * factor of 1 keeps it there. A batch's work sees at most one growth past the limit check.
 * (A PerformanceObserver of GCs would only be told after the scan: its callbacks wait for an idle loop.)
 */
export function capNewSpace(): void {
  if (nursery === 'none' || nursery === 'capped') return;
  if (newSpaceSize() >= NEW_SPACE_LIMIT) {
    setFlagsFromString('--semi-space-growth-factor=1');
    nursery = 'capped';
  } else if (nursery === 'held') {
    setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
    nursery = 'growing';
  }
}
