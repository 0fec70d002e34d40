/**
 * Evaluates the static part of a JavaScript/TypeScript config module (astro.config.mjs, a sidebar
 * module it imports, .vitepress/config.ts) without running it: parsed by @babel/parser, then
 * literals, template strings, arrays, objects, spreads, `const` bindings, member access, string
 * `+`, TypeScript wrappers (`as`, `satisfies`, `!`) and imports from relative modules are
 * evaluated; anything else (a function call, a computed value, a package import) becomes a
 * `Dynamic` value naming why and where, so callers can tell "unknown" from "absent".
 */
import type { parse as babelParse } from '@babel/parser';
import type * as t from '@babel/types';
import { joinSegments } from '../rules/links/resolve.js';

/** Where an expression was written: the module (scan-relative path) and 1-based line and column. */
export interface SourceAt {
  file: string;
  line: number;
  column: number;
}

/** A value docward cannot compute statically (a call, a function, an import from a package). */
export class Dynamic {
  constructor(
    readonly reason: string,
    readonly at: SourceAt,
    /** A method without parameters whose body is one `return x` (`async rewrites() { return [...] }`): `x`, evaluated. */
    readonly returns?: Value,
  ) {}
}

/** A call of a named function (`defineConfig({...})`, `starlight({...})`): its callee and arguments, evaluated. */
export class Call {
  constructor(
    /** The callee as written (`starlight`, `defineConfig`, `x.y`). */
    readonly callee: string,
    /** The module the callee was imported from (`@astrojs/starlight`), when it was imported. */
    readonly from: string | undefined,
    readonly args: Value[],
    readonly at: SourceAt,
  ) {}
}

export type Value = string | number | boolean | null | undefined | Value[] | ValueObject | Dynamic | Call;
export interface ValueObject {
  [key: string]: Value;
}

/** Location of each element or property value of the arrays and objects the evaluator built. */
const LOCATIONS = new WeakMap<object, Map<string | number, SourceAt>>();

/** Where `container[key]` was written (an element or property of an evaluated array or object). */
export function locationOf(container: object, key: string | number): SourceAt | undefined {
  return LOCATIONS.get(container)?.get(key);
}

function locate(container: object, key: string | number, at: SourceAt | undefined): void {
  if (at === undefined) return;
  let map = LOCATIONS.get(container);
  if (!map) LOCATIONS.set(container, (map = new Map()));
  map.set(key, at);
}

export const isObject = (v: Value): v is ValueObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Dynamic) && !(v instanceof Call);

/** Reads a module's text by scan-relative path; undefined when the scan has no such file. */
export type ReadModule = (path: string) => Promise<string | undefined>;

/** An evaluated module: its named exports and default export (each evaluated on first use), or why it could not be parsed. */
export interface StaticModule {
  file: string;
  /** `export default` (or `module.exports =`), when the module has one. */
  defaultExport(): Promise<Value>;
  named(name: string): Promise<Value>;
  /** The parse error, when the module is not valid JS/TS: every value is then Dynamic. */
  error?: { message: string; line: number; column: number };
}

const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js', '/index.mjs'];
/** The deepest chain of imports followed (a cycle or a deep tree stops there, as Dynamic). */
const MAX_DEPTH = 16;

const dirname = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** Loads and evaluates modules, each once per loader (imports shared between modules are read once). */
export class ModuleLoader {
  private readonly cache = new Map<string, Promise<StaticModule | undefined>>();

  constructor(private readonly read: ReadModule) {}

  /** The module at `path` (scan-relative, extension optional as in an import), or undefined when no such file exists. */
  load(path: string, depth = 0): Promise<StaticModule | undefined> {
    let found = this.cache.get(path);
    if (!found) {
      found = this.open(path, depth);
      this.cache.set(path, found);
    }
    return found;
  }

  private async open(path: string, depth: number): Promise<StaticModule | undefined> {
    for (const ext of EXTENSIONS) {
      const file = `${path}${ext}`;
      const text = await this.read(file);
      if (text !== undefined) return new ModuleEvaluator(file, text, file.endsWith('.json') ? undefined : await loadParser(), this, depth);
    }
    return undefined;
  }
}

let parser: Promise<typeof babelParse> | undefined;
/** @babel/parser (half a MB of code) is loaded by the first JS config read, not by every scan's start-up. */
const loadParser = (): Promise<typeof babelParse> => (parser ??= import('@babel/parser').then((m) => m.parse));

type Scope = Map<string, { node: t.Node; kind: 'const' | 'import' | 'function' | 'other'; imported?: string; source?: string }>;

