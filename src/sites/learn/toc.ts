import { isMap, isScalar, isSeq } from 'yaml';
import type { NavEntry, NavigationFile } from '../navigation.js';
import { mapGet, parseYaml } from '../yaml.js';

/** docfx `toc.yml`: `href`/`topicHref` (files from the TOC's folder, a folder for its own TOC, or site routes) and nested `items`. */
export function parseDocfxToc(path: string, text: string): NavigationFile {
  const parsed = parseYaml(text);
  const nav: NavigationFile = { path, format: 'docfx-toc', entries: [], listsAll: [] };
  if (parsed.error) return { ...nav, error: parsed.error };
  const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const walk = (node: unknown) => {
    if (isSeq(node)) for (const item of node.items) walk(item);
    if (!isMap(node)) return;
    for (const key of ['href', 'topicHref', 'tocHref']) {
      const value = mapGet(node, key);
      if (!isScalar(value) || typeof value.value !== 'string' || value.value.trim() === '') continue;
      const target = value.value.trim();
      const entry: NavEntry = { kind: target.startsWith('/') ? 'link' : 'file', target, base, ...parsed.pos(value) };
      nav.entries.push(entry);
    }
    walk(mapGet(node, 'items'));
  };
  walk(parsed.root);
  return nav;
}
