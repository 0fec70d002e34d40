/** What distinguishes one site generator's link resolution from another's (one file per mode implements this). */
import type { HeadingIdStyle } from '../anchors.js';
import type { LinkSettings } from '../settings.js';

export type FrontmatterMap = Record<string, unknown> | undefined;

export interface ModeDefinition {
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
  /**
   * The route of a page (no leading or trailing `/`, language folder included as written) from its
   * path segments inside the content root, extension dropped. `undefined`: not a page.
   */
  route(segments: string[], frontmatter: FrontmatterMap, settings: LinkSettings): string | undefined;
  /** Docusaurus doc id (what sidebars name); absent for modes without ids. */
  docId?(segments: string[], frontmatter: FrontmatterMap): string;
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

/** Drops a trailing index name (`index`, `_index`, `README`...) so the page stands for its folder. */
export function dropIndex(segments: string[], indexNames: string[]): string[] {
  const last = segments[segments.length - 1];
  return last !== undefined && indexNames.includes(last.toLowerCase()) ? segments.slice(0, -1) : segments;
}

/** The route most generators use: the base, then the page's folders and name, its index name dropped. */
export function pathRoute(this: ModeDefinition, segments: string[], _frontmatter: FrontmatterMap, settings: LinkSettings): string {
  return joinRoute(settings.base, ...dropIndex(segments, this.indexNames));
}
