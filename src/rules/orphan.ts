/** orphan: a document no chain of links reaches from an entry point (a dead end for readers). */
import { compileGlobs } from '../config/glob.js';
import type { ScanIndex } from './scan-index.js';
import { defineRule } from './types.js';
import { frontmatterMap } from './frontmatter-data.js';

/** Per document number: 1 when a chain of links from an entry point (or the site's navigation) reaches it. */
function reachableFrom(index: ScanIndex, entryPoints: string[]): Uint8Array {
  const isEntry = compileGlobs(entryPoints);
  const reached = new Uint8Array(index.documentPaths.length);
  const queue: number[] = [];
  const visit = (target: number) => {
    if (reached[target] === 1) return;
    reached[target] = 1;
    queue.push(target);
  };
  index.documentPaths.forEach((path, number) => {
    if (isEntry(path)) visit(number);
  });
  // Pages a site's navigation lists (menus, sidebars, nav, TOCs) are entry points too.
  for (const path of index.site.entryDocuments()) {
    const number = index.numberOf(path);
    if (number !== undefined) visit(number);
  }
  // mdBook builds only the pages its SUMMARY.md lists: a link reaches a document only when it is no page of the book.
  const linkReaches = index.site.navigationOnly ? (target: number) => index.site.routeOf(index.documentPaths[target]!) === undefined : () => true;
  for (let number = queue.pop(); number !== undefined; number = queue.pop()) {
    for (const target of index.edgesOf(number)) if (linkReaches(target)) visit(target);
  }
  return reached;
}

export default defineRule<{ exempt: string[]; frontmatterKey: string }, true>({
  id: 'orphan',
  description: 'No chain of links from an entry point (config `entryPoints`) reaches the document.',
  defaultSeverity: 'warning',
  optionsSchema: {
    type: 'object',
    properties: {
      exempt: { type: 'array', items: { type: 'string' } },
      frontmatterKey: { type: 'string' },
    },
    additionalProperties: false,
  },
  defaultOptions: { exempt: [], frontmatterKey: 'orphan' },
  checksDocuments: true,
  check(doc, { options, index }, defer) {
    if (frontmatterMap(doc)?.[options.frontmatterKey] === true) return [];
    const exempt = index.forOptions(options, 'exempt', () => compileGlobs(options.exempt));
    if (exempt(doc.path)) return [];
    // Reachability is known once every document's links are.
    defer(true);
    return [];
  },
  finish(doc, _pending, { index, entryPoints, unverified }) {
    const reached = index.forOptions(entryPoints, 'reachable', () => reachableFrom(index, entryPoints));
    if (reached[doc.number] === 1) return [];
    // Unknown is not broken: a page the site's unknown navigation may list is counted, not reported.
    const unknown = index.site.orphanUnverified(doc.path);
    if (unknown === 'excluded') return [];
    if (unknown !== undefined) {
      unverified.add({ ...unknown, rule: 'orphan' });
      return [];
    }
    const shown = entryPoints.slice(0, 3).join(', ') + (entryPoints.length > 3 ? `, +${entryPoints.length - 3} more` : '');
    const navigation = index.site.navigation.map((n) => n.path).join(', ');
    if (navigation === '') return [{ line: 1, column: 1, message: `"${doc.path}" is not reachable by links from any entry point (${shown}): link it from an index page` }];
    const where = `the ${index.site.settings.mode} site's navigation (${navigation})`;
    if (index.site.navigationOnly && index.site.routeOf(doc.path) !== undefined) {
      return [{ line: 1, column: 1, message: `"${doc.path}" is not listed in ${where}, so the site does not build it (links to it lead nowhere): add it to the navigation` }];
    }
    return [{ line: 1, column: 1, message: `"${doc.path}" is not reachable by links from ${where} or any entry point (${shown}): link it from a listed page or add it to the navigation` }];
  },
});
