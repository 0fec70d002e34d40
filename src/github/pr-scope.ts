/** A pull request's changed files and lines: from local git history when both commits are present, else the files API. */
import { execFileSync } from 'node:child_process';
import type { ChangedFiles } from '../filters/changed-lines.js';
import type { GitHubClient } from './client.js';
import { parseFilePatch, parseGitDiff } from './diff.js';
import { gitAsync } from '../change/git.js';

export interface PullRef {
  owner: string;
  repo: string;
  number: number;
}

/** The pulls files API lists at most this many files. */
export const API_FILES_LIMIT = 3000;

/** Paginated "List pull request files" (GitHub returns at most 3,000 files); removed files are left out. */
export async function changedFilesFromApi(client: GitHubClient, pull: PullRef): Promise<ChangedFiles> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.number,
    per_page: 100,
  });
  // GitHub stops listing at 3,000 files: a partial list would hide findings in the files it left out.
  if (files.length >= API_FILES_LIMIT)
    throw new Error(`the pull request changes ${API_FILES_LIMIT.toLocaleString('en-US')} files or more, more than GitHub lists`);
  const changed: ChangedFiles = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    // GitHub omits `patch` for binary files and very large diffs: then every line counts as changed.
    changed.set(file.filename, file.patch ? parseFilePatch(file.patch) : { added: new Set(), hunk: new Set(), wholeFile: true });
  }
  return changed;
}

function gitIn(workspace: string): (args: string[]) => string {
  return (args) =>
    execFileSync('git', ['-C', workspace, '-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
}

/**
 * The work tree against the base commit (`git diff <base>`): what the scanned tree changed, with no merge base
 * needed (a depth-1 checkout plus the fetched base has none); undefined when git cannot say.
 */
export async function changedFilesAgainstBase(workspace: string, base: string): Promise<ChangedFiles | undefined> {
  try {
    return parseGitDiff(await gitAsync(workspace, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '--unified=3', base, '--']));
  } catch {
    return undefined;
  }
}

/** The same from a diff already running (diffWorkTreeWithPatch, shared with the change scan); undefined when it failed. */
export async function changedFilesFromDiff(diff: Promise<{ patch: string }>): Promise<ChangedFiles | undefined> {
  try {
    return parseGitDiff((await diff).patch);
  } catch {
    return undefined;
  }
}

/** `git diff base...head` in the checkout; undefined when either commit (or their merge base) is not in local history. */
export function changedFilesFromGit(workspace: string, base: string, head: string): ChangedFiles | undefined {
  const git = gitIn(workspace);
  try {
    git(['cat-file', '-e', `${base}^{commit}`]);
    git(['cat-file', '-e', `${head}^{commit}`]);
    git(['merge-base', base, head]);
    return parseGitDiff(git(['diff', '--no-color', '--no-ext-diff', '--find-renames', '--unified=3', `${base}...${head}`]));
  } catch {
    return undefined;
  }
}
