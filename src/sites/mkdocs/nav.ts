import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { NavigationFile } from '../navigation.js';
import { mapGet, parseYaml, type ParsedYaml } from '../yaml.js';

/** MkDocs `mkdocs.yml`: `docs_dir` and the `nav` tree (leaves are paths from docs_dir or URLs). Without `nav`, every page is listed. */
export function parseMkdocs(path: string, text: string): { nav: NavigationFile; docsDir?: string } {
  const parsed = parseYaml(text);
  const empty: NavigationFile = { path, format: 'mkdocs-nav', entries: [], listsAll: [] };
  if (parsed.error) return { nav: { ...empty, error: parsed.error } };
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const docsDirNode = mapGet(parsed.root, 'docs_dir');
  const written = isScalar(docsDirNode) && typeof docsDirNode.value === 'string' ? docsDirNode.value.replace(/^\.\/|\/+$/g, '') : 'docs';
  const docsDir = folder === '' ? written : `${folder}/${written}`;
  const tree = mapGet(parsed.root, 'nav');
  if (!tree) return { nav: { ...empty, listsAll: [docsDir] }, docsDir };
  return { nav: navFromNode(path, tree, parsed.pos, docsDir), docsDir };
}

/** The `nav` tree written in the file at `path` as entries relative to `docsDir` (the docs_dir of the site that uses it). */
export function navFromNode(path: string, tree: Node, pos: ParsedYaml['pos'], docsDir: string): NavigationFile {
  const nav: NavigationFile = { path, format: 'mkdocs-nav', entries: [], listsAll: [] };
  const walk = (node: unknown) => {
    if (isSeq(node)) for (const item of node.items) walk(item);
    else if (isMap(node)) for (const pair of node.items) walk(pair.value);
    else if (isScalar(node) && typeof node.value === 'string') nav.entries.push({ kind: 'file', target: node.value, base: docsDir, ...pos(node) });
  };
  walk(tree);
  return nav;
}
