/**
 * `mkdocs`: pages under `docs_dir` (`docs/`), links are file-relative `.md` paths (MkDocs rewrites
 * them); `use_directory_urls` routes (`a/b.md` → `/a/b/`), `index.md`/`README.md` stand for the
 * folder; headings ids from Python-Markdown's toc (attr_list `{#id}` respected).
 */
import { type ModeDefinition, pathRoute } from './mode.js';

export const mkdocs: ModeDefinition = {
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
};
