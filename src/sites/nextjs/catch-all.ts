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
  /** The page, or a module of the site it imports, compiles the Markdown with MDX (`@mdx-js/mdx`, next-mdx-remote...): `.md` is read as MDX. */
  compilesMdx: boolean;
}

/** Packages that compile Markdown as MDX (every `.md` they are given follows MDX's grammar). */
const MDX_COMPILERS = /^(?:@mdx-js\/mdx|next-mdx-remote|@next\/mdx|mdx-bundler)(?:\/|$)/;
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.jsx'];

/** String literals and template-literal parts of a module (paths it names), the `.json` modules it imports, and every module it imports (static, `import()`, `require`). */
async function literals(text: string): Promise<{ strings: string[]; json: string[]; imports: string[] }> {
  const { parse } = await import('@babel/parser');
  let ast;
  try {
    ast = parse(text, { sourceType: 'unambiguous', plugins: ['jsx', 'typescript'], errorRecovery: true });
  } catch {
    return { strings: [], json: [], imports: [] };
  }
  const out: string[] = [];
  const json: string[] = [];
  const imports: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; value?: unknown; cooked?: unknown };
    if (n.type === 'StringLiteral' && typeof n.value === 'string') out.push(n.value);
    const source = n.type === 'ImportDeclaration' ? (node as { source?: { value?: unknown } }).source?.value : undefined;
    if (typeof source === 'string' && /^\.\.?\/.*\.json$/.test(source)) json.push(source);
    if (typeof source === 'string') imports.push(source);
    const called = importedBy(node);
    if (called !== undefined) imports.push(called);
    if (n.type === 'TemplateElement') out.push(String((n.value as { cooked?: string } | undefined)?.cooked ?? ''));
    for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments') visit(child);
  };
  visit(ast.program);
  return { strings: out, json, imports };
}

/** The module an `import('x')` or `require('x')` call names. */
function importedBy(node: object): string | undefined {
  const n = node as { type?: string; callee?: { type?: string; name?: string }; arguments?: { type?: string; value?: unknown }[] };
  if (n.type !== 'CallExpression' || !(n.callee?.type === 'Import' || (n.callee?.type === 'Identifier' && n.callee.name === 'require'))) return undefined;
  const first = n.arguments?.[0];
  return first?.type === 'StringLiteral' && typeof first.value === 'string' ? first.value : undefined;
}

/**
 * Whether the page compiles with MDX: it imports an MDX compiler, or a module of the site does that it
 * imports (one step: relative, or from the site folder or its `src/`, as a `baseUrl` resolves them).
 */
async function compilesMdx(page: string, imports: string[], ctx: Pick<SiteLoadContext, 'at' | 'read' | 'isFile'>): Promise<boolean> {
  if (imports.some((m) => MDX_COMPILERS.test(m))) return true;
  const dir = page.slice(0, Math.max(0, page.lastIndexOf('/')));
  for (const source of imports) {
    const bases = source.startsWith('.') ? [joinSegments(dir, source)] : [ctx.at(source), ctx.at(`src/${source}`)];
    const file = bases.flatMap((b) => (b === undefined ? [] : [b, ...MODULE_EXTENSIONS.map((e) => b + e)])).find((f) => ctx.isFile(f));
    const text = file === undefined ? undefined : await ctx.read(file);
    if (typeof text === 'string' && (await literals(text)).imports.some((m) => MDX_COMPILERS.test(m))) return true;
  }
  return false;
}

/**
 * The first catch-all page of `pages` (route → page file) whose source names a folder outside the
 * router holding Markdown; `markdownIn(folder)` says whether a scanned folder holds Markdown.
 */
export async function findContentCatchAll(
  pages: Record<string, string>,
  router: string,
  ctx: Pick<SiteLoadContext, 'at' | 'read' | 'scan' | 'isFile'>,
  markdownIn: (folder: string) => boolean,
): Promise<ContentCatchAll | undefined> {
  for (const [route, page] of Object.entries(pages)) {
    const segments = route.split('/');
    if (!CATCH_ALL.test(segments[segments.length - 1] ?? '') || segments.slice(0, -1).some((s) => s.includes('['))) continue;
    const text = await ctx.read(page);
    if (typeof text !== 'string') continue;
    const { strings, json, imports } = await literals(text);
    const dir = page.slice(0, Math.max(0, page.lastIndexOf('/')));
    const jsonImports = json.flatMap((source) => joinSegments(dir, source) ?? []);
    for (const literal of strings) {
      const folder = ctx.at(literal.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
      if (literal.trim() === '' || folder === router || folder.startsWith(`${router}/`)) continue;
      if (ctx.scan.dirs.includes(folder) && markdownIn(folder)) {
        return { page, route, prefix: segments.slice(0, -1).join('/'), folder, jsonImports, compilesMdx: await compilesMdx(page, imports, ctx) };
      }
    }
  }
  return undefined;
}
