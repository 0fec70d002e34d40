import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitDates } from '../src/git-dates.js';

function git(cwd: string, args: string[], date: string): void {
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });
}

describe('readGitDates', () => {
  it('gives each file its last commit date, relative to a scan root below the repository top', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'docward-git-'));
    await mkdir(path.join(repo, 'docs/sub'), { recursive: true });
    await writeFile(path.join(repo, 'docs/a.md'), 'a');
    await writeFile(path.join(repo, 'docs/sub/ü b.md'), 'b');
    await writeFile(path.join(repo, 'top.md'), 't');
    git(repo, ['init', '-q'], '2025-01-01T00:00:00Z');
    git(repo, ['add', '.'], '2025-01-01T00:00:00Z');
    git(repo, ['commit', '-qm', 'one'], '2025-01-01T00:00:00Z');
    await writeFile(path.join(repo, 'docs/a.md'), 'a2');
    git(repo, ['commit', '-qam', 'two'], '2025-03-04T05:06:07Z');
    const dates = await readGitDates(path.join(repo, 'docs'));
    expect(Object.fromEntries([...(dates ?? [])].map(([p, d]) => [p, d.toISOString()]))).toEqual({
      'a.md': '2025-03-04T05:06:07.000Z',
      'sub/ü b.md': '2025-01-01T00:00:00.000Z',
    });
  });

  it('is undefined outside a repository', async () => {
    expect(await readGitDates(await mkdtemp(path.join(tmpdir(), 'docward-nogit-')))).toBeUndefined();
  });
});

describe('readGitDates in a shallow clone', () => {
  it('gives no date to files only seen in the graft boundary commit', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'docward-git-full-'));
    await writeFile(path.join(repo, 'old.md'), 'o');
    await writeFile(path.join(repo, 'new.md'), 'n');
    git(repo, ['init', '-q'], '2025-01-01T00:00:00Z');
    git(repo, ['add', '.'], '2025-01-01T00:00:00Z');
    git(repo, ['commit', '-qm', 'one'], '2025-01-01T00:00:00Z');
    await writeFile(path.join(repo, 'new.md'), 'n2');
    git(repo, ['commit', '-qam', 'two'], '2025-02-01T00:00:00Z');
    await writeFile(path.join(repo, 'new.md'), 'n3');
    git(repo, ['commit', '-qam', 'three'], '2025-03-01T00:00:00Z');
    const clone = `${repo}-shallow`;
    git(tmpdir(), ['clone', '-q', '--depth', '2', `file://${repo}`, clone], '2025-03-01T00:00:00Z');
    const dates = await readGitDates(clone);
    expect(Object.fromEntries([...(dates ?? [])].map(([p, d]) => [p, d.toISOString()]))).toEqual({ 'new.md': '2025-03-01T00:00:00.000Z' });
    const full = await readGitDates(repo);
    expect(full?.get('old.md')?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});
