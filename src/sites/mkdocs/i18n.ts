/**
 * The mkdocs-static-i18n plugin (`plugins: [i18n: ...]`): one site per language inside one docs_dir,
 * the default language at `/`, the others at `/<locale>/`. `docs_structure: folder` keeps a folder
 * per language (`docs/en/x.md`, `docs/fr/x.md`); `suffix` (the default) a suffix per file
 * (`x.md`, `x.fr.md`). A page missing in a language is the default language's when
 * `fallback_to_default` (default true) says so. Both plugin generations are read: 1.x
 * (`languages: [{ locale, default }]`) and 0.x (`default_language`, `languages: { fr: ... }`).
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { mapGet } from '../yaml.js';

export interface I18nPlugin {
  structure: 'folder' | 'suffix';
  defaultLanguage: string;
  /** Every language the plugin builds, the default first. */
  languages: string[];
  fallback: boolean;
}

const text = (node: unknown) => (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'boolean') ? node.value : undefined);

/** The `i18n` entry of a `plugins` list or map, when there is one. */
function i18nOptions(plugins: Node | undefined): unknown {
  if (isMap(plugins)) return mapGet(plugins, 'i18n') ?? (plugins.items.some((p) => isScalar(p.key) && p.key.value === 'i18n') ? null : undefined);
  if (!isSeq(plugins)) return undefined;
  for (const item of plugins.items) {
    if (isScalar(item) && item.value === 'i18n') return null;
    const options = mapGet(item, 'i18n');
    if (options !== undefined) return options;
  }
  return undefined;
}

export function readI18nPlugin(plugins: Node | undefined): I18nPlugin | undefined {
  const options = i18nOptions(plugins);
  if (options === undefined) return undefined;
  const structure = text(mapGet(options, 'docs_structure')) === 'folder' ? 'folder' : 'suffix';
  const fallback = text(mapGet(options, 'fallback_to_default')) !== false;
  const listed = mapGet(options, 'languages');
  const languages: string[] = [];
  let defaultLanguage = text(mapGet(options, 'default_language'));
  if (isSeq(listed)) {
    for (const item of listed.items) {
      const locale = text(mapGet(item, 'locale'));
      if (typeof locale !== 'string' || text(mapGet(item, 'build')) === false) continue;
      languages.push(locale);
      if (text(mapGet(item, 'default')) === true) defaultLanguage = locale;
    }
  } else if (isMap(listed)) {
    for (const pair of listed.items) if (isScalar(pair.key) && typeof pair.key.value === 'string') languages.push(pair.key.value);
  }
  if (typeof defaultLanguage !== 'string') defaultLanguage = languages[0];
  if (typeof defaultLanguage !== 'string') return undefined;
  return { structure, defaultLanguage, languages: [defaultLanguage, ...languages.filter((l) => l !== defaultLanguage)], fallback };
}
