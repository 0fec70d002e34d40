/**
 * `mdbook`: the folder holding `book.toml`; pages are the `.md` files under `[book] src` (`src/`),
 * built only when `SUMMARY.md` lists them (a page it does not list is an orphan, even when linked);
 * `x.md` and `x.html` links reach a chapter (mdBook renders `x.md` as `x.html`, `README.md` as
 * `index.html`); relative links resolve from the page's folder; heading ids as mdBook writes them.
 * `[output.html.redirect]` keys are routes that still reach readers (a link to one: a notice naming
 * the new target). Markdown outside every book is the repository's (GitHub rules), except what
 * another build renders (`renderedElsewhere`): a folder holding a book.toml whose `src` is elsewhere
 * (a print edition's), or documents linking `.html` files the repository lacks (stub pages another
 * repository's build renders next to the book, as rust-lang/rust does with rust-lang/book's `redirects/`).
 */
import { dropIndex, joinRoute, trimSlashes, within, type SiteGenerator } from '../generator.js';
import { isExternalTarget, joinSegments, splitTarget } from '../../rules/links/resolve.js';

export const mdbook: SiteGenerator = {
  detect: { configs: ['book.toml'] },
  defaults: { contentRoot: 'src', base: '', staticRoots: [] },
  headingIds: 'mdbook',
  trailingSlash: false,
  indexTrailingSlash: true,
  navigationOnly: true,
  navigationTitles: true,
  pageExtensions: ['.md'],
  indexNames: ['index', 'readme'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, _frontmatter, settings) {
    // SUMMARY.md is the book's table of contents, not a chapter.
    if (segments.length === 1 && segments[0] === 'SUMMARY') return undefined;
    return joinRoute(settings.base, ...dropIndex(segments, this.indexNames));
  },
  renderedElsewhere: {
    cause: 'mdbook-outside-book',
    message:
      "Markdown outside every book that another build renders (it links `.html` pages the repository lacks, or sits beside a book.toml whose `src` is elsewhere, as a print edition does): its links that match no file, its title and whether anything links it are that build's",
  },
  leavingLinks: {
    cause: 'mdbook-leaves-book',
    rule: 'link-broken',
    unit: 'links',
    message: 'relative links that climb out of the book (`../std/` on doc.rust-lang.org) go to other sites of the same host, which are not in the repository',
  },
  pageIndex(_pages, settings) {
    // Every book's SUMMARY.md is its navigation, not a page.
    const books = settings.contentMounts.length > 0 ? settings.contentMounts.map((m) => m.folder) : [settings.contentRoot];
    return { entryPages: books.map((folder) => joinRoute(folder, 'SUMMARY.md')) };
  },
  async load({ at, isFile, read, unreadable, links, found, navigation, scan }) {
    const { bookSource, parseSummary } = await import('./summary.js');
    const siteRoot = trimSlashes(at(''));
    // The book at the site root, and books nested in its folders (older editions): each is served under its folder.
    const tomls = [
      at('book.toml'),
      ...scan.paths.filter((p) => p.endsWith('/book.toml') && p !== at('book.toml') && (siteRoot === '' || p.startsWith(`${siteRoot}/`)) && isFile(p)),
    ];
    const books: { prefix: string; folder: string }[] = [];
    const redirects: NonNullable<typeof found.redirects> = new Map();
    const foreignFolders: string[] = [];
    for (const toml of tomls.filter(isFile)) {
      const text = await read(toml);
      const folder = toml.slice(0, Math.max(0, toml.lastIndexOf('/')));
      if (typeof text !== 'string') {
        navigation.push(unreadable(toml, 'mdbook-summary', text.error));
        continue;
      }
      const book = bookSource(text);
      if (book.error) navigation.push({ path: toml, format: 'mdbook-summary', entries: [], listsAll: [], error: book.error });
      const src = joinSegments(folder, trimSlashes(book.src));
      if (src === undefined) continue;
      // A book.toml whose sources are elsewhere builds them again (a print edition): the Markdown beside it is no book's.
      if (!within(src, folder)) foreignFolders.push(folder);
      // A second book.toml over the same sources (a print edition's) adds no book.
      if (books.some((b) => b.folder === src)) continue;
      books.push({ prefix: trimSlashes(siteRoot === '' ? folder : folder.slice(siteRoot.length)), folder: src });
      for (const [from, to] of Object.entries(book.redirects)) addRedirect(redirects, src, from, { to, file: toml });
    }
    if (redirects.size > 0) found.redirects = redirects;
    if (foreignFolders.length > 0) found.foreignFolders = foreignFolders;
    if (books.length > 0) found.contentRoot = books[0]!.folder;
    if (links.contentRoot !== undefined || books.length === 0) books.splice(0, books.length, { prefix: '', folder: links.contentRoot ?? found.contentRoot! });
    if (books.length > 1) found.contentMounts = books;
    const firstChapters: Record<string, string> = {};
    for (const { prefix, folder } of books) {
      const summary = joinRoute(folder, 'SUMMARY.md');
      const text = isFile(summary) ? await read(summary) : undefined;
      if (typeof text === 'string') {
        const nav = parseSummary(summary, text, folder);
        navigation.push(nav);
        // mdBook writes the first chapter as the book's index.html too (a README.md chapter has that route already).
        const first = nav.entries.find((e) => !isExternalTarget(e.target));
        const page = first && joinSegments(folder, splitTarget(first.target).path);
        if (page !== undefined) firstChapters[joinRoute(books.length > 1 ? '' : trimSlashes(links.base ?? ''), prefix)] = page;
      } else if (text !== undefined) navigation.push(unreadable(summary, 'mdbook-summary', text.error));
      else
        found.navigationUnknown = {
          cause: 'mdbook-summary-missing',
          unit: 'pages',
          message: `${summary} is not in the scan: which pages the book builds is unknown`,
          key: 'links.contentRoot',
        };
    }
    if (Object.keys(firstChapters).length > 0) found.fileRoutes = firstChapters;
  },
};

/**
 * One `[output.html.redirect]` entry: its key is an output path from the book's root (`/x.html` or
 * `x.html`), written for the chapter that was `x.md`; a key with `#` moves an anchor, not a page.
 */
function addRedirect(map: Map<string, { to: string; file: string }>, src: string, from: string, target: { to: string; file: string }): void {
  const output = trimSlashes(from.trim());
  if (output === '' || output.includes('#')) return;
  const path = joinRoute(src, output).toLowerCase();
  for (const key of [path, path.replace(/\.html?$/, '.md')]) if (!map.has(key)) map.set(key, target);
}
