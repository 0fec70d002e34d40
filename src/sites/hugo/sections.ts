/**
 * What Hugo pages list with no link written. A section's `.Pages` are the regular pages and the
 * sections directly in it (gohugo.io: content-management/sections, methods/page/pages). A section
 * is a folder with an `_index.md` (top-level folders are sections even without one, but then no
 * document lists them); the home page's are the top-level sections and the root's pages. A page
 * belongs to the nearest section above it; files inside a leaf bundle (a folder with `index.md`)
 * are its resources, not pages. Pages Hugo does not build or list (`draft: true`,
 * `build: {list: never}`, `_build: {list: never}`) are not listed. A language site without its own
 * `_index.md` for a section uses the default language's (Hugo falls back to it).
 *
 * Which page shows which list comes from the site's templates (layouts.ts): a section or home
 * template naming `.Pages` lists the page's own; a template naming `.CurrentSection.Pages` lists
 * the current section's (a regular page's siblings); `site.Sections` the top-level sections. Without
 * templates in the scan, section pages list their pages and the home page nothing (a landing page).
 */
import { stringKey } from '../generator.js';
import { templateFor, type HugoLayouts, type Listed, type TemplateLists } from './layouts.js';
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

/** Without templates: section pages list their own pages. */
const SECTION_DEFAULT: TemplateLists = { own: 'pages' };

/** Page path → the pages it lists, for every page of the scan that lists some. */
export function hugoSectionLists(pages: readonly HugoPage[], defaultLanguage?: string, layouts?: HugoLayouts): Map<string, string[]> {
  const key = (language: string, folder: string) => `${language}\u0000${folder}`;
  // Per language: section folder → its `_index` page; leaf bundle folders.
  const sections = new Map<string, string>();
  const leafBundles = new Set<string>();
  for (const page of pages) {
    if (page.index === '_index') sections.set(key(page.language, page.folder), page.path);
    else if (page.index === 'index') leafBundles.add(key(page.language, page.folder));
  }
  const sectionPage = (language: string, folder: string) =>
    sections.get(key(language, folder)) ?? (defaultLanguage === undefined ? undefined : sections.get(key(defaultLanguage, folder)));
  // Pages share folders: each folder's answer is worked out once.
  const leafBundled = new Map<string, boolean>();
  const inLeafBundle = (language: string, folder: string): boolean => {
    const at = key(language, folder);
    let inside = leafBundled.get(at);
    if (inside === undefined) {
      inside = false;
      for (let f = folder; f !== '' && !inside; f = parentOf(f)) inside = leafBundles.has(key(language, f));
      leafBundled.set(at, inside);
    }
    return inside;
  };
  /** The section a folder's pages belong to: the nearest with a section page, a top-level folder (a section without one), or the home ('' ). */
  const sectionOf = (language: string, folder: string): string => {
    for (let f = folder; f !== ''; f = parentOf(f)) if (sectionPage(language, f) !== undefined || !f.includes('/')) return f;
    return '';
  };
  // Per language and section folder: the pages directly in it, and the sections among them.
  const children = new Map<string, { pages: string[]; regular: string[]; sections: string[] }>();
  for (const page of pages) {
    // A section or leaf bundle is listed by the section above its own folder; a regular page by its folder's.
    const own = page.index === '' ? page.folder : parentOf(page.folder);
    if (page.index === '_index' && page.folder === '') continue;
    if (page.index !== '_index' && inLeafBundle(page.language, own)) continue;
    if (unlisted(page)) continue;
    const at = key(page.language, sectionOf(page.language, own));
    let list = children.get(at);
    if (!list) children.set(at, (list = { pages: [], regular: [], sections: [] }));
    list.pages.push(page.path);
    (page.index === '_index' ? list.sections : list.regular).push(page.path);
  }
  const NONE = { pages: [], regular: [], sections: [] };
  const childrenOf = (language: string, folder: string) => children.get(key(language, folder)) ?? NONE;
  const pick = (language: string, folder: string, listed: Listed) => childrenOf(language, folder)[listed === 'pages' ? 'pages' : 'regular'];

  const lists = new Map<string, string[]>();
  const add = (path: string, listed: readonly string[]) => {
    if (listed.length === 0) return;
    const had = lists.get(path);
    lists.set(path, had ? [...had, ...listed] : (listed as string[]));
  };
  // Section pages of a language that falls back to the default language's `_index.md` list that language's pages too.
  const owners = new Map<string, { language: string; folder: string }[]>();
  for (const at of children.keys()) {
    const [language, folder] = at.split('\u0000') as [string, string];
    const owner = folder === '' ? sections.get(key(language, '')) : sectionPage(language, folder);
    if (owner === undefined) continue;
    const list = owners.get(owner);
    if (list) list.push({ language, folder });
    else owners.set(owner, [{ language, folder }]);
  }
  // Pages share a few (kind, type, layout) triples: each one's template is looked up once.
  const templates = new Map<string, TemplateLists | undefined>();
  const templateOf = (page: HugoPage): TemplateLists | undefined => {
    const slash = page.folder.indexOf('/');
    const type = stringKey(page.frontmatter, 'type') ?? (slash < 0 ? page.folder : page.folder.slice(0, slash));
    const kind = page.index === '_index' ? (page.folder === '' ? 'home' : 'section') : 'page';
    const layout = stringKey(page.frontmatter, 'layout');
    const at = `${kind}\u0000${type}\u0000${layout === undefined ? '' : `=${layout}`}`;
    if (templates.has(at)) return templates.get(at);
    const found = layouts === undefined ? undefined : templateFor(layouts, { kind, type, layout });
    const lists = found !== undefined ? found.lists : kind === 'section' ? SECTION_DEFAULT : undefined;
    templates.set(at, lists);
    return lists;
  };
  for (const page of pages) {
    const template = templateOf(page);
    if (template === undefined) continue;
    const isSection = page.index === '_index';
    // A section's (and the home's) own pages, in every language whose section falls back to it.
    const ownPlaces = isSection ? (owners.get(page.path) ?? []) : [];
    const current = isSection ? template.currentSection : undefined;
    const ownListed = template.own === 'pages' || current === 'pages' ? 'pages' : (template.own ?? current);
    if (ownListed !== undefined) for (const place of ownPlaces) add(page.path, pick(place.language, place.folder, ownListed));
    // A regular page's current section: its siblings.
    if (!isSection && template.currentSection !== undefined) {
      const folder = page.index === 'index' ? parentOf(page.folder) : page.folder;
      add(page.path, pick(page.language, sectionOf(page.language, folder), template.currentSection));
    }
    if (template.siteSections) add(page.path, childrenOf(page.language, '').sections);
  }
  return lists;
}
