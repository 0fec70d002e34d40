/**
 * A Hugo site's own configuration: content root and languages (`contentDir`,
 * `languages.<lang>.contentDir`, `defaultContentLanguage`) and its menus, from `hugo.*`/`config.*`
 * at the site folder and `config/_default/`.
 */
import type { FoundSettings, SiteLoadContext } from '../generator.js';
import { parseHugoConfig, parseHugoMenus } from './menus.js';

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const HUGO_DIR_CONFIGS = HUGO_CONFIGS.map((c) => `config/_default/${c}`);
const HUGO_MENU_FILES = ['menus.toml', 'menus.yaml', 'menus.yml', 'menus.json'].map((c) => `config/_default/${c}`);

const folderOf = (dir: unknown) => (typeof dir === 'string' ? dir.replace(/^\.\/|\/+$/g, '') : undefined);

/**
 * Content root and languages from a Hugo config: `contentDir`, and `languages.<lang>.contentDir`
 * when every language has its own folder under one parent (`content/en`, `content/fr`).
 */
function hugoContent(data: Record<string, unknown> | undefined, at: (p: string) => string): FoundSettings {
  if (!data) return {};
  const out: FoundSettings = {};
  const contentDir = folderOf(data.contentDir);
  if (contentDir !== undefined) out.contentRoot = at(contentDir);
  const languages = data.languages !== null && typeof data.languages === 'object' ? (data.languages as Record<string, unknown>) : {};
  const dirs = Object.entries(languages).map(([lang, config]) => [lang, folderOf((config as Record<string, unknown> | null)?.contentDir)] as const);
  const parent = dirs[0]?.[1]?.slice(0, dirs[0][1].lastIndexOf('/'));
  if (dirs.length > 0 && parent && dirs.every(([lang, dir]) => dir === `${parent}/${lang}`)) {
    out.contentRoot = at(parent);
    out.languages = dirs.map(([lang]) => lang);
    const fallback = typeof data.defaultContentLanguage === 'string' ? data.defaultContentLanguage : 'en';
    out.defaultLanguage = out.languages.includes(fallback) ? fallback : out.languages[0];
  }
  return out;
}

/** Reads every Hugo config file the scan listed: settings into `found`, menus into `navigation`. */
export async function loadHugoConfig({ at, isFile, read, unreadable, found, navigation }: SiteLoadContext): Promise<void> {
  for (const file of [...HUGO_CONFIGS, ...HUGO_DIR_CONFIGS].map(at).filter(isFile)) {
    const text = await read(file);
    if (typeof text !== 'string') {
      navigation.push(unreadable(file, 'hugo-menu', text.error));
      continue;
    }
    navigation.push(parseHugoMenus(file, text, false));
    Object.assign(found, hugoContent(parseHugoConfig(file, text).data, at));
  }
  for (const file of HUGO_MENU_FILES.map(at).filter(isFile)) {
    const text = await read(file);
    navigation.push(typeof text === 'string' ? parseHugoMenus(file, text, true) : unreadable(file, 'hugo-menu', text.error));
  }
}
