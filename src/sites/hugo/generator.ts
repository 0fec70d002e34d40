/**
 * `hugo`: pages in the content mounts (`content/`, `content/<lang>/`, or `module.mounts`: config.ts),
 * URLs lowercased with a trailing slash, `_index.md` (sections) and `index.md` (leaf bundles) stand
 * for their folder, `slug` replaces the last segment and `url` the whole path; the default language
 * has no URL prefix (unless `defaultContentLanguageInSubdir`). Relative URLs resolve against the
 * page URL; `.md` links as Hugo's link render hook does (file first, then from the content root);
 * absolute links in the page's language site first. `aliases` and `redirects` are routes too.
 * `ref`/`relref` shortcodes: refs.ts; section lists: sections.ts; fragments and drafts: fragments.ts;
 * config and menus: config.ts, menus.ts.
 */
import { dropIndex, joinRoute, stringKey, trimSlashes, type PageIndex, type SiteGenerator } from '../generator.js';
import { languagePrefix } from '../settings.js';
import { hugoDrafts, hugoFragments } from './fragments.js';
import { hugoContentMounts, hugoPages, isHugoContent } from './pages.js';
import { HugoRefs } from './refs.js';
import { hugoSectionLists } from './sections.js';
import { shortcodeAnchorsCause } from './shortcodes.js';

const PAGE_EXTENSIONS = ['.md', '.markdown', '.html'];

export const hugo: SiteGenerator = {
  // Hugo's generic `config.*` names come last in detection (detect.ts orders generators).
  detect: {
    configs: [
      'hugo.toml',
      'hugo.yaml',
      'hugo.yml',
      'hugo.json',
      'config.toml',
      'config.yaml',
      'config.yml',
      'config.json',
      'config/_default/hugo.toml',
      'config/_default/config.toml',
      'config/_default/hugo.yaml',
      'config/_default/config.yaml',
    ],
    content: 'content',
  },
  defaults: { contentRoot: 'content', base: '', staticRoots: ['static'] },
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
  headingIds: 'goldmark',
  absoluteLinksInPageLanguage: true,
  route(segments, frontmatter, settings, mount) {
    let rest = segments;
    let language = mount?.language;
    if (language === undefined && settings.languages.includes(rest[0] ?? '')) {
      language = rest[0];
      rest = rest.slice(1);
    }
    const prefix = languagePrefix(settings, language ?? settings.defaultLanguage ?? settings.languages[0]);
    const url = stringKey(frontmatter, 'url');
    if (url !== undefined) return joinRoute(prefix, trimSlashes(url));
    const isSection = rest[rest.length - 1] === '_index';
    let parts = dropIndex(rest, this.indexNames);
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined && !isSection && parts.length > 0) parts = [...parts.slice(0, -1), slug];
    return joinRoute(prefix, mount?.target, ...parts.map((p) => p.toLowerCase()));
  },
  aliases(frontmatter, route, settings, mount) {
    // `aliases: [/old/, old-name]` (absolute from the language site, or relative to the page's folder); `redirects` likewise, strings or `{ from }`.
    if (frontmatter?.aliases === undefined && frontmatter?.redirects === undefined) return [];
    const written = [frontmatter?.aliases, frontmatter?.redirects].flatMap((list) => (Array.isArray(list) ? list : typeof list === 'string' ? [list] : []));
    const prefix = languagePrefix(settings, mount?.language ?? settings.defaultLanguage ?? settings.languages[0]);
    const folder = route.slice(0, Math.max(0, route.lastIndexOf('/')));
    const out: string[] = [];
    for (const item of written) {
      const from =
        typeof item === 'string' ? item : typeof (item as { from?: unknown } | null)?.from === 'string' ? (item as { from: string }).from : undefined;
      if (from === undefined || from.trim() === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(from.trim())) continue;
      const path = trimSlashes(
        from
          .trim()
          .replace(/[?#].*$/, '')
          .replace(/(?:^|\/)index\.html$/, ''),
      );
      if (from.trim().startsWith('/')) {
        const first = path.split('/')[0]!;
        out.push(settings.languages.includes(first) ? path : joinRoute(prefix, path));
      } else out.push(joinRoute(folder, path));
    }
    return out;
  },
  shortcodes: { isContent: (path, settings) => isHugoContent(path, settings, PAGE_EXTENSIONS) },
  async load(ctx) {
    // The config parsers (smol-toml, yaml) load only for Hugo sites.
    const { loadHugoConfig } = await import('./config.js');
    await loadHugoConfig(ctx);
  },
  mounts(settings) {
    // Without content mounts in its config, Hugo serves the default language's folder (`content/en/`) at the site root.
    return settings.contentMounts.length > 0 ? [] : hugoContentMounts(settings).filter((m) => m.language !== undefined);
  },
  pageIndex(pages, settings) {
    const hugoSite = hugoPages(pages, settings, PAGE_EXTENSIONS);
    const refs = new HugoRefs(hugoSite, settings);
    const index: PageIndex = { resolveShortcode: (fromPath, target, lang) => refs.resolve(fromPath, target, lang) };
    if (settings.sectionLists) index.listedBy = hugoSectionLists(hugoSite, settings.defaultLanguage ?? settings.languages[0], settings.hugoLayouts);
    index.fragments = hugoFragments(pages, hugoSite);
    index.drafts = hugoDrafts(hugoSite);
    const calls = settings.hugoShortcodeAnchors;
    if (calls !== undefined) {
      const cause = shortcodeAnchorsCause([...new Set(Object.values(calls))].sort());
      index.codeAnchors = new Map(Object.keys(calls).map((page) => [page, cause]));
    }
    // Pages with a `menu`/`menus` frontmatter key are in a menu: entry points.
    index.entryPages = pages
      .filter((doc) => doc.frontmatter && (doc.frontmatter.menu !== undefined || doc.frontmatter.menus !== undefined))
      .map((doc) => doc.path);
    return index;
  },
};
