/**
 * Link targets taken apart, and GitHub's file-relative resolution (the `github` mode, and the
 * first try for file links in every site mode). Pure: decides from the scan's `paths`, never touches the disk.
 */

export type ResolvedLink =
  /** Any `scheme:` (http, mailto, tel, data, javascript...) or `//host`: not a repository file. */
  | { kind: 'external' }
  /** `#x` or `?x` alone: the same document. */
  | { kind: 'same-document'; fragment?: string }
  /**
   * A repository path (`''` = the root), with its fragment when present. Site modes set `route`
   * (the URL path the link was read as) and, when the route matches a page only ignoring case,
   * `caseVariants` (those pages).
   */
  | { kind: 'path'; path: string; fragment?: string; route?: string; caseVariants?: string[] }
  /** `../` climbed above the scan root (or the site root): broken on GitHub too (it leaves the repository tree). */
  | { kind: 'outside-root' };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** A `.` or `..` segment, or an empty one (`a//b`; a single trailing `/` is handled by the fast path). */
const DOT_OR_EMPTY_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)|\/\/|^$/;

/** True for targets that are not repository files (a `scheme:` or `//host`). */
export function isExternalTarget(target: string): boolean {
  const trimmed = target.trim();
  return SCHEME.test(trimmed) || trimmed.startsWith('//');
}

/** A target split into its percent-decoded path (query dropped) and its raw fragment. */
export function splitTarget(target: string): { path: string; fragment?: string } {
  const trimmed = target.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : undefined;
  let pathPart = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const query = pathPart.indexOf('?');
  if (query >= 0) pathPart = pathPart.slice(0, query);
  return { path: pathPart.includes('%') ? percentDecode(pathPart) : pathPart, fragment };
}

/** Resolves `target` written in the document at `fromPath` (both relative to the root). */
export function resolveLinkTarget(fromPath: string, target: string): ResolvedLink {
  if (isExternalTarget(target)) return { kind: 'external' };
  const { path: decoded, fragment } = splitTarget(target);
  if (decoded === '') return { kind: 'same-document', fragment };
  const fromRoot = decoded.startsWith('/');
  const dir = fromRoot ? '' : fromPath.slice(0, Math.max(0, fromPath.lastIndexOf('/')));
  // Most targets are plain relative paths: join them without splitting (this runs once per link).
  if (!fromRoot && !DOT_OR_EMPTY_SEGMENT.test(decoded)) {
    const joined = dir === '' ? decoded : `${dir}/${decoded}`;
    return { kind: 'path', path: joined.endsWith('/') ? joined.slice(0, -1) : joined, fragment };
  }
  const path = joinSegments(dir, decoded);
  return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
}

/** `relative` applied to the folder `dir` (`.`/`..`/empty segments resolved); undefined when `..` climbs above `''`. */
export function joinSegments(dir: string, relative: string): string | undefined {
  const segments = dir === '' ? [] : dir.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return segments.join('/');
}

/** Percent-decoding that keeps malformed sequences (`%zz`) as written instead of throwing. */
export function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
