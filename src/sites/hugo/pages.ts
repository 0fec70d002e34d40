/** Hugo's content pages of one scan: which language site each belongs to, its folder and its logical path. */
import { isBuiltPage, type FrontmatterMap, type PageFacts } from '../generator.js';
import type { LinkSettings } from '../settings.js';

export interface HugoPage {
  path: string;
  /** The language site ('' when the site has no language folders). */
  language: string;
  /** Hugo's logical path: the path inside the language root, extension and `_index`/`index` dropped, lowercased, spaces as `-`. */
  logical: string;
  /** The folder inside the language root ('' = the root). */
  folder: string;
  /** `_index` (a branch bundle: section or home), `index` (a leaf bundle) or '' (a regular page). */
  index: '' | '_index' | 'index';
  /** The page's kept frontmatter keys (site-links.ts `pageFacts`). */
  frontmatter: FrontmatterMap;
}

/** Hugo's logical form of a path inside a content root: lowercase, spaces as `-`, a final `_index`/`index` dropped. */
export function logicalKey(path: string, dropIndex = true): string {
  const key = path.toLowerCase().replace(/ /g, '-');
  return dropIndex ? key.replace(/(?:^|\/)_?index$/, '') : key;
}

/** The extension of the last segment (`.md`, as written), '' when none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** True when Hugo renders the file at `path` as a content page: a page extension, under the content root. */
export function isHugoContent(path: string, settings: LinkSettings, pageExtensions: readonly string[]): boolean {
  const root = settings.contentRoot;
  return pageExtensions.includes(extensionOf(path).toLowerCase()) && (root === '' || path.startsWith(`${root}/`));
}

/** Every document with a page extension under the content root that Hugo builds (see isBuiltPage), in scan order. */
export function hugoPages(documents: readonly PageFacts[], settings: LinkSettings, pageExtensions: string[]): HugoPage[] {
  const root = settings.contentRoot;
  const fallback = settings.defaultLanguage ?? settings.languages[0] ?? '';
  const pages: HugoPage[] = [];
  for (const doc of documents) {
    if (!isBuiltPage(doc)) continue;
    if (!isHugoContent(doc.path, settings, pageExtensions)) continue;
    const ext = extensionOf(doc.path);
    let inner = (root === '' ? doc.path : doc.path.slice(root.length + 1)).slice(0, -ext.length);
    let language = fallback;
    const first = inner.slice(0, Math.max(0, inner.indexOf('/')));
    if (first !== '' && settings.languages.includes(first)) {
      language = first;
      inner = inner.slice(first.length + 1);
    }
    const slash = inner.lastIndexOf('/');
    const name = inner.slice(slash + 1);
    const index = name === '_index' || name === 'index' ? name : '';
    pages.push({ path: doc.path, language, logical: logicalKey(inner), folder: slash < 0 ? '' : inner.slice(0, slash), index, frontmatter: doc.frontmatter });
  }
  return pages;
}
