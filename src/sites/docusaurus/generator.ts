/**
 * `docusaurus`: docs under `docs/` served at `/docs/` (`base`), number prefixes (`01-intro`)
 * dropped, frontmatter `id` renames the doc (sidebars use ids), `slug` sets the URL (`/x` from the
 * base, `x` from the doc's folder); `index`, `README` and a file named like its folder stand for
 * the folder. URLs have no trailing slash, so relative URLs resolve against the page's folder.
 * The config's content plugins add the blog (posts routed by blog.ts, listed by the generated blog
 * pages) and `src/pages` (code pages are routes, Markdown pages too). Files or folders named `_x`
 * are partials MDX imports, no pages; `draft: true` pages are not built.
 */
import path from 'node:path';
import {
  dropIndex,
  joinRoute,
  stringKey,
  trimSlashes,
  type FrontmatterMap,
  type Mount,
  type PageIndex,
  type SiteGenerator,
  type SiteLoadContext,
} from '../generator.js';
import { parseSidebars } from '../js-nav.js';
import type { LinkSettings } from '../settings.js';
import { scanModuleLoader } from '../static-module.js';
import { BLOG_DYNAMIC_ROUTES, BLOG_GENERATED, BLOG_PAGES, blogRoute } from './blog.js';
import { readDocusaurusConfig, type DocusaurusConfig } from './config.js';

/** Docusaurus's default number prefix parser: `01-`, `1.`, `2_` before the name. */
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^\d])/;

const strip = (segments: string[]) => segments.map((s) => s.replace(NUMBER_PREFIX, ''));

/** The content plugins skip `_x` files and folders (partials imported by MDX), tests and `__tests__`. */
const isPartial = (segments: readonly string[]) => segments.some((s) => s.startsWith('_'));
const CODE_PAGE = /\.(?:js|jsx|ts|tsx)$/;
const SKIPPED_CODE = /(?:^|\/)(?:_[^/]*|__tests__)(?:\/|$)|\.test\.[jt]sx?$/;
const isDraft = (frontmatter: FrontmatterMap) => frontmatter?.draft === true;

const CONFIGS = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.mts'];

