/**
 * `learn` (docfx / Microsoft Learn): `.md` links are file-relative, `~/x` is `x` from the docset
 * (the content root, docfx.json's folder), site-absolute routes (`/azure/app-service/overview`)
 * are served from the folders `routes` maps them to, `.yml` pages (landing pages, `index.yml`)
 * count; absolute routes under no mapped prefix are other docsets on the same site: not checked.
 */
import { type ModeDefinition, pathRoute } from './mode.js';

export const learn: ModeDefinition = {
  headingIds: 'github',
  trailingSlash: false,
  pageExtensions: ['.md', '.yml'],
  indexNames: ['index'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: true,
  tildeRoot: true,
  yamlPages: true,
  route: pathRoute,
};
