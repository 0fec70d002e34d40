/**
 * Starlight's options in `astro.config.*`, read statically (static-module.ts): the `starlight({...})`
 * integration's `sidebar` (strings and `slug` name pages, `link` URLs, `autogenerate.directory`
 * folders, `items` nest; each entry names a page in every locale) and `locales`/`defaultLocale`,
 * also when they are identifiers imported from relative modules. Code is reported, never guessed.
 */
import { Call, Dynamic, dynamicParts, isObject, locationOf, type ModuleLoader, type Value } from '../static-module.js';
import type { LocatedEntry } from '../navigation.js';

export interface StarlightConfig {
  /** Sidebar entries; undefined when the config has no `sidebar` (Starlight then lists every page). */
  entries?: LocatedEntry[];
  /** Locale folders (every `locales` key but `root`) and the default one (`''`: the root locale), when `locales` could be read. */
  locales?: { languages: string[]; defaultLanguage?: string };
  /** Parts that are code: the sidebar's (navigation unknown) and the locales' (folders inferred). */
  sidebarDynamic: Dynamic[];
  localesDynamic?: Dynamic;
}

/** The options object of the `starlight(...)` integration, or the Dynamic value that hides it. */
async function starlightOptions(file: string, loader: ModuleLoader): Promise<Value> {
  const module = await loader.load(file);
  let config = module ? await module.defaultExport() : undefined;
  while (config instanceof Call && config.args.length > 0) config = config.args[0]!;
  if (!isObject(config)) return config instanceof Dynamic ? config : new Dynamic('the config exports no object', { file, line: 1, column: 1 });
  const integrations = config.integrations;
  if (!Array.isArray(integrations))
    return integrations instanceof Dynamic ? integrations : new Dynamic('integrations is not a list', { file, line: 1, column: 1 });
  const call = integrations.find((i): i is Call => i instanceof Call && (i.from === '@astrojs/starlight' || i.callee === 'starlight'));
  if (!call) return integrations.find((i): i is Dynamic => i instanceof Dynamic) ?? new Dynamic('no starlight() integration', { file, line: 1, column: 1 });
  return call.args[0];
}

export async function readStarlightConfig(file: string, loader: ModuleLoader, contentRoot: string): Promise<StarlightConfig> {
  const options = await starlightOptions(file, loader);
  if (!isObject(options)) {
    const part = dynamicParts(options ?? null)[0] ?? new Dynamic('the starlight() options are not an object', { file, line: 1, column: 1 });
    return { entries: [], sidebarDynamic: [part], localesDynamic: part };
  }
  const out: StarlightConfig = { sidebarDynamic: [] };
  if (options.sidebar !== undefined) out.entries = [];
  const walk = (items: Value) => {
    if (!Array.isArray(items)) {
      out.sidebarDynamic.push(...dynamicParts(items));
      return;
    }
    items.forEach((item, i) => {
      const push = (kind: LocatedEntry['kind'], target: string, at = locationOf(items, i)) => {
        if (at)
          out.entries!.push({
            kind,
            target: kind === 'folder' && target === '.' ? '' : target,
            base: contentRoot,
            perLanguage: true,
            file: at.file,
            line: at.line,
            column: at.column,
          });
      };
      if (typeof item === 'string') return push('doc-id', item);
      if (!isObject(item)) return void out.sidebarDynamic.push(...dynamicParts(item));
      if (typeof item.slug === 'string') push('doc-id', item.slug, locationOf(item, 'slug'));
      if (typeof item.link === 'string') push('link', item.link, locationOf(item, 'link'));
      const auto = item.autogenerate;
      if (isObject(auto) && typeof auto.directory === 'string') push('folder', auto.directory, locationOf(auto, 'directory'));
      if (item.items !== undefined) walk(item.items);
      for (const key of ['slug', 'link', 'autogenerate'] as const) if (item[key] !== undefined) out.sidebarDynamic.push(...dynamicParts(item[key]));
    });
  };
  if (options.sidebar !== undefined) walk(options.sidebar);

  const locales = options.locales;
  const defaultLocale = options.defaultLocale;
  if (isObject(locales) && dynamicParts(Object.keys(locales)).length === 0) {
    out.locales = { languages: Object.keys(locales).filter((l) => l !== 'root') };
    // A `root` locale lives in the content root itself: missing translations fall back there ('' = no folder).
    if (typeof defaultLocale === 'string' && defaultLocale !== 'root') out.locales.defaultLanguage = defaultLocale;
    else if (Object.hasOwn(locales, 'root')) out.locales.defaultLanguage = '';
  } else if (locales !== undefined) {
    out.localesDynamic = dynamicParts(locales)[0] ?? new Dynamic('locales is not an object', { file, line: 1, column: 1 });
  }
  return out;
}

/**
 * Locale folders when the config does not say: top-level folders of the content root named by a
 * language tag Intl knows (`fr`, `pt-br`; `api` is none) that hold a page the root also has.
 */
export function inferLocales(documentPaths: readonly string[], contentRoot: string): string[] {
  const prefix = contentRoot === '' ? '' : `${contentRoot}/`;
  const inside = documentPaths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).replace(/\.(?:mdx?|mdoc)$/, ''));
  const pages = new Set(inside);
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const known = (tag: string) => {
    try {
      return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) && names.of(tag)!.toLowerCase() !== tag.toLowerCase();
    } catch {
      return false;
    }
  };
  const folders = [...new Set(inside.filter((p) => p.includes('/')).map((p) => p.slice(0, p.indexOf('/'))))].filter(known);
  return folders.filter((folder) => inside.some((p) => p.startsWith(`${folder}/`) && pages.has(p.slice(folder.length + 1)))).sort();
}
