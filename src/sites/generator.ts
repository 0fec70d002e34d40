/**
 * What one site generator is to docward (one folder per generator under src/sites/ implements it):
 * how it is detected, where its pages and static files live, how a page's path becomes its URL,
 * which heading ids it writes, which config and navigation files it reads, and what of the site
 * docward cannot see (counted into the scan's UnverifiedTally, one notice per cause).
 */
import type { ProblemKind } from '../engine/contract.js';
import type { HeadingIdStyle } from '../rules/links/anchors.js';
import type { ResolvedLink } from '../rules/links/resolve.js';
import type { UnverifiedCause, UnverifiedTally } from '../unverified.js';
import type { NavigationFile } from './navigation.js';
import type { GeneratorFindings, LinksConfig, LinkSettings } from './settings.js';

export type FrontmatterMap = Record<string, unknown> | undefined;

/** What a site's routes need of one document: its path, problem and the frontmatter keys routes read. */
export interface PageFacts {
  path: string;
  problem?: ProblemKind;
  frontmatter: FrontmatterMap;
}

/** Problems of files the site generator still builds (they are regular files it can read), so they count as pages;
 * a symlink (not published by Hugo, not followed by docward) or an unreadable file is no page. */
const BUILT_DESPITE: ReadonlySet<string> = new Set(['too-large', 'too-complex', 'binary', 'encoding']);

/** The document is a page on disk the site generator builds, whether or not docward could extract its facts. */
export const isBuiltPage = (doc: PageFacts): boolean => doc.problem === undefined || BUILT_DESPITE.has(doc.problem);

/** A URL prefix served from a repository folder (docfx content entries, Hugo content mounts). */
export interface Mount {
  prefix: string;
  folder: string;
  /** The language site the folder belongs to (Hugo): not for routes that start with another language. */
  language?: string;
  /** Hugo: where the folder sits in its language site's content tree (`docs/spec`; '' = the root); `prefix` is the language prefix and this. */
  target?: string;
  /** Which files under the folder (relative paths) are published (docfx `files`/`exclude`, Hugo `files`). */
  accepts?: (relative: string) => boolean;
  /** The folder is absent from the scan (a submodule not checked out, fetched at build time): what resolves into it is unverified. */
  absent?: UnverifiedCause;
}

/** Files whose presence in a folder says the generator builds it (detect.ts). */
export interface Signature {
  /** Config file names; one must exist in the folder. */
  configs: string[];
  /** Content folder (relative to that folder) that must exist too; undefined: none needed. */
  content?: string;
  /** Paths (relative to that folder) whose presence says another generator uses the same config name (Hexo's and Jupyter Book's `_config.yml`). */
  unless?: string[];
}

/** Settings read from the generator's own config files (config keys in `.docward.yml` win over them). */
export type FoundSettings = Partial<LinksConfig> & { contentMounts?: Mount[]; linkRenderHook?: string } & Partial<GeneratorFindings>;

/** What a generator's `load` may read and fill in (load.ts builds it; only files the scan listed are read). */
export interface SiteLoadContext {
  /** A path in the site's folder (the one holding its config) from the scan root. */
  at(path: string): string;
  /** True for a file the scan listed (excluded or ignored files do not exist for docward). */
  isFile(path: string): boolean;
  read(path: string): Promise<string | { error: string }>;
  /** A navigation file that could not be read, reported as such. */
  unreadable(path: string, format: NavigationFile['format'], message: string): NavigationFile;
  /** The scan's listing. */
  scan: { paths: readonly string[]; dirs: readonly string[] };
  /** The `links:` section of `.docward.yml`. */
  links: LinksConfig;
  /** Settings found in the generator's config: the defaults (relative to the site folder) to start with; fill in what the config says. */
  found: FoundSettings;
  /** Navigation files read (menus, sidebars, nav, TOCs). */
  navigation: NavigationFile[];
  /** What the generator's config leaves docward unable to check: one entry per cause. */
  unverified: UnverifiedTally;
}

/** What a generator builds from the scan's pages, beyond routes (Hugo: ref shortcodes, section lists, menu pages). */
export interface PageIndex {
  /** A shortcode link (`{{< ref x >}}`) written in the document at `fromPath`. */
  resolveShortcode?(fromPath: string, target: string, lang: string | undefined): ResolvedLink;
  /** Pages a document lists by itself with no link written (a Hugo section's list), by document. */
  listedBy?: Map<string, string[]>;
  /** Pages the site lists by their own frontmatter (Hugo `menu`): navigation entry points. */
  entryPages?: string[];
  /** Documents that are no page of their own (Hugo headless bundles, `build.render: never`, templates): no title needed, never orphans. */
  fragments?: Set<string>;
  /** Pages the site does not publish yet (`draft: true`): never orphans. */
  drafts?: Set<string>;
}

