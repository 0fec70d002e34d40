/** Glob matching for config paths: `/`-separated, dotfiles included, a glob without `/` matches at any depth. */
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

/** A leading `/` anchors a glob at the scan root (so `/README.md` is only the root README). */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => {
    const anchored = glob.startsWith('/');
    const pattern = anchored ? glob.slice(1) : glob;
    return picomatch(pattern, { dot: true, basename: !anchored && !pattern.includes('/') });
  });
  return (path) => matchers.some((m) => m(path));
}

/** Directory globs are always paths from the scan root (`docs` is the root `docs/`, not any `docs/`). */
export function compileDirGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => picomatch(glob.replace(/^\/+|\/+$/g, ''), { dot: true }));
  return (path) => matchers.some((m) => m(path));
}

/** True when the directory `dir` or one of its ancestors matches a glob (whole segments only). */
export function underDirs(path: string, dirs: PathMatcher): boolean {
  const parts = path.split('/');
  for (let i = parts.length - 1; i >= 1; i--) {
    if (dirs(parts.slice(0, i).join('/'))) return true;
  }
  return false;
}
