// Which binary the loader looks for on each runner, decided from injected platform facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findNative, hostFacts, nativeCandidates, nativeTargets, processLibc, type PlatformFacts } from '../../src/engine/native.js';

const repo = path.resolve(import.meta.dirname, '../..');
const facts = (platform: NodeJS.Platform, arch: string, libc: 'gnu' | 'musl' = 'gnu'): PlatformFacts => ({ platform, arch, libc: () => libc });
const noLibc = (platform: NodeJS.Platform, arch: string): PlatformFacts => ({
  platform,
  arch,
  libc: () => {
    throw new Error('libc asked off Linux');
  },
});

// /proc/self/maps lines as each kind of process shows them (paths from real runs: Debian glibc, Alpine, a musl loader run as a command).
const GLIBC_MAPS = `7f8e705a4000-7f8e705ca000 r--p 00000000 fe:00 326269   /usr/lib/x86_64-linux-gnu/libc.so.6
7f8e70a4d000-7f8e70a4f000 r--p 00000000 fe:00 326250   /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
`;
const GLIBC_ARM64_MAPS = '5500000000-5500001000 r--p 00000000 fe:00 1   /lib/aarch64-linux-gnu/ld-linux-aarch64.so.1\n';
const ALPINE_MAPS = `7f3c1a200000-7f3c1a214000 r--p 00000000 00:5f 1234   /usr/lib/libstdc++.so.6.0.33
7f3c1a600000-7f3c1a614000 r--p 00000000 00:5f 1240   /lib/ld-musl-x86_64.so.1
`;
const MUSL_COMMAND_MAPS = '7f913cb00000-7f913cb14000 r--p 00000000 fe:00 1   /root/.cache/musl/usr/lib/x86_64-linux-musl/libc.so\n';
// A glibc Node whose path merely mentions musl must still be gnu.
const MISLEADING_MAPS = `${GLIBC_MAPS}5600000000-5600001000 r--p 00000000 fe:00 2   /opt/musl-tools/bin/node\n`;

describe('nativeTargets', () => {
  it('names the napi-rs target of each GitHub-hosted runner', () => {
    expect(nativeTargets(facts('linux', 'x64'))).toEqual(['linux-x64-gnu']);
    expect(nativeTargets(facts('linux', 'arm64'))).toEqual(['linux-arm64-gnu']);
    expect(nativeTargets(facts('linux', 'x64', 'musl'))).toEqual(['linux-x64-musl']);
    expect(nativeTargets(facts('linux', 'arm64', 'musl'))).toEqual(['linux-arm64-musl']);
    expect(nativeTargets(noLibc('darwin', 'arm64'))).toEqual(['darwin-arm64']);
    expect(nativeTargets(noLibc('darwin', 'x64'))).toEqual(['darwin-x64']);
  });

  it('on Windows takes an msvc build first, then the mingw-w64 (gnu) build that ships', () => {
    expect(nativeTargets(noLibc('win32', 'x64'))).toEqual(['win32-x64-msvc', 'win32-x64-gnu']);
    expect(nativeTargets(noLibc('win32', 'arm64'))).toEqual(['win32-arm64-msvc', 'win32-arm64-gnu']);
  });

  it('every binary in the manifest is one some runner looks up', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'dist/native/manifest.json'), 'utf8')) as { targets: { target: string }[] };
    const runners = [
      facts('linux', 'x64'),
      facts('linux', 'arm64'),
      facts('linux', 'x64', 'musl'),
      facts('linux', 'arm64', 'musl'),
      noLibc('darwin', 'arm64'),
      noLibc('darwin', 'x64'),
      noLibc('win32', 'x64'),
    ];
    const lookedUp = new Set(runners.flatMap((f) => nativeTargets(f)));
    for (const { target } of manifest.targets) expect(lookedUp, target).toContain(target);
  });
});

describe('processLibc', () => {
  const noReport = () => {
    throw new Error('process report read although the maps decided');
  };

  it('reads the libc from the libraries mapped into the process', () => {
    expect(processLibc(() => GLIBC_MAPS, noReport)).toBe('gnu');
    expect(processLibc(() => GLIBC_ARM64_MAPS, noReport)).toBe('gnu');
    expect(processLibc(() => ALPINE_MAPS, noReport)).toBe('musl');
    expect(processLibc(() => MUSL_COMMAND_MAPS, noReport)).toBe('musl');
    expect(processLibc(() => MISLEADING_MAPS, noReport)).toBe('gnu');
  });

  it('falls back to the process report when the maps are unreadable or name neither libc (static Node)', () => {
    expect(
      processLibc(
        () => undefined,
        () => '2.36',
      ),
    ).toBe('gnu');
    expect(
      processLibc(
        () => undefined,
        () => undefined,
      ),
    ).toBe('musl');
    expect(
      processLibc(
        () => '5600000000-5600001000 r-xp 0 fe:00 2 /usr/bin/node\n',
        () => '2.17',
      ),
    ).toBe('gnu');
  });

  it.runIf(process.platform === 'linux')('on this host agrees with the process report', () => {
    const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
    expect(hostFacts().libc()).toBe(report.header?.glibcVersionRuntime ? 'gnu' : 'musl');
  });
});

describe('findNative', () => {
  const saved = process.env.DOCWARD_NATIVE_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCWARD_NATIVE_PATH;
    else process.env.DOCWARD_NATIVE_PATH = saved;
  });

  it('takes the first target that has a file, in the order nativeTargets gives', () => {
    delete process.env.DOCWARD_NATIVE_PATH;
    const targets = nativeTargets(noLibc('win32', 'x64'));
    const gnuOnly = new Set(nativeCandidates('win32-x64-gnu').slice(-1));
    expect(findNative(targets, (p) => gnuOnly.has(p))).toBe(nativeCandidates('win32-x64-gnu').at(-1));
    const both = new Set([...gnuOnly, ...nativeCandidates('win32-x64-msvc').slice(-1)]);
    expect(findNative(targets, (p) => both.has(p))).toBe(nativeCandidates('win32-x64-msvc').at(-1));
    expect(findNative(targets, () => false)).toBeUndefined();
  });

  it('prefers the copy next to the bundle over the repo one', () => {
    delete process.env.DOCWARD_NATIVE_PATH;
    const [bundled, repoCopy] = nativeCandidates('darwin-arm64');
    expect(repoCopy).toBe(path.join(repo, 'dist/native/docward.darwin-arm64.node'));
    expect(findNative(['darwin-arm64'], () => true)).toBe(bundled);
  });

  it('takes DOCWARD_NATIVE_PATH as it is', () => {
    process.env.DOCWARD_NATIVE_PATH = '/somewhere/custom.node';
    expect(findNative(['linux-x64-gnu'], () => false)).toBe('/somewhere/custom.node');
  });
});
