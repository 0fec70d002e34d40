/** orphan: a document no chain of links reaches from an entry point (a dead end for readers). */
import { compileGlobs } from '../config/glob.js';
import type { ScanIndex } from './scan-index.js';
import { defineRule } from './types.js';
import { frontmatterMap } from './frontmatter-data.js';

function reachableFrom(index: ScanIndex, entryPoints: string[]): Set<string> {
  const isEntry = compileGlobs(entryPoints);
  const reached = new Set(index.scan.documents.filter((d) => isEntry(d.path)).map((d) => d.path));
  // Pages a site's navigation lists (menus, sidebars, nav, TOCs) are entry points too.
  for (const path of index.site.entryDocuments()) if (index.documents.has(path)) reached.add(path);
  const queue = [...reached];
  const visit = (target: string) => {
    if (reached.has(target)) return;
    reached.add(target);
    queue.push(target);
  };
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    const doc = index.documents.get(path);
    if (!doc) continue;
    // A Hugo section page lists its pages with no link written.
    for (const page of index.site.pagesListedBy(path)) visit(page);
    const links = index.linksOf(doc);
    const listed = index.listedLinksOf(doc);
    for (let i = 0; i < links.length; i++) {
      const resolved = links[i]!;
      // Unlisted targets are neither documents nor folders; most listed ones are documents reached already.
      if (resolved.kind !== 'path' || listed[i] === 0 || reached.has(resolved.path)) continue;
      if (index.documents.has(resolved.path)) visit(resolved.path);
      else if (index.isDir(resolved.path)) for (const page of index.folderPages(resolved.path)) visit(page);
    }
  }
  return reached;
}

export default defineRule<{ exempt: string[]; frontmatterKey: string }>({
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
  check(doc, { options, index, entryPoints }) {
    const reached = index.forOptions(entryPoints, 'reachable', () => reachableFrom(index, entryPoints));
    if (reached.has(doc.path)) return [];
    if (frontmatterMap(doc)?.[options.frontmatterKey] === true) return [];
    const exempt = index.forOptions(options, 'exempt', () => compileGlobs(options.exempt));
    if (exempt(doc.path)) return [];
    const shown = entryPoints.slice(0, 3).join(', ') + (entryPoints.length > 3 ? `, +${entryPoints.length - 3} more` : '');
    const navigation = index.site.navigation.map((n) => n.path).join(', ');
    if (navigation === '') return [{ line: 1, column: 1, message: `"${doc.path}" is not reachable by links from any entry point (${shown}): link it from an index page` }];
    const where = `the ${index.site.settings.mode} site's navigation (${navigation})`;
    return [{ line: 1, column: 1, message: `"${doc.path}" is not reachable by links from ${where} or any entry point (${shown}): link it from a listed page or add it to the navigation` }];
  },
});
