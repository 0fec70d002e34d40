/**
 * `routes`: GitHub's file-relative rule, plus explicit `{ "/prefix/": "folder/" }` maps for
 * site-absolute links (`/guide/x` → `folder/x.md`, `x.mdx`, `x/index.md`, `x/README.md`).
 */
import { type SiteGenerator, pathRoute } from '../generator.js';

export const routes: SiteGenerator = {
  defaults: { contentRoot: '', base: '', staticRoots: [] },
  headingIds: 'github',
  trailingSlash: false,
  pageExtensions: ['.md', '.mdx', '.markdown'],
  indexNames: ['index', 'readme'],
  relativeLinks: 'file',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: true,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route: pathRoute,
};
