/**
 * `nextjs`: a folder holding `next.config.*`. Markdown/MDX pages of the Pages router (`pages/` or
 * `src/pages/`: `x.mdx` → `/x`, `index` = folder, `[slug]` dynamic) or the App router (`app/**`
 * `/page.mdx` → its folder, `(group)` and `@slot` folders dropped) are routed; other page files
 * (`.tsx`, `.jsx`, `.js`, `.ts`) serve routes too; `public/` is served at the root. Navigation lives
 * in React components: which pages it lists is unknown (orphans counted), except Nextra, whose
 * sidebar lists every page. Markdown outside the router (read by code: next-mdx-remote,
 * contentlayer) has routes docward cannot model: its site-absolute links and orphans are counted
 * (one notice each); its relative file links are still checked.
 */
import { dropIndex, joinRoute, trimSlashes, type SiteGenerator } from '../generator.js';

const CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs', 'next.config.mts'];
const PAGE_FILE = /\.(?:mdx|md|tsx|jsx|js|ts)$/;
const MARKDOWN = /\.(?:mdx|md)$/;
const APP_ROUTER = /(?:^|\/)app$/;

/** App-router folders that are not URL segments: route groups `(x)`, parallel slots `@x`, private `_x`. */
const routeSegments = (segments: string[]) => segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));

