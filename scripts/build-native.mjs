#!/usr/bin/env node
// Builds the native extractor for the host (or `--target <triple>`) with the local @napi-rs/cli
// and puts the stripped binary at dist/native/docward.<platform>-<arch>[-<abi>].node.
// `--cross-compile` passes napi's -x (cargo-zigbuild); `--napi-cross` fails instead of falling back
// to the host glibc when the glibc 2.17 toolchain is missing (scripts/build-targets.sh uses both).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const nativeDir = join(repo, 'native');
const outDir = join(repo, 'dist', 'native');
const require = createRequire(import.meta.url);
const napiBin = join(dirname(require.resolve('@napi-rs/cli/package.json')), 'dist', 'cli.js');

const args = process.argv.slice(2);
const targetIndex = args.indexOf('--target');
const target = targetIndex >= 0 ? args[targetIndex + 1] : undefined;
if (targetIndex >= 0 && !target) fail('--target needs a Rust target triple');
const crossCompile = args.includes('--cross-compile');
const requireNapiCross = args.includes('--napi-cross');

/** The npm packages holding each glibc 2.17 toolchain for an x64 host (the CLI's own download fails here). */
const napiCrossPackages = {
  'x86_64-unknown-linux-gnu': '@napi-rs/cross-toolchain-x64-target-x86_64',
  'aarch64-unknown-linux-gnu': '@napi-rs/cross-toolchain-x64-target-aarch64',
};

/** Resolves a toolchain package from the repo's node_modules, else from $DOCWARD_TOOLCHAIN_MODULES (a folder with node_modules/). */
function resolveToolchainArchive(wanted) {
  const name = napiCrossPackages[wanted];
  const requires = [require];
  if (process.env.DOCWARD_TOOLCHAIN_MODULES) requires.push(createRequire(join(process.env.DOCWARD_TOOLCHAIN_MODULES, 'package.json')));
  for (const r of requires) {
    try {
      return join(dirname(r.resolve(`${name}/package.json`)), `${wanted}.tar.xz`);
    } catch {
      // not installed there
    }
  }
  return undefined;
}

/**
 * The glibc 2.17 toolchains of `--use-napi-cross` used here fit an x64 Linux host building x86_64 or aarch64 glibc.
 * One is used when already unpacked in ~/.napi-rs, or when its package (napiCrossPackages) resolves
 * (we unpack it with the system tar: the CLI's own unpacker needs an lzma binding npm may skip).
 */
function prepareNapiCross() {
  const wanted = target ?? 'x86_64-unknown-linux-gnu';
  if (process.platform !== 'linux' || process.arch !== 'x64' || !(wanted in napiCrossPackages)) return false;
  if (process.report.getReport().header.glibcVersionRuntime === undefined) return false;
  let version;
  try {
    version = require('@napi-rs/cross-toolchain/package.json').version;
  } catch {
    return false;
  }
  const dir = join(homedir(), '.napi-rs', 'cross-toolchain', version, wanted);
  if (existsSync(join(dir, 'package.json'))) return true;
  const archive = resolveToolchainArchive(wanted);
  if (!archive) return false;
  mkdirSync(dir, { recursive: true });
  const untar = spawnSync('tar', ['-xJf', archive, '-C', dir], { stdio: 'inherit' });
  return untar.status === 0 && existsSync(join(dir, 'package.json'));
}

function fail(message) {
  console.error(`build-native: ${message}`);
  process.exit(1);
}

const staging = mkdtempSync(join(tmpdir(), 'docward-native-'));
const napiArgs = [
  napiBin, 'build', '--release', '--platform', '--strip', '--no-js', '--no-dts-cache',
  '--manifest-path', join(nativeDir, 'Cargo.toml'),
  '--package-json-path', join(nativeDir, 'package.json'),
  '--output-dir', staging,
  '--dts', 'index.d.ts',
];
if (target) napiArgs.push('--target', target);
if (crossCompile) napiArgs.push('--cross-compile');
const cross = crossCompile || (process.env.DOCWARD_NO_NAPI_CROSS && !requireNapiCross) ? false : prepareNapiCross();
if (cross) napiArgs.push('--use-napi-cross');
if (requireNapiCross && !cross) {
  fail(`--napi-cross: no glibc 2.17 toolchain for ${target ?? 'the host'} (install ${napiCrossPackages[target ?? 'x86_64-unknown-linux-gnu'] ?? 'none exists for this target'} or set DOCWARD_TOOLCHAIN_MODULES)`);
}
console.log(`build-native: napi build${target ? ` --target ${target}` : ''}${cross ? ' --use-napi-cross (glibc 2.17 baseline)' : ''}${crossCompile ? ' -x (cargo-zigbuild)' : ''}`);

const run = spawnSync(process.execPath, napiArgs, { cwd: nativeDir, stdio: 'inherit' });
if (run.status !== 0) fail(`napi build failed with status ${run.status ?? run.signal}`);

const built = readdirSync(staging).filter((f) => /^docward\..+\.node$/.test(f));
if (built.length !== 1) fail(`expected one docward.<target>.node in ${staging}, found: ${built.join(', ') || 'none'}`);
mkdirSync(outDir, { recursive: true });
const dest = join(outDir, built[0]);
copyFileSync(join(staging, built[0]), dest);
rmSync(staging, { recursive: true, force: true });
console.log(`build-native: ${dest} (${statSync(dest).size} bytes)`);
if (!cross && process.platform === 'linux' && !target) {
  console.log('build-native: built against the host glibc (no --use-napi-cross toolchain found); the binary may need a recent glibc');
}