export const docusaurus: SiteGenerator = {
  detect: {
    configs: CONFIGS,
    content: ['docs', '../docs'],
  },
  defaults: { contentRoot: 'docs', base: 'docs', staticRoots: ['static'] },
  headingIds: 'github-custom',
  trailingSlash: false,
  // Docusaurus 3 compiles `.md` as MDX unless markdown.format says otherwise.
  decidesMdx: true,
  pageExtensions: ['.md', '.mdx'],
  indexNames: ['index', 'readme'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  docId(segments, frontmatter) {
    const parts = strip(segments);
    const id = stringKey(frontmatter, 'id');
    return joinRoute(...parts.slice(0, -1), id ?? parts[parts.length - 1]);
  },
  route(segments, frontmatter, settings, mount) {
    if (isPartial(segments) || isDraft(frontmatter)) return undefined;
    const plugins = settings.docusaurus;
    if (mount && plugins?.blogs.some((b) => b.folder === mount.folder)) return blogRoute(segments, frontmatter, settings.base);
    if (mount && plugins?.pages?.folder === mount.folder) return joinRoute(settings.base, ...dropIndex(segments, ['index']));
    const parts = strip(segments);
    const folder = parts.slice(0, -1);
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined) return slug.startsWith('/') ? joinRoute(settings.base, trimSlashes(slug)) : joinRoute(settings.base, ...folder, trimSlashes(slug));
    const id = stringKey(frontmatter, 'id');
    const last = id ?? parts[parts.length - 1]!;
    // An index-like file stands for its folder: index, README, or a file named like the folder.
    if (id === undefined && (dropIndex(parts, this.indexNames).length < parts.length || last === folder[folder.length - 1]))
      return joinRoute(settings.base, ...folder);
    return joinRoute(settings.base, ...folder, last);
  },
  pageIndex(pages, settings) {
    return contentIndex(pages, settings);
  },
  async load(ctx) {
    const { at, isFile, read, unreadable, links, found, navigation } = ctx;
    const configFile = CONFIGS.map(at).find(isFile);
    const config = configFile ? await readDocusaurusConfig(configFile, scanModuleLoader(ctx)) : undefined;
    for (const { what, part } of config?.dynamic ?? []) {
      const message = `${what} of the Docusaurus config is computed by code (${part.reason}, ${part.at.file}:${part.at.line}): the classic preset's defaults are assumed`;
      ctx.unverified.add({ cause: 'docusaurus-config-dynamic', message, unit: 'entries', key: 'links.contentRoot' });
    }
    docsPlugin(ctx, config);
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    const base = trimSlashes(links.base ?? found.base ?? docusaurus.defaults.base);
    const versions = links.contentRoot === undefined && links.routes === undefined ? await versionMounts(ctx, contentRoot, base) : [];
    const plugins =
      links.routes === undefined ? [...otherPlugins(ctx, config, configFile ?? at(CONFIGS[0]!)), ...(await docsInstances(ctx, config, contentRoot))] : [];
    // Declared mounts replace the content root's catch-all mount, so the docs' own mount comes first.
    if (versions.length > 0 || plugins.length > 0)
      found.contentMounts = [...(versions.length > 0 ? versions : [{ prefix: base, folder: contentRoot }]), ...plugins];
    if (config?.markdownFormat === undefined || config.markdownFormat === 'mdx') {
      const folders = [contentRoot, ...(found.contentMounts ?? []).map((m) => m.folder), at('i18n')];
      if (await compilesMarkdownAsMdx(ctx)) found.mdx = [...new Set(folders)].map((f) => (f === '' ? '**/*.md' : `${f}/**/*.md`));
    }
    const file = ['sidebars.js', 'sidebars.ts', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.json'].map(at).find(isFile);
    if (file) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseSidebars(file, text, contentRoot) : unreadable(file, 'docusaurus-sidebars', text.error));
    } else {
      // No sidebars file: Docusaurus generates the sidebar from the whole docs folder.
      navigation.push({ path: at('docusaurus.config.js'), format: 'docusaurus-sidebars', entries: [], listsAll: [contentRoot] });
    }
  },
};

/**
 * Docusaurus 3 compiles `.md` files with MDX unless `markdown.format` says otherwise (`detect`, `md`);
 * Docusaurus 2 used MDX 1, another grammar, so its `.md` stay CommonMark. The version is the major
 * of `@docusaurus/core` in the site's package.json (or the repository's); none found: the current, 3.
 */
async function compilesMarkdownAsMdx(ctx: Pick<SiteLoadContext, 'at' | 'isFile' | 'read'>): Promise<boolean> {
  for (const file of [...new Set([ctx.at('package.json'), 'package.json'])].filter(ctx.isFile)) {
    const text = await ctx.read(file);
    let manifest: { dependencies?: Record<string, unknown>; devDependencies?: Record<string, unknown> } | undefined;
    try {
      manifest = typeof text === 'string' ? JSON.parse(text) : undefined;
    } catch {
      manifest = undefined;
    }
    const range = manifest?.dependencies?.['@docusaurus/core'] ?? manifest?.devDependencies?.['@docusaurus/core'];
    const major = typeof range === 'string' ? /\d+/.exec(range)?.[0] : undefined;
    if (major !== undefined) return Number(major) >= 3;
  }
  return true;
}

/** A folder the config names (relative to the site folder) from the scan root, when the scan has it. */
function folderOf(ctx: Pick<SiteLoadContext, 'at' | 'scan'>, folder: string): string | undefined {
  const normal = path.posix.normalize(ctx.at(trimSlashes(folder)));
  return normal.startsWith('..') || !ctx.scan.dirs.includes(normal) ? undefined : trimSlashes(normal);
}

