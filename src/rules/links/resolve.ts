/**
 * Link resolution as GitHub renders Markdown (the `github` mode): one place, so site-generator
 * modes can plug in later. Pure: decides from the scan's `paths`, never touches the disk.
 */

export type ResolvedLink =
  /** Any `scheme:` (http, mailto, tel, data, javascript...) or `//host`: not a repository file. */
  | { kind: 'external' }
  /** `#x` or `?x` alone: the same document. */
  | { kind: 'same-document'; fragment?: string }
  /** A repository path (`''` = the root), with its fragment when present. */
  | { kind: 'path'; path: string; fragment?: string }
  /** `../` climbed above the scan root: broken on GitHub too (it leaves the repository tree). */
  | { kind: 'outside-root' };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** A `.` or `..` segment, or an empty one (`a//b`; a single trailing `/` is handled by the fast path). */
const DOT_OR_EMPTY_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)|\/\/|^$/;

/** True for targets that are not repository files (a `scheme:` or `//host`). */
export function isExternalTarget(target: string): boolean {
  const trimmed = target.trim();
  return SCHEME.test(trimmed) || trimmed.startsWith('//');
}

/** Resolves `target` written in the document at `fromPath` (both relative to the root). */
export function resolveLinkTarget(fromPath: string, target: string): ResolvedLink {
  if (isExternalTarget(target)) return { kind: 'external' };
  const trimmed = target.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : undefined;
  let pathPart = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const query = pathPart.indexOf('?');
  if (query >= 0) pathPart = pathPart.slice(0, query);
  if (pathPart === '') return { kind: 'same-document', fragment };
  const decoded = pathPart.includes('%') ? percentDecode(pathPart) : pathPart;
  const fromRoot = decoded.startsWith('/');
  const dir = fromRoot ? '' : fromPath.slice(0, Math.max(0, fromPath.lastIndexOf('/')));
  // Most targets are plain relative paths: join them without splitting (this runs once per link).
  if (!fromRoot && !DOT_OR_EMPTY_SEGMENT.test(decoded)) {
    const joined = dir === '' ? decoded : `${dir}/${decoded}`;
    return { kind: 'path', path: joined.endsWith('/') ? joined.slice(0, -1) : joined, fragment };
  }
  const base = dir === '' ? [] : dir.split('/');
  const segments = [...base];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { kind: 'outside-root' };
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return { kind: 'path', path: segments.join('/'), fragment };
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
