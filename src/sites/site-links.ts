/**
 * Link resolution for one scan in one mode: GitHub's file-relative rule, or a site generator's
 * routes (page URLs from content roots, frontmatter overrides, language fallback, static folders,
 * navigation files). Pure: works from the scan's paths, each page's route keys and the navigation files' data.
 */
import type { DocumentFacts, Link } from '../engine/contract.js';
import { isExternalTarget, joinSegments, resolveLinkTarget, splitTarget, type ResolvedLink } from '../rules/links/resolve.js';
import {
  dropIndex,
  isBuiltPage,
  joinRoute,
  trimSlashes,
  within,
  type FrontmatterMap,
  type Mount,
  type PageFacts,
  type PageIndex,
  type SiteGenerator,
} from './generator.js';
import { GENERATORS } from './index.js';
import type { NavEntry, NavigationFile } from './navigation.js';
import { languagePrefix, linkSettings, type LinkSettings } from './settings.js';
import { compileGlobs, type PathMatcher } from '../config/glob.js';
import type { UnverifiedCause } from '../unverified.js';
import { hasAnchor, type AnchorIds } from '../rules/links/anchors.js';
import { GITHUB_WEB_ROUTES, isGithubWebRoute } from './github/web-routes.js';
import { GITIGNORED_TARGETS } from './gitignored.js';
export type { PageFacts } from './generator.js';

/** What the resolver needs to know about the scan (ScanIndex provides it). */
export interface SiteFiles {
  exists(path: string): boolean;
  isDir(path: string): boolean;
  /** Listed paths equal to `path` ignoring letter case. */
  caseVariants(path: string): string[];
  /** Every document's path, in scan order. */
  documentPaths: readonly string[];
}

/** The frontmatter keys any mode's routes, doc ids or navigation read (`stringKey` calls in the generators, Hugo menus), and what Hugo section lists skip (hugo/sections.ts). */
const PAGE_KEYS = [
  'id',
  'slug',
  'url',
  'permalink',
  'categories',
  'category',
  'redirect_from',
  'page',
  'menu',
  'menus',
  'draft',
  'build',
  '_build',
  'headless',
  'cascade',
  'aliases',
  'redirects',
  'layout',
  'type',
];

/** The part of a document a site's routes need (kept for every document until the routes are built). */
export function pageFacts(doc: DocumentFacts): PageFacts {
  const data = frontmatterOf(doc);
  // Left undefined without any of the keys (readers only look keys up): no empty object kept per page.
  let frontmatter: FrontmatterMap;
  if (data !== undefined) for (const key of PAGE_KEYS) if (Object.hasOwn(data, key)) (frontmatter ??= {})[key] = data[key];
  let htmlLinks: string[] | undefined;
  for (const link of doc.links) if (link.kind !== 'shortcode' && isRelativeHtml(link.target)) (htmlLinks ??= []).push(link.target);
  return { path: doc.path, problem: doc.problem?.kind, frontmatter, ...(htmlLinks ? { htmlLinks } : {}) };
}

/** `htm` or a percent escape (`%2Ehtml`): only such targets can name an `.html` file. */
const MAYBE_HTML = /htm|%/i;

/** A relative link to an `.html` file (`x.html`, `../y/index.html#z`): what a document written for a rendered site links. */
function isRelativeHtml(target: string): boolean {
  if (!MAYBE_HTML.test(target) || isExternalTarget(target)) return false;
  const path = splitTarget(target).path;
  return path !== '' && !path.startsWith('/') && /\.html?$/i.test(path);
}

/** The mode with its settings and the navigation files read for it (the pipeline builds this). */
export interface SiteInput {
  settings: LinkSettings;
  navigation: NavigationFile[];
}

export const GITHUB_SITE: SiteInput = { settings: linkSettings('github'), navigation: [] };

type PathLink = Extract<ResolvedLink, { kind: 'path' }>;

/** True when the mount publishes `path` (a path inside its folder). */
const publishes = (mount: Mount, path: string) => mount.accepts === undefined || mount.accepts(rest(path, mount.folder));