class ModuleEvaluator implements StaticModule {
  readonly file: string;
  error?: { message: string; line: number; column: number };
  private readonly program?: t.Program;
  private readonly scope: Scope = new Map();
  private readonly exports = new Map<string, t.Node | { reexport: string; name: string }>();
  private readonly starExports: string[] = [];
  private defaultNode?: t.Node;
  private readonly values = new Map<t.Node, Promise<Value>>();
  private readonly evaluating = new Set<t.Node>();
  private json?: Value;

  constructor(
    file: string,
    text: string,
    parse: typeof babelParse | undefined,
    private readonly loader: ModuleLoader,
    private readonly depth: number,
  ) {
    this.file = file;
    if (parse === undefined) {
      try {
        this.json = JSON.parse(text) as Value;
      } catch (error) {
        this.error = { message: (error as Error).message, line: 1, column: 1 };
      }
      return;
    }
    try {
      this.program = parse(text, { sourceType: 'unambiguous', plugins: ['typescript'], errorRecovery: false }).program;
    } catch (error) {
      const e = error as Error & { loc?: { line: number; column: number } };
      this.error = { message: e.message.replace(/\s*\(\d+:\d+\)$/, ''), line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1 };
      return;
    }
    this.collect(this.program);
  }

  private at(node: t.Node): SourceAt {
    return { file: this.file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
  }

  private dynamic(node: t.Node, reason: string): Dynamic {
    return new Dynamic(reason, this.at(node));
  }

  /** Top-level bindings and exports (declaration order does not matter: bindings are looked up lazily). */
  private collect(program: t.Program): void {
    const declare = (decl: t.Node) => {
      if (decl.type === 'VariableDeclaration') {
        for (const d of decl.declarations) {
          if (d.id.type === 'Identifier') this.scope.set(d.id.name, { node: d.init ?? d, kind: decl.kind === 'const' ? 'const' : 'other' });
        }
      } else if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id) {
        this.scope.set(decl.id.name, { node: decl, kind: 'function' });
      }
    };
    const names = (decl: t.Node): string[] =>
      decl.type === 'VariableDeclaration'
        ? decl.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []))
        : 'id' in decl && decl.id?.type === 'Identifier'
          ? [decl.id.name]
          : [];
    for (const statement of program.body) {
      switch (statement.type) {
        case 'ImportDeclaration':
          if (statement.importKind === 'type') break;
          for (const s of statement.specifiers) {
            const imported =
              s.type === 'ImportDefaultSpecifier'
                ? 'default'
                : s.type === 'ImportNamespaceSpecifier'
                  ? '*'
                  : s.imported.type === 'Identifier'
                    ? s.imported.name
                    : s.imported.value;
            this.scope.set(s.local.name, { node: s, kind: 'import', imported, source: statement.source.value });
          }
          break;
        case 'VariableDeclaration':
        case 'FunctionDeclaration':
        case 'ClassDeclaration':
          declare(statement);
          break;
        case 'ExportNamedDeclaration':
          if (statement.declaration) {
            declare(statement.declaration);
            for (const name of names(statement.declaration)) this.exports.set(name, { type: 'Identifier', name } as t.Identifier);
          }
          for (const s of statement.specifiers) {
            const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
            if (s.type !== 'ExportSpecifier') continue;
            if (statement.source) this.exports.set(exported, { reexport: statement.source.value, name: s.local.name });
            else this.exports.set(exported, s.local);
          }
          break;
        case 'ExportAllDeclaration':
          this.starExports.push(statement.source.value);
          break;
        case 'ExportDefaultDeclaration':
          this.defaultNode = statement.declaration;
          break;
        case 'ExpressionStatement': {
          // CommonJS: `module.exports = {...}` and `module.exports.x = ...`.
          const e = statement.expression;
          if (e.type === 'AssignmentExpression' && e.operator === '=') {
            const target = memberPath(e.left);
            if (target === 'module.exports') this.defaultNode = e.right;
            else if (target?.startsWith('module.exports.') || target?.startsWith('exports.'))
              this.exports.set(target.slice(target.lastIndexOf('.') + 1), e.right);
          }
          break;
        }
        case 'TSExportAssignment':
          this.defaultNode = statement.expression;
          break;
      }
    }
  }

  async defaultExport(): Promise<Value> {
    if (this.json !== undefined) return this.json;
    if (this.error)
      return new Dynamic(`${this.file} is not valid JavaScript/TypeScript: ${this.error.message}`, {
        file: this.file,
        line: this.error.line,
        column: this.error.column,
      });
    return this.defaultNode ? this.evaluate(this.defaultNode) : undefined;
  }

  async named(name: string): Promise<Value> {
    if (this.json !== undefined) return isObject(this.json) ? this.json[name] : undefined;
    if (this.error)
      return new Dynamic(`${this.file} is not valid JavaScript/TypeScript: ${this.error.message}`, {
        file: this.file,
        line: this.error.line,
        column: this.error.column,
      });
    const node = this.exports.get(name);
    if (node && 'reexport' in node) return this.fromModule(node.reexport, node.name, { file: this.file, line: 1, column: 1 });
    if (node) return this.evaluate(node);
    for (const source of this.starExports) {
      const value = await this.fromModule(source, name, { file: this.file, line: 1, column: 1 });
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** Export `name` of the module `source` imports (relative modules only: packages are not in the scan). */
  private async fromModule(source: string, name: string, at: SourceAt): Promise<Value> {
    if (!source.startsWith('./') && !source.startsWith('../')) return new Dynamic(`"${name}" is imported from the package "${source}"`, at);
    if (this.depth >= MAX_DEPTH) return new Dynamic(`imports nest deeper than ${MAX_DEPTH} modules`, at);
    const path = joinSegments(dirname(this.file), source);
    // TypeScript sources import `./x.js` for the file `./x.ts`.
    const stripped = path?.replace(/\.(?:m?js|cjs)$/, '');
    let module = path === undefined ? undefined : await this.loader.load(path, this.depth + 1);
    if (!module && stripped !== undefined && stripped !== path) module = await this.loader.load(stripped, this.depth + 1);
    if (!module) return new Dynamic(`"${source}" (imported by ${this.file}) is not in the scan`, at);
    if (name === '*') return new Dynamic(`a namespace import of "${source}"`, at);
    return name === 'default' ? module.defaultExport() : module.named(name);
  }

  private evaluate(node: t.Node): Promise<Value> {
    // Evaluation is depth-first: a node met again while it is being evaluated is a cycle (Dynamic, never a hang).
    if (this.evaluating.has(node)) return Promise.resolve(this.dynamic(node, 'a value defined in terms of itself'));
    let value = this.values.get(node);
    if (!value) {
      this.evaluating.add(node);
      value = this.compute(node).finally(() => this.evaluating.delete(node));
      this.values.set(node, value);
    }
    return value;
  }

  private async compute(node: t.Node): Promise<Value> {
    switch (node.type) {
      case 'StringLiteral':
        return node.value;
      case 'NumericLiteral':
        return node.value;
      case 'BooleanLiteral':
        return node.value;
      case 'NullLiteral':
        return null;
      case 'TemplateLiteral': {
        let out = node.quasis[0]?.value.cooked ?? '';
        for (let i = 0; i < node.expressions.length; i++) {
          const part = await this.evaluate(node.expressions[i]!);
          if (typeof part !== 'string' && typeof part !== 'number')
            return part instanceof Dynamic ? part : this.dynamic(node, 'a template string with a computed part');
          out += String(part) + (node.quasis[i + 1]?.value.cooked ?? '');
        }
        return out;
      }
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ParenthesizedExpression':
        return this.evaluate(node.expression);
      case 'ArrayExpression': {
        const out: Value[] = [];
        for (const element of node.elements) {
          if (element === null) out.push(undefined);
          else if (element.type === 'SpreadElement') {
            const spread = await this.evaluate(element.argument);
            if (!Array.isArray(spread)) return spread instanceof Dynamic ? spread : this.dynamic(element, 'a spread of something that is not an array');
            for (let i = 0; i < spread.length; i++) {
              locate(out, out.length, locationOf(spread, i));
              out.push(spread[i]);
            }
          } else {
            locate(out, out.length, this.at(element));
            out.push(await this.evaluate(element));
          }
        }
        return out;
      }
      case 'ObjectExpression': {
        const out: ValueObject = Object.create(null) as ValueObject;
        for (const property of node.properties) {
          if (property.type === 'SpreadElement') {
            const spread = await this.evaluate(property.argument);
            if (!isObject(spread)) return spread instanceof Dynamic ? spread : this.dynamic(property, 'a spread of something that is not an object');
            for (const [key, value] of Object.entries(spread)) {
              locate(out, key, locationOf(spread, key));
              out[key] = value;
            }
            continue;
          }
          const key = await this.key(property);
          if (typeof key !== 'string') return key;
          // Methods (`transform() {}`) are code: their key holds a Dynamic value, the rest of the object stays readable.
          const value = property.type === 'ObjectMethod' ? await this.method(property, key) : await this.evaluate(property.value);
          locate(out, key, this.at(property.type === 'ObjectMethod' ? property : property.value));
          out[key] = value;
        }
        return out;
      }
      case 'Identifier':
        return this.identifier(node);
      case 'MemberExpression': {
        const object = await this.evaluate(node.object);
        const key = node.computed ? await this.evaluate(node.property) : node.property.type === 'Identifier' ? node.property.name : undefined;
        if (object instanceof Dynamic) return object;
        if (typeof key !== 'string' && typeof key !== 'number') return this.dynamic(node, 'a computed property access');
        if (Array.isArray(object) && key === 'length') return object.length;
        if (isObject(object) || Array.isArray(object)) return (object as Record<string, Value>)[key];
        return this.dynamic(node, `"${memberPath(node) ?? 'a property'}" is not a static value`);
      }
      case 'BinaryExpression': {
        if (node.operator !== '+' || node.left.type === 'PrivateName') return this.dynamic(node, `the operator ${node.operator}`);
        const [left, right] = [await this.evaluate(node.left), await this.evaluate(node.right)];
        if (left instanceof Dynamic) return left;
        if (right instanceof Dynamic) return right;
        if ((typeof left === 'string' || typeof left === 'number') && (typeof right === 'string' || typeof right === 'number'))
          return (left as string) + (right as string);
        return this.dynamic(node, 'a sum of values that are not strings or numbers');
      }
      case 'UnaryExpression':
        if (node.operator === '-' && node.argument.type === 'NumericLiteral') return -node.argument.value;
        if (node.operator === '!' && node.argument.type === 'NumericLiteral') return !node.argument.value;
        return this.dynamic(node, `the operator ${node.operator}`);
      case 'CallExpression': {
        const callee = memberPath(node.callee) ?? 'a computed function';
        const binding = node.callee.type === 'Identifier' ? this.scope.get(node.callee.name) : undefined;
        const args: Value[] = [];
        for (const arg of node.arguments)
          args.push(arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder' ? this.dynamic(arg, 'a spread argument') : await this.evaluate(arg));
        return new Call(callee, binding?.kind === 'import' ? binding.source : undefined, args, this.at(node));
      }
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
      case 'ClassExpression':
        return this.dynamic(node, 'a function');
      case 'VariableDeclarator':
        return this.dynamic(node, 'a variable declared without a value');
      default:
        return this.dynamic(node, `a ${describe(node.type)}`);
    }
  }

  /** A method is code (Dynamic); one without parameters that only returns a value also carries that value. */
  private async method(property: t.ObjectMethod, key: string): Promise<Dynamic> {
    const only = property.params.length === 0 && property.body.body.length === 1 ? property.body.body[0] : undefined;
    const returns = only?.type === 'ReturnStatement' && only.argument ? await this.evaluate(only.argument) : undefined;
    return new Dynamic(`"${key}" is a function`, this.at(property), returns);
  }

  private async key(property: t.ObjectProperty | t.ObjectMethod): Promise<string | Dynamic> {
    const k = property.key;
    if (!property.computed) {
      if (k.type === 'Identifier') return k.name;
      if (k.type === 'StringLiteral') return k.value;
      if (k.type === 'NumericLiteral') return String(k.value);
    }
    const value = await this.evaluate(k);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return value instanceof Dynamic ? value : this.dynamic(k, 'a computed key');
  }

  private async identifier(node: t.Identifier): Promise<Value> {
    if (node.name === 'undefined') return undefined;
    const binding = this.scope.get(node.name);
    if (!binding) return this.dynamic(node, `"${node.name}" is not defined in ${this.file}`);
    if (binding.kind === 'import') return this.fromModule(binding.source!, binding.imported!, this.at(node));
    if (binding.kind === 'function') return this.dynamic(node, `"${node.name}" is a function`);
    if (binding.kind !== 'const') return this.dynamic(node, `"${node.name}" is a variable that may change (not const)`);
    return this.evaluate(binding.node);
  }
}

/** `a.b.c` for an identifier or a chain of plain member accesses, else undefined. */
function memberPath(node: t.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const object = memberPath(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

/** `ConditionalExpression` → `conditional expression`. */
const describe = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** The first argument inside wrapper calls (`defineConfig({...})`, `withPlugin(defineConfig({...}))`): the config object they wrap. */
export function unwrapCalls(value: Value): Value {
  let current = value;
  while (current instanceof Call && current.args.length > 0) current = current.args[0]!;
  return current;
}

/** Every Dynamic value inside `value` (arrays and objects searched; calls count as Dynamic at their position). */
export function dynamicParts(value: Value): Dynamic[] {
  if (value instanceof Dynamic) return [value];
  if (value instanceof Call) return [new Dynamic(`the result of calling ${value.callee}()`, value.at)];
  if (Array.isArray(value)) return value.flatMap(dynamicParts);
  if (isObject(value)) return Object.values(value).flatMap(dynamicParts);
  return [];
}

/** A loader reading only files the scan listed (through a site's load context). */
export function scanModuleLoader(files: { isFile(path: string): boolean; read(path: string): Promise<string | { error: string }> }): ModuleLoader {
  return new ModuleLoader(async (path) => {
    if (!files.isFile(path)) return undefined;
    const text = await files.read(path);
    return typeof text === 'string' ? text : undefined;
  });
}
