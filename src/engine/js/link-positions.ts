/**
 * `Link.to` for the js engine: the same function as native/src/targets.rs (contract.ts, `Link.to`).
 * Plain targets only; every other link gets -1 and the rules resolve it themselves.
 */
import type { DocumentFacts } from '../contract.js';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** True for U+0021-U+007E. */
const graphic = (code: number) => code >= 0x21 && code <= 0x7e;

/** A plain target joined to `folder`, or undefined when it is not plain or names the root or a place above it. */
export function plainJoin(folder: string, target: string): string | undefined {
  if (target === '' || !graphic(target.charCodeAt(0)) || !graphic(target.charCodeAt(target.length - 1))) return undefined;
  if (target.startsWith('//') || SCHEME.test(target)) return undefined;
  let path = target;
  const hash = path.indexOf('#');
  if (hash >= 0) path = path.slice(0, hash);
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
  if (path === '' || path.includes('%')) return undefined;
  const segments = path.startsWith('/') || folder === '' ? [] : folder.split('/');
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length === 0 ? undefined : segments.join('/');
}

/** Sets `to` on each link of `doc`; `positions` maps each of the scan's paths to its position. */
export function setLinkPositions(doc: DocumentFacts, positions: ReadonlyMap<string, number>): void {
  if (doc.links.length === 0) return;
  const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
  for (const link of doc.links) {
    const joined = link.kind === 'shortcode' ? undefined : plainJoin(folder, link.target);
    link.to = joined === undefined ? -1 : (positions.get(joined) ?? -1);
  }
}
