/**
 * `vercel.json` `redirects`: literal sources are routes the host answers (a link to one is a notice
 * naming the target); every site-absolute destination is reached from its source (an entry point).
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { joinRoute, trimSlashes } from '../generator.js';
import { positionAt, type NavEntry } from '../navigation.js';

/** A source with a parameter, wildcard or group is a pattern: not a route of its own. */
const PATTERN = /[:*(){}?+]/;

export interface VercelRedirects {
  /** Lowercase path the resolver sees for a missing route (content folder + route) → where it goes. */
  redirects: Map<string, { to: string; file: string }>;
  /** Site-absolute page destinations, where they are written: readers arrive there from the sources. */
  destinations: NavEntry[];
  /** Destinations naming files (`/rss.xml`): the build may generate them, so they are not checked. */
  fileDestinations: string[];
  /** Sources that are patterns (not modelled). */
  patterns: number;
  /** Rewrites (not modelled: they serve routes no file names). */
  rewrites: number;
}

/** Redirects of `text` (the file `file`), keyed as the routes' paths under `folder` (the content folder served at `prefix`). */
export function readVercelRedirects(file: string, text: string, folder: string, prefix: string): VercelRedirects | { error: string } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors[0] || tree === undefined) {
    const at = positionAt(text, errors[0]?.offset ?? 0);
    return { error: `invalid JSON: ${errors[0] ? printParseErrorCode(errors[0].error) : 'empty'} at line ${at.line}, column ${at.column}` };
  }
  const redirects = new Map<string, { to: string; file: string }>();
  const destinations: NavEntry[] = [];
  let patterns = 0;
  const fileDestinations: string[] = [];
  const list = findNodeAtLocation(tree, ['redirects']);
  for (const node of list?.type === 'array' ? (list.children ?? []) : []) {
    const { source, destination, has, missing } = (getNodeValue(node) ?? {}) as Record<string, unknown>;
    if (typeof source !== 'string' || typeof destination !== 'string') continue;
    // Conditional redirects (`has`/`missing`: headers, cookies, hosts) do not answer a plain link.
    if (has !== undefined || missing !== undefined) continue;
    const to = findNodeAtLocation(node, ['destination']);
    const route = destination.split(/[?#]/)[0]!;
    if (destination.startsWith('/') && /\.[a-z0-9]+$/i.test(route)) fileDestinations.push(destination);
    else if (destination.startsWith('/') && !PATTERN.test(route) && to)
      destinations.push({ kind: 'link', target: destination, base: '', ...positionAt(text, to.offset) });
    if (PATTERN.test(source)) {
      patterns++;
      continue;
    }
    const from = trimSlashes(source);
    if (prefix !== '' && from !== prefix && !from.startsWith(`${prefix}/`)) continue;
    const key = joinRoute(folder, from.slice(prefix.length).replace(/^\//, '')).toLowerCase();
    if (!redirects.has(key)) redirects.set(key, { to: destination, file });
  }
  const rewrites = findNodeAtLocation(tree, ['rewrites']);
  return { redirects, destinations, fileDestinations, patterns, rewrites: rewrites?.type === 'array' ? (rewrites.children?.length ?? 0) : 0 };
}
