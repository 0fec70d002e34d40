// dist/native/manifest.json must describe the committed binaries and the native sources they were built from.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types (scripts/ is not part of the TypeScript project)
import { fileSha256, nativeSourceHash, NATIVE_SOURCES } from '../scripts/native-manifest.mjs';

interface Entry {
  target: string;
  file: string;
  size: number;
  sha256: string;
  sourceHash: string;
}
const repo = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(repo, 'dist/native/manifest.json'), 'utf8')) as { sourceHash: string | null; targets: Entry[] };
const SEVEN = ['darwin-arm64', 'darwin-x64', 'linux-arm64-gnu', 'linux-arm64-musl', 'linux-x64-gnu', 'linux-x64-musl', 'win32-x64-gnu'];
const REBUILD = 'native/ changed since the binaries were built: run `bash scripts/build-targets.sh && bash scripts/smoke-targets.sh` and commit dist/native/';

describe('dist/native/manifest.json', () => {
  it('lists the seven targets', () => {
    expect(manifest.targets.map((t) => t.target).sort()).toEqual(SEVEN);
  });

  it('was built from the native sources as they are now', () => {
    const current = nativeSourceHash(path.join(repo, 'native')) as string;
    expect(manifest.sourceHash, REBUILD).toBe(current);
    for (const entry of manifest.targets) expect(entry.sourceHash, `${entry.target}: ${REBUILD}`).toBe(current);
  });

  it.each(manifest.targets.map((t) => [t.target, t] as const))('%s: the file exists with the size and sha256 it records', (_target, entry) => {
    const file = path.join(repo, 'dist/native', entry.file);
    expect(existsSync(file), `${entry.file} is missing`).toBe(true);
    expect(statSync(file).size).toBe(entry.size);
    expect(fileSha256(file)).toBe(entry.sha256);
  });
});

describe('nativeSourceHash', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'docward-native-hash-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  for (const name of NATIVE_SOURCES as string[]) cpSync(path.join(repo, 'native', name), path.join(copy, name), { recursive: true });
  const original = nativeSourceHash(copy) as string;
  const changed = (edit: () => void, undo: () => void): string => {
    edit();
    try {
      return nativeSourceHash(copy) as string;
    } finally {
      undo();
    }
  };

  it('is the hash of the repo native/ when copied elsewhere (paths are relative)', () => {
    expect(original).toBe(nativeSourceHash(path.join(repo, 'native')));
  });

  it('changes with one byte of a source file, Cargo.toml or a vendored file', () => {
    for (const rel of ['src/lib.rs', 'Cargo.toml', 'Cargo.lock', 'build.rs', 'vendor/pulldown-cmark/Cargo.toml']) {
      const file = path.join(copy, rel);
      const bytes = readFileSync(file);
      expect(
        changed(
          () => writeFileSync(file, Buffer.concat([bytes, Buffer.from(' ')])),
          () => writeFileSync(file, bytes),
        ),
        rel,
      ).not.toBe(original);
    }
  });

  it('changes when a file is added or renamed, not for build output or other folders', () => {
    const added = path.join(copy, 'src', 'new_module.rs');
    expect(
      changed(
        () => writeFileSync(added, ''),
        () => rmSync(added),
      ),
    ).not.toBe(original);
    const lib = path.join(copy, 'src', 'lib.rs');
    const renamed = path.join(copy, 'src', 'lib2.rs');
    const move = (from: string, to: string) => () => {
      cpSync(from, to);
      rmSync(from);
    };
    expect(changed(move(lib, renamed), move(renamed, lib))).not.toBe(original);
    const build = path.join(copy, 'target', 'release');
    const addBuildOutput = () => {
      mkdirSync(build, { recursive: true });
      writeFileSync(path.join(build, 'x.rlib'), 'x');
    };
    expect(changed(addBuildOutput, () => rmSync(path.join(copy, 'target'), { recursive: true }))).toBe(original);
  });
});
