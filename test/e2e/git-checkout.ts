// Real git repositories for end-to-end runs: a bare origin, commits made in a clone of it, and a workspace
// checked out as actions/checkout makes it on a pull request (init, fetch of one commit at depth 1, detached).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: GIT_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A file's new text, or null to delete it. */
export type Edit = Record<string, string | null>;

export interface Origin {
  /** The bare repository (`file://` URL: shallow fetches work as over the network). */
  url: string;
  /** A clone to commit in. */
  dev: string;
  /** Applies the edits (renames are a deletion plus an addition of the same text), commits, pushes `branch`, returns the commit. */
  commit(edit: Edit, message?: string, branch?: string): string;
  rename(from: string, to: string, edit?: Edit, branch?: string): string;
}

export function makeOrigin(files: Edit): Origin {
  const top = mkdtempSync(path.join(tmpdir(), 'docward-origin-'));
  const bare = path.join(top, 'origin.git');
  const dev = path.join(top, 'dev');
  git(top, 'init', '-q', '--bare', bare);
  // GitHub serves any commit of the repository by id; a bare repository does so when told.
  git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  git(top, 'clone', '-q', `file://${bare}`, dev);
  const apply = (edit: Edit) => {
    for (const [name, text] of Object.entries(edit)) {
      const file = path.join(dev, name);
      if (text === null) rmSync(file, { force: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
  };
  const commit = (edit: Edit, message = 'change', branch = 'main') => {
    apply(edit);
    git(dev, 'add', '-A');
    git(dev, 'commit', '-q', '--allow-empty', '-m', message);
    git(dev, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
    return git(dev, 'rev-parse', 'HEAD');
  };
  commit(files, 'base');
  return {
    url: `file://${bare}`,
    dev,
    commit,
    rename(from, to, edit = {}, branch = 'main') {
      mkdirSync(path.dirname(path.join(dev, to)), { recursive: true });
      git(dev, 'mv', from, to);
      return commit(edit, `rename ${from}`, branch);
    },
  };
}

/** Starts a topic branch at the current main in the dev clone. */
export function branch(origin: Origin, name: string, from = 'main'): void {
  git(origin.dev, 'checkout', '-q', '-B', name, from);
}

/** A workspace as actions/checkout leaves it: `git init`, origin set, one commit fetched at depth 1, detached HEAD. */
export function checkout(origin: Origin, sha: string): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'docward-checkout-'));
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', origin.url);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', sha);
  git(ws, 'checkout', '-q', '--detach', sha);
  return ws;
}