const rest = (path: string, folder: string) => (folder === '' ? path : path.slice(folder.length + 1));
const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);
/** The extension of a path's last segment (`.md`), lowercase; '' when it has none (`a.b/c`, `.env`). */
function extensionOf(path: string): string {
  const name = lastSegment(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 && /^\.[A-Za-z0-9]+$/.test(name.slice(dot)) ? name.slice(dot).toLowerCase() : '';
}
const SHORTCODE_IN_TARGET = /\{\{[<%]/;

/**
 * True when the link rules check `link`, written in the document at `fromPath`, as a link into the
 * repository or site (the score's internal links): a shortcode only in a content page of a
 * generator with shortcodes (elsewhere it is text), and there no Markdown link whose target holds a shortcode.
 */
export function isInternalLink(link: Link, fromPath: string, settings: LinkSettings): boolean {
  const shortcodes = GENERATORS[settings.mode].shortcodes;
  if (link.kind === 'shortcode') return shortcodes !== undefined && shortcodes.isContent(fromPath, settings);
  if (shortcodes && SHORTCODE_IN_TARGET.test(link.target)) return false;
  return !isExternalTarget(link.target);
}
const NONE: readonly string[] = [];
/** A dynamic route (`packages/[pkg]`, `docs/[...slug]`, `[[...slug]]`) as a pattern over `/`+route, or undefined for a static one. */
function dynamicPattern(segments: readonly string[]): RegExp | undefined {
  if (!segments.some((s) => /^\[.+\]$/.test(s))) return undefined;
  const part = (s: string) =>
    /^\[\[\.\.\..+\]\]$/.test(s)
      ? '(?:/.*)?'
      : /^\[\.\.\..+\]$/.test(s)
        ? '/.+'
        : /^\[.+\]$/.test(s)
          ? '/[^/]+'
          : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  return new RegExp(`^${segments.map(part).join('')}/?$`);
}

const FRAGMENT_RELATIVE_LINKS: UnverifiedCause = {
  cause: 'fragment-relative-link',
  rule: 'link-broken',
  message:
    'relative links in fragments (Hugo headless bundles, pages that are not rendered, templates) resolve against the page that includes them, which is not known: those that match no file are not checked',
  unit: 'links',
};
const TEMPLATE_TARGETS: UnverifiedCause = {
  cause: 'template-link-target',
  rule: 'link-broken',
  message: 'link targets the build computes with template code (Liquid `{{ ... }}` other than site.baseurl) are not checked',
  unit: 'links',
};
const COMPONENT_PAGE_ANCHORS: UnverifiedCause = {
  cause: 'component-page-anchor',
  rule: 'link-anchor',
  message: 'anchors into pages a theme component renders (VitePress `page: true`): their ids come from code docward does not run',
  unit: 'anchors',
};
const COMPONENT_PAGE_ORPHANS: UnverifiedCause = {
  cause: 'component-page',
  rule: 'orphan',
  message: 'pages a theme component renders (VitePress `page: true`) that no Markdown link reaches: components link them, which docward does not run',
  unit: 'pages',
  key: 'entryPoints',
};
const FRAGMENT_ANCHORS: UnverifiedCause = {
  cause: 'fragment-anchor',
  rule: 'link-anchor',
  message:
    'same-page anchors (#x) in fragments (Hugo headless bundles, pages that are not rendered, templates) name headings of the page that includes them, which is not known',
  unit: 'anchors',
};
/** The most routes `lookup` remembers (a bound on its memory in a tree with many distinct links). */
const LOOKUPS_KEPT = 20_000;
/** `x/index.html` and `x.html` as the route `x` (static site output names). */
const cleanRoute = (route: string) => route.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '');

export class SiteLinks {
  readonly settings: LinkSettings;
  readonly mode: SiteGenerator;
  readonly navigation: NavigationFile[];
  private readonly files: SiteFiles;
  private readonly mounts: Mount[];
  /** route → page (first document in scan order wins a shared route). */
  private readonly routes = new Map<string, string>();
  private readonly lowerRoutes = new Map<string, string[]>();
  /** page → its route. */
  private readonly pageRoutes = new Map<string, string>();
  /** page → its language site, for pages of a mount with a language (Hugo). */
  private readonly pageLanguages = new Map<string, string>();
  /** Pages whose URL ends in `/` by the generator's say (Jekyll permalinks), whatever `trailingSlash` says. */
  private readonly directoryPages = new Set<string>();
  /** page → the URL prefix of the mount serving it (where relative links may climb to). */
  private readonly pagePrefixes = new Map<string, string>();
  private readonly docIds = new Map<string, string>();
  /** What the generator builds from every page (Hugo: ref lookup, section lists, menu pages); shortcodes are text without it. */
  private readonly pageIndex: PageIndex = {};
  /** Files the generator's config excludes from the build (no pages, no orphans). */
  private readonly excluded: PathMatcher;
  private documentLinks?: Map<string, string[]>;
  private navigationPages?: Set<string>;
  /** Dynamic routes (pages with `[param]` segments): route pattern → the page. */
  private readonly dynamicRoutes: { pattern: RegExp; page: string }[] = [];
  /** Documents outside the site that another build renders (the generator's `renderedElsewhere`). */
  private readonly foreign = new Set<string>();
  /** `lookup` by written route. */
  private readonly lookups = new Map<string, PathLink | undefined>();
  /** `resolveAbsolute` by language and path, without the fragment. */
  private readonly absolutes = new Map<string, ResolvedLink>();
  /** `missing` by route: where an absent page was expected. */
  private readonly missingRoutes = new Map<string, { path: string; route: string; unverified?: UnverifiedCause }>();

  /** `pages`: every document's page facts in scan order (site modes only; GitHub routes need none). */
  constructor(files: SiteFiles, input: SiteInput, pages: readonly PageFacts[] = []) {
    this.files = files;
    this.settings = input.settings;
    this.mode = GENERATORS[input.settings.mode];
    this.navigation = input.navigation;
    const s = this.settings;
    const generatorMounts = this.mode.mounts?.(s) ?? [];
    const routeMounts: Mount[] = [...Object.entries(s.routes).map(([prefix, folder]) => ({ prefix, folder })), ...s.contentMounts];
    // Declared content entries (docfx.json) are all that is published: no catch-all content root then.
    const rootMount = s.contentMounts.length > 0 ? [] : [{ prefix: s.base, folder: s.contentRoot }];
    this.mounts = [...routeMounts, ...generatorMounts, ...rootMount].sort((a, b) => b.folder.length - a.folder.length);
    this.excluded = compileGlobs(s.excluded.map((glob) => `/${glob}`));
    for (const route of s.dynamicRoutes ?? NONE) {
      const pattern = dynamicPattern(route.split('/'));
      if (pattern) this.dynamicRoutes.push({ pattern, page: '' });
    }
    if (this.mode.pageIndex) this.pageIndex = this.mode.pageIndex(pages, s);
    if (s.mode === 'github') return;
    // The settings a mount's pages are routed with (its URL prefix as the base): one object per mount, not per page.
    const mountSettings = new Map<Mount, LinkSettings>();
    for (const doc of pages) {
      const fm = doc.frontmatter;
      if (!isBuiltPage(doc) || this.excluded(doc.path)) continue;
      const ext = extensionOf(doc.path);
      if (!this.mode.pageExtensions.includes(ext)) continue;
      const mount = this.mounts.find((m) => within(doc.path, m.folder) && publishes(m, doc.path));
      if (!mount) continue;
      const inside = rest(doc.path, mount.folder);
      const segments = inside.slice(0, inside.length - ext.length).split('/');
      const dynamic = this.mode.dynamicSegments
        ? dynamicPattern([...mount.prefix.split('/').filter((p) => p !== ''), ...dropIndex(segments, this.mode.indexNames)])
        : undefined;
      if (dynamic) {
        this.dynamicRoutes.push({ pattern: dynamic, page: doc.path });
        continue;
      }
      let routed = mountSettings.get(mount);
      if (routed === undefined) mountSettings.set(mount, (routed = { ...s, base: mount.prefix }));
      const route = this.mode.route(segments, fm, routed, mount);
      if (route === undefined) continue;
      this.pageRoutes.set(doc.path, route);
      if (mount.prefix !== '') this.pagePrefixes.set(doc.path, mount.prefix);
      if (this.mode.directoryUrl?.(segments, fm, s)) this.directoryPages.add(doc.path);
      if (mount.language !== undefined) this.pageLanguages.set(doc.path, mount.language);
      for (const served of [route, ...(this.mode.aliases?.(fm, route, s, mount) ?? [])]) {
        if (!this.routes.has(served)) this.routes.set(served, doc.path);
        const lower = served.toLowerCase();
        const sameLower = this.lowerRoutes.get(lower);
        if (sameLower) sameLower.push(doc.path);
        else this.lowerRoutes.set(lower, [doc.path]);
      }
      const id = this.mode.docId?.(segments, fm);
      if (id !== undefined && !this.docIds.has(id)) this.docIds.set(id, doc.path);
      // Sidebars name ids of their own docs folder (Docusaurus docs instances, versions): looked up there first.
      if (id !== undefined && !this.docIds.has(`${mount.folder}\u0000${id}`)) this.docIds.set(`${mount.folder}\u0000${id}`, doc.path);
    }
    for (const [route, file] of Object.entries(s.fileRoutes ?? {})) if (!this.routes.has(route)) this.routes.set(route, file);
    if (this.mode.renderedElsewhere) this.findRenderedElsewhere(pages);
    // Pages a navigation file generates (docusaurus category index pages) resolve to that file.
    for (const nav of this.navigation) {
      for (const generated of nav.generatedRoutes ?? []) {
        const route = joinRoute(s.base, generated);
        if (!this.routes.has(route)) this.routes.set(route, nav.path);
      }
    }
  }

  /**
   * Documents outside every content folder that another build renders: those `isRenderedElsewhere`
   * says, and the others of a folder where they are more than half of its documents (a build
   * renders a folder: rust-lang/rust renders every file of rust-lang/book's `redirects/`).
   */
  private findRenderedElsewhere(pages: readonly PageFacts[]): void {
    const outside = pages.filter((doc) => !this.mounts.some((m) => within(doc.path, m.folder)));
    const folders = new Map<string, { foreign: number; all: number }>();
    const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
    for (const doc of outside) {
      const counts = folders.get(folderOf(doc.path)) ?? { foreign: 0, all: 0 };
      folders.set(folderOf(doc.path), counts);
      counts.all++;
      if (!this.isRenderedElsewhere(doc)) continue;
      this.foreign.add(doc.path);
      counts.foreign++;
    }
    for (const doc of outside) {
      const { foreign, all } = folders.get(folderOf(doc.path))!;
      if (foreign * 2 > all) this.foreign.add(doc.path);
    }
  }

  /**
   * A document outside every content folder that another build renders: it sits in a folder the
   * generator names (a print edition's), or links `.html` files the repository lacks (pages of a
   * rendered site, which GitHub would not serve either).
   */
  private isRenderedElsewhere(doc: PageFacts): boolean {
    if (this.settings.foreignFolders?.some((folder) => within(doc.path, folder))) return true;
    return (doc.htmlLinks ?? NONE).some((target) => {
      const file = resolveLinkTarget(doc.path, target);
      return file.kind === 'path' && !this.files.exists(file.path);
    });
  }

  /** Why the document's links that match no file, its title and its orphan status are not checked (another build renders it), or undefined. */
  renderedElsewhere(path: string, rule: string, unit: 'links' | 'pages'): UnverifiedCause | undefined {
    const foreign = this.mode.renderedElsewhere;
    return foreign && this.foreign.has(path) ? { ...foreign, rule, unit } : undefined;
  }

  /** The page's URL path (no slashes around it), or undefined when the document is not a page of the site. */
  routeOf(path: string): string | undefined {
    return this.pageRoutes.get(path);
  }

  /** Resolves a link of the document at `fromPath`: Hugo shortcodes by Hugo's ref lookup, every other link by its target. */
  resolveLink(fromPath: string, link: Link): ResolvedLink {
    const unverified = this.mode.unverifiedLink?.(link.target);
    if (unverified !== undefined) return { kind: 'external', unverified };
    return this.settle(this.resolveWritten(fromPath, link));
  }

  private resolveWritten(fromPath: string, link: Link): ResolvedLink {
    const shortcodes = this.pageIndex.resolveShortcode;
    if (link.kind === 'shortcode') return shortcodes ? shortcodes(fromPath, link.target, link.lang) : { kind: 'external' };
    // Hugo expands a shortcode inside a destination (`[x](<{{< ref "a" >}}>)`) before rendering; the shortcode's own link is checked.
    if (shortcodes && SHORTCODE_IN_TARGET.test(link.target)) return { kind: 'external' };
    const template = this.mode.expandTarget && /\{[{%]/.test(link.target) ? this.mode.expandTarget(link.target, this.settings) : link.target;
    if (template === undefined) return { kind: 'path', path: link.target, unverified: TEMPLATE_TARGETS };
    const resolved = this.resolve(fromPath, template);
    // A page another build renders: where its links lead is that build's, which docward does not see.
    if (resolved.kind === 'path' && resolved.unverified === undefined) {
      const foreign = this.renderedElsewhere(fromPath, 'link-broken', 'links');
      if (foreign) return { ...resolved, unverified: foreign };
    }
    // `#x` in a fragment names a heading of the page that includes it, which docward does not know.
    if (resolved.kind === 'same-document' && resolved.fragment !== undefined && this.pageIndex.fragments?.has(fromPath))
      return { kind: 'external', unverified: FRAGMENT_ANCHORS };
    if (resolved.kind !== 'path' || resolved.unverified !== undefined) return resolved;
    const absolute = link.target.trim().startsWith('/');
    // A fragment's relative links resolve against the page that includes it, which docward does not know.
    if (!absolute && this.pageIndex.fragments?.has(fromPath)) return { ...resolved, unverified: FRAGMENT_RELATIVE_LINKS };
    const hook = this.settings.linkRenderHook;
    if (
      hook !== undefined &&
      shortcodes &&
      (this.pageRoutes.has(fromPath) || this.pageIndex.fragments?.has(fromPath)) &&
      !(this.files.exists(resolved.path) && !this.files.isDir(resolved.path))
    ) {
      // The site's link render hook rewrites destinations: it may look pages up as `ref` does (Hugo's own hook does, ignoring case); beyond that docward cannot tell for relative ones.
      const page = shortcodes(fromPath, link.target, undefined);
      if (page.kind === 'path' && page.problem === undefined) return page;
      // A bare name (`g`, `glossary`: no `/`, no extension) may be a keyword of the hook; a path is checked as the hook's page lookup would find it.
      const written = splitTarget(link.target).path;
      if (!absolute && !written.includes('/') && extensionOf(written) === '') {
        return {
          ...resolved,
          unverified: {
            cause: 'link-render-hook',
            rule: 'link-broken',
            message: `bare link names (no "/", no extension) that match no page may be keywords of the site's link render hook "${hook}", which docward does not evaluate: not checked`,
            unit: 'links',
          },
        };
      }
    }
    return resolved;
  }

  /** Resolves `target` written in the document at `fromPath`. */
  resolve(fromPath: string, target: string): ResolvedLink {
    if (isExternalTarget(target)) return { kind: 'external' };
    if (this.settings.mode === 'github') return this.onGithub(fromPath, target);
    const { path: decoded, fragment } = splitTarget(target);
    if (decoded === '') return { kind: 'same-document', fragment };
    if (this.mode.tildeRoot && decoded.startsWith('~/')) {
      const path = joinSegments(this.settings.contentRoot, decoded.slice(2));
      return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
    }
    if (decoded.startsWith('/')) return this.resolveAbsolute(decoded, fragment, this.pageLanguages.get(fromPath));
    const fromRoute = this.pageRoutes.get(fromPath);
    if (fromRoute === undefined) return this.onGithub(fromPath, target);
    const ext = extensionOf(decoded);
    const isPage = ext !== '' && this.mode.pageExtensions.includes(ext);
    const fileFirst = this.mode.relativeLinks === 'file' || isPage || (ext !== '' && this.mode.assetsFileRelative);
    // The file next to the page: tried first for these, else the answer only when the site serves no route (most URL links find one).
    if (fileFirst) {
      const file = resolveLinkTarget(fromPath, target);
      if (
        file.kind === 'path' &&
        this.files.exists(file.path) &&
        !this.excluded(file.path) &&
        (this.mode.relativeLinks === 'file' || !this.files.isDir(file.path))
      )
        return file;
    }
    if (isPage && this.mode.pageLinksFromContentRoot) {
      for (const root of this.contentRootsFor(fromPath)) {
        const path = joinSegments(root, decoded);
        if (path !== undefined && this.files.exists(path) && !this.files.isDir(path)) return { kind: 'path', path, fragment };
      }
    }
    if (this.mode.relativeLinks === 'url' && !isPage) {
      const ownUrl = this.mode.trailingSlash || this.directoryPages.has(fromPath) || (this.mode.indexTrailingSlash === true && this.isIndexPage(fromPath));
      const dir = ownUrl ? fromRoute : fromRoute.slice(0, Math.max(0, fromRoute.lastIndexOf('/')));
      const route = joinSegments(dir, decoded);
      const leaving = this.mode.leavingLinks;
      if (leaving && (route === undefined || !within(route, this.pagePrefixes.get(fromPath) ?? ''))) {
        // Another site of the repository may serve it (an mdBook edition linking the current book): checked where a page matches.
        const sibling = route === undefined ? undefined : this.lookup(route);
        return sibling && sibling.caseVariants === undefined ? { ...sibling, fragment } : { kind: 'path', path: decoded, fragment, unverified: leaving };
      }
      if (route === undefined) return { kind: 'outside-root' };
      const found = this.lookup(route);
      if (found) return { ...found, fragment };
      if (ext === '') return this.unresolved(route, fragment);
    }
    return resolveLinkTarget(fromPath, target);
  }

  /** A link of a document read on GitHub (no page of the site): file-relative, or one of GitHub's web routes of the repository. */
  private onGithub(fromPath: string, target: string): ResolvedLink {
    const file = resolveLinkTarget(fromPath, target);
    if (file.kind !== 'outside-root') return file;
    return isGithubWebRoute(fromPath, splitTarget(target).path) ? { kind: 'external', unverified: GITHUB_WEB_ROUTES } : file;
  }

  /**
   * What the host makes of a path no file serves: the file that differs only in case where paths
   * are served ignoring case, else the redirect map's entry for it.
   */
  private settle(resolved: ResolvedLink): ResolvedLink {
    if (resolved.kind !== 'path' || resolved.problem !== undefined || resolved.unverified !== undefined || this.files.exists(resolved.path)) return resolved;
    if (this.mode.caseInsensitivePaths) {
      const variants = (resolved.caseVariants?.length ? resolved.caseVariants : undefined) ?? this.files.caseVariants(resolved.path);
      if (variants.length > 0) return { ...resolved, path: variants[0]!, caseVariants: undefined, caseFolded: resolved.path };
    }
    if (this.settings.gitIgnored?.(resolved.path)) return { ...resolved, unverified: GITIGNORED_TARGETS };
    // A file inside a folder the build fills (generated reference pages) or that is absent: unknown.
    const unseen = this.mounts.find((m) => m.unverified !== undefined && within(resolved.path, m.folder));
    // A folder the scan holds keeps its Markdown sources (the build converts them): a missing `.md` there is broken.
    if (unseen !== undefined && !(this.files.isDir(unseen.folder) && extensionOf(resolved.path) === '.md'))
      return { ...resolved, unverified: unseen.unverified };
    const fallback = this.languageFolderFallback(resolved.path);
    if (fallback !== undefined) {
      const unseen = this.settings.languageFallback;
      return unseen ? { ...resolved, unverified: unseen } : { ...resolved, path: fallback };
    }
    const redirects = this.settings.redirects;
    if (redirects !== undefined && redirects.size > 0) {
      const base = resolved.path.toLowerCase();
      const names = [
        base,
        ...this.mode.pageExtensions.map((e) => `${base}${e}`),
        ...this.mode.indexNames.flatMap((i) => this.mode.pageExtensions.map((e) => joinRoute(base, `${i}${e}`))),
      ];
      for (const name of names) {
        const redirect = redirects.get(name);
        if (redirect !== undefined) return { ...resolved, redirect };
      }
    }
    return resolved;
  }

  /** The default language's file at the same place as `path`, a file missing in another language's folder (MkDocs per-language docs_dir), when it exists. */
  private languageFolderFallback(path: string): string | undefined {
    return this.settings.languageFallbackOff ? undefined : this.defaultLanguageOriginal(path);
  }

  /** The file at the same place as `path` (in another language's folder) in the default language's folder, when it exists (MkDocs per-language docs_dir). */
  defaultLanguageOriginal(path: string): string | undefined {
    if (!this.mode.languageFolderFallback) return undefined;
    const from = this.mounts.find((m) => m.language !== undefined && m.language !== this.settings.defaultLanguage && within(path, m.folder));
    const to = this.mounts.find((m) => m.language !== undefined && m.language === this.settings.defaultLanguage);
    if (from === undefined || to === undefined) return undefined;
    const file = joinRoute(to.folder, rest(path, from.folder));
    return this.files.exists(file) && !this.files.isDir(file) ? file : undefined;
  }

  /** The files at the same place as `path` (in the default language's folder) in the other languages' folders (MkDocs per-language docs_dir). */
  translationsOf(path: string): string[] {
    if (!this.mode.languageFolderFallback) return [];
    const own = this.mounts.find((m) => m.language !== undefined && m.language === this.settings.defaultLanguage && within(path, m.folder));
    if (own === undefined) return [];
    return this.mounts
      .filter((m) => m.language !== undefined && m !== own)
      .map((m) => joinRoute(m.folder, rest(path, own.folder)))
      .filter((file) => this.files.exists(file) && !this.files.isDir(file));
  }

  /**
   * A navigation entry resolved like a link (doc ids and folders by their own rules). An entry for
   * every language names its page in the default language when the site has no root-language pages.
   */
  resolveNav(entry: NavEntry): ResolvedLink {
    const resolved = this.resolveNavOnce(entry);
    const fallback = this.settings.defaultLanguage;
    if (!entry.perLanguage || !fallback || !this.isMissing(resolved)) return resolved;
    const localized = this.resolveNavOnce(this.localized(entry, fallback));
    return this.isMissing(localized) ? resolved : localized;
  }

  /** A per-language entry's target in the language `lang` (`guides/x` → `fr/guides/x`, `/guides/x/` → `/fr/guides/x/`). */
  private localized(entry: NavEntry, lang: string): NavEntry {
    // A language site with a folder of its own (MkDocs per-language docs_dir): the same path in that folder.
    const folder =
      entry.kind === 'file' && this.mode.languageFolderFallback
        ? this.mounts.find((m) => m.language === lang && m.language !== this.settings.defaultLanguage)?.folder
        : undefined;
    if (folder !== undefined) return { ...entry, base: folder };
    // A translation beside its page (`x.md` → `x.fr.md`: mkdocs-static-i18n's suffix structure).
    if (entry.kind === 'file' && this.settings.languageSuffixes) return { ...entry, target: entry.target.replace(/(\.[A-Za-z0-9]+)$/, `.${lang}$1`) };
    const target = entry.kind === 'link' ? `/${joinRoute(lang, entry.target)}${entry.target.endsWith('/') ? '/' : ''}` : joinRoute(lang, entry.target);
    return { ...entry, target };
  }

  private isMissing(resolved: ResolvedLink): boolean {
    return resolved.kind === 'path' && !this.files.exists(resolved.path) && (resolved.caseVariants ?? []).length === 0;
  }

  private resolveNavOnce(entry: NavEntry): ResolvedLink {
    return this.settle(this.resolveNavWritten(entry));
  }

  private resolveNavWritten(entry: NavEntry): ResolvedLink {
    if (entry.kind === 'doc-id') {
      const id = trimSlashes(entry.target);
      const byId = this.docIds.get(`${entry.base}\u0000${id}`) ?? this.docIds.get(id);
      if (byId !== undefined) return { kind: 'path', path: byId };
      const found = this.lookup(joinRoute(this.settings.base, id));
      return found ? { ...found } : this.missing(joinRoute(this.settings.base, id), undefined);
    }
    if (isExternalTarget(entry.target)) return { kind: 'external' };
    if (entry.kind === 'content') return this.resolveContentPath(entry.target);
    if (this.mode.tildeRoot && entry.target.startsWith('~/')) return this.resolve(`${this.settings.contentRoot}/_`, entry.target);
    if (entry.kind === 'link') return this.resolveAbsolute(`/${splitTarget(entry.target).path.replace(/^\/+/, '')}`, splitTarget(entry.target).fragment);
    const { path: decoded, fragment } = splitTarget(entry.target);
    const path = joinSegments(entry.base, decoded);
    return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
  }

  /** Pages the document lists by itself, with no link written (a Hugo section page's list of its pages). */
  pagesListedBy(path: string): readonly string[] {
    return this.pageIndex.listedBy?.get(path) ?? NONE;
  }

  /** True for a document that is no page of its own (a Hugo headless bundle or template): it needs no title and is never an orphan. */
  isFragment(path: string): boolean {
    return this.pageIndex.fragments?.has(path) ?? false;
  }

  /** True when a fragment document has the anchor `id` (a page that includes it would have it too). */
  fragmentHasAnchor(id: string, anchorsOf: (number: number) => AnchorIds | undefined, numberOf: (path: string) => number | undefined): boolean {
    for (const path of this.pageIndex.fragments ?? NONE) {
      const number = numberOf(path);
      const anchors = number === undefined ? undefined : anchorsOf(number);
      if (anchors !== undefined && hasAnchor(anchors, id)) return true;
      // Ids the site's config declares for the fragment (Hugo definition terms) are included with it too.
      if (this.settings.declaredAnchors?.[path]?.includes(id)) return true;
    }
    return false;
  }

  /** Documents the site does not publish as pages (fragments, drafts): never orphans. */
  unpublished(): Iterable<string> {
    return [...(this.pageIndex.fragments ?? NONE), ...(this.pageIndex.drafts ?? NONE)];
  }

  /** Documents the site's navigation lists: navigation entries, listed folders, home pages, Hugo `menu` pages. */
  entryDocuments(): Set<string> {
    const entries = new Set<string>();
    const addFolder = (folder: string) => {
      for (const path of this.files.documentPaths) if (within(path, folder)) entries.add(path);
    };
    for (const nav of this.navigation) {
      if (nav.ofDocument) continue;
      for (const folder of nav.listsAll) addFolder(folder);
      for (const written of nav.entries) {
        const external = written.kind === 'link' && isExternalTarget(written.target);
        const each = written.perLanguage && !external ? [written, ...this.settings.languages.map((l) => this.localized(written, l))] : [written];
        for (const entry of each) {
          const resolved = this.resolveNavOnce(entry);
          if (resolved.kind !== 'path') continue;
          if (entry.kind === 'folder') addFolder(resolved.path);
          else entries.add(resolved.path);
        }
      }
    }
    if (this.settings.mode === 'github') return entries;
    const homes = [this.settings.base, ...this.settings.languages.map((l) => joinRoute(this.settings.base, l))];
    for (const home of homes) {
      const page = this.routes.get(home);
      if (page !== undefined) entries.add(page);
    }
    for (const page of this.pageIndex.entryPages ?? NONE) entries.add(page);
    return entries;
  }

  /** `/x` from a page of `language`: in that language site first (`/fr/x`) where the generator says so, then as written. */
  private resolveAbsolute(decoded: string, fragment: string | undefined, language?: string): ResolvedLink {
    // Pages link the same absolute paths over and over (opentelemetry.io: 6.7k links, 1.6k paths by language); the fragment only rides along.
    const key = language === undefined ? decoded : `${language}\u0000${decoded}`;
    let found = this.absolutes.get(key);
    if (found === undefined) {
      found = this.absoluteRoute(decoded, language);
      if (this.absolutes.size < LOOKUPS_KEPT) this.absolutes.set(key, found);
    }
    return found.kind === 'path' ? { ...found, fragment } : { ...found };
  }

  /** `resolveAbsolute` without a fragment (what it returns is memoized, as `lookup`'s objects are: `resolveAbsolute` copies). */
  private absoluteRoute(decoded: string, language: string | undefined): ResolvedLink {
    const route = joinSegments('', decoded);
    if (route === undefined) return { kind: 'outside-root' };
    const prefix = this.mode.absoluteLinksInPageLanguage ? languagePrefix(this.settings, language) : '';
    if (prefix !== '' && !this.settings.languages.includes(route.split('/')[0]!)) {
      const own = this.lookup(joinRoute(prefix, route));
      if (own && own.caseVariants === undefined) return own;
      // Unresolved in both: what decides is where the page's own language site would serve it (an absent mount there is unverified).
      if (!this.lookup(route)) {
        const missing = this.missing(joinRoute(prefix, route), undefined);
        if (missing.unverified) return missing;
      }
    }
    const found = this.lookup(route);
    if (found) return found;
    if (this.mode.rootFiles && this.files.exists(route)) return { kind: 'path', path: route };
    if (this.mode.unknownRoutesExternal && !this.mounts.some((m) => m.prefix !== '' && within(route, m.prefix))) return { kind: 'external' };
    return this.unresolved(route, undefined);
  }

  /** A route no page serves: unverified when a dynamic route or routing docward does not model may serve it, else missing. */
  private unresolved(route: string, fragment: string | undefined): ResolvedLink {
    const clean = cleanRoute(route);
    const dynamic = this.dynamicRoutes.find((d) => d.pattern.test(`/${clean}`));
    // Routes the generator's config says the build generates (Docusaurus blog tags and pages) have a cause of their own.
    if (dynamic && dynamic.page === '' && this.settings.dynamicRoutesCause)
      return { ...this.missing(route, fragment), unverified: this.settings.dynamicRoutesCause };
    if (dynamic && this.mode.dynamicSegments) {
      const { cause, key } = this.mode.dynamicSegments;
      const message =
        'links to routes that dynamic pages (a [param] segment in the file name) generate at build time: which values exist is not in the repository';
      return { ...this.missing(route, fragment), unverified: { cause, rule: 'link-broken', unit: 'links', key, message } };
    }
    if (this.settings.routesUnknown) return { ...this.missing(route, fragment), unverified: this.settings.routesUnknown };
    return this.missing(route, fragment);
  }

  /** The page's file name (extension dropped) is one of the generator's index names. */
  private isIndexPage(path: string): boolean {
    const name = lastSegment(path);
    const dot = name.lastIndexOf('.');
    return this.mode.indexNames.includes((dot > 0 ? name.slice(0, dot) : name).toLowerCase());
  }

  /**
   * Why the document's orphan status cannot be known (a dynamic page, a site whose navigation is
   * unknown), or undefined when it can. Excluded documents are no pages: never orphans (`'excluded'`).
   */
  orphanUnverified(path: string): UnverifiedCause | 'excluded' | undefined {
    if (this.excluded(path)) return 'excluded';
    const foreign = this.renderedElsewhere(path, 'orphan', 'pages');
    if (foreign) return foreign;
    if (this.mode.dynamicSegments && (this.renderedByDynamicCode(path) || this.dynamicRoutes.some((d) => d.page === path))) {
      const { cause, key } = this.mode.dynamicSegments;
      return {
        cause,
        unit: 'pages',
        key,
        message: 'dynamic pages (a [param] segment in the file name): the build generates their routes, so whether links reach them is unknown',
      };
    }
    // A page a theme component renders is linked from components too (which docward does not run).
    if (this.pageIndex.componentPages?.has(path)) return COMPONENT_PAGE_ORPHANS;
    const unknown = this.settings.navigationUnknown;
    if (unknown && within(path, this.settings.navigationUnknownIn ?? this.settings.contentRoot)) return unknown;
    return undefined;
  }

  /** Pages a document links through the generator's own syntax (Jekyll `{% link %}`), by document: `orphan` follows them like links. */
  linkedByDocument(path: string): readonly string[] {
    if (!this.documentLinks) {
      this.documentLinks = new Map();
      for (const nav of this.navigation) {
        if (!nav.ofDocument) continue;
        const targets = nav.entries.map((e) => this.resolveNav(e)).flatMap((r) => (r.kind === 'path' ? [r.path] : []));
        this.documentLinks.set(nav.path, targets);
      }
    }
    return this.documentLinks.get(path) ?? NONE;
  }

  /** Why a page's anchors are unknown: a theme component renders it (VitePress `page: true`), or it calls code that writes headings (a Hugo shortcode); else undefined. */
  anchorsByCode(path: string): UnverifiedCause | undefined {
    return this.pageIndex.componentPages?.has(path) ? COMPONENT_PAGE_ANCHORS : this.pageIndex.codeAnchors?.get(path);
  }

  /** The site gives the page its title: its navigation (mdBook: a chapter SUMMARY.md lists), a theme component (VitePress `page: true`) or its file name (Docusaurus blog posts). */
  titledBySite(path: string): boolean {
    if (this.pageIndex.componentPages?.has(path) || this.pageIndex.titledPages?.has(path)) return true;
    if (this.renderedByCode(path)) return true;
    if (!this.mode.navigationTitles) return false;
    this.navigationPages ??= new Set(
      this.navigation.filter((n) => !n.ofDocument).flatMap((n) => n.entries.map((e) => this.resolveNav(e)).flatMap((r) => (r.kind === 'path' ? [r.path] : []))),
    );
    return this.navigationPages.has(path);
  }

  /** A page whose route a dynamic code page serves (Next.js `errors/[code].tsx` reading `errors/*.md`): that code renders it. */
  private renderedByDynamicCode(path: string): boolean {
    const route = this.pageRoutes.get(path);
    return route !== undefined && this.dynamicRoutes.some((d) => d.page === '' && d.pattern.test(`/${cleanRoute(route)}`));
  }

  /** A page whose route a code page serves (Next.js `pages/errors/index.tsx` or `[code].tsx` reading the Markdown): the code gives its title. */
  private renderedByCode(path: string): boolean {
    const route = this.pageRoutes.get(path);
    return route !== undefined && ((this.settings.fileRoutes?.[route] ?? undefined) !== undefined || this.renderedByDynamicCode(path));
  }

  /** mdBook: a page is reached only through the navigation, never by a link (`orphan` follows no link into a page). */
  get navigationOnly(): boolean {
    return this.mode.navigationOnly === true;
  }

  /** The page or file serving `route`, with language fallback and a case-insensitive hint: the memo's object, which callers copy before changing or returning it. */
  private lookup(written: string): Readonly<PathLink> | undefined {
    let found = this.lookups.get(written);
    if (found === undefined && !this.lookups.has(written)) {
      found = this.lookupRoute(written);
      // Pages link the same routes over and over (a Hugo site: ~10 links per distinct absolute route); the tables are fixed once built.
      if (this.lookups.size < LOOKUPS_KEPT) this.lookups.set(written, found);
    }
    return found;
  }

  private lookupRoute(written: string): PathLink | undefined {
    const ext = this.mode.sourceExtensionRoutes ? extensionOf(written) : '';
    const route = cleanRoute(ext !== '' && this.mode.pageExtensions.includes(ext) ? written.slice(0, -ext.length).replace(/(?:^|\/)index$/, '') : written);
    const found = this.lookupExact(route);
    if (found !== undefined) return { kind: 'path', path: found, route };
    const [first, ...others] = route.split('/');
    const fallback = this.settings.defaultLanguage ?? this.settings.languages[0];
    if (first !== undefined && first !== this.settings.defaultLanguage && this.settings.languages.includes(first) && !this.settings.languageFallbackOff) {
      // A page missing in one language is served from the default language (Hugo, Starlight
      // fallback): its folder, or the content root itself (Hugo's default language, Starlight's root locale).
      const candidates = fallback !== undefined && fallback !== first ? [joinRoute(fallback, ...others), joinRoute(...others)] : [joinRoute(...others)];
      for (const candidate of candidates) {
        const page = this.lookupExact(candidate);
        if (page === undefined) continue;
        // Served only if a build step docward cannot see copies the page: counted, not resolved.
        const unseen = this.settings.languageFallback;
        return unseen ? { ...this.missing(route, undefined), unverified: unseen } : { kind: 'path', path: page, route };
      }
    }
    const variants = this.lowerRoutes.get(route.toLowerCase());
    if (variants) return { ...this.missing(route, undefined), caseVariants: variants };
    return undefined;
  }

  private lookupExact(route: string): string | undefined {
    const page = this.routes.get(route);
    if (page !== undefined) return page;
    const exists = (p: string) => this.files.exists(p) && !this.files.isDir(p) && !this.excluded(p);
    for (const mount of this.mountsFor(route)) {
      const isFile = (p: string) => exists(p) && publishes(mount, p);
      const base = joinRoute(mount.folder, rest(route, mount.prefix));
      if (isFile(base)) return base;
      // Route-mapped folders (learn, routes) serve files that are not documents, such as `.yml` pages.
      if (this.routes.size > 0 && !this.mode.yamlPages && this.settings.mode !== 'routes') continue;
      for (const ext of this.mode.pageExtensions) {
        if (isFile(`${base}${ext}`)) return `${base}${ext}`;
        for (const index of this.mode.indexNames) {
          for (const name of [index, index.toUpperCase()]) if (isFile(joinRoute(base, `${name}${ext}`))) return joinRoute(base, `${name}${ext}`);
        }
      }
    }
    // Static folders are served as they are, whatever the generator excludes from its pages.
    for (const folder of this.settings.staticRoots) {
      const file = joinRoute(folder, route);
      if (this.files.exists(file) && !this.files.isDir(file)) return file;
    }
    return undefined;
  }

  /** Mounts whose prefix contains `route`, most specific folder first. */
  private mountsFor(route: string): Mount[] {
    const first = route.split('/')[0]!;
    const otherLanguage = this.settings.languages.includes(first);
    return this.mounts.filter((m) => within(route, m.prefix) && !(m.language !== undefined && otherLanguage && first !== m.language));
  }

  /** A route no page serves: reported with the path under the mount it falls in. */
  private missing(route: string, fragment: string | undefined): PathLink {
    let where = this.missingRoutes.get(route);
    if (where === undefined) {
      where = this.missingRoute(route);
      // Many pages link the same absent routes (a mounted folder not checked out); the mounts are fixed once built.
      if (this.missingRoutes.size < LOOKUPS_KEPT) this.missingRoutes.set(route, where);
    }
    return { kind: 'path', path: where.path, fragment, route: where.route, ...(where.unverified ? { unverified: where.unverified } : {}) };
  }

  private missingRoute(route: string): { path: string; route: string; unverified?: UnverifiedCause } {
    // The most specific URL prefix names the folder the page was expected in.
    const candidates = this.mountsFor(route);
    const mount = candidates.reduce<Mount | undefined>((best, m) => (best === undefined || m.prefix.length > best.prefix.length ? m : best), undefined);
    // Any folder that may serve the route but cannot be seen (absent, generated by the build) leaves it unknown.
    const unseen = candidates.find((m) => m.unverified !== undefined)?.unverified;
    const path = mount ? joinRoute(mount.folder, rest(route, mount.prefix)) : joinRoute(this.settings.contentRoot, route);
    return {
      path: path === '' ? `/${route}` : path,
      route: `/${route}${route === '' ? '' : this.mode.trailingSlash ? '/' : ''}`,
      unverified: unseen,
    };
  }

  /** A page named by its path in the content root, extension and index file optional (`/docs/x` → `content/docs/x.md`, `…/x/_index.md`). */
  private resolveContentPath(target: string): ResolvedLink {
    const { path: decoded, fragment } = splitTarget(target);
    const isFile = (p: string) => this.files.exists(p) && !this.files.isDir(p);
    let first: string | undefined;
    for (const root of this.contentRootsFor(this.settings.contentRoot)) {
      const base = joinSegments(root, decoded.replace(/^\/+/, ''));
      if (base === undefined) return { kind: 'outside-root' };
      first ??= base;
      const names = [
        base,
        ...this.mode.pageExtensions.map((e) => `${base}${e}`),
        ...this.mode.indexNames.flatMap((i) => this.mode.pageExtensions.map((e) => joinRoute(base, `${i}${e}`))),
      ];
      const found = names.find(isFile);
      if (found !== undefined) return { kind: 'path', path: found, fragment };
    }
    return { kind: 'path', path: `${first ?? decoded}.md`, fragment };
  }

  /** Folders `.md` links are looked up from: the page's language folder, the default language's, the content root. */
  private contentRootsFor(fromPath: string): string[] {
    const root = this.settings.contentRoot;
    const roots: string[] = [];
    const first = rest(fromPath, root).split('/')[0];
    const fallback = this.settings.defaultLanguage ?? this.settings.languages[0];
    // Folders mounted at the root of a language site (Hugo content mounts): the page's language, then the default.
    const mountedRoots = (language: string | undefined) =>
      this.mounts.filter((m) => language !== undefined && m.language === language && !m.target && !m.unverified).map((m) => m.folder);
    roots.push(...mountedRoots(this.pageLanguages.get(fromPath)));
    if (first !== undefined && this.settings.languages.includes(first)) roots.push(joinRoute(root, first));
    roots.push(...mountedRoots(fallback));
    if (fallback !== undefined) roots.push(joinRoute(root, fallback));
    roots.push(root);
    return [...new Set(roots)];
  }
}

function frontmatterOf(doc: DocumentFacts): FrontmatterMap {
  const data = doc.frontmatter?.data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}
