/**
 * What a Hugo site's templates list with no link written: a list template that ranges over
 * `.Pages` shows a section's pages, a sidebar over `.CurrentSection.RegularPages` shows a page's
 * siblings, a header over `site.Sections` the top-level sections. The templates are read from the
 * site's `layouts/` and its theme's (`themes/<theme>/layouts/`), each with the partials it calls
 * (`partial "x.html"`) and, when it fills blocks, the `baseof.html` around it. Only the page
 * collections a template names are read: Go template actions are scanned for them, not run (no
 * maintained parser of Go templates exists for JavaScript), so a template that names
 * `.CurrentSection.Pages` counts as listing them.
 */
import type { SiteLoadContext } from '../generator.js';

/** Which pages a template shows links to. `regular`: only regular pages (`.RegularPages`), not sections. */
export type Listed = 'pages' | 'regular';

export interface TemplateLists {
  /** The page's own pages (`.Pages`, `.RegularPages`, `.Sections`, `.Paginator`, `.Paginate`). */
  own?: Listed;
  /** Its current section's pages (`.CurrentSection.Pages`, `.CurrentSection.RegularPages`): a regular page's siblings. */
  currentSection?: Listed;
  /** The top-level sections (`site.Sections`, `.Site.Sections`, `site.Home.Pages`). */
  siteSections?: boolean;
}

/** The site's templates as far as listing goes: layout folders (most specific first) and what each page template lists. */
export interface HugoLayouts {
  /** `layouts` of the site, then of its theme(s), from the scan root. */
  folders: string[];
  /** Page template path (from the scan root) → what it, its partials and its baseof list. */
  templates: Record<string, TemplateLists>;
}

/** Page templates (not partials, shortcodes, render hooks): what Hugo picks for home, sections and pages. */
const PAGE_TEMPLATE = /^(?:[^/]+\/)?[^/]+\.html$/;
const NOT_A_PAGE_TEMPLATE = /^(?:_partials|partials|_shortcodes|shortcodes|_markup|_default\/_markup)\//;

const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
const PARTIAL_CALL = /\b(?:partial|partialCached|partials\.Include|partials\.IncludeCached)\s+"([^"]+)"/g;
const OWN = /(?:^|[\s(|,])\$?\.(Pages|RegularPages|Sections|RegularPagesRecursive|Paginator|Paginate)\b/;
const CURRENT_SECTION = /\.CurrentSection\.(Pages|RegularPages|Sections|RegularPagesRecursive)\b/;
const SITE_SECTIONS = /(?:\bsite|\.Site)\.(?:Sections|Home\.(?:Pages|Sections))\b/;

/** What the Go template actions of `text` name (comments dropped). */
function namedCollections(text: string): TemplateLists {
  const actions = [...text.replace(COMMENT, '').matchAll(ACTION)].map((m) => m[1]!);
  const out: TemplateLists = {};
  const kind = (name: string): Listed => (name.startsWith('Regular') ? 'regular' : 'pages');
  const widen = (had: Listed | undefined, found: Listed): Listed => (had === 'pages' || found === 'pages' ? 'pages' : 'regular');
  for (const action of actions) {
    const own = OWN.exec(action);
    if (own) out.own = widen(out.own, kind(own[1]!));
    const current = CURRENT_SECTION.exec(action);
    if (current) out.currentSection = widen(out.currentSection, kind(current[1]!));
    if (SITE_SECTIONS.test(action)) out.siteSections = true;
  }
  return out;
}

function merge(a: TemplateLists, b: TemplateLists): TemplateLists {
  const widen = (x?: Listed, y?: Listed): Listed | undefined => (x === 'pages' || y === 'pages' ? 'pages' : (x ?? y));
  const out: TemplateLists = {};
  const own = widen(a.own, b.own);
  const current = widen(a.currentSection, b.currentSection);
  if (own) out.own = own;
  if (current) out.currentSection = current;
  if (a.siteSections || b.siteSections) out.siteSections = true;
  return out;
}

/** The site's layout folders: its own `layouts/`, then each theme's (`theme` in the config: a name or a list). */
export function layoutFolders(at: (p: string) => string, themes: string[]): string[] {
  return [at('layouts'), ...themes.map((t) => at(`themes/${t}/layouts`))];
}

/** Reads every page template in `folders` with the partials it calls and its baseof; undefined when the scan holds none. */
export async function readHugoLayouts({ read, scan }: Pick<SiteLoadContext, 'read' | 'scan'>, folders: string[]): Promise<HugoLayouts | undefined> {
  const files = new Set(scan.paths);
  const texts = new Map<string, string>();
  const textOf = async (path: string): Promise<string> => {
    let text = texts.get(path);
    if (text === undefined) {
      const read_ = files.has(path) ? await read(path) : '';
      text = typeof read_ === 'string' ? read_ : '';
      texts.set(path, text);
    }
    return text;
  };
  const inFolders = (names: string[]) => folders.flatMap((f) => names.map((n) => `${f}/${n}`)).find((p) => files.has(p));
  /** A template with every partial it calls, transitively. */
  const withPartials = async (path: string, seen: Set<string>): Promise<TemplateLists> => {
    if (seen.has(path)) return {};
    seen.add(path);
    const text = await textOf(path);
    let lists = namedCollections(text);
    for (const call of text.matchAll(PARTIAL_CALL)) {
      const name = call[1]!.endsWith('.html') ? call[1]! : `${call[1]!}.html`;
      const partial = inFolders([`_partials/${name}`, `partials/${name}`]);
      if (partial !== undefined) lists = merge(lists, await withPartials(partial, seen));
    }
    return lists;
  };
  const templates: Record<string, TemplateLists> = {};
  for (const folder of folders) {
    for (const path of scan.paths) {
      if (!path.startsWith(`${folder}/`)) continue;
      const inner = path.slice(folder.length + 1);
      if (!PAGE_TEMPLATE.test(inner) || NOT_A_PAGE_TEMPLATE.test(inner) || /(?:^|\/)baseof\.html$/.test(inner)) continue;
      const seen = new Set<string>();
      let lists = await withPartials(path, seen);
      // A template that fills blocks (`define "main"`) is rendered inside the site's baseof.
      if (/\{\{-?\s*define\s+"/.test(await textOf(path))) {
        const baseof = inFolders(['baseof.html', '_default/baseof.html']);
        if (baseof !== undefined) lists = merge(lists, await withPartials(baseof, seen));
      }
      templates[path] = lists;
    }
  }
  return Object.keys(templates).length === 0 ? undefined : { folders, templates };
}

/** The template Hugo renders a page with (its lookup order, simplified), or undefined when the scan has none for it. */
export function templateFor(
  layouts: HugoLayouts,
  page: { kind: 'home' | 'section' | 'page'; type: string; layout?: string },
): { path: string; lists: TemplateLists } | undefined {
  const { kind, type, layout } = page;
  const typed = (names: string[]) => [...(type === '' ? [] : names.map((n) => `${type}/${n}`)), ...names, ...names.map((n) => `_default/${n}`)];
  const names =
    kind === 'home'
      ? ['home.html', 'index.html', ...typed(['list.html'])]
      : kind === 'section'
        ? typed(['section.html', 'list.html'])
        : [...(layout === undefined ? [] : typed([`${layout}.html`])), ...typed(['page.html', 'single.html'])];
  for (const folder of layouts.folders) {
    for (const name of names) {
      const path = `${folder}/${name}`;
      const lists = layouts.templates[path];
      if (lists !== undefined) return { path, lists };
    }
  }
  return undefined;
}
