/**
 * fast-check's seed for every property test: fixed, so that a run is reproducible and CI cannot
 * turn red at random; `FC_SEED=<n>` replays a failure, `FC_SEED=random` draws a new seed each run
 * (the scheduled workflow `.github/workflows/property-seeds.yml` does, and prints the seed of a
 * failure so it can be replayed here).
 */
import fc from 'fast-check';

const FIXED_SEED = 20261206;

function seedFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return FIXED_SEED;
  if (value === 'random') return undefined;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return seed;
}

const seed = seedFromEnv(process.env.FC_SEED);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
