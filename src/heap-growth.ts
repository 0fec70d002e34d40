/**
 * The old generation may grow by half after each full GC instead of up to 4x: at 100k documents the
 * rules' live data creeps up, and V8's default lets dead batches pile up on top (bench/PROFILE.md, "Memory").
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Read by V8 at each full GC, so setting it once at start-up still takes effect (unlike the space sizes). */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
