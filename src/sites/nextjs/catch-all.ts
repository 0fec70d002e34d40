/**
 * A catch-all page (`pages/[[...path]].js`, `app/docs/[...slug]/page.tsx`) that reads its Markdown
 * from a folder outside the router (react.dev: `process.cwd() + '/src/content/'`): the folder is
 * served at the catch-all's URL prefix, one route per file. Evidence is a string literal of the page
 * naming a scanned folder that holds Markdown; anything less leaves the routes unknown.
 */
import type { SiteLoadContext } from '../generator.js';
import { joinSegments } from '../../rules/links/resolve.js';

/** `[[...x]]` (optional) or `[...x]`: a segment that matches the rest of the URL. */
export const CATCH_ALL = /^\[\[?\.\.\.[^\]]+\]\]?$/;

export interface ContentCatchAll {
  /** The page file that serves the folder. */
  page: string;
  /** The route of the catch-all, as the router lists it (`[[...markdownPath]]`, `docs/[...slug]`). */
  route: string;
  /** The URL prefix the folder is served at (`''`, `docs`). */
  prefix: string;
  /** The Markdown folder (from the scan root). */
  folder: string;
  /** JSON modules the page imports (sidebars), from the scan root. */
  jsonImports: string[];
}

/** String literals and template-literal parts of a module (paths it names), and the `.json` modules it imports. */
async function literals(text: string): Promise<{ strings: string[]; json: string[] }> {
  const { parse } = await import('@babel/parser');
  let ast;
  try {
    ast = parse(text, { sourceType: 'unambiguous', plugins: ['jsx', 'typescript'], errorRecovery: true });
  } catch {
    return { strings: [], json: [] };
  }
  const out: string[] = [];
  const json: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; value?: unknown; cooked?: unknown };
    if (n.type === 'StringLiteral' && typeof n.value === 'string') out.push(n.value);
    const source = n.type === 'ImportDeclaration' ? (node as { source?: { value?: unknown } }).source?.value : undefined;
    if (typeof source === 'string' && /^\.\.?\/.*\.json$/.test(source)) json.push(source);
    if (n.type === 'TemplateElement') out.push(String((n.value as { cooked?: string } | undefined)?.cooked ?? ''));
    for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments') visit(child);
  };
  visit(ast.program);
  return { strings: out, json };
}

/**
 * The first catch-all page of `pages` (route → page file) whose source names a folder outside the
 * router holding Markdown; `markdownIn(folder)` says whether a scanned folder holds Markdown.
 */
export async function findContentCatchAll(
  pages: Record<string, string>,
  router: string,
  ctx: Pick<SiteLoadContext, 'at' | 'read' | 'scan'>,
  markdownIn: (folder: string) => boolean,
): Promise<ContentCatchAll | undefined> {
  for (const [route, page] of Object.entries(pages)) {
    const segments = route.split('/');
    if (!CATCH_ALL.test(segments[segments.length - 1] ?? '') || segments.slice(0, -1).some((s) => s.includes('['))) continue;
    const text = await ctx.read(page);
    if (typeof text !== 'string') continue;
    const { strings, json } = await literals(text);
    const dir = page.slice(0, Math.max(0, page.lastIndexOf('/')));
    const jsonImports = json.flatMap((source) => joinSegments(dir, source) ?? []);
    for (const literal of strings) {
      const folder = ctx.at(literal.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
      if (literal.trim() === '' || folder === router || folder.startsWith(`${router}/`)) continue;
      if (ctx.scan.dirs.includes(folder) && markdownIn(folder)) return { page, route, prefix: segments.slice(0, -1).join('/'), folder, jsonImports };
    }
  }
  return undefined;
}
