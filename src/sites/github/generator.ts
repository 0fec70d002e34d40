/** `github`: GitHub's rendering. Not route-based: resolve.ts resolves file-relatively; this only names the heading ids. */
import type { SiteGenerator } from '../generator.js';

export const github: SiteGenerator = {
  defaults: { contentRoot: '', base: '', staticRoots: [] },
  headingIds: 'github',
  trailingSlash: false,
  pageExtensions: ['.md', '.markdown', '.mdx'],
  indexNames: ['readme', 'index'],
  relativeLinks: 'file',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: true,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route: () => undefined,
};
