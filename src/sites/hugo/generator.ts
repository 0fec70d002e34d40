/**
 * `hugo`: pages under `content/` (or `content/<lang>/`), URLs lowercased with a trailing slash,
 * `_index.md` (sections) and `index.md` (leaf bundles) stand for their folder, `slug` replaces
 * the last segment and `url` the whole path; the default language has no URL prefix. Relative URLs
 * resolve against the page URL; `.md` links as Hugo's link render hook does (file first, then
 * from the content root). `ref`/`relref` shortcodes: refs.ts; section lists: sections.ts; config and menus: config.ts, menus.ts.
 */
import { dropIndex, joinRoute, stringKey, trimSlashes, type PageIndex, type SiteGenerator } from '../generator.js';
import { hugoPages, isHugoContent } from './pages.js';
import { HugoRefs } from './refs.js';
import { hugoSectionLists } from './sections.js';

const PAGE_EXTENSIONS = ['.md', '.markdown', '.html'];

export const hugo: SiteGenerator = {
  // Hugo's generic `config.*` names come last in detection (detect.ts orders generators).
  detect: {
    configs: ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config/_default/hugo.toml', 'config/_default/config.toml', 'config/_default/hugo.yaml', 'config/_default/config.yaml'],
    content: 'content',
  },
  defaults: { contentRoot: 'content', base: '', staticRoots: ['static'] },
  headingIds: 'github-custom',
  trailingSlash: true,
  pageExtensions: PAGE_EXTENSIONS,
  indexNames: ['_index', 'index'],
  relativeLinks: 'url',
  assetsFileRelative: false,
  pageLinksFromContentRoot: true,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, frontmatter, settings) {
    let rest = segments;
    let language: string | undefined;
    if (settings.languages.includes(rest[0] ?? '')) {
      language = rest[0];
      rest = rest.slice(1);
    }
    const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
    const prefix = language !== undefined && language !== defaultLanguage ? language : undefined;
    const url = stringKey(frontmatter, 'url');
    if (url !== undefined) return joinRoute(prefix, trimSlashes(url));
    const isSection = rest[rest.length - 1] === '_index';
    let parts = dropIndex(rest, this.indexNames);
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined && !isSection && parts.length > 0) parts = [...parts.slice(0, -1), slug];
    return joinRoute(prefix, ...parts.map((p) => p.toLowerCase()));
  },  shortcodes: { isContent: (path, settings) => isHugoContent(path, settings, PAGE_EXTENSIONS) },
  async load(ctx) {
    // The config parsers (smol-toml, yaml) load only for Hugo sites.
    const { loadHugoConfig } = await import('./config.js');
    await loadHugoConfig(ctx);
  },
  mounts(settings) {
    // Hugo serves the default language's folder (`content/en/`) at the site root, without a prefix.
    const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
    return defaultLanguage === undefined ? [] : [{ prefix: settings.base, folder: joinRoute(settings.contentRoot, defaultLanguage), language: defaultLanguage }];
  },
  pageIndex(pages, settings) {
    const hugoSite = hugoPages(pages, settings, PAGE_EXTENSIONS);
    const refs = new HugoRefs(hugoSite, settings);
    const index: PageIndex = { resolveShortcode: (fromPath, target, lang) => refs.resolve(fromPath, target, lang) };
    if (settings.sectionLists) index.listedBy = hugoSectionLists(hugoSite);
    // Pages with a `menu`/`menus` frontmatter key are in a menu: entry points.
    index.entryPages = pages.filter((doc) => doc.frontmatter && (doc.frontmatter.menu !== undefined || doc.frontmatter.menus !== undefined)).map((doc) => doc.path);
    return index;
  },
};
