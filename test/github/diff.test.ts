import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFilePatch } from '../../src/github/diff.js';
import { changedFilesFromGit } from '../../src/github/pr-scope.js';

describe('parseFilePatch (pulls files API `patch`)', () => {
  it('finds added lines and every new-side line of each hunk', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' # Title',
      '-old line',
      '+new line',
      '+another',
      ' keep',
      ' tail',
      '@@ -20,2 +21,3 @@ section',
      ' a',
      '+b',
      ' c',
      '\\ No newline at end of file',
    ].join('\n');
    const file = parseFilePatch(patch);
    expect([...file.added]).toEqual([2, 3, 22]);
    expect([...file.hunk]).toEqual([1, 2, 3, 4, 5, 21, 22, 23]);
    expect(file.wholeFile).toBe(false);
  });
});

describe('changedFilesFromGit', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

  it('reads base...head from local history, including renames and odd file names', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'docward-git-'));
    try {
      git(repo, 'init', '-q', '-b', 'main');
      mkdirSync(path.join(repo, 'docs'));
      writeFileSync(path.join(repo, 'docs/a.md'), '# A\n\none\ntwo\nthree\n');
      writeFileSync(path.join(repo, 'docs/old name.md'), '# Old\n\nbody text that is long enough to be a rename\nmore\nlines\nhere\n');
      writeFileSync(path.join(repo, 'gone.md'), 'x\n');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'base');
      const base = git(repo, 'rev-parse', 'HEAD');
      git(repo, 'checkout', '-q', '-b', 'topic');
      writeFileSync(path.join(repo, 'docs/a.md'), '# A\n\none\nTWO\nthree\nfour\n');
      git(repo, 'mv', 'docs/old name.md', 'docs/new "name".md');
      writeFileSync(path.join(repo, 'docs/ünïcode\tfile.md'), 'fresh\n');
      rmSync(path.join(repo, 'gone.md'));
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'head');
      const head = git(repo, 'rev-parse', 'HEAD');

      const changed = changedFilesFromGit(repo, base, head)!;
      expect([...changed.keys()].sort()).toEqual(['docs/a.md', 'docs/new "name".md', 'docs/ünïcode\tfile.md']);
      expect([...changed.get('docs/a.md')!.added]).toEqual([4, 6]);
      expect([...changed.get('docs/ünïcode\tfile.md')!.added]).toEqual([1]);
      // A pure rename has no hunk: the whole file counts as changed.
      expect(changed.get('docs/new "name".md')!.wholeFile).toBe(true);
      expect(changedFilesFromGit(repo, '0'.repeat(40), head)).toBeUndefined();
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
