import { GENERATORS } from './index.js';
import { trimSlashes, type FoundSettings, type Mount } from './generator.js';
import type { UnverifiedCause } from '../unverified.js';
import type { HugoLayouts } from './hugo/layouts.js';

/** The `links` config section: which site generator's rules resolve links, anchors and orphans. */

export const SITE_MODES = [
  'github',
  'hugo',
  'starlight',
  'astro',
  'docusaurus',
  'mkdocs',
  'learn',
  'routes',
  'vitepress',
  'mdbook',
  'jekyll',
  'nextjs',
] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** What `.docward.yml` may say under `links:` (every key optional; `mode: auto` or absent = detect). */
export interface LinksConfig {
  mode?: SiteMode | 'auto';
  /** Folder (from the scan root) whose documents are the site's pages; mode default otherwise. */
  contentRoot?: string;
  /** URL path the content root is served under (docusaurus `routeBasePath`, astro `base`): `/docs/`. */
  base?: string;
  /** Folders served at the site root as they are (images, downloads). */
  staticRoots?: string[];
  /** Language folders directly under the content root (`en`, `fr`...). */
  languages?: string[];
  /** The language a missing translation falls back to. */
  defaultLanguage?: string;
  /** The default language is served under its own prefix too (`/en/x`; Hugo `defaultContentLanguageInSubdir`). */
  defaultLanguageInSubdir?: boolean;
  /** `{ "/prefix/": "folder/" }`: URL prefixes served from repository folders (learn, routes). */
  routes?: Record<string, string>;
  /** Hugo: a reached section page (`_index.md`) reaches the pages its list shows (default true). */
  sectionLists?: boolean;
}

/** Jekyll's `permalink` (style name or pattern) and its collections (`output`, own `permalink`). */
export interface JekyllSettings {
  permalink: string;
  collections: Record<string, { output: boolean; permalink?: string }>;
}

/** Docusaurus content plugins besides the docs (from the scan root): blogs and the pages plugin, each with its URL base. */
export interface DocusaurusSettings {
  blogs: { folder: string; prefix: string }[];
  pages?: { folder: string; prefix: string };
}

/** What only a generator's own config says (no `.docward.yml` key): set by its `load`, read by its routes and the resolver. */
export interface GeneratorFindings {
  /** Jekyll's permalink settings (routes of posts and collection documents). */
  jekyll?: JekyllSettings;
  /** Docusaurus's blog and pages plugins (routes of posts and pages). */
  docusaurus?: DocusaurusSettings;
  /** Globs (from the scan root) of `.md` documents the generator compiles with MDX (react.dev's catch-all page, Docusaurus 3): the extractors read them as MDX unless `.docward.yml` sets `mdx`. */
  mdx?: string[];
  /** Globs (from the scan root) of files the generator does not build (VitePress `srcExclude`, Jekyll `exclude`): no pages, no orphans. */
  excluded: string[];
  /** Source path in the content root (`a/b.md`, `:param` segments allowed) → the path it is served as (VitePress `rewrites`). */
  rewrites: Record<string, string>;
  /** The site's navigation is unknown (generated, or a config docward cannot evaluate): pages no link reaches are counted here, not reported as orphans. */
  navigationUnknown?: UnverifiedCause;
  /** The folder `navigationUnknown` covers (from the scan root; default: the content root). */
  navigationUnknownIn?: string;
  /** Routes served by files that are no documents (Next.js `pages/docs/setup.tsx` → `docs/setup`): route → file. */
  fileRoutes?: Record<string, string>;
  /** Ids a page declares in syntax the extractors do not read (kramdown block attribute lists `{: #id}` under a heading), by page. */
  declaredAnchors?: Record<string, string[]>;
  /** Routes of dynamic pages that are no documents (Next.js `pages/blog/[slug].tsx` → `blog/[slug]`): links into them are counted under `dynamicSegments`. */
  dynamicRoutes?: string[];
  /** The cause links into `dynamicRoutes` are counted under, when not the generator's `dynamicSegments` (Docusaurus's generated blog tag and page routes). */
  dynamicRoutesCause?: UnverifiedCause;
  /** Folders whose Markdown another build of the site's sources writes or renders (mdBook: beside a book.toml whose `src` is elsewhere, a print edition's). */
  foreignFolders?: string[];
  /** Site-absolute routes are not modelled (Next.js): one that no page serves is counted here, not reported as broken. */
  routesUnknown?: UnverifiedCause;
  /** Hugo's page templates in the scan and the page lists they show (section lists, sidebars). */
  hugoLayouts?: HugoLayouts;
  /** Hugo pages that call a shortcode writing headings or ids (hugo/shortcodes.ts): page → shortcode name. */
  hugoShortcodeAnchors?: Record<string, string>;
  /** Language sites fall back to the default language's pages only through a build step docward cannot see (MkDocs per-language docs_dir): such links are counted here, not resolved; `links.defaultLanguage` confirms the fallback. */
  languageFallback?: UnverifiedCause;
  /** A page missing in a language is missing (mkdocs-static-i18n `fallback_to_default: false`): no fallback to the default language. */
  languageFallbackOff?: boolean;
  /** Translations are files with a language suffix beside the default page (`x.fr.md` → `/fr/x/`: mkdocs-static-i18n's suffix structure). */
  languageSuffixes?: boolean;
}

