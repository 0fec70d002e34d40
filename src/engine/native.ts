/** Finds and loads the native extractor binary for this platform; never throws. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NATIVE_WIRE_VERSION } from '../version.js';

/** The functions the Rust addon (native/src/lib.rs) exports. */
export interface NativeBinding {
  /** ScanOptions JSON in, ScanResult JSON out; throws on bad options or a missing root. */
  scan(optionsJson: string): string;
  /** DocumentFacts JSON for one in-memory document. */
  extractBytes(path: string, bytes: Buffer): string;
  /** The binary's wire version (native/WIRE_VERSION); the loader accepts only NATIVE_WIRE_VERSION. */
  version(): string;
  /** Starts a streamed scan, batches in native/src/batch.rs's encoding; throws like `scan`. */
  scanStart(optionsJson: string, batchDocuments?: number, queue?: number): NativeScanHandle;
}

/** One streamed scan in the addon (native/src/lib.rs `ScanHandle`). */
export interface NativeScanHandle {
  /** `{schema, paths, dirs, documents}` JSON the first time, then null; `dirs` and `documents` are indices into `paths`. */
  takeListing(): string | null;
  /** A JSON array of documents (never empty; see `scanStart`), or null when done or closed; throws on an extractor failure. */
  next(): string | null;
  /** Stops the producer thread and frees the queue; idempotent. */
  close(): void;
}

export type NativeLoad = { ok: true; binding: NativeBinding } | { ok: false; target: string; reason: string };

/** `${platform}-${arch}` plus `-gnu`/`-musl` on Linux and `-msvc` on Windows (napi-rs naming). */
export function nativeTarget(): string {
  const base = `${process.platform}-${process.arch}`;
  if (process.platform === 'win32') return `${base}-msvc`;
  if (process.platform !== 'linux') return base;
  return `${base}-${isMusl() ? 'musl' : 'gnu'}`;
}

/** napi-rs's own test: ldd names musl on musl systems; the report (~6 ms on its first call, a tenth of a small run) only when there is no ldd. */
function isMusl(): boolean {
  try {
    return readFileSync('/usr/bin/ldd', 'utf8').includes('musl');
  } catch {
    const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
    return !report?.header?.glibcVersionRuntime;
  }
}

/** Where to look, in order: $DOCWARD_NATIVE_PATH, ./native/ next to the bundle, the repo's dist/native/. */
export function nativeCandidates(target: string): string[] {
  const file = `docward.${target}.node`;
  const candidates: string[] = [];
  const override = process.env.DOCWARD_NATIVE_PATH;
  if (override) candidates.push(override);
  candidates.push(fileURLToPath(new URL(`./native/${file}`, import.meta.url)));
  candidates.push(fileURLToPath(new URL(`../../dist/native/${file}`, import.meta.url)));
  return candidates;
}

/**
 * Why a binary reporting `version` cannot be used, or undefined. Bundle and binaries ship together:
 * a binary of another wire version is a build or install mistake, never decoded.
 */
export function wireMismatch(path: string, version: string): string | undefined {
  if (version === NATIVE_WIRE_VERSION) return undefined;
  return `${path} speaks wire version ${JSON.stringify(version)}, this docward needs ${JSON.stringify(NATIVE_WIRE_VERSION)} (rebuild it: npm run build:native)`;
}

let cached: NativeLoad | undefined;

export function loadNative(): NativeLoad {
  cached ??= load();
  return cached;
}

/** Forgets the cached result (tests change DOCWARD_NATIVE_PATH between loads). */
export function resetNativeCache(): void {
  cached = undefined;
}

function load(): NativeLoad {
  let target = 'unknown';
  try {
    target = nativeTarget();
    const override = process.env.DOCWARD_NATIVE_PATH;
    // An explicit path that is missing is an error, not a reason to silently use another binary.
    if (override && !existsSync(override)) {
      return { ok: false, target, reason: `DOCWARD_NATIVE_PATH points to a missing file: ${override}` };
    }
    const path = nativeCandidates(target).find((p) => existsSync(p));
    if (!path) return { ok: false, target, reason: `no file docward.${target}.node shipped for this platform` };
    const module = { exports: {} as Partial<NativeBinding> };
    // process.dlopen instead of require: bundlers leave it alone and it works from ESM.
    process.dlopen(module, path);
    const binding = module.exports;
    if (typeof binding.version !== 'function') return { ok: false, target, reason: `${path} does not export version()` };
    const mismatch = wireMismatch(path, binding.version());
    if (mismatch) return { ok: false, target, reason: mismatch };
    if (typeof binding.scan !== 'function' || typeof binding.extractBytes !== 'function' || typeof binding.scanStart !== 'function') {
      return { ok: false, target, reason: `${path} does not export scan/extractBytes/scanStart` };
    }
    return { ok: true, binding: binding as NativeBinding };
  } catch (error) {
    return { ok: false, target, reason: `failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
}