/** The preset's `docs` options: its folder and URL base (`.docward.yml` keys win, in linkSettings). */
function docsPlugin(ctx: SiteLoadContext, config: DocusaurusConfig | undefined): void {
  const docs = config?.docs;
  if (!docs) return;
  const folder = docs.path === undefined ? undefined : folderOf(ctx, docs.path);
  if (folder !== undefined) ctx.found.contentRoot = folder;
  if (docs.routeBasePath !== undefined) ctx.found.base = trimSlashes(docs.routeBasePath);
}

/**
 * The blogs and the pages plugin as mounts beside the docs ones (`docs`); blog posts are listed by
 * the generated blog pages (entry points); code pages in `src/pages` are routes; Markdown pages
 * there are linked from the navbar and footer, which docward does not read (orphans counted).
 */
function otherPlugins(ctx: SiteLoadContext, config: DocusaurusConfig | undefined, configFile: string): Mount[] {
  const { found, navigation, scan } = ctx;
  const blogs = (config?.blogs ?? [{ path: 'blog', routeBasePath: 'blog' }]).flatMap((b) => {
    const folder = folderOf(ctx, b.path);
    return folder === undefined ? [] : [{ folder, prefix: trimSlashes(b.routeBasePath) }];
  });
  const pagesPlugin = config === undefined ? { path: 'src/pages', routeBasePath: '' } : config.pages;
  const pagesFolder = pagesPlugin ? folderOf(ctx, pagesPlugin.path) : undefined;
  const pages = pagesFolder !== undefined && pagesPlugin ? { folder: pagesFolder, prefix: trimSlashes(pagesPlugin.routeBasePath) } : undefined;
  if (blogs.length === 0 && pages === undefined) return [];
  found.docusaurus = { blogs, ...(pages ? { pages } : {}) };
  found.fileRoutes = {};
  found.dynamicRoutes = [];
  for (const blog of blogs) {
    for (const page of BLOG_PAGES) found.fileRoutes[joinRoute(blog.prefix, page)] = configFile;
    found.dynamicRoutes.push(...BLOG_DYNAMIC_ROUTES.map((r) => joinRoute(blog.prefix, r)));
  }
  found.dynamicRoutesCause = BLOG_GENERATED;
  if (blogs.length > 0) navigation.push({ path: configFile, format: 'docusaurus-blog', entries: [], listsAll: blogs.map((b) => b.folder) });
  if (pages === undefined) return blogs;
  const inPages = scan.paths.filter((p) => p.startsWith(`${pages.folder}/`));
  for (const file of inPages) {
    const inside = file.slice(pages.folder.length + 1);
    if (!CODE_PAGE.test(inside) || SKIPPED_CODE.test(inside)) continue;
    found.fileRoutes[joinRoute(pages.prefix, ...dropIndex(inside.replace(CODE_PAGE, '').split('/'), ['index']))] = file;
  }
  if (inPages.some((p) => /\.mdx?$/.test(p))) {
    found.navigationUnknown = {
      cause: 'docusaurus-pages-navigation',
      rule: 'orphan',
      message: `Markdown pages in ${pages.folder} are linked from the navbar and footer of the Docusaurus config and from React pages, which docward does not read: pages no Markdown link reaches are not reported as orphans`,
      unit: 'pages',
    };
    found.navigationUnknownIn = pages.folder;
  }
  return [...blogs, pages];
}

/**
 * More docs instances (`@docusaurus/plugin-content-docs` under `plugins`): each folder served at its
 * `routeBasePath`, routed as the docs; its `sidebarPath` read as sidebars.js is (no sidebar file:
 * generated from the folder). A sidebar path that is code: its docs are listed, and that is reported.
 */
