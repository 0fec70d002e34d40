/**
 * Hugo menus from site configuration (`menu`/`menus` keys, also under `languages.<lang>`, or a
 * `menus.*` file whose top-level keys are menu names), parsed with smol-toml / yaml / JSON.
 * Entries are `pageRef` (a content path, resolved to its file) and `url` (a route); the parsers give no positions, so an entry's
 * line is that of the first occurrence of its quoted value after the previous entry's.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYamlValue } from 'yaml';
import { positionAt, type NavEntry, type NavigationFile } from './types.js';

/** Parsed configuration as plain data, or the parser's error with its position. */
export function parseHugoConfig(path: string, text: string): { data?: Record<string, unknown>; error?: NavigationFile['error'] } {
  try {
    const data: unknown = path.endsWith('.toml') ? parseToml(text) : path.endsWith('.json') ? JSON.parse(text) : parseYamlValue(text);
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    const e = error as Error & Partial<TomlError> & { linePos?: { line: number; col: number }[] };
    const line = e.line ?? e.linePos?.[0]?.line ?? 1;
    const column = e.column ?? e.linePos?.[0]?.col ?? 1;
    return { error: { message: e.message.split('\n')[0]!, line, column } };
  }
}

const asObject = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** The menu entries of a Hugo config file; `menusFile`: the whole file is a map of menus (`config/_default/menus.toml`). */
export function parseHugoMenus(path: string, text: string, menusFile: boolean): NavigationFile {
  const nav: NavigationFile = { path, format: 'hugo-menu', entries: [], listsAll: [] };
  const { data, error } = parseHugoConfig(path, text);
  if (error || !data) return { ...nav, error };
  const menuMaps: Record<string, unknown>[] = [];
  const collect = (config: Record<string, unknown>) => {
    for (const key of ['menu', 'menus']) {
      const menus = asObject(config[key]);
      if (menus) menuMaps.push(menus);
    }
  };
  if (menusFile) menuMaps.push(data);
  else {
    collect(data);
    for (const language of Object.values(asObject(data.languages) ?? {})) {
      const config = asObject(language);
      if (config) collect(config);
    }
  }
  let searchFrom = 0;
  for (const menus of menuMaps) {
    for (const items of Object.values(menus)) {
      for (const item of Array.isArray(items) ? items : []) {
        const entry = asObject(item);
        if (!entry) continue;
        for (const key of ['pageRef', 'url']) {
          const target = entry[key];
          if (typeof target !== 'string' || target.trim() === '') continue;
          const at = [`"${target}"`, `'${target}'`, target].map((s) => text.indexOf(s, searchFrom)).find((i) => i >= 0) ?? text.indexOf(target);
          if (at >= 0) searchFrom = at + 1;
          const added: NavEntry = { kind: key === 'pageRef' ? 'content' : 'link', target: target.trim(), base: '', ...positionAt(text, Math.max(0, at)) };
          nav.entries.push(added);
        }
      }
    }
  }
  return nav;
}
