/**
 * Paths the repository's `.gitignore` files keep out of git (build outputs, coverage reports): a
 * link to one names a file that exists only after a local build, never on GitHub or the site, so
 * docward can neither find it nor call it broken. Read from the `.gitignore` files the scan listed.
 */
import ignore, { type Ignore } from 'ignore';
import type { UnverifiedCause } from '../unverified.js';

export const GITIGNORED_TARGETS: UnverifiedCause = {
  cause: 'gitignored-target',
  rule: 'link-broken',
  message:
    "links to paths the repository's .gitignore keeps out of git (build outputs such as a coverage report): they exist only after a local build, not on GitHub or the site: not checked",
  unit: 'links',
};

/** `path` is ignored by git: the deepest `.gitignore` above it with a matching rule or negation decides (as the scan's walk). */
export type GitIgnored = (path: string) => boolean;

/** A matcher over the listed `.gitignore` files (`read` gives each one's text), or undefined when there is none. */
export async function gitIgnored(paths: readonly string[], read: (path: string) => Promise<string | { error: string }>): Promise<GitIgnored | undefined> {
  const levels: { base: string; rules: Ignore }[] = [];
  for (const file of paths) {
    if (file !== '.gitignore' && !file.endsWith('/.gitignore')) continue;
    const text = await read(file);
    // An unreadable .gitignore ignores nothing here, as the walk could not have applied it either.
    if (typeof text !== 'string') continue;
    levels.push({ base: file.slice(0, Math.max(0, file.length - '/.gitignore'.length)), rules: ignore({ ignorecase: false }).add(text) });
  }
  if (levels.length === 0) return undefined;
  // Shallow first, so a deeper file's verdict comes last.
  levels.sort((a, b) => (a.base === '' ? 0 : a.base.split('/').length) - (b.base === '' ? 0 : b.base.split('/').length));
  // Git cannot re-include a file whose folder is ignored: the first ignored folder on the way decides.
  const verdict = (prefix: string, isDir: boolean) => {
    let ignored = false;
    for (const { base, rules } of levels) {
      if (base !== '' && !prefix.startsWith(`${base}/`)) continue;
      const result = rules.test((base === '' ? prefix : prefix.slice(base.length + 1)) + (isDir ? '/' : ''));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  };
  // Links come by the thousand into a few folders: each folder's verdict is asked once.
  const folders = new Map<string, boolean>();
  const folderIgnored = (folder: string) => {
    let ignored = folders.get(folder);
    if (ignored === undefined) folders.set(folder, (ignored = verdict(folder, true)));
    return ignored;
  };
  const pathIgnored = (path: string) => {
    for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) if (folderIgnored(path.slice(0, slash))) return true;
    // A missing target may be meant as a file or a folder.
    return verdict(path, false) || verdict(path, true);
  };
  // Broken links repeat their targets (2.6k links to 132 paths on opentelemetry.io): each path's verdict is asked once.
  const verdicts = new Map<string, boolean>();
  return (path) => {
    let ignored = verdicts.get(path);
    if (ignored === undefined) verdicts.set(path, (ignored = pathIgnored(path)));
    return ignored;
  };
}
