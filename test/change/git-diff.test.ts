// One `git diff --raw -z --patch` of the work tree gives what the two diffs it replaces gave: the change
// scan's name-status (renames, odd file names) and the changed-lines filter's patch, byte for byte.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffWorkTree, diffWorkTreeWithPatch, ensureBaseCommit, splitRawPatch } from '../../src/change/git.js';
import { changedFilesAgainstBase, changedFilesFromDiff } from '../../src/github/pr-scope.js';
import { branch, checkout, git, makeOrigin } from '../e2e/git-checkout.js';

describe('diffWorkTreeWithPatch', () => {
  it('equals the name-status diff and the patch diff of the same work tree', async () => {
    const origin = makeOrigin({
      'README.md': '# Read me\n\n[guide](docs/guide.md)\n',
      'docs/guide.md': '# Guide\n\none\ntwo\nthree\n',
      'docs/moved.md': '# Moved\n\nsame text, long enough for rename detection to pair it\n',
      'docs/old.md': '# Old\n',
      'docs/tab\tname.md': '# Tab\n',
      'docs/img.png': 'png\u0000bytes',
    });
    const baseSha = git(origin.dev, 'rev-parse', 'HEAD');
    branch(origin, 'topic');
    origin.rename('docs/moved.md', 'docs/sub/moved "quoted".md');
    const head = origin.commit({
      'docs/old.md': null,
      'docs/guide.md': '# Guide\n\none\n2\nthree\n',
      'docs/ümlaut.md': '# Ü\n',
      'docs/tab\tname.md': '# Tab\n\nedited\n',
      'docs/img.png': 'png\u0000other bytes',
    });
    const ws = checkout(origin, head);
    expect(ensureBaseCommit(ws, baseSha).ok).toBe(true);
    // An edit not committed: both read the work tree.
    writeFileSync(path.join(ws, 'README.md'), '# Read me\n\n[guide](docs/guide.md) again\n');

    const one = await diffWorkTreeWithPatch(ws, baseSha);
    expect(one.change).toEqual(await diffWorkTree(ws, baseSha));
    expect(one.change.renames.get('docs/moved.md')).toEqual({ to: 'docs/sub/moved "quoted".md', similarity: 100 });
    expect([...one.change.deleted]).toEqual(['docs/old.md']);
    expect([...one.change.added]).toEqual(['docs/ümlaut.md']);
    expect([...one.change.modified].sort()).toEqual(['README.md', 'docs/guide.md', 'docs/img.png', 'docs/tab\tname.md']);
    expect(one.patch).toBe(git(ws, '-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--find-renames', '--unified=3', baseSha, '--') + '\n');
    const lines = await changedFilesFromDiff(Promise.resolve(one));
    expect(lines).toEqual(await changedFilesAgainstBase(ws, baseSha));
    expect(lines?.get('docs/guide.md')?.added).toEqual(new Set([4]));
  });

  it('splits output with no change, and a failed diff leaves the changed lines unknown', async () => {
    expect(splitRawPatch('')).toEqual({ change: { renames: new Map(), added: new Set(), deleted: new Set(), modified: new Set() }, patch: '' });
    await expect(changedFilesFromDiff(Promise.reject(new Error('git diff failed')))).resolves.toBeUndefined();
  });
});
