/**
 * `starlight` / `astro`: pages under `src/content/docs/` (`.md`, `.mdx`, `.mdoc`), each path segment
 * slugged as Astro's content collections do (github-slugger), `index` stands for its folder,
 * frontmatter `slug` replaces the whole route; URLs end in `/`; locale folders stay in the URL.
 */
import { slug as githubSlug } from 'github-slugger';
import { dropIndex, joinRoute, stringKey, trimSlashes, type SiteGenerator } from '../generator.js';
import { navigationByFile } from '../navigation.js';

const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'];

export const starlight: SiteGenerator = {
  detect: { configs: ASTRO_CONFIGS, content: 'src/content/docs' },
  defaults: { contentRoot: 'src/content/docs', base: '', staticRoots: ['public'] },
  headingIds: 'github',
  trailingSlash: true,
  pageExtensions: ['.md', '.mdx', '.mdoc'],
  indexNames: ['index'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, frontmatter, settings) {
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined) return joinRoute(settings.base, trimSlashes(slug));
    return joinRoute(settings.base, ...dropIndex(segments, this.indexNames).map((s) => githubSlug(s)));
  },
  pageIndex(pages, settings) {
    // The 404 page (one per locale) is served for every missing route: never linked, no orphan.
    const notFound = new RegExp(`^${settings.contentRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?:[^/]+/)?404\\.(?:md|mdx|mdoc)$`);
    return { entryPages: pages.filter((p) => notFound.test(p.path)).map((p) => p.path) };
  },
  async load(ctx) {
    const { at, isFile, links, found, navigation, unverified, scan } = ctx;
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    const file = ASTRO_CONFIGS.map(at).find(isFile);
    if (!file) return;
    const [{ readStarlightConfig, inferLocales }, { scanModuleLoader }] = await Promise.all([import('./config.js'), import('../static-module.js')]);
    const config = await readStarlightConfig(file, scanModuleLoader(ctx), contentRoot);
    // Without a `sidebar`, Starlight lists every page.
    navigation.push(
      ...(config.entries === undefined
        ? [{ path: file, format: 'starlight-sidebar' as const, entries: [], listsAll: [contentRoot] }]
        : navigationByFile('starlight-sidebar', file, config.entries)),
    );
    const code = config.sidebarDynamic[0];
    if (code) {
      found.navigationUnknown = {
        cause: 'starlight-sidebar-dynamic',
        unit: 'pages',
        message: `the sidebar is computed (${code.reason}, ${code.at.file}:${code.at.line}): which pages it lists is unknown, so pages no link reaches are not reported as orphans`,
        key: 'entryPoints',
      };
    }
    if (config.locales) {
      if (config.locales.languages.length > 0) Object.assign(found, config.locales);
    } else if (config.localesDynamic && links.languages === undefined) {
      // Unreadable locales: the language folders say which locales exist.
      const languages = inferLocales(scan.paths, contentRoot);
      found.languages = languages;
      // Pages in the content root itself are the root locale, where missing translations fall back.
      found.defaultLanguage = '';
      const why = config.localesDynamic;
      unverified.add(
        {
          cause: 'starlight-locales-inferred',
          unit: 'entries',
          message: `locales are computed (${why.reason}, ${why.at.file}:${why.at.line}): locale folders inferred from the content (${languages.length === 0 ? 'none' : languages.map((l) => `${l}/`).join(', ')}), and links between locales checked with them`,
          key: 'links.languages',
        },
        Math.max(1, languages.length),
      );
    }
  },
};
