/** Hugo's content pages of one scan: which mount and language site each belongs to, its folder and its logical path. */
import { isBuiltPage, joinRoute, within, type FrontmatterMap, type Mount, type PageFacts } from '../generator.js';
import { languagePrefix, type LinkSettings } from '../settings.js';

export interface HugoPage {
  path: string;
  /** The language site ('' when the site has no language folders). */
  language: string;
  /** Hugo's logical path: the path inside the language site's content tree, extension and `_index`/`index` dropped, lowercased, spaces as `-`. */
  logical: string;
  /** The folder inside the language site's content tree ('' = the root). */
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

/**
 * The folders Hugo reads content from, most specific first: the content mounts of its config, or
 * the content root with the default language's folder in it (`content/en`, served without prefix).
 */
export function hugoContentMounts(settings: LinkSettings): Mount[] {
  if (settings.contentMounts.length > 0) return [...settings.contentMounts].sort((a, b) => b.folder.length - a.folder.length);
  const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
  const own: Mount[] =
    defaultLanguage === undefined
      ? []
      : [
          {
            prefix: joinRoute(settings.base, languagePrefix(settings, defaultLanguage)),
            folder: joinRoute(settings.contentRoot, defaultLanguage),
            language: defaultLanguage,
          },
        ];
  return [...own, { prefix: settings.base, folder: settings.contentRoot }];
}

/** Where a file sits in Hugo's content: its mount, language site and path in that site's content tree (extension kept); undefined outside every mount. */
export function hugoPlace(
  path: string,
  settings: LinkSettings,
  mounts: readonly Mount[] = hugoContentMounts(settings),
): { mount: Mount; language: string; inner: string } | undefined {
  for (const mount of mounts) {
    if (mount.unverified !== undefined || !within(path, mount.folder) || path === mount.folder) continue;
    let inner = mount.folder === '' ? path : path.slice(mount.folder.length + 1);
    if (mount.accepts && !mount.accepts(inner)) continue;
    let language = mount.language ?? settings.defaultLanguage ?? settings.languages[0] ?? '';
    if (mount.language === undefined) {
      const first = inner.slice(0, Math.max(0, inner.indexOf('/')));
      if (first !== '' && settings.languages.includes(first)) {
        language = first;
        inner = inner.slice(first.length + 1);
      }
    }
    return { mount, language, inner: joinRoute(mount.target, inner) };
  }
  return undefined;
}

/** True when Hugo renders the file at `path` as a content page: a page extension, in a content mount. */
export function isHugoContent(path: string, settings: LinkSettings, pageExtensions: readonly string[]): boolean {
  return pageExtensions.includes(extensionOf(path).toLowerCase()) && hugoPlace(path, settings) !== undefined;
}

/** Every document with a page extension in a content mount that Hugo builds (see isBuiltPage), in scan order. */
export function hugoPages(documents: readonly PageFacts[], settings: LinkSettings, pageExtensions: string[]): HugoPage[] {
  const mounts = hugoContentMounts(settings);
  const pages: HugoPage[] = [];
  for (const doc of documents) {
    if (!isBuiltPage(doc)) continue;
    const ext = extensionOf(doc.path);
    if (!pageExtensions.includes(ext.toLowerCase())) continue;
    const place = hugoPlace(doc.path, settings, mounts);
    if (place === undefined) continue;
    const inner = place.inner.slice(0, -ext.length);
    const slash = inner.lastIndexOf('/');
    const name = inner.slice(slash + 1);
    const index = name === '_index' || name === 'index' ? name : '';
    pages.push({
      path: doc.path,
      language: place.language,
      logical: logicalKey(inner),
      folder: slash < 0 ? '' : inner.slice(0, slash),
      index,
      frontmatter: doc.frontmatter,
    });
  }
  return pages;
}
