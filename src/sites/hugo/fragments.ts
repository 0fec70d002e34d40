/**
 * Hugo documents that are no page of their own: headless bundles (`headless: true` on a leaf
 * bundle's `index.md`: it and the files in its folder are resources for other pages), pages Hugo
 * does not render (`build: { render: never }`, also `_build`, `false` in older Hugo), set on the
 * page or cascaded from a section's `_index.md` (`cascade`, with its `target`/`_target` `path`
 * glob; the section page itself too, unless it sets `build.render` itself), and Markdown in the site's `layouts/`, `archetypes/` and `themes/` (templates). Drafts
 * (`draft: true`) are pages not published yet.
 */
import picomatch from 'picomatch';
import type { PageFacts } from '../generator.js';
import type { HugoPage } from './pages.js';

type Data = Record<string, unknown>;
const asObject = (v: unknown): Data | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined);

/** `build.render` (or `_build.render`) set to `never` (or `false`). */
function rendersNever(values: Data | undefined): boolean {
  for (const key of ['build', '_build']) {
    const render = asObject(values?.[key])?.render;
    if (render === 'never' || render === false) return true;
  }
  return false;
}

/** `build.render` (or `_build.render`) set at all. */
function setsRender(values: Data | undefined): boolean {
  return ['build', '_build'].some((key) => asObject(values?.[key])?.render !== undefined);
}

/** A section's cascades that stop rendering, each with the `path` glob its target limits it to (undefined: every descendant). */
function renderNeverCascades(frontmatter: Data | undefined): (((logical: string) => boolean) | undefined)[] {
  const cascade = frontmatter?.cascade;
  const entries = Array.isArray(cascade) ? cascade.map(asObject) : [asObject(cascade)];
  const out: (((logical: string) => boolean) | undefined)[] = [];
  for (const entry of entries) {
    if (!entry || !rendersNever(entry)) continue;
    const target = asObject(entry.target) ?? asObject(entry._target);
    const path = typeof target?.path === 'string' ? target.path : undefined;
    // Hugo matches `path` against the page's path from the content root (`/docs/x`), as a glob (`{/a,/a/**}` too).
    const matches = path === undefined ? undefined : picomatch(path, { dot: true });
    out.push(matches === undefined ? undefined : (logical: string) => matches(`/${logical}`));
  }
  return out;
}

/** A template folder of the site or of a theme: Markdown there is a template or an archetype, not content. */
const TEMPLATE_FOLDER = /(?:^|\/)(?:layouts|archetypes|themes)\//;

/** `pages`: the documents in content mounts (the others are templates only in a template folder). */
export function hugoFragments(documents: readonly PageFacts[], pages: readonly HugoPage[]): Set<string> {
  const fragments = new Set<string>();
  const content = new Set(pages.map((p) => p.path));
  for (const doc of documents) if (!content.has(doc.path) && TEMPLATE_FOLDER.test(doc.path)) fragments.add(doc.path);
  const headless: { language: string; folder: string }[] = [];
  const cascades: { language: string; folder: string; matches?: (logical: string) => boolean }[] = [];
  for (const page of pages) {
    if (page.index === 'index' && page.frontmatter?.headless === true) headless.push({ language: page.language, folder: page.folder });
    if (page.index === '_index')
      for (const matches of renderNeverCascades(page.frontmatter)) cascades.push({ language: page.language, folder: page.folder, matches });
    if (rendersNever(page.frontmatter)) fragments.add(page.path);
  }
  const under = (folder: string, inner: string) => folder === '' || inner === folder || inner.startsWith(`${folder}/`);
  for (const page of pages) {
    if (headless.some((h) => h.language === page.language && under(h.folder, page.folder))) fragments.add(page.path);
    else if (
      cascades.some(
        (c) =>
          c.language === page.language &&
          under(c.folder, page.folder) &&
          // The section page takes its own cascade too (Hugo cascades to self), unless its own `build` says otherwise.
          !(page.index === '_index' && page.folder === c.folder && setsRender(page.frontmatter)) &&
          (c.matches === undefined || c.matches(page.logical)),
      )
    )
      fragments.add(page.path);
  }
  return fragments;
}

export function hugoDrafts(pages: readonly HugoPage[]): Set<string> {
  return new Set(pages.filter((p) => p.frontmatter?.draft === true).map((p) => p.path));
}
