/** Lists a folder like git would see it: nested .gitignore files, .git/node_modules pruned, excludes applied. */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'other';

export interface WalkEntry {
  /** Relative to the root, `/`-separated. */
  path: string;
  kind: EntryKind;
  /** Set on a directory that could not be listed (the contract makes it a document entry). */
  unreadable?: unknown;
}

export interface WalkResult {
  /** Every listed entry, sorted by JS default string order. */
  entries: WalkEntry[];
}

const PRUNED = new Set(['.git', 'node_modules']);

/** A glob without `/` matches at any depth. */
export function anyDepth(glob: string): string {
  return glob.includes('/') ? glob : `**/${glob}`;
}

export function globMatcher(globs: string[]): (p: string) => boolean {
  if (globs.length === 0) return () => false;
  return picomatch(globs.map(anyDepth), { dot: true });
}

interface IgnoreLevel {
  /** Folder of the .gitignore, relative to the root ('' for the root). */
  base: string;
  rules: Ignore;
}

function kindOf(d: Dirent): EntryKind {
  if (d.isSymbolicLink()) return 'symlink';
  if (d.isDirectory()) return 'dir';
  if (d.isFile()) return 'file';
  return 'other';
}

/** Git semantics: the deepest .gitignore with a matching rule (or negation) decides. */
function isIgnored(levels: IgnoreLevel[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const local = (level.base === '' ? rel : rel.slice(level.base.length + 1)) + (isDir ? '/' : '');
    const verdict = level.rules.test(local);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

export async function walk(root: string, exclude: string[]): Promise<WalkResult> {
  const isExcluded = globMatcher(exclude);
  const entries: WalkEntry[] = [];

  const visit = async (dir: WalkEntry | undefined, inherited: IgnoreLevel[]): Promise<void> => {
    const dirRel = dir?.path ?? '';
    const abs = dirRel === '' ? root : path.join(root, dirRel);
    let dirents: Dirent[];
    try {
      dirents = await fs.readdir(abs, { withFileTypes: true });
    } catch (err) {
      // The root itself is a usage error, worded as the native engine words it.
      if (dir === undefined) throw new Error(`scan root "${root}" cannot be opened: ${(err as Error).message}`, { cause: err });
      dir.unreadable = err;
      return;
    }
    let levels = inherited;
    if (dirents.some((d) => d.name === '.gitignore' && d.isFile())) {
      const source = await fs.readFile(path.join(abs, '.gitignore'), 'utf8');
      levels = [...inherited, { base: dirRel, rules: ignore({ ignorecase: false }).add(source) }];
    }
    const subdirs: WalkEntry[] = [];
    for (const d of dirents) {
      if (PRUNED.has(d.name)) continue;
      const rel = dirRel === '' ? d.name : `${dirRel}/${d.name}`;
      const kind = kindOf(d);
      if (isIgnored(levels, rel, kind === 'dir')) continue;
      if (isExcluded(rel)) continue;
      const entry: WalkEntry = { path: rel, kind };
      entries.push(entry);
      if (kind === 'dir') subdirs.push(entry);
    }
    for (const sub of subdirs) await visit(sub, levels);
  };

  await visit(undefined, []);
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries };
}
