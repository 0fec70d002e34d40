#!/usr/bin/env node
// dist/native/manifest.json: which binary each target ships (file, size, sha256) and the hash of the native
// sources it was built from. `update TARGET...` records built targets; `current TARGET` exits 0 when that
// target's entry matches the sources and its file (build-targets.sh skips it then, and says so).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What a binary is built from, relative to native/: folders are walked whole, files taken as they are. */
export const NATIVE_SOURCES = ['src', 'vendor', 'Cargo.toml', 'Cargo.lock', 'build.rs'];

/** The file a target's binary has in dist/native/ (napi-rs naming: docward.<platform>-<arch>[-<abi>].node). */
export const binaryFile = (target) => `docward.${target}.node`;

function listFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((entry) => listFiles(join(path, entry.name)));
}

/** sha256 over every source file's path (relative to native/, with /) and bytes, in path order. */
export function nativeSourceHash(nativeDir = join(repo, 'native')) {
  const files = NATIVE_SOURCES.map((name) => join(nativeDir, name))
    .filter((path) => existsSync(path))
    .flatMap(listFiles)
    .map((path) => ({ path, name: relative(nativeDir, path).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const { path, name } of files) {
    const bytes = readFileSync(path);
    // Lengths delimit each record, so no two different trees hash the same bytes.
    hash.update(`${name.length}:${name}:${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

export const fileSha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

export function readManifest(outDir = join(repo, 'dist', 'native')) {
  const path = join(outDir, 'manifest.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { targets: [] };
}

/** Why a target's entry is not current (missing, other sources, file changed), or undefined when it is. */
export function staleReason(target, { outDir = join(repo, 'dist', 'native'), sourceHash = nativeSourceHash() } = {}) {
  const entry = readManifest(outDir).targets.find((t) => t.target === target);
  if (!entry) return 'not in the manifest';
  if (entry.sourceHash !== sourceHash) return `built from other native sources (${entry.sourceHash.slice(0, 12)}, now ${sourceHash.slice(0, 12)})`;
  const file = join(outDir, entry.file);
  if (!existsSync(file)) return `${entry.file} is missing`;
  if (fileSha256(file) !== entry.sha256) return `${entry.file} differs from the manifest's sha256`;
  return undefined;
}

function update(targets, outDir = join(repo, 'dist', 'native')) {
  const sourceHash = nativeSourceHash();
  const manifest = readManifest(outDir);
  const entries = new Map(manifest.targets.map((t) => [t.target, t]));
  for (const target of targets) {
    const file = binaryFile(target);
    const path = join(outDir, file);
    if (!existsSync(path)) throw new Error(`native-manifest: ${path} does not exist`);
    entries.set(target, { target, file, size: statSync(path).size, sha256: fileSha256(path), sourceHash });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.target < b.target ? -1 : 1));
  const all = new Set(sorted.map((t) => t.sourceHash));
  // sourceHash at the top only when every entry agrees; the test requires that it equals the current sources.
  const next = { sources: NATIVE_SOURCES.map((s) => `native/${s}`), sourceHash: all.size === 1 ? [...all][0] : null, targets: sorted };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(next, null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [command, ...targets] = process.argv.slice(2);
  if (command === 'update' && targets.length) {
    update(targets);
  } else if (command === 'current' && targets.length === 1) {
    const reason = staleReason(targets[0]);
    if (reason) console.log(reason);
    process.exit(reason ? 1 : 0);
  } else if (command === 'hash') {
    console.log(nativeSourceHash());
  } else {
    console.error('usage: native-manifest.mjs update TARGET... | current TARGET | hash');
    process.exit(2);
  }
}