/** Settings with the mode decided and every default filled in (what the resolver works from). */
export interface LinkSettings extends GeneratorFindings {
  mode: SiteMode;
  contentRoot: string;
  base: string;
  staticRoots: string[];
  languages: string[];
  defaultLanguage?: string;
  defaultLanguageInSubdir: boolean;
  routes: Record<string, string>;
  /** Redirect map of the site (Learn `.openpublishing.redirection*.json`): lowercase source path → where it goes and the file that says so. */
  redirects?: Map<string, { to: string; file: string }>;
  /** The site gives ids to more than headings and HTML anchors (Hugo `autoDefinitionTermID`): a fragment not found is counted under this cause. */
  unverifiedAnchors?: UnverifiedCause;
  /** A template of the site that rewrites link destinations (Hugo's `layouts/_markup/render-link.html`), when there is one. */
  linkRenderHook?: string;
  /** Published folders read from the generator's own config (docfx.json); unused when `links.routes` is set. */
  contentMounts: Mount[];
  sectionLists: boolean;
  /** Content folders of nested sites (example projects with their own generator config), detected by sites/load.ts. */
  nestedSites?: string[];
  /** Paths the repository's `.gitignore` files keep out of git (sites/gitignored.ts), when it has any. */
  gitIgnored?: (path: string) => boolean;
}

/** Fills the defaults of `mode` under what the config says (config keys win). */
export function linkSettings(mode: SiteMode, config: LinksConfig = {}, detected: FoundSettings = {}): LinkSettings {
  const d = GENERATORS[mode].defaults;
  const pick = <K extends keyof LinksConfig>(key: K) => config[key] ?? detected[key];
  const routes: Record<string, string> = {};
  for (const [prefix, folder] of Object.entries(pick('routes') ?? {})) routes[trimSlashes(prefix)] = trimSlashes(folder);
  return {
    mode,
    contentRoot: trimSlashes(pick('contentRoot') ?? d.contentRoot),
    base: trimSlashes(pick('base') ?? d.base),
    staticRoots: (pick('staticRoots') ?? d.staticRoots).map(trimSlashes),
    languages: pick('languages') ?? [],
    defaultLanguage: pick('defaultLanguage'),
    defaultLanguageInSubdir: pick('defaultLanguageInSubdir') ?? false,
    routes,
    contentMounts: config.routes === undefined ? (detected.contentMounts ?? []) : [],
    sectionLists: pick('sectionLists') ?? true,
    excluded: detected.excluded ?? [],
    ...(detected.jekyll !== undefined ? { jekyll: detected.jekyll } : {}),
    ...(detected.docusaurus !== undefined ? { docusaurus: detected.docusaurus } : {}),
    ...(detected.mdx !== undefined ? { mdx: detected.mdx } : {}),
    ...(detected.hugoLayouts !== undefined ? { hugoLayouts: detected.hugoLayouts } : {}),
    ...(detected.hugoShortcodeAnchors !== undefined ? { hugoShortcodeAnchors: detected.hugoShortcodeAnchors } : {}),
    rewrites: detected.rewrites ?? {},
    navigationUnknown: detected.navigationUnknown,
    ...(detected.navigationUnknownIn !== undefined ? { navigationUnknownIn: detected.navigationUnknownIn } : {}),
    ...(detected.dynamicRoutes !== undefined ? { dynamicRoutes: detected.dynamicRoutes } : {}),
    ...(detected.dynamicRoutesCause !== undefined ? { dynamicRoutesCause: detected.dynamicRoutesCause } : {}),
    ...(detected.fileRoutes !== undefined ? { fileRoutes: detected.fileRoutes } : {}),
    ...(detected.foreignFolders !== undefined ? { foreignFolders: detected.foreignFolders } : {}),
    ...(detected.declaredAnchors !== undefined ? { declaredAnchors: detected.declaredAnchors } : {}),
    routesUnknown: config.routes === undefined ? detected.routesUnknown : undefined,
    ...(config.defaultLanguage === undefined && detected.languageFallback !== undefined ? { languageFallback: detected.languageFallback } : {}),
    ...(detected.languageFallbackOff ? { languageFallbackOff: true } : {}),
    ...(detected.languageSuffixes ? { languageSuffixes: true } : {}),
    ...(detected.linkRenderHook !== undefined ? { linkRenderHook: detected.linkRenderHook } : {}),
    ...(detected.redirects !== undefined ? { redirects: detected.redirects } : {}),
    ...(detected.unverifiedAnchors !== undefined ? { unverifiedAnchors: detected.unverifiedAnchors } : {}),
  };
}

/** The URL prefix of a language site: none for the default language (unless `defaultLanguageInSubdir`), else its code. */
export function languagePrefix(
  settings: Pick<LinkSettings, 'defaultLanguage' | 'languages' | 'defaultLanguageInSubdir'>,
  language: string | undefined,
): string {
  const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
  if (language === undefined || (language === defaultLanguage && !settings.defaultLanguageInSubdir)) return '';
  return language;
}
