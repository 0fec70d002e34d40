#!/usr/bin/env node
// Builds the native extractor for the host (or `--target <triple>`) with the local @napi-rs/cli
// and puts the stripped binary at dist/native/docward.<platform>-<arch>[-<abi>].node.
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

/**
 * The glibc 2.17 toolchain of `--use-napi-cross` fits only an x64 Linux host building x86_64 glibc.
 * It is used when already unpacked in ~/.napi-rs, or when @napi-rs/cross-toolchain-x64-target-x86_64
 * resolves (we unpack it with the system tar: the CLI's own unpacker needs an lzma binding npm may skip).
 */
function prepareNapiCross() {
  const wanted = target ?? 'x86_64-unknown-linux-gnu';
  if (process.platform !== 'linux' || process.arch !== 'x64' || wanted !== 'x86_64-unknown-linux-gnu') return false;
  if (process.report.getReport().header.glibcVersionRuntime === undefined) return false;
  let version;
  try {
    version = require('@napi-rs/cross-toolchain/package.json').version;
  } catch {
    return false;
  }
  const dir = join(homedir(), '.napi-rs', 'cross-toolchain', version, wanted);
  if (existsSync(join(dir, 'package.json'))) return true;
  let archive;
  try {
    archive = join(dirname(require.resolve('@napi-rs/cross-toolchain-x64-target-x86_64/package.json')), `${wanted}.tar.xz`);
  } catch {
    return false;
  }
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
const cross = process.env.DOCWARD_NO_NAPI_CROSS ? false : prepareNapiCross();
if (cross) napiArgs.push('--use-napi-cross');
console.log(`build-native: napi build${target ? ` --target ${target}` : ''}${cross ? ' --use-napi-cross (glibc 2.17 baseline)' : ''}`);

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
