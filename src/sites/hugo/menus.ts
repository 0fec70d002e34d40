/**
 * Hugo menus from site configuration (`menu`/`menus` keys, also under `languages.<lang>`, or a
 * `menus.*` file whose top-level keys are menu names), parsed with smol-toml / yaml / JSON.
 * Entries are `pageRef` (a content path, resolved to its file) and `url` (a route); the parsers give no positions, so an entry's
 * position is the first occurrence of its quoted value (then bare) not already given to another entry.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYamlValue } from 'yaml';
import { positionAt, type NavEntry, type NavigationFile } from '../navigation.js';

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

/** The menu entries of a Hugo config file; `menusFile`: the whole file is a map of menus (`config/_default/menus.toml`); `parsed`: the text's `parseHugoConfig`, read only. */
export function parseHugoMenus(path: string, text: string, menusFile: boolean, parsed = parseHugoConfig(path, text)): NavigationFile {
  const nav: NavigationFile = { path, format: 'hugo-menu', entries: [], listsAll: [] };
  const { data, error } = parsed;
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
  const used = new Set<number>();
  /** First unused occurrence of the value, quoted (exact) before bare; -1 when the text has none. */
  const locate = (value: string) => {
    for (const written of [`"${value}"`, `'${value}'`, value]) {
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
        if (!used.has(at)) {
          used.add(at);
          return written === value ? at : at + 1;
        }
      }
    }
    return -1;
  };
  for (const menus of menuMaps) {
    for (const items of Object.values(menus)) {
      for (const item of Array.isArray(items) ? items : []) {
        const entry = asObject(item);
        if (!entry) continue;
        for (const key of ['pageRef', 'url']) {
          const target = entry[key];
          if (typeof target !== 'string' || target.trim() === '') continue;
          const at = locate(target);
          const added: NavEntry = { kind: key === 'pageRef' ? 'content' : 'link', target: target.trim(), base: '', ...positionAt(text, Math.max(0, at)) };
          nav.entries.push(added);
        }
      }
    }
  }
  // Source order, as the other navigation readers give it.
  nav.entries.sort((a, b) => a.line - b.line || a.column - b.column);
  return nav;
}
