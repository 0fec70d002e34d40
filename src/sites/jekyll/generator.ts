/**
 * `jekyll` (GitHub Pages): the folder holding `_config.yml`; pages are its `.md`, `.markdown` and
 * `.html` files outside `_`/`.` folders and `exclude`, at their path (`about.md` → `/about.html`, also
 * served as `/about`), or at their front matter `permalink`; posts (`_posts/YYYY-MM-DD-title.md`) and
 * output collections (`_recipes/x.md`) by the configured permalink patterns; everything under
 * `baseurl`. `.md` links are file-relative (jekyll-relative-links, on by default on GitHub Pages);
 * `{% link %}` and `{% post_url %}` must name an existing file (else Jekyll's build fails);
 * `{{site.baseurl}}` in a target is expanded, other Liquid is counted; heading ids as kramdown's GFM
 * parser writes them (GitHub's) with `{#id}`. Navigation is built by layouts: orphans are counted.
 */
import { dropIndex, joinRoute, stringKey, trimSlashes, type FrontmatterMap, type SiteGenerator } from '../generator.js';
import type { NavEntry } from '../navigation.js';
import { compileGlobs } from '../../config/glob.js';
import { linkSettings } from '../settings.js';

const CONFIGS = ['_config.yml', '_config.yaml'];
/** Jekyll's permalink styles (jekyll/lib/jekyll/utils.rb `permalink_style`); a pattern of placeholders otherwise. */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};
const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

/** A permalink pattern with its placeholders filled (`:output_ext` is the served `.html`, dropped from routes). */
function expand(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/:([a-z_]+)/g, (whole, name: string) => (name === 'output_ext' ? '' : (values[name] ?? whole)));
}

/** A permalink as a route: no slashes around it, `.html` and `index.html` dropped (both serve the route). */
const permalinkRoute = (base: string, permalink: string) =>
  joinRoute(
    base,
    trimSlashes(permalink)
      .replace(/(?:^|\/)index\.html$/, '')
      .replace(/\.html$/, ''),
  );

function categories(frontmatter: FrontmatterMap): string[] {
  const value = frontmatter?.categories ?? frontmatter?.category;
  if (typeof value === 'string') return value.split(/\s+/).filter((c) => c !== '');
  return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
}

