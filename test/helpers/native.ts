/**
 * The native binding for tests that need it. When it cannot load (no binary, another wire version),
 * the test file says why with a test of its own: failing under CI=true (CI builds the binary first,
 * so a missing one is a bug), skipped elsewhere; DOCWARD_SKIP_NATIVE=1 skips it everywhere (a
 * platform with no binary to build).
 */
import { it } from 'vitest';
import { loadNative, type NativeBinding } from '../../src/engine/native.js';

export function nativeForTests(): NativeBinding | undefined {
  const loaded = loadNative();
  if (loaded.ok) return loaded.binding;
  const why = `native engine unavailable for ${loaded.target}: ${loaded.reason}`;
  if (process.env.CI === 'true' && process.env.DOCWARD_SKIP_NATIVE !== '1') {
    it(`the native engine loads (${why})`, () => {
      throw new Error(`${why}; CI must build it (npm run build:native) or set DOCWARD_SKIP_NATIVE=1 where none exists`);
    });
  } else {
    it.skip(`native half not run: ${why}`, () => {});
  }
  return undefined;
}
