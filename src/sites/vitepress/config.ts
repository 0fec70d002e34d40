/**
 * `.vitepress/config.*` read statically (static-module.ts): `srcDir`, `srcExclude`, `rewrites`, and
 * `themeConfig.nav` / `themeConfig.sidebar` (array, or object of path prefix → items or `{ base, items }`)
 * as navigation entries with the module and line that wrote each. What is code is reported, not guessed.
 */
import { Call, Dynamic, dynamicParts, isObject, unwrapCalls, locationOf, type ModuleLoader, type Value, type ValueObject } from '../static-module.js';
import type { LocatedEntry } from '../navigation.js';

export interface VitepressConfig {
  srcDir?: string;
  srcExclude: string[];
  rewrites: Record<string, string>;
  entries: LocatedEntry[];
  /** Why the config, or its navigation, could not be evaluated (each with its position). */
  dynamic: { what: string; part: Dynamic }[];
}

const join = (base: string, link: string) => (link.startsWith('/') || base === '' ? link : `${base.replace(/\/?$/, '/')}${link}`);

export async function readVitepressConfig(file: string, loader: ModuleLoader): Promise<VitepressConfig> {
  const out: VitepressConfig = { srcExclude: [], rewrites: {}, entries: [], dynamic: [] };
  const module = await loader.load(file);
  const config = unwrapCalls(module ? await module.defaultExport() : undefined);
  if (!isObject(config)) {
    const part =
      config instanceof Dynamic
        ? config
        : new Dynamic(config instanceof Call ? `the config is the result of ${config.callee}()` : 'the config exports no object', { file, line: 1, column: 1 });
    out.dynamic.push({ what: 'the config', part });
    return out;
  }
  if (typeof config.srcDir === 'string') out.srcDir = config.srcDir;
  else if (config.srcDir !== undefined)
    out.dynamic.push({ what: 'srcDir', part: dynamicParts(config.srcDir)[0] ?? new Dynamic('srcDir is not a string', { file, line: 1, column: 1 }) });
  if (Array.isArray(config.srcExclude)) out.srcExclude = config.srcExclude.filter((g): g is string => typeof g === 'string');
  if (isObject(config.rewrites)) {
    for (const [from, to] of Object.entries(config.rewrites)) if (typeof to === 'string') out.rewrites[from] = to;
  }
  for (const part of [...dynamicParts(config.rewrites ?? null), ...dynamicParts(config.srcExclude ?? null)])
    out.dynamic.push({ what: 'rewrites or srcExclude', part });

  const theme = config.themeConfig;
  if (theme === undefined) return out;
  if (!isObject(theme)) {
    for (const part of dynamicParts(theme)) out.dynamic.push({ what: 'themeConfig', part });
    return out;
  }
  const collect = (items: Value, base: string, what: string) => {
    if (!Array.isArray(items)) {
      for (const part of dynamicParts(items)) out.dynamic.push({ what, part });
      return;
    }
    items.forEach((item, i) => {
      if (!isObject(item)) {
        for (const part of dynamicParts(item)) out.dynamic.push({ what, part });
        return;
      }
      const itemBase = typeof item.base === 'string' ? item.base : base;
      if (typeof item.link === 'string') {
        const at = locationOf(item, 'link') ?? locationOf(items, i);
        if (at) out.entries.push({ kind: 'link', target: join(itemBase, item.link), base: '', file: at.file, line: at.line, column: at.column });
      } else if (item.link !== undefined) for (const part of dynamicParts(item.link)) out.dynamic.push({ what, part });
      if (item.items !== undefined) collect(item.items, itemBase, what);
    });
  };
  if (theme.nav !== undefined) collect(theme.nav, '', 'themeConfig.nav');
  const sidebar = theme.sidebar;
  if (Array.isArray(sidebar)) collect(sidebar, '', 'themeConfig.sidebar');
  else if (isObject(sidebar)) {
    for (const group of Object.values(sidebar as ValueObject)) {
      if (isObject(group)) collect(group.items, typeof group.base === 'string' ? group.base : '', 'themeConfig.sidebar');
      else collect(group, '', 'themeConfig.sidebar');
    }
  } else if (sidebar !== undefined) for (const part of dynamicParts(sidebar)) out.dynamic.push({ what: 'themeConfig.sidebar', part });
  return out;
}
