/**
 * `mdbook`: the folder holding `book.toml`; pages are the `.md` files under `[book] src` (`src/`),
 * built only when `SUMMARY.md` lists them (a page it does not list is an orphan, even when linked);
 * `x.md` and `x.html` links reach a chapter (mdBook renders `x.md` as `x.html`, `README.md` as
 * `index.html`); relative links resolve from the page's folder; heading ids as mdBook writes them.
 */
import { dropIndex, joinRoute, trimSlashes, type SiteGenerator } from '../generator.js';

export const mdbook: SiteGenerator = {
  detect: { configs: ['book.toml'] },
  defaults: { contentRoot: 'src', base: '', staticRoots: [] },
  headingIds: 'mdbook',
  trailingSlash: false,
  indexTrailingSlash: true,
  navigationOnly: true,
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
  pageIndex(_pages, settings) {
    return { entryPages: [joinRoute(settings.contentRoot, 'SUMMARY.md')] };
  },
  async load({ at, isFile, read, unreadable, links, found, navigation }) {
    const { bookSource, parseSummary } = await import('./summary.js');
    const toml = at('book.toml');
    if (isFile(toml)) {
      const text = await read(toml);
      if (typeof text !== 'string') navigation.push(unreadable(toml, 'mdbook-summary', text.error));
      else {
        const book = bookSource(text);
        found.contentRoot = trimSlashes(at(trimSlashes(book.src)));
        if (book.error) navigation.push({ path: toml, format: 'mdbook-summary', entries: [], listsAll: [], error: book.error });
      }
    }
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    const summary = joinRoute(contentRoot, 'SUMMARY.md');
    const text = isFile(summary) ? await read(summary) : undefined;
    if (typeof text === 'string') navigation.push(parseSummary(summary, text, contentRoot));
    else if (text !== undefined) navigation.push(unreadable(summary, 'mdbook-summary', text.error));
    else found.navigationUnknown = { cause: 'mdbook-summary-missing', unit: 'pages', message: `${summary} is not in the scan: which pages the book builds is unknown`, key: 'links.contentRoot' };
  },
};
