/**
 * `starlight` / `astro`: pages under `src/content/docs/` (`.md`, `.mdx`, `.mdoc`), each path segment
 * slugged as Astro's content collections do (github-slugger), `index` stands for its folder,
 * frontmatter `slug` replaces the whole route; URLs end in `/`; locale folders stay in the URL.
 */
import { slug as githubSlug } from 'github-slugger';
import { dropIndex, joinRoute, stringKey, type ModeDefinition } from './mode.js';
import { trimSlashes } from '../settings.js';

export const starlight: ModeDefinition = {
  headingIds: 'github',
  trailingSlash: true,
  pageExtensions: ['.md', '.mdx', '.mdoc'],
  indexNames: ['index'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, frontmatter, settings) {
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined) return joinRoute(settings.base, trimSlashes(slug));
    return joinRoute(settings.base, ...dropIndex(segments, this.indexNames).map((s) => githubSlug(s)));
  },
};
