/** The git side of a change: the base commit (from the checkout or one shallow fetch), the renames and blobs between it and the work tree. */
import { execFile, execFileSync, spawnSync } from 'node:child_process';

/** How long one git call may take (a fetch over a slow network included). */
const GIT_TIMEOUT_MS = 120_000;

const GIT_OPTIONS = {
  maxBuffer: 1024 * 1024 * 1024,
  timeout: GIT_TIMEOUT_MS,
  // Never wait for a password: a fetch that needs one fails at once.
  env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' },
};

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { ...GIT_OPTIONS, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The same, in a child process that runs while the scan does. */
export function gitAsync(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'core.quotePath=false', ...args], { ...GIT_OPTIONS, cwd, encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`git ${args[0]} failed: ${String(stderr).trim().split('\n').pop() ?? error.message}`)) : resolve(stdout),
    );
  });
}

function hasCommit(cwd: string, sha: string): boolean {
  return spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd, stdio: 'ignore', timeout: GIT_TIMEOUT_MS }).status === 0;
}

export type BaseSource = { ok: true; how: 'checkout' | 'fetched' } | { ok: false; reason: string };

/**
 * Makes the base commit available: already in the checkout, else `git fetch --no-tags --depth=1 origin <sha>`
 * (the checkout's own credentials: actions/checkout keeps them in the repository's config).
 */
export function ensureBaseCommit(cwd: string, sha: string): BaseSource {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return { ok: false, reason: `the event names no base commit ("${sha}")` };
  try {
    git(cwd, ['rev-parse', '--git-dir']);
  } catch {
    return { ok: false, reason: 'the workspace is not a git checkout' };
  }
  if (hasCommit(cwd, sha)) return { ok: true, how: 'checkout' };
  try {
    git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  } catch (err) {
    const stderr =
      String((err as { stderr?: string }).stderr ?? (err as Error).message)
        .trim()
        .split('\n')
        .pop() ?? '';
    return { ok: false, reason: `git fetch of ${sha.slice(0, 12)} from origin failed (${stderr.slice(0, 200)})` };
  }
  return hasCommit(cwd, sha) ? { ok: true, how: 'fetched' } : { ok: false, reason: `origin does not have ${sha.slice(0, 12)}` };
}

/** How the work tree differs from the base, paths relative to the scan root (`git diff --relative`, renames found by git). */
export interface TreeChange {
  /** Base path -> work-tree path of each renamed file, with git's similarity (100 = same blob). */
  renames: Map<string, { to: string; similarity: number }>;
  added: Set<string>;
  deleted: Set<string>;
  /** Modified in place (type changes included). */
  modified: Set<string>;
}

/** `git diff --find-renames -z --name-status <base>` of the work tree (tracked files), run in the scan root. */
export async function diffWorkTree(root: string, base: string): Promise<TreeChange> {
  return parseNameStatus(await gitAsync(root, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '--relative', '-z', '--name-status', base, '--']));
}

/** The work tree against the base as one `git diff` serves both the change scan and the changed-lines filter. */
export interface WorkTreeDiff {
  change: TreeChange;
  /** The unified patch (`--unified=3`, renames found), as `git diff <base>` alone prints it. */
  patch: string;
}

/**
 * One `git diff --raw -z --patch <base>` for a scan root at the checkout's top level, where `--relative`
 * changes nothing: a second diff of the work tree would stat (and maybe hash) every file again.
 */
export async function diffWorkTreeWithPatch(root: string, base: string): Promise<WorkTreeDiff> {
  return splitRawPatch(await gitAsync(root, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '-z', '--raw', '--patch', '--unified=3', base, '--']));
}

/** Splits `--raw -z --patch` output: `:mode mode sha sha STATUS\0path\0[new path\0]` records, an empty field, then the patch. */
export function splitRawPatch(out: string): WorkTreeDiff {
  let nameStatus = '';
  let at = 0;
  while (out.startsWith(':', at)) {
    const headerEnd = out.indexOf('\0', at);
    if (headerEnd < 0) break;
    const status = out.slice(out.lastIndexOf(' ', headerEnd) + 1, headerEnd);
    let end = out.indexOf('\0', headerEnd + 1);
    if (end >= 0 && (status[0] === 'R' || status[0] === 'C')) end = out.indexOf('\0', end + 1);
    if (end < 0) break;
    nameStatus += `${status}\0${out.slice(headerEnd + 1, end + 1)}`;
    at = end + 1;
  }
  if (out.startsWith('\0', at)) at++;
  return { change: parseNameStatus(nameStatus), patch: out.slice(at) };
}

/** Parses `--name-status -z`: `M\0path\0`, `R087\0old\0new\0`, ... */
export function parseNameStatus(out: string): TreeChange {
  const change: TreeChange = { renames: new Map(), added: new Set(), deleted: new Set(), modified: new Set() };
  const fields = out.split('\0');
  for (let i = 0; i < fields.length;) {
    const status = fields[i++]!;
    if (!status) continue;
    const kind = status[0];
    if (kind === 'R' || kind === 'C') {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (kind === 'R') change.renames.set(from, { to, similarity: Number(status.slice(1)) || 0 });
      else change.added.add(to);
    } else {
      const file = fields[i++]!;
      if (kind === 'A') change.added.add(file);
      else if (kind === 'D') change.deleted.add(file);
      else change.modified.add(file);
    }
  }
  return change;
}

/** The base's blobs of `paths` (relative to the scan root), via one `git cat-file --batch`; a path git does not have is left out. */
export function readBaseBlobs(root: string, base: string, paths: readonly string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  // The batch protocol is line based: a path with a line break cannot be asked for (it then stays unread).
  const asked = paths.filter((p) => !/[\r\n]/.test(p));
  if (!asked.length) return blobs;
  const run = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: asked.map((p) => `${base}:./${p}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
    timeout: GIT_TIMEOUT_MS,
  });
  if (run.status !== 0) throw new Error(`git cat-file --batch failed: ${run.stderr.toString('utf8').trim().slice(0, 200)}`);
  const out = run.stdout;
  let at = 0;
  for (const file of asked) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.toString('utf8', at, eol);
    at = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue; // `<object> missing`
    const size = Number(match[2]);
    if (match[1] === 'blob') blobs.set(file, out.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

/** Renames in the history of `root` since `since` (or in all reachable history), oldest first: each old path with its new one. */
export function historyRenames(root: string, since?: string): [string, string][] {
  const range = since ? [`${since}..HEAD`] : ['HEAD'];
  let out: string;
  try {
    out = git(root, ['log', '--reverse', '--find-renames', '--diff-filter=R', '--relative', '--name-status', '-z', '--format=', ...range, '--']);
  } catch {
    return [];
  }
  const renames: [string, string][] = [];
  const fields = out.split('\0').map((f) => f.replace(/^\n+/, ''));
  for (let i = 0; i < fields.length; i++) {
    if (/^R\d*$/.test(fields[i]!) && i + 2 < fields.length) {
      renames.push([fields[i + 1]!, fields[i + 2]!]);
      i += 2;
    }
  }
  return renames;
}

/** The `--since` side of `docward fix`: the work tree against `rev`, or undefined when git does not know `rev`. */
export async function diffSince(root: string, rev: string): Promise<TreeChange | undefined> {
  if (!hasCommit(root, rev)) return undefined;
  return diffWorkTree(root, rev);
}
