/**
 * What a Hugo section page lists with no link written: a section's list template ranges over
 * `.Pages`, the regular pages and the sections directly in it (gohugo.io: content-management/sections,
 * methods/page/pages). A section is a folder with an `_index.md` (top-level folders are sections
 * even without one, but then no document lists them). A page belongs to the nearest section above it;
 * files inside a leaf bundle (a folder with `index.md`) are its resources, not pages. Pages Hugo does
 * not build or list (`draft: true`, `build: {list: never}`, `_build: {list: never}`) are not listed.
 * The home page (`_index.md` of the language root) is a landing page whose template varies: it lists nothing here.
 * A language site without its own `_index.md` for a section uses the default language's (Hugo
 * falls back to it, e.g. through a mount of the default language's content into every language).
 */
import type { HugoPage } from './pages.js';

const parentOf = (folder: string) => folder.slice(0, Math.max(0, folder.lastIndexOf('/')));

/** `build.list` / `_build.list` set to `never` (or `false`, Hugo's older form), or a draft. */
function unlisted(page: HugoPage): boolean {
  const fm = page.frontmatter;
  if (fm === undefined) return false;
  if (fm.draft === true) return true;
  for (const key of ['build', '_build']) {
    const build = fm[key];
    if (build === null || typeof build !== 'object' || Array.isArray(build)) continue;
    const list = (build as Record<string, unknown>).list;
    if (list === 'never' || list === false) return true;
  }
  return false;
}

/** Section page path → the pages it lists, for every section page of the scan. */
export function hugoSectionLists(pages: readonly HugoPage[], defaultLanguage?: string): Map<string, string[]> {
  // Per language: section folder → its `_index` page; leaf bundle folders.
  const sections = new Map<string, string>();
  const leafBundles = new Set<string>();
  const key = (language: string, folder: string) => `${language}\u0000${folder}`;
  for (const page of pages) {
    if (page.index === '_index') sections.set(key(page.language, page.folder), page.path);
    else if (page.index === 'index') leafBundles.add(key(page.language, page.folder));
  }
  const inLeafBundle = (language: string, folder: string): boolean => {
    for (let f = folder; f !== ''; f = parentOf(f)) if (leafBundles.has(key(language, f))) return true;
    return false;
  };
  const lists = new Map<string, string[]>();
  for (const page of pages) {
    // A section or leaf bundle is listed by the section above its own folder; a regular page by its folder's.
    const own = page.index === '' ? page.folder : parentOf(page.folder);
    if (page.index !== '_index' && inLeafBundle(page.language, own)) continue;
    if (page.index === '_index' && page.folder === '') continue;
    if (unlisted(page)) continue;
    for (let folder = own; folder !== ''; folder = parentOf(folder)) {
      const section = sections.get(key(page.language, folder)) ?? (defaultLanguage === undefined ? undefined : sections.get(key(defaultLanguage, folder)));
      if (section !== undefined) {
        const listed = lists.get(section);
        if (listed) listed.push(page.path);
        else lists.set(section, [page.path]);
        break;
      }
      // A top-level folder is a section even without `_index.md`: nothing lists its pages then.
      if (!folder.includes('/')) break;
    }
  }
  return lists;
}