export const jekyll: SiteGenerator = {
  // Hexo (scaffolds/) and Jupyter Book (_toc.yml) also keep a `_config.yml`.
  detect: { configs: CONFIGS, unless: ['_toc.yml', 'scaffolds'] },
  defaults: { contentRoot: '', base: '', staticRoots: [] },
  headingIds: 'github-custom',
  trailingSlash: false,
  indexTrailingSlash: true,
  pageExtensions: ['.md', '.markdown', '.html'],
  indexNames: ['index', 'readme'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, frontmatter, settings) {
    const config = settings.jekyll ?? { permalink: 'date', collections: {} };
    const permalink = stringKey(frontmatter, 'permalink');
    const posts = segments.indexOf('_posts');
    if (posts >= 0) {
      if (segments.slice(0, posts).some((s) => /^[_.]/.test(s))) return undefined;
      if (permalink !== undefined) return permalinkRoute(settings.base, permalink);
      const date = POST_NAME.exec(segments[segments.length - 1]!);
      // Jekyll skips a post whose name has no date.
      if (!date) return undefined;
      const [, year, month, day, title] = date as unknown as [string, string, string, string, string];
      const own = config.collections.posts?.permalink;
      const pattern = own ?? STYLES[config.permalink] ?? config.permalink;
      const values = {
        categories: [...segments.slice(0, posts), ...categories(frontmatter)].join('/'),
        year,
        month,
        day,
        title,
        slug: title,
        i_month: String(Number(month)),
        i_day: String(Number(day)),
      };
      return permalinkRoute(settings.base, expand(pattern, values));
    }
    const first = segments[0]!;
    if (first.startsWith('_')) {
      const name = first.slice(1);
      const collection = config.collections[name];
      if (!collection?.output) return undefined;
      if (permalink !== undefined) return permalinkRoute(settings.base, permalink);
      const path = segments.slice(1).join('/');
      const last = segments[segments.length - 1]!;
      return permalinkRoute(
        settings.base,
        expand(collection.permalink ?? '/:collection/:path:output_ext', { collection: name, path, name: last, title: last, slug: last }),
      );
    }
    if (segments.some((s) => /^[_.#~]/.test(s))) return undefined;
    if (permalink !== undefined) return permalinkRoute(settings.base, permalink);
    return joinRoute(settings.base, ...dropIndex(segments, this.indexNames));
  },
  aliases(frontmatter, _route, settings) {
    // jekyll-redirect-from (on by default on GitHub Pages): each old URL redirects to the page.
    const value = frontmatter?.redirect_from;
    const old = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return old.map((url) => permalinkRoute(settings.base, url));
  },
  directoryUrl(segments, frontmatter, settings) {
    const config = settings.jekyll ?? { permalink: 'date', collections: {} };
    const permalink = stringKey(frontmatter, 'permalink');
    if (permalink !== undefined) return permalink.endsWith('/');
    const first = segments[0] ?? '';
    const collection = segments.includes('_posts') ? config.collections.posts : first.startsWith('_') ? config.collections[first.slice(1)] : undefined;
    const pattern = collection?.permalink ?? STYLES[config.permalink] ?? config.permalink;
    // A page keeps its `.html` name unless the site's style is directory-like.
    return (segments.includes('_posts') || first.startsWith('_') || config.permalink === 'pretty') && pattern.endsWith('/');
  },
  pageIndex(pages, settings) {
    // Includes and layouts are pieces of other pages: no title of their own, never orphans.
    const pieces = ['_includes', '_layouts'].map((folder) => joinRoute(settings.contentRoot, folder));
    return { fragments: new Set(pages.filter((p) => pieces.some((f) => p.path.startsWith(`${f}/`))).map((p) => p.path)) };
  },
  expandTarget(target, settings) {
    const expanded = target.replace(/\{\{\s*site\.baseurl\s*\}\}/g, settings.base === '' ? '' : `/${settings.base}`);
    return /\{[{%]/.test(expanded) ? undefined : expanded;
  },
  async load({ at, isFile, read, links, found, navigation, scan }) {
    const file = CONFIGS.map(at).find(isFile);
    if (!file) return;
    const { parseJekyllConfig, liquidLinks, htmlFrontmatter, blockAttributeIds } = await import('./config.js');
    const text = await read(file);
    const config = parseJekyllConfig(typeof text === 'string' ? text : '');
    if (typeof text !== 'string' || config.error) {
      navigation.push({
        path: file,
        format: 'jekyll-config',
        entries: [],
        listsAll: [],
        error: typeof text === 'string' ? config.error : { message: text.error, line: 1, column: 1 },
      });
    }
    const root = links.contentRoot ?? trimSlashes(at(''));
    const inside = (p: string) => (root === '' ? p : p.startsWith(`${root}/`) ? p.slice(root.length + 1) : undefined);
    found.base = trimSlashes(config.baseurl);
    found.navigationUnknown = {
      cause: 'jekyll-navigation',
      unit: 'pages',
      message:
        'the navigation is built by layouts and includes (site.pages, site.posts, _data menus in HTML and Liquid), which docward does not run: pages no link reaches are not reported as orphans',
      key: 'entryPoints',
    };
    found.jekyll = { permalink: config.permalink, collections: config.collections };
    // Folders Jekyll does not read as pages: `_`/`.` folders other than posts and output collections (drafts, includes, layouts, data, the built _site).
    const hidden = scan.dirs.filter((d) => {
      const rel = inside(d);
      if (rel === undefined || rel === '') return false;
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      return (name.startsWith('_') && name !== '_posts' && !(rel === name && config.collections[name.slice(1)]?.output)) || name.startsWith('.');
    });
    found.excluded = [
      ...config.exclude.map((e) => joinRoute(root, trimSlashes(e))),
      ...config.exclude.map((e) => joinRoute(root, trimSlashes(e), '**')),
      ...hidden.map((d) => `${d}/**`),
    ];
    // `{% link %}` / `{% post_url %}` in every page: checked as links of that page.
    const posts = new Map<string, string>();
    for (const p of scan.paths) {
      const rel = inside(p);
      const at = rel?.lastIndexOf('_posts/') ?? -1;
      if (rel !== undefined && at >= 0) posts.set(rel.slice(at + '_posts/'.length).replace(/\.[^./]+$/, ''), rel);
    }
    // HTML pages are no documents of the scan: their routes (front matter permalink, else their path) are read here.
    const excluded = compileGlobs(found.excluded.map((g) => `/${g}`));
    found.fileRoutes = {};
    for (const page of scan.paths) {
      if (!/\.(?:md|markdown|html)$/i.test(page) || inside(page) === undefined || !isFile(page) || excluded(page)) continue;
      const body = await read(page);
      if (typeof body !== 'string') continue;
      if (/\.html$/i.test(page) && body.startsWith('---')) {
        const segments = inside(page)!
          .replace(/\.html$/i, '')
          .split('/');
        const route = jekyll.route(segments, htmlFrontmatter(body), { ...linkSettings('jekyll', links, found), base: found.base ?? '' });
        if (route !== undefined) found.fileRoutes[route] = page;
      }
      const ids = body.includes('{:') ? blockAttributeIds(body) : [];
      if (ids.length > 0) (found.declaredAnchors ??= {})[page] = ids;
      if (!body.includes('{%')) continue;
      const entries: NavEntry[] = liquidLinks(body).map((l) => ({
        kind: 'file',
        target: l.tag === 'link' ? l.target : (posts.get(l.target) ?? `_posts/${l.target}.md`),
        base: root,
        line: l.line,
        column: l.column,
      }));
      if (entries.length > 0) navigation.push({ path: page, format: 'jekyll-liquid', entries, listsAll: [], ofDocument: true });
    }
  },
};