export interface SiteGenerator {
  /** Files that identify a site built by this generator; absent: chosen only by `links.mode`. */
  detect?: Signature;
  /** Where pages and static files are and the URL base, relative to the site's folder. */
  defaults: { contentRoot: string; base: string; staticRoots: string[] };
  headingIds: HeadingIdStyle;
  /** Page URLs end in `/` (`/docs/a/`), so a relative URL resolves inside the page's own URL. */
  trailingSlash: boolean;
  /** Source extensions that are pages (the route drops them). */
  pageExtensions: string[];
  /** File names (lowercase, no extension) that stand for their folder's URL. */
  indexNames: string[];
  /** How a relative link without a file extension resolves: against the file's folder (`file`) or the page URL (`url`). */
  relativeLinks: 'file' | 'url';
  /** A relative link to a non-page file (image) resolves against the file's folder first (bundlers do), not only the URL. */
  assetsFileRelative: boolean;
  /** `.md` links missing next to the file are looked up from the content root (Hugo's ref/relref and link render hook). */
  pageLinksFromContentRoot: boolean;
  /** `/x` may also name a repository file from the root (GitHub-style). */
  rootFiles: boolean;
  /** Absolute routes under no known prefix belong to other sites of the same host (Learn): not checked. */
  unknownRoutesExternal: boolean;
  /** `~/x` is `x` from the content root (docfx). */
  tildeRoot: boolean;
  /** Also try `<route>.yml` and `<route>/index.yml` (docfx YAML pages). */
  yamlPages: boolean;
  /** Index pages' URLs end in `/` while other pages' do not (VitePress, Next.js): relative URLs resolve inside an index page's own URL. */
  indexTrailingSlash?: boolean;
  /**
   * Pages with `[param]` segments (`packages/[pkg].md`, Next.js `[...slug].mdx`) are dynamic routes the
   * build generates: links into them and the pages themselves are counted under this cause, never checked.
   */
  dynamicSegments?: { cause: string; key?: string };
  /** A route written with the page's source extension (`/guide/x.md`) is the page's route (VitePress rewrites such links). */
  sourceExtensionRoutes?: boolean;
  /** Expands template code in a link target (Jekyll's `{{ site.baseurl }}`); undefined: the target is computed by the build (counted, not checked). */
  expandTarget?(target: string, settings: LinkSettings): string | undefined;
  /** Why a page's orphan status is unknown (Jekyll posts that layouts list with Liquid loops), or undefined. */
  orphanUnknown?(path: string, settings: LinkSettings): UnverifiedCause | undefined;
  /** A page is built only when the navigation lists it (mdBook's SUMMARY.md): links do not reach pages for `orphan`. */
  navigationOnly?: boolean;
  /** Shortcode links (`{{< ref >}}`) are links in the documents `isContent` accepts; elsewhere (and in other generators) they are text. */
  shortcodes?: { isContent(path: string, settings: LinkSettings): boolean };
  /**
   * The route of a page (no leading or trailing `/`) from its path segments inside the folder of
   * `mount` (the content root, or the mount that publishes it), extension dropped; `settings.base`
   * is the mount's prefix. `undefined`: not a page.
   */
  route(segments: string[], frontmatter: FrontmatterMap, settings: LinkSettings, mount?: Mount): string | undefined;
  /** More routes that serve the page at `route` (Hugo `aliases`, `redirects`): valid link targets. */
  aliases?(frontmatter: FrontmatterMap, route: string, settings: LinkSettings, mount?: Mount): string[];
  /** Docusaurus doc id (what sidebars name); absent for generators without ids. */
  docId?(segments: string[], frontmatter: FrontmatterMap): string;
  /** Absolute links (`/docs/x`) are looked up in the linking page's language site first (`/fr/docs/x`), then as written (Hugo's link render hook). */
  absoluteLinksInPageLanguage?: boolean;
  /** Reads the generator's config and navigation files into `ctx.found` and `ctx.navigation`. */
  load?(ctx: SiteLoadContext): Promise<void>;
  /** URL prefixes served from folders besides the content root and `links.routes` (Hugo's default language). */
  mounts?(settings: LinkSettings): Mount[];
  /** What the generator builds from every page of the scan (site-links.ts asks once). */
  pageIndex?(pages: readonly PageFacts[], settings: LinkSettings): PageIndex;
}

/** A non-empty string frontmatter value, or undefined. */
export function stringKey(frontmatter: FrontmatterMap, key: string): string | undefined {
  const value = frontmatter?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Segments joined as a route (no leading or trailing slash). */
export function joinRoute(...parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => p !== undefined && p !== '')
    .join('/')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/|\/$/g, '');
}

/** Trims slashes so folders and URL prefixes compare as plain segment paths (`/docs/` → `docs`). */
export function trimSlashes(value: string): string {
  return value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');
}

/** Drops a trailing index name (`index`, `_index`, `README`...) so the page stands for its folder. */
export function dropIndex(segments: string[], indexNames: string[]): string[] {
  const last = segments[segments.length - 1];
  return last !== undefined && indexNames.includes(last.toLowerCase()) ? segments.slice(0, -1) : segments;
}

/** The route most generators use: the base, then the page's folders and name, its index name dropped. */
export function pathRoute(this: SiteGenerator, segments: string[], _frontmatter: FrontmatterMap, settings: LinkSettings): string {
  return joinRoute(settings.base, ...dropIndex(segments, this.indexNames));
}
