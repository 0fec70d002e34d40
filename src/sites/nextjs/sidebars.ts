/** JSON sidebars a catch-all page imports (react.dev's `src/sidebarLearn.json`): every `path` or `href` route of the tree is a navigation entry. */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { positionAt, type NavEntry, type NavigationFile } from '../navigation.js';

/** Keys whose site-absolute string value names a page. */
const ROUTE_KEYS = new Set(['path', 'href']);

/** The sidebar's entries (site-absolute `path`/`href` values at any depth), or the file with its JSON error. */
export function readJsonSidebar(file: string, text: string): NavigationFile {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first || tree === undefined)
    return {
      path: file,
      format: 'nextjs-sidebar',
      entries: [],
      listsAll: [],
      error: { message: `invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty'}`, ...positionAt(text, first?.offset ?? 0) },
    };
  const entries: NavEntry[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'property') {
      const [key, value] = node.children ?? [];
      if (key && value && ROUTE_KEYS.has(String(key.value)) && value.type === 'string' && String(value.value).startsWith('/'))
        entries.push({ kind: 'link', target: String(value.value), base: '', ...positionAt(text, value.offset) });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { path: file, format: 'nextjs-sidebar', entries, listsAll: [] };
}
