/**
 * `vitepress`: the site folder holds `.vitepress/config.*`; pages are the `.md` files under `srcDir`
 * (default: the site folder) minus `srcExclude`, each served at its path (`guide/x.md` → `/guide/x`,
 * `guide/index.md` → `/guide/`), moved by `rewrites`; links reach a page as `/x`, `x`, `x.md` or
 * `x.html` (VitePress rewrites them; `base` is added by VitePress, never written); `<srcDir>/public`
 * is served at the root; `themeConfig.nav`/`sidebar` are navigation; `[param].md` pages are dynamic
 * routes (unverifiable); heading ids by VitePress's slugify and `{#id}`.
 */
import { dropIndex, joinRoute, trimSlashes, type SiteGenerator } from '../generator.js';
import { navigationByFile } from '../navigation.js';
import { rewriteTarget } from './rewrites.js';

const CONFIGS = ['.vitepress/config.js', '.vitepress/config.ts', '.vitepress/config.mjs', '.vitepress/config.mts'];

export const vitepress: SiteGenerator = {
  detect: { configs: CONFIGS },
  defaults: { contentRoot: '', base: '', staticRoots: ['public'] },
  headingIds: 'vitepress',
  trailingSlash: false,
  indexTrailingSlash: true,
  sourceExtensionRoutes: true,
  dynamicSegments: { cause: 'vitepress-dynamic-route' },
  pageExtensions: ['.md'],
  indexNames: ['index'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, _frontmatter, settings) {
    const source = `${segments.join('/')}.md`;
    const served = rewriteTarget(source, settings.rewrites) ?? source;
    return joinRoute(settings.base, ...dropIndex(served.replace(/\.md$/, '').split('/'), this.indexNames));
  },
  pageIndex(pages) {
    // `page: true` (the page is a Vue component's: vuejs/theme): its title and anchors come from that component.
    return { componentPages: new Set(pages.filter((p) => p.frontmatter?.page === true).map((p) => p.path)) };
  },
  async load(ctx) {
    const { at, isFile, links, found, navigation } = ctx;
    const file = CONFIGS.map(at).find(isFile);
    if (!file) return;
    const [{ readVitepressConfig }, { scanModuleLoader }] = await Promise.all([import('./config.js'), import('../static-module.js')]);
    const config = await readVitepressConfig(file, scanModuleLoader(ctx));
    const srcDir = trimSlashes(config.srcDir ?? '.').replace(/^\.$/, '');
    const contentRoot = links.contentRoot ?? trimSlashes(at(srcDir));
    found.contentRoot = contentRoot;
    found.staticRoots = [joinRoute(contentRoot, 'public')];
    // VitePress never builds `public/` or `node_modules/` as pages.
    found.excluded = [...config.srcExclude, 'public/**', '**/node_modules/**'].map((glob) => joinRoute(contentRoot, glob.replace(/^\.\//, '')));
    found.rewrites = config.rewrites;
    navigation.push(...navigationByFile('vitepress-config', file, config.entries));
    if (config.dynamic.length > 0) {
      const { what, part } = config.dynamic[0]!;
      const cause = {
        cause: 'vitepress-config-dynamic',
        unit: 'pages' as const,
        message: `${what} in ${part.at.file}:${part.at.line} is computed (${part.reason}): which pages the navigation lists is unknown, so pages no link reaches are not reported as orphans`,
        key: 'entryPoints',
      };
      found.navigationUnknown = cause;
    }
  },
};
