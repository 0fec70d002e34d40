/**
 * Ids that MDX components set in their own code (react.dev's `<Challenges>` renders `id={titleId}` with the default
 * `titleId = isRecipes ? 'examples' : 'challenges'`). The components map (an exported object in a file named
 * `MDXComponents.*` or Next.js's `mdx-components.*`) is resolved through relative imports (re-exports followed, two
 * steps at most) to each component's source, parsed with @babel/parser; the string literals it gives to `id`/`…Id`
 * values (parameter defaults, JSX attributes, both branches of conditionals) are anchors of pages using its tag.
 */
import type * as t from '@babel/types';

/** Names whose value a component renders as an element id. */
const ID_NAME = /^(?:id|[a-z]\w*Id)$/;
const MAP_FILE = /(?:^|\/)(?:MDXComponents|mdx-components)\.(?:tsx|jsx|ts|js)$/;
const RESOLVE = ['', '.tsx', '.ts', '.jsx', '.js', '/index.tsx', '/index.ts', '/index.jsx', '/index.js'];
/** A component tag opening a line of a page (`<Challenges>`). */
const PAGE_TAG = /^\s*<([A-Z][\w.]*)\b/gm;

export interface CodeFiles {
  paths: readonly string[];
  isFile(path: string): boolean;
  read(path: string): Promise<string | { error: string }>;
}

interface Parsed {
  file: string;
  program: t.Program;
}

/** Component tag name → the ids its code sets (only components that set some); empty when no map file is found. */
export async function componentCodeIds(files: CodeFiles, root: string): Promise<Map<string, string[]>> {
  const ids = new Map<string, string[]>();
  const mapFile = files.paths.find((p) => p.startsWith(root) && MAP_FILE.test(p) && !p.includes('node_modules/'));
  const map = mapFile === undefined ? undefined : await parseFile(files, mapFile);
  if (!map) return ids;
  const object = exportedObject(map.program);
  if (!object) return ids;
  for (const property of object.properties) {
    if (property.type !== 'ObjectProperty' || property.value.type !== 'Identifier') continue;
    const tag = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : undefined;
    if (tag === undefined) continue;
    const component = await findComponent(files, map, property.value.name, 2);
    const found = component ? [...new Set(idLiterals(component))] : [];
    if (found.length > 0) ids.set(tag, found);
  }
  return ids;
}

/** The ids component code gives the page `text` (tags of `codeIds` used on a line of their own). */
export function pageCodeIds(text: string, codeIds: Map<string, string[]>): string[] {
  if (codeIds.size === 0) return [];
  const ids = new Set<string>();
  for (const m of text.matchAll(PAGE_TAG)) for (const id of codeIds.get(m[1]!) ?? []) ids.add(id);
  return [...ids];
}

async function parseFile(files: CodeFiles, file: string): Promise<Parsed | undefined> {
  const text = await files.read(file);
  if (typeof text !== 'string') return undefined;
  const { parse } = await import('@babel/parser');
  try {
    return { file, program: parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'] }).program };
  } catch {
    return undefined;
  }
}

/** `export const X = {…}` or `export default {…}`: the components map object. */
function exportedObject(program: t.Program): t.ObjectExpression | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type === 'ObjectExpression') return statement.declaration;
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    const init = statement.declaration.declarations[0]?.init;
    if (init?.type === 'ObjectExpression') return init;
  }
  return undefined;
}

/** The declaration of `name` in `module`, following a relative import or re-export while `steps` remain. */
async function findComponent(files: CodeFiles, module: Parsed, name: string, steps: number): Promise<t.Node | undefined> {
  for (const statement of module.program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return declaration;
    if (declaration?.type === 'VariableDeclaration') for (const d of declaration.declarations) if (d.id.type === 'Identifier' && d.id.name === name) return d;
    if (steps === 0) continue;
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') return statement.declaration;
    const source = statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.source?.value : undefined;
    if (source === undefined || !source.startsWith('.')) continue;
    for (const s of statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.specifiers : []) {
      if (s.type === 'ExportDefaultSpecifier' || s.type === 'ExportNamespaceSpecifier' || s.type === 'ImportNamespaceSpecifier') continue;
      const local = s.type === 'ExportSpecifier' ? (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) : s.local.name;
      if (local !== name) continue;
      const imported =
        s.type === 'ImportSpecifier'
          ? s.imported.type === 'Identifier'
            ? s.imported.name
            : s.imported.value
          : s.type === 'ExportSpecifier'
            ? s.local.name
            : 'default';
      const target = await resolveImport(files, module.file, source);
      return target ? findComponent(files, target, imported, steps - 1) : undefined;
    }
  }
  return undefined;
}

async function resolveImport(files: CodeFiles, from: string, source: string): Promise<Parsed | undefined> {
  const parts = from.split('/').slice(0, -1);
  for (const part of source.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const base = parts.join('/');
  const file = RESOLVE.map((ext) => base + ext).find((p) => files.isFile(p));
  return file === undefined ? undefined : parseFile(files, file);
}

/** String literals given to `id`/`…Id` in `node`: parameter defaults and JSX attribute values. */
function idLiterals(node: t.Node): string[] {
  const found: string[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n !== 'object' || n === null || typeof (n as t.Node).type !== 'string') return;
    const x = n as t.Node;
    if (x.type === 'AssignmentPattern' && x.left.type === 'Identifier' && ID_NAME.test(x.left.name)) found.push(...literals(x.right));
    if (x.type === 'JSXAttribute' && x.name.type === 'JSXIdentifier' && ID_NAME.test(x.name.name) && x.value)
      found.push(...literals(x.value.type === 'JSXExpressionContainer' ? x.value.expression : x.value));
    for (const [key, value] of Object.entries(x)) if (key !== 'loc' && !key.endsWith('Comments')) visit(value);
  };
  visit(node);
  return found.filter((id) => id !== '');
}

/** The strings an expression can evaluate to when every outcome is a literal (`c ? 'a' : 'b'`, `x ?? 'a'`). */
function literals(e: t.Node): string[] {
  if (e.type === 'StringLiteral') return [e.value];
  if (e.type === 'TemplateLiteral' && e.expressions.length === 0) return [e.quasis[0]?.value.cooked ?? ''];
  if (e.type === 'ConditionalExpression') return [...literals(e.consequent), ...literals(e.alternate)];
  if (e.type === 'LogicalExpression') return [...literals(e.left), ...literals(e.right)];
  return [];
}
