// `docward fix` on real git repositories: renamed targets from history, letter case, headings edited since --since.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runFix } from '../../src/fix/command.js';
import { git, makeOrigin } from '../e2e/git-checkout.js';
import { BASE_DOCS, HEADING_EDIT } from '../change/scenarios.js';

async function fix(root: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runFix([root, ...args], { out: (t) => (out += t), err: (t) => (err += t), env: {} });
  return { code, out, err };
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('docward fix', () => {
  it('prints a diff for a target renamed in history and a letter-case mismatch; --write applies it; a second run changes nothing', async () => {
    const origin = makeOrigin({ ...BASE_DOCS, 'docs/guide.md': '# Guide\n\nBack to [readme](../README.md) and [Setup](Setup.md).\n' });
    origin.rename('docs/guide.md', 'docs/user/guide.md');
    origin.rename('docs/user/guide.md', 'docs/user-guide.md');
    const root = origin.dev;
    const before = read(root, 'README.md');
    const dry = await fix(root);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('-See the [guide](docs/guide.md),');
    // Two renames in a row: the link goes to where the page is now.
    expect(dry.out).toContain('+See the [guide](docs/user-guide.md),');
    expect(dry.out).toContain('+Back to [readme](../README.md) and [Setup](setup.md).');
    expect(dry.err).toMatch(/docward fix: \d+ links to fix in 2 files/);
    expect(read(root, 'README.md')).toBe(before);

    const written = await fix(root, '--write');
    expect(written.err).toMatch(/links fixed in 2 files/);
    expect(read(root, 'README.md')).toContain('[guide](docs/user-guide.md)');
    // Nothing else in the file changed.
    expect(read(root, 'README.md').replace('docs/user-guide.md', 'docs/guide.md')).toBe(before);
    const again = await fix(root, '--write');
    expect(again.out).toBe('');
    expect(again.err).toMatch(/docward fix: 0 links fixed in 0 files/);
  });

  it('--since REV fixes fragments of headings edited since REV', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const since = git(origin.dev, 'rev-parse', 'HEAD');
    origin.commit(HEADING_EDIT);
    const dry = await fix(origin.dev, '--since', since);
    expect(dry.out).toContain('+See the [guide](docs/guide.md), [setup](docs/setup.md#installation),');
    expect((await fix(origin.dev)).out).toBe('');
    const bad = await fix(origin.dev, '--since', 'f'.repeat(40)).catch((err: Error) => err);
    expect(String(bad)).toMatch(/--since f{40}: git knows no such commit/);
  });
});
