/**
 * mdBook's `book.toml` (`[book] src`) and `SUMMARY.md`: the chapters are SUMMARY.md's links (read
 * with mdast-util-from-markdown, the parser the js engine uses); a draft chapter `[x]()` has no file.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { NavEntry, NavigationFile } from '../navigation.js';

/** What docward reads of book.toml: `[book] src` (default `src`) and `[output.html.redirect]` (old output path → new URL). */
export interface BookToml {
  src: string;
  redirects: Record<string, string>;
  error?: { message: string; line: number; column: number };
}

/** book.toml's `[book] src` and redirect map, or the parse error with its position. */
export function bookSource(text: string): BookToml {
  try {
    const data = parseToml(text) as { book?: { src?: unknown }; output?: { html?: { redirect?: unknown } } };
    const redirects: Record<string, string> = {};
    const table = data.output?.html?.redirect;
    if (table !== null && typeof table === 'object') for (const [from, to] of Object.entries(table)) if (typeof to === 'string') redirects[from] = to;
    return { src: typeof data.book?.src === 'string' ? data.book.src : 'src', redirects };
  } catch (error) {
    const e = error as TomlError;
    return { src: 'src', redirects: {}, error: { message: e.message.split('\n')[0]!, line: e.line ?? 1, column: e.column ?? 1 } };
  }
}

interface MdNode {
  type: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/** SUMMARY.md's chapter links as navigation (its links are checked as the document's own, not again here). */
export function parseSummary(path: string, text: string, folder: string): NavigationFile {
  const entries: NavEntry[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'link' && node.url !== undefined && node.url.trim() !== '') {
      entries.push({ kind: 'file', target: node.url, base: folder, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(fromMarkdown(text) as MdNode);
  return { path, format: 'mdbook-summary', entries, listsAll: [], checkedAsDocument: true };
}
