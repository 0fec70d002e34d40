/**
 * Link targets taken apart, and GitHub's file-relative resolution (the `github` mode, and the
 * first try for file links in every site mode). Pure: decides from the scan's `paths`, never touches the disk.
 */
import type { UnverifiedCause } from '../../unverified.js';

export type ResolvedLink =
  /** Any `scheme:` (http, mailto, tel, data, javascript...) or `//host`: not a repository file. `unverified`: a link the site resolves by means docward does not model (docfx `xref:`), counted under that cause. */
  | { kind: 'external'; unverified?: UnverifiedCause }
  /** `#x` or `?x` alone: the same document. */
  | { kind: 'same-document'; fragment?: string }
  /**
   * A repository path (`''` = the root), with its fragment when present. Site modes set `route`
   * (the URL path the link was read as) and, when the route matches a page only ignoring case,
   * `caseVariants` (those pages). `problem`: broken whatever the path (a Hugo ref Hugo cannot
   * resolve), with the reason. `unverified`: when no file serves it, the target lies where docward
   * cannot see (a mount absent from the checkout): counted under that cause, never broken.
   * `caseFolded`: the path as written, when the host serves paths ignoring case (Learn) and `path`
   * is the file that differs only in case. `redirect`: no file serves it, but the site's redirect
   * map sends it to `to` (read from `file`).
   */
  | {
      kind: 'path';
      path: string;
      fragment?: string;
      route?: string;
      caseVariants?: string[];
      problem?: string;
      unverified?: UnverifiedCause;
      caseFolded?: string;
      redirect?: { to: string; file: string };
    }
  /** `../` climbed above the scan root (or the site root): broken on GitHub too (it leaves the repository tree). */
  | { kind: 'outside-root' };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** True for targets that are not repository files (a `scheme:` or `//host`). */
export function isExternalTarget(target: string): boolean {
  return isExternalTrimmed(target.trim());
}

function isExternalTrimmed(trimmed: string): boolean {
  return trimmed.startsWith('//') || SCHEME.test(trimmed);
}

/** A target split into its percent-decoded path (query dropped) and its raw fragment. */
export function splitTarget(target: string): { path: string; fragment?: string } {
  return splitTrimmed(target.trim());
}

function splitTrimmed(trimmed: string): { path: string; fragment?: string } {
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : undefined;
  let pathPart = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const query = pathPart.indexOf('?');
  if (query >= 0) pathPart = pathPart.slice(0, query);
  return { path: pathPart.includes('%') ? percentDecode(pathPart) : pathPart, fragment };
}

/** Resolves `target` written in the document at `fromPath` (both relative to the root). */
export function resolveLinkTarget(fromPath: string, target: string): ResolvedLink {
  const trimmed = target.trim();
  if (isExternalTrimmed(trimmed)) return { kind: 'external' };
  const { path: decoded, fragment } = splitTrimmed(trimmed);
  if (decoded === '') return { kind: 'same-document', fragment };
  const path = joinSegments(decoded.startsWith('/') ? '' : folderOf(fromPath), decoded);
  return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
}

let lastFile = '';
let lastFolder = '';

/** The folder of a root-relative file path; remembers the last one (links come document by document). */
function folderOf(path: string): string {
  if (path !== lastFile) {
    lastFile = path;
    lastFolder = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  }
  return lastFolder;
}

/** `relative` applied to the folder `dir` (`.`/`..`/empty segments resolved); undefined when `..` climbs above `''`. */
export function joinSegments(dir: string, relative: string): string | undefined {
  // Runs once per link: leading `../`, `./` and `/` only shorten the folder, so most targets join without splitting.
  if (dir.startsWith('/') || dir.endsWith('/') || dir.includes('//')) return joinBySegments(dir, relative);
  // `dir.slice(0, end)` is the folder so far; each `../` moves `end` back to the previous `/`.
  let end = dir.length;
  let at = 0;
  for (;;) {
    if (relative.startsWith('../', at)) {
      if (end === 0) return undefined;
      end = Math.max(0, dir.lastIndexOf('/', end - 1));
      at += 3;
    } else if (relative.startsWith('./', at)) at += 2;
    // An empty segment changes nothing (`/x` joins as `x`): site-absolute targets take this path too.
    else if (relative.startsWith('/', at)) at += 1;
    else break;
  }
  const base = end === dir.length ? dir : dir.slice(0, end);
  const rest = at === 0 ? relative : relative.slice(at);
  // Any `.`/`..`/empty segment left (or a `/.` that may be one) takes the general walk.
  if (
    rest === '' ||
    rest === '.' ||
    rest === '..' ||
    rest.startsWith('/') ||
    rest.startsWith('./') ||
    rest.startsWith('../') ||
    rest.includes('//') ||
    rest.includes('/.')
  ) {
    return joinBySegments(base, rest);
  }
  const tail = rest.endsWith('/') ? rest.slice(0, -1) : rest;
  return base === '' ? tail : `${base}/${tail}`;
}

/** The general case of `joinSegments`: every segment of `relative` applied in turn. */
function joinBySegments(dir: string, relative: string): string | undefined {
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
