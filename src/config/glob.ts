/** Glob matching for config paths: `/`-separated, dotfiles included, a glob without `/` matches at any depth. */
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

/** A leading `/` anchors a glob at the scan root (so `/README.md` is only the root README). */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const compiled = globs.map((glob) => {
    const anchored = glob.startsWith('/');
    const pattern = anchored ? glob.slice(1) : glob;
    const options = { dot: true, basename: !anchored && !pattern.includes('/') };
    // picomatch() itself rejects an empty glob with its usual message; makeRe words it differently.
    if (pattern === '') picomatch(pattern, options);
    return { pattern, basename: options.basename, regex: picomatch.makeRe(pattern, options), literal: requiredLiteral(pattern) };
  });
  // What picomatch's matcher does for these options (exact name, else the regex on the path or its last
  // segment), with the last segment taken once per path: this runs for every document against every glob.
  return (path) => {
    if (path === '') return false;
    let name: string | undefined;
    for (const { pattern, basename, regex, literal } of compiled) {
      if (path === pattern) return true;
      if (literal !== undefined && !path.includes(literal)) continue;
      if (basename) {
        name ??= lastSegment(path);
        if (regex.test(name)) return true;
      } else if (regex.test(path)) return true;
    }
    return false;
  };
}

/**
 * Text every path the glob matches contains, for globs of plain characters, `*` and `/` only: its longest run of
 * name characters between those (not one of dots alone, which `./` may drop). Paths without it skip the regular
 * expression (the default template and test-fixture globs run against every document twice per scan).
 */
function requiredLiteral(pattern: string): string | undefined {
  if (!/^[A-Za-z0-9_.\- */]+$/.test(pattern)) return undefined;
  let longest: string | undefined;
  for (const piece of pattern.split(/[*/]+/)) {
    if (/^\.*$/.test(piece)) continue;
    if (longest === undefined || piece.length > longest.length) longest = piece;
  }
  return longest;
}

/** picomatch's basename: the last `/` segment, or the one before a trailing `/`. */
function lastSegment(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash !== path.length - 1) return path.slice(slash + 1);
  return path.slice(path.lastIndexOf('/', slash - 1) + 1, slash);
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
