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
  languageFolderFallback: true,
  async load(ctx) {
    // The config reader (yaml) loads only for MkDocs sites.
    const { loadMkdocs } = await import('./config.js');
    await loadMkdocs(ctx);
  },
};