export const nextjs: SiteGenerator = {
  detect: { configs: CONFIGS },
  defaults: { contentRoot: 'pages', base: '', staticRoots: ['public'] },
  // rehype-slug / github-slugger, and react.dev's `## Title {/*custom-id*/}` (remark-header-custom-ids).
  headingIds: 'mdx-comment',
  trailingSlash: false,
  // A catch-all page may compile the content folder's `.md` with an MDX compiler.
  decidesMdx: true,
  dynamicSegments: { cause: 'nextjs-dynamic-route' },
  // Frontmatter is read by the site's code (gray-matter, then `new Date(date)`).
  frontmatterDates: 'javascript',
  // A page listed in a JSON sidebar takes its title from the entry when its frontmatter has none (react.dev's Page.tsx).
  navigationTitles: true,
  pageExtensions: ['.mdx', '.md'],
  indexNames: ['index'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, _frontmatter, settings) {
    if (segments.some((s) => s.startsWith('_')) || segments[0] === 'api') return undefined;
    if (APP_ROUTER.test(settings.contentRoot)) {
      // App router: only `page.mdx` is a page; it serves its folder.
      if (segments[segments.length - 1] !== 'page') return undefined;
      return joinRoute(settings.base, ...routeSegments(segments.slice(0, -1)));
    }
    return joinRoute(settings.base, ...dropIndex(segments, this.indexNames));
  },
  async load(ctx) {
    const { at, isFile, scan, links, found, navigation } = ctx;
    const inFolder = (folder: string) => scan.paths.filter((p) => p.startsWith(`${folder}/`));
    const holdsMarkdown = (folder: string) => inFolder(folder).some((p) => MARKDOWN.test(p));
    const routers = ['pages', 'src/pages', 'app', 'src/app'].map(at).filter((f) => scan.dirs.includes(f));
    const router = routers.find(holdsMarkdown) ?? routers[0];
    const pageRoot = links.contentRoot ?? router ?? at('pages');
    const app = APP_ROUTER.test(pageRoot);
    // Every page file serves a route (code pages too: `setup.tsx`); dynamic ones (`[slug].tsx`) are patterns.
    const dynamicPages: Record<string, string> = {};
    found.fileRoutes = {};
    for (const file of inFolder(pageRoot)) {
      if (!PAGE_FILE.test(file) || MARKDOWN.test(file)) continue;
      const segments = file
        .slice(pageRoot.length + 1)
        .replace(PAGE_FILE, '')
        .split('/');
      if (segments.some((s) => s.startsWith('_')) || segments[0] === 'api' || (app && segments[segments.length - 1] !== 'page')) continue;
      const route = (app ? routeSegments(segments.slice(0, -1)) : dropIndex(segments, ['index'])).join('/');
      if (route.includes('[')) dynamicPages[route] = file;
      else found.fileRoutes[route] = file;
    }
    // Markdown outside the router that a catch-all page reads (react.dev's src/content): that folder is the content root.
    const { findContentCatchAll } = await import('./catch-all.js');
    const catchAll =
      links.contentRoot === undefined && router !== undefined && !holdsMarkdown(router)
        ? await findContentCatchAll(dynamicPages, router, ctx, holdsMarkdown)
        : undefined;
    const contentRoot = catchAll?.folder ?? pageRoot;
    found.contentRoot = contentRoot;
    if (catchAll && links.base === undefined) found.base = catchAll.prefix;
    // react.dev compiles its `.md` pages with @mdx-js/mdx: they follow MDX's grammar.
    if (catchAll?.compilesMdx) found.mdx = [`${contentRoot}/**/*.md`];
    found.dynamicRoutes = Object.keys(dynamicPages).filter((route) => route !== catchAll?.route);
    // Ids that MDX components render from their attributes (`<Recipes titleId="x">`) are anchors of their page.
    // So are ids a component's own code sets (`<Challenges>`'s default `titleId`), found through the MDX components map.
    const { componentIds } = await import('./component-ids.js');
    const { componentCodeIds, pageCodeIds } = await import('./component-code-ids.js');
    const codeIds = await componentCodeIds({ paths: scan.paths, isFile, read: ctx.read }, trimSlashes(at('')) === '' ? '' : `${trimSlashes(at(''))}/`);
    for (const page of inFolder(contentRoot).filter((p) => MARKDOWN.test(p))) {
      const text = await ctx.read(page);
      const ids = typeof text === 'string' ? [...(await componentIds(text)), ...pageCodeIds(text, codeIds)] : [];
      if (ids.length > 0) (found.declaredAnchors ??= {})[page] = ids;
    }
    const nextra = scan.paths.some((p) => /(?:^|\/)_meta\.(?:json|js|ts|tsx|jsx)$/.test(p) || /(?:^|\/)theme\.config\.(?:js|jsx|ts|tsx)$/.test(p));
    const config = CONFIGS.map(at).find(isFile)!;
    // JSON sidebars the catch-all page imports (react.dev): their entries are checked and reach pages, but headers, footers and
    // other components link pages too, so orphans stay counted. Nextra's sidebar lists every page of the router.
    const sidebars = (catchAll?.jsonImports ?? []).filter(isFile);
    const { readJsonSidebar } = await import('./sidebars.js');
    for (const file of sidebars) {
      const text = await ctx.read(file);
      navigation.push(typeof text === 'string' ? readJsonSidebar(file, text) : ctx.unreadable(file, 'nextjs-sidebar', text.error));
    }
    if (nextra && sidebars.length === 0) navigation.push({ path: config, format: 'nextjs-router', entries: [], listsAll: [contentRoot] });
    else {
      found.navigationUnknown = {
        cause: 'nextjs-navigation',
        unit: 'pages',
        message: `the navigation is in React components, which docward does not run${sidebars.length > 0 ? ' (the JSON sidebars the catch-all page imports are read)' : ''}: pages no link reaches are not reported as orphans`,
        key: 'entryPoints',
      };
      found.navigationUnknownIn = trimSlashes(at(''));
    }
    const { readNextConfig } = await import('./config.js');
    let unmodelled = await readNextConfig(config, ctx);
    const vercel = at('vercel.json');
    if (isFile(vercel)) {
      const { readVercelRedirects } = await import('./vercel.js');
      const text = await ctx.read(vercel);
      const read = typeof text === 'string' ? readVercelRedirects(vercel, text, contentRoot, found.base ?? '') : text;
      if ('error' in read) navigation.push(ctx.unreadable(vercel, 'nextjs-redirects', read.error));
      else {
        if (read.redirects.size > 0) found.redirects = read.redirects;
        navigation.push({ path: vercel, format: 'nextjs-redirects', entries: read.destinations, listsAll: [] });
        const files = read.fileDestinations;
        if (files.length > 0)
          ctx.unverified.add(
            {
              cause: 'nextjs-redirect-file',
              rule: 'link-broken',
              unit: 'entries',
              message: `${vercel} redirects to files (${files[0]}${files.length > 1 ? ', …' : ''}) that the build may generate: not checked`,
              key: 'links.staticRoots',
            },
            files.length,
          );
        if (read.patterns > 0) unmodelled ??= `${vercel} has ${read.patterns} redirects with patterns`;
        if (read.rewrites > 0) unmodelled ??= `${vercel} sets rewrites`;
      }
    }
    const modelled = (catchAll !== undefined || (router !== undefined && holdsMarkdown(router))) && unmodelled === undefined;
    if (modelled) return;
    found.routesUnknown = {
      cause: 'nextjs-routes',
      rule: 'link-broken',
      unit: 'links',
      message: `site-absolute links to routes no Markdown page, page file or public/ file serves: ${unmodelled ?? 'the Markdown is outside the router, rendered by code (next-mdx-remote, contentlayer)'}, which docward cannot model`,
      key: 'links.routes',
    };
  },
};
