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
  /** Documents these globs name are read as MDX; throws after `begin()` or the first `next()` (extraction starts there) or on a bad glob. */
  readAsMdx(globs: string[]): void;
  /** Starts extraction in the background now; idempotent. */
  begin(): void;
  /** A JSON array of documents (never empty; see `scanStart`), or null when done or closed; throws on an extractor failure. */
  next(): string | null;
  /** Stops the producer thread and frees the queue; idempotent. */
  close(): void;
}

export type NativeLoad = { ok: true; binding: NativeBinding } | { ok: false; target: string; reason: string };

/** What decides which binary fits; `hostFacts()` reads them, tests inject their own. */
export interface PlatformFacts {
  platform: NodeJS.Platform;
  arch: string;
  /** The libc this process runs on (Linux only), read on demand. */
  libc(): 'gnu' | 'musl';
}

export function hostFacts(): PlatformFacts {
  return { platform: process.platform, arch: process.arch, libc: () => processLibc(readProcMaps, glibcVersionRuntime) };
}

/**
 * The target names that fit, most preferred first (napi-rs naming: `${platform}-${arch}` plus `-gnu`/`-musl`
 * on Linux). Windows takes `-msvc` (napi-rs's default, if one is ever shipped) before `-gnu`: the binary we
 * build is x86_64-pc-windows-gnu (mingw-w64, napi dyn-symbols), named `docward.win32-x64-gnu.node`.
 */
export function nativeTargets(facts: PlatformFacts = hostFacts()): string[] {
  const base = `${facts.platform}-${facts.arch}`;
  if (facts.platform === 'win32') return [`${base}-msvc`, `${base}-gnu`];
  if (facts.platform === 'linux') return [`${base}-${facts.libc()}`];
  return [base];
}

/** The first of `nativeTargets()` (the one a notice names). */
export function nativeTarget(facts: PlatformFacts = hostFacts()): string {
  return nativeTargets(facts)[0] ?? 'unknown';
}

/**
 * The libc of this process, not of the system: /usr/bin/ldd may be missing (distroless, slim containers)
 * or belong to another libc than the Node that runs (a musl Node on a glibc host). The libraries mapped
 * into the process say it for 0.4 ms; the process report (30 ms) only when they do not.
 */
export function processLibc(maps: () => string | undefined, glibcRuntime: () => string | undefined): 'gnu' | 'musl' {
  const mapped = maps() ?? '';
  if (/\/libc\.so\.6$|\/ld-linux[^/\s]*\.so\.\d+$/m.test(mapped)) return 'gnu';
  if (/\/(?:ld-musl-|libc\.musl-)[^/\s]*$|-linux-musl\/libc\.so$/m.test(mapped)) return 'musl';
  return glibcRuntime() ? 'gnu' : 'musl';
}

function readProcMaps(): string | undefined {
  try {
    return readFileSync('/proc/self/maps', 'utf8');
  } catch {
    return undefined;
  }
}

function glibcVersionRuntime(): string | undefined {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime;
}

/** Where to look for one target, in order: ./native/ next to the bundle, the repo's dist/native/. */
export function nativeCandidates(target: string): string[] {
  const file = `docward.${target}.node`;
  return [fileURLToPath(new URL(`./native/${file}`, import.meta.url)), fileURLToPath(new URL(`../../dist/native/${file}`, import.meta.url))];
}

/** The binary to load: $DOCWARD_NATIVE_PATH, else the first candidate of the first fitting target that exists. */
export function findNative(targets: string[], exists: (path: string) => boolean = existsSync): string | undefined {
  const override = process.env.DOCWARD_NATIVE_PATH;
  if (override) return override;
  for (const target of targets) {
    const found = nativeCandidates(target).find(exists);
    if (found) return found;
  }
  return undefined;
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
    const targets = nativeTargets();
    target = targets.join(' or ');
    const override = process.env.DOCWARD_NATIVE_PATH;
    // An explicit path that is missing is an error, not a reason to silently use another binary.
    if (override && !existsSync(override)) {
      return { ok: false, target, reason: `DOCWARD_NATIVE_PATH points to a missing file: ${override}` };
    }
    const path = findNative(targets);
    if (!path) return { ok: false, target, reason: `this build ships no ${targets.map((t) => `docward.${t}.node`).join(' or ')}` };
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