async function docsInstances(ctx: SiteLoadContext, config: DocusaurusConfig | undefined, contentRoot: string): Promise<Mount[]> {
  const mounts: Mount[] = [];
  for (const instance of config?.docsInstances ?? []) {
    const folder = folderOf(ctx, instance.path);
    if (folder === undefined || folder === contentRoot) continue;
    mounts.push({ prefix: trimSlashes(instance.routeBasePath), folder });
    const sidebar = instance.sidebarPath;
    if (sidebar === false) continue;
    const file = typeof sidebar === 'string' ? path.posix.normalize(ctx.at(trimSlashes(sidebar))) : undefined;
    const text = file !== undefined && ctx.isFile(file) ? await ctx.read(file) : undefined;
    if (file !== undefined && text !== undefined) {
      ctx.navigation.push(typeof text === 'string' ? parseSidebars(file, text, folder) : ctx.unreadable(file, 'docusaurus-sidebars', text.error));
      continue;
    }
    if (typeof sidebar === 'object') {
      const message = `the sidebarPath of the docs in ${folder} is computed by code (${sidebar.reason}, ${sidebar.at.file}:${sidebar.at.line}): its docs are taken as listed`;
      ctx.unverified.add({ cause: 'docusaurus-config-dynamic', message, unit: 'entries', key: 'links.contentRoot' });
    }
    // No sidebar file: Docusaurus generates the sidebar from the whole folder.
    ctx.navigation.push({ path: file ?? ctx.at(CONFIGS[0]!), format: 'docusaurus-sidebars', entries: [], listsAll: [folder] });
  }
  return mounts;
}

/** Partials (`_x`) and drafts of the content plugins' folders, and blog posts (titled by their file name when they have no title). */
function contentIndex(pages: readonly { path: string; frontmatter: FrontmatterMap }[], settings: LinkSettings): PageIndex {
  const mounts = settings.contentMounts.length > 0 ? settings.contentMounts : [{ prefix: settings.base, folder: settings.contentRoot }];
  const blogs = new Set((settings.docusaurus?.blogs ?? []).map((b) => b.folder));
  const index = { fragments: new Set<string>(), drafts: new Set<string>(), titledPages: new Set<string>() };
  for (const page of pages) {
    const mount = mounts.find((m) => m.folder === '' || page.path.startsWith(`${m.folder}/`));
    if (!mount) continue;
    const inside = mount.folder === '' ? page.path : page.path.slice(mount.folder.length + 1);
    if (isPartial(inside.split('/'))) index.fragments.add(page.path);
    else if (isDraft(page.frontmatter)) index.drafts.add(page.path);
    else if (blogs.has(mount.folder)) index.titledPages.add(page.path);
  }
  return index;
}

/**
 * Versioned docs (`versions.json`, `versioned_docs/version-<v>/`): the newest version is served at
 * the docs base, each older one at `<base>/<v>`, and `docs/` itself (the next version) at
 * `<base>/next`. Each version's sidebar is a frozen copy of the one it was cut with, so its pages
 * are listed (entry points), not orphans.
 */
async function versionMounts({ at, isFile, read, scan, navigation }: SiteLoadContext, contentRoot: string, base: string): Promise<Mount[]> {
  const file = at('versions.json');
  if (!isFile(file)) return [];
  const text = await read(file);
  let versions: unknown;
  try {
    versions = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    versions = undefined;
  }
  if (!Array.isArray(versions) || !versions.every((v): v is string => typeof v === 'string')) return [];
  const dirs = new Set(scan.dirs);
  const folders = versions.map((v) => at(`versioned_docs/version-${v}`));
  const mounts = versions.flatMap((v, i) => (dirs.has(folders[i]!) ? [{ prefix: i === 0 ? base : joinRoute(base, v), folder: folders[i]! }] : []));
  if (mounts.length === 0) return [];
  navigation.push({ path: file, format: 'docusaurus-sidebars', entries: [], listsAll: mounts.map((m) => m.folder) });
  return [{ prefix: joinRoute(base, 'next'), folder: contentRoot }, ...mounts];
}
