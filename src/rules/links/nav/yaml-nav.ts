/** YAML navigation files read with the `yaml` package (positions from its LineCounter): MkDocs `nav` and docfx `toc.yml`. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { NavEntry, NavigationFile } from './types.js';

interface Parsed {
  root: unknown;
  pos: (node: Node | null | undefined) => { line: number; column: number };
  error?: NavigationFile['error'];
}

function parseYaml(text: string): Parsed {
  const counter = new LineCounter();
  // Unknown tags (`!ENV`, `!!python/name:`) are warnings, kept as strings: MkDocs files use them.
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const pos = (node: Node | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const first = doc.errors[0];
  if (first) {
    const p = first.linePos?.[0] ?? counter.linePos(first.pos[0]);
    return { root: undefined, pos, error: { message: first.message.split('\n')[0]!, line: p.line, column: p.col } };
  }
  return { root: doc.contents, pos };
}

function mapGet(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

/** MkDocs `mkdocs.yml`: `docs_dir` and the `nav` tree (leaves are paths from docs_dir or URLs). Without `nav`, every page is listed. */
export function parseMkdocs(path: string, text: string): { nav: NavigationFile; docsDir?: string } {
  const parsed = parseYaml(text);
  const nav: NavigationFile = { path, format: 'mkdocs-nav', entries: [], listsAll: [] };
  if (parsed.error) return { nav: { ...nav, error: parsed.error } };
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const docsDirNode = mapGet(parsed.root, 'docs_dir');
  const written = isScalar(docsDirNode) && typeof docsDirNode.value === 'string' ? docsDirNode.value.replace(/^\.\/|\/+$/g, '') : 'docs';
  const docsDir = folder === '' ? written : `${folder}/${written}`;
  const tree = mapGet(parsed.root, 'nav');
  if (!tree) return { nav: { ...nav, listsAll: [docsDir] }, docsDir };
  const walk = (node: unknown) => {
    if (isSeq(node)) for (const item of node.items) walk(item);
    else if (isMap(node)) for (const pair of node.items) walk(pair.value);
    else if (isScalar(node) && typeof node.value === 'string') nav.entries.push({ kind: 'file', target: node.value, base: docsDir, ...parsed.pos(node) });
  };
  walk(tree);
  return { nav, docsDir };
}

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
