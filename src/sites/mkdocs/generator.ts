/**
 * `mkdocs`: pages under `docs_dir` (`docs/`), links are file-relative `.md` paths (MkDocs rewrites
 * them); `use_directory_urls` routes (`a/b.md` → `/a/b/`), `index.md`/`README.md` stand for the
 * folder; headings ids from Python-Markdown's toc (attr_list `{#id}` respected).
 */
import { type SiteGenerator, pathRoute } from '../generator.js';

export const mkdocs: SiteGenerator = {
  detect: { configs: ['mkdocs.yml', 'mkdocs.yaml'] },
  defaults: { contentRoot: 'docs', base: '', staticRoots: [] },
  headingIds: 'python-markdown',
  trailingSlash: true,
  pageExtensions: ['.md', '.markdown'],
  indexNames: ['index', 'readme'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route: pathRoute,
  async load({ at, isFile, read, unreadable, links, found, navigation }) {
    const { parseMkdocs } = await import('./nav.js');
    const file = ['mkdocs.yml', 'mkdocs.yaml'].map(at).find(isFile);
    if (!file) return;
    const text = await read(file);
    if (typeof text === 'string') {
      const { nav, docsDir } = parseMkdocs(file, text);
      if (docsDir !== undefined) found.contentRoot = docsDir;
      navigation.push(links.contentRoot !== undefined && nav.listsAll.length > 0 ? { ...nav, listsAll: [links.contentRoot] } : nav);
    } else navigation.push(unreadable(file, 'mkdocs-nav', text.error));
  },
};
