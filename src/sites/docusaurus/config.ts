/**
 * `docusaurus.config.*` read statically (static-module.ts): the content plugins the classic preset
 * and `plugins` configure (docs, blog, pages: `path`, `routeBasePath`, or `false`). What is code is
 * reported as Dynamic with its position, never guessed.
 */
import { Call, Dynamic, dynamicParts, isObject, unwrapCalls, type ModuleLoader, type Value, type ValueObject } from '../static-module.js';

/** One content plugin instance: its folder (relative to the site folder) and URL base. */
export interface ContentPlugin {
  path: string;
  routeBasePath: string;
}

/** A docs instance: its folder, URL base and sidebar file (undefined: generated from the folder; false: none; Dynamic: code). */
export interface DocsInstance extends ContentPlugin {
  sidebarPath: string | false | undefined | Dynamic;
}

export interface DocusaurusConfig {
  /** `docs` of the preset: undefined = the preset default (`docs` at `/docs`), false = disabled. */
  docs?: Partial<ContentPlugin> | false;
  /** Blog instances (the preset's `blog` and each `@docusaurus/plugin-content-blog`), defaults filled in. */
  blogs: ContentPlugin[];
  /** More docs instances (`@docusaurus/plugin-content-docs` under `plugins`), defaults filled in. */
  docsInstances: DocsInstance[];
  /** Pages plugin of the preset (`src/pages` at `/`), or false when disabled. */
  pages: ContentPlugin | false;
  /** Parts of the config docward could not evaluate (each with its position). */
  dynamic: { what: string; part: Dynamic }[];
  /** `markdown.format` when the config writes it as a string (`mdx`, `md`, `detect`). */
  markdownFormat?: string;
}

const BLOG: ContentPlugin = { path: 'blog', routeBasePath: 'blog' };
const PAGES: ContentPlugin = { path: 'src/pages', routeBasePath: '' };
const DOCS: ContentPlugin = { path: 'docs', routeBasePath: 'docs' };

/** `sidebarPath`: a string, `require.resolve('./x.js')` or `path.resolve(__dirname, './x.js')` (its last argument), false, or code. */
function sidebarPath(value: Value): DocsInstance['sidebarPath'] {
  if (value === undefined || value === false || typeof value === 'string') return value;
  const last = value instanceof Call && /(?:^|\.)(?:resolve|join)$/.test(value.callee) ? value.args[value.args.length - 1] : undefined;
  if (typeof last === 'string') return last;
  return dynamicParts(value)[0] ?? new Dynamic('sidebarPath is not a string', { file: '', line: 1, column: 1 });
}

/** A preset or plugin name: a string, or `require.resolve('name')`. */
const nameOf = (value: Value) =>
  typeof value === 'string'
    ? value
    : value instanceof Call && /(?:^|\.)resolve$/.test(value.callee) && typeof value.args[0] === 'string'
      ? value.args[0]
      : undefined;

/** `'name'` or `['name', options]` of a `presets` / `plugins` entry (undefined: a name computed by code). */
function entry(value: Value): { name: string; options: Value } | undefined {
  const name = nameOf(Array.isArray(value) ? value[0] : value);
  if (name === undefined) return undefined;
  return { name, options: Array.isArray(value) ? unwrapCalls(value[1]) : undefined };
}

/** A plugin's options object: `path` and `routeBasePath` where they are strings, defaults elsewhere. */
function plugin(options: ValueObject | undefined, defaults: ContentPlugin): ContentPlugin {
  const text = (key: 'path' | 'routeBasePath') => (typeof options?.[key] === 'string' ? (options[key] as string) : defaults[key]);
  return { path: text('path'), routeBasePath: text('routeBasePath') };
}

export async function readDocusaurusConfig(file: string, loader: ModuleLoader): Promise<DocusaurusConfig | undefined> {
  const module = await loader.load(file);
  if (!module) return undefined;
  const out: DocusaurusConfig = { blogs: [], docsInstances: [], pages: PAGES, dynamic: [] };
  const config = unwrapCalls(await module.defaultExport());
  if (!isObject(config)) {
    const part = config instanceof Dynamic ? config : new Dynamic('the config exports no object', { file, line: 1, column: 1 });
    out.dynamic.push({ what: 'the config', part });
    return out;
  }
  const markdown = config.markdown;
  if (isObject(markdown) && typeof markdown.format === 'string') out.markdownFormat = markdown.format;
  let classic = false;
  const presets = Array.isArray(config.presets) ? config.presets : [];
  if (config.presets !== undefined && !Array.isArray(config.presets)) {
    // Presets computed by code: the classic preset's defaults are assumed (and reported).
    for (const part of dynamicParts(config.presets)) out.dynamic.push({ what: 'presets', part });
    out.blogs.push(BLOG);
    return out;
  }
  let unknown = false;
  for (const written of presets) {
    const preset = entry(written);
    if (!preset) {
      for (const part of dynamicParts(written)) out.dynamic.push({ what: 'a preset', part });
      unknown = true;
    }
    if (!preset || !/classic/.test(preset.name)) continue;
    classic = true;
    const options = isObject(preset.options) ? preset.options : undefined;
    for (const key of ['docs', 'blog', 'pages'] as const) {
      const value = options?.[key];
      if (value instanceof Dynamic || value instanceof Call) out.dynamic.push({ what: `preset ${key}`, part: dynamicParts(value)[0]! });
    }
    const docs = options?.docs;
    if (docs === false) out.docs = false;
    else if (isObject(docs))
      out.docs = {
        ...(typeof docs.path === 'string' ? { path: docs.path } : {}),
        ...(typeof docs.routeBasePath === 'string' ? { routeBasePath: docs.routeBasePath } : {}),
      };
    const blog = options?.blog;
    if (blog !== false) out.blogs.push(plugin(isObject(blog) ? blog : undefined, BLOG));
    const pages = options?.pages;
    out.pages = pages === false ? false : plugin(isObject(pages) ? pages : undefined, PAGES);
  }
  // A preset whose name is code may be the classic one: its defaults are assumed (and reported).
  if (!classic && unknown) out.blogs.push(BLOG);
  else if (!classic) out.pages = false;
  for (const item of Array.isArray(config.plugins) ? config.plugins.map(entry) : []) {
    const options = item && isObject(item.options) ? item.options : undefined;
    if (item && /plugin-content-blog/.test(item.name)) out.blogs.push(plugin(options, BLOG));
    if (item && /plugin-content-docs/.test(item.name)) out.docsInstances.push({ ...plugin(options, DOCS), sidebarPath: sidebarPath(options?.sidebarPath) });
  }
  return out;
}
