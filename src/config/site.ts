/**
 * The link mode for one scan: `links.mode` from the config, or detected from the scanned files;
 * then the generator's navigation files are read (menus, sidebars, nav, TOCs) for the resolver.
 * Only files the scan listed are read (excluded or ignored ones do not exist for docward).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanListing } from '../rules/scan-index.js';
import { detectMode } from './detect-mode.js';
import { parseSidebars, parseStarlightLocales, parseStarlightSidebar } from '../rules/links/nav/js-nav.js';
import type { NavigationFile } from '../rules/links/nav/types.js';
import type { ContentMount } from '../rules/links/nav/docfx.js';
import { linkSettings, type LinksConfig } from '../rules/links/settings.js';
import type { SiteInput } from '../rules/links/site.js';

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const HUGO_DIR_CONFIGS = HUGO_CONFIGS.map((c) => `config/_default/${c}`);
const HUGO_MENU_FILES = ['menus.toml', 'menus.yaml', 'menus.yml', 'menus.json'].map((c) => `config/_default/${c}`);

const folderOf = (dir: unknown) => (typeof dir === 'string' ? dir.replace(/^\.\/|\/+$/g, '') : undefined);

/**
 * Content root and languages from a Hugo config: `contentDir`, and `languages.<lang>.contentDir`
 * when every language has its own folder under one parent (`content/en`, `content/fr`).
 */
function hugoContent(data: Record<string, unknown> | undefined, at: (p: string) => string): Partial<LinksConfig> {
  if (!data) return {};
  const out: Partial<LinksConfig> = {};
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

export async function loadSite(root: string, scan: Pick<ScanListing, 'paths' | 'dirs'>, links: LinksConfig): Promise<{ site: SiteInput; notice?: string }> {
  const listed = new Set(scan.paths);
  const dirs = new Set(scan.dirs);
  const isFile = (p: string) => listed.has(p) && !dirs.has(p);
  const read = async (p: string): Promise<string | { error: string }> => {
    try {
      return await readFile(path.join(root, p), 'utf8');
    } catch (error) {
      return { error: `cannot read: ${(error as Error).message}` };
    }
  };
  const unreadable = (p: string, format: NavigationFile['format'], message: string): NavigationFile => ({ path: p, format, entries: [], listsAll: [], error: { message, line: 1, column: 1 } });

  const explicit = links.mode !== undefined && links.mode !== 'auto' ? links.mode : undefined;
  const detected = detectMode(scan.paths, scan.dirs);
  const mode = explicit ?? detected.mode;
  const siteRoot = explicit === undefined || explicit === detected.mode ? detected.siteRoot : '';
  const at = (p: string) => (siteRoot === '' ? p : `${siteRoot}/${p}`);
  const base = linkSettings(mode);
  const found: Partial<LinksConfig> & { contentMounts?: ContentMount[] } = { contentRoot: at(base.contentRoot), staticRoots: base.staticRoots.map(at) };
  const navigation: NavigationFile[] = [];

  // The navigation parsers (and yaml, smol-toml behind them) are imported only by the modes that read such files.
  if (mode === 'mkdocs') {
    const { parseMkdocs } = await import('../rules/links/nav/yaml-nav.js');
    const file = ['mkdocs.yml', 'mkdocs.yaml'].map(at).find(isFile);
    if (file) {
      const text = await read(file);
      if (typeof text === 'string') {
        const { nav, docsDir } = parseMkdocs(file, text);
        if (docsDir !== undefined) found.contentRoot = docsDir;
        navigation.push(links.contentRoot !== undefined && nav.listsAll.length > 0 ? { ...nav, listsAll: [links.contentRoot] } : nav);
      } else navigation.push(unreadable(file, 'mkdocs-nav', text.error));
    }
  } else if (mode === 'docusaurus') {
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    const file = ['sidebars.js', 'sidebars.ts', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.json'].map(at).find(isFile);
    if (file) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseSidebars(file, text, contentRoot) : unreadable(file, 'docusaurus-sidebars', text.error));
    } else {
      // No sidebars file: Docusaurus generates the sidebar from the whole docs folder.
      navigation.push({ path: at('docusaurus.config.js'), format: 'docusaurus-sidebars', entries: [], listsAll: [contentRoot] });
    }
  } else if (mode === 'starlight' || mode === 'astro') {
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    const file = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'].map(at).find(isFile);
    if (file) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseStarlightSidebar(file, text, contentRoot) : unreadable(file, 'starlight-sidebar', text.error));
      if (typeof text === 'string') {
        const locales = parseStarlightLocales(text);
        if (locales.languages.length > 0) Object.assign(found, locales);
      }
    }
  } else if (mode === 'hugo') {
    const { parseHugoConfig, parseHugoMenus } = await import('../rules/links/nav/hugo-menus.js');
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
  } else if (mode === 'learn') {
    const [{ parseDocfxContent }, { parseDocfxToc }] = await Promise.all([import('../rules/links/nav/docfx.js'), import('../rules/links/nav/yaml-nav.js')]);
    const docfx = scan.paths.filter((p) => p === 'docfx.json' || p.endsWith('/docfx.json')).sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (docfx !== undefined) {
      found.contentRoot = docfx.includes('/') ? docfx.slice(0, docfx.lastIndexOf('/')) : '';
      // build.content says which folders are published under which URL prefix (links.routes, when set, wins).
      const text = await read(docfx);
      const parsed = typeof text === 'string' ? parseDocfxContent(docfx, text) : { mounts: [], error: { message: text.error, line: 1, column: 1 } };
      found.contentMounts = parsed.mounts;
      if (parsed.error) navigation.push({ path: docfx, format: 'docfx-json', entries: [], listsAll: [], error: parsed.error });
    }
    const contentRoot = links.contentRoot ?? found.contentRoot ?? '';
    for (const file of scan.paths.filter((p) => /(?:^|\/)toc\.ya?ml$/i.test(p) && isFile(p) && (contentRoot === '' || p.startsWith(`${contentRoot}/`)))) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseDocfxToc(file, text) : unreadable(file, 'docfx-toc', text.error));
    }
  }

  const settings = linkSettings(mode, links, found);
  const notice =
    explicit === undefined && mode !== 'github'
      ? `docward: links resolve as a ${mode} site (detected from ${detected.evidence.join(' and ')}; content in "${settings.contentRoot || '.'}"); set links.mode in .docward.yml to change it.`
      : undefined;
  return { site: { settings, navigation }, notice };
}
