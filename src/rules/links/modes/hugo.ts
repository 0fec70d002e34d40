/**
 * `hugo`: pages under `content/` (or `content/<lang>/`), URLs lowercased with a trailing slash,
 * `_index.md` (sections) and `index.md` (leaf bundles) stand for their folder, `slug` replaces
 * the last segment and `url` the whole path; the default language has no URL prefix. Relative URLs
 * resolve against the page URL; `.md` links as Hugo's link render hook does (file first, then
 * from the content root). `ref`/`relref` shortcodes: hugo-refs.ts; section lists: hugo-sections.ts.
 */
import { dropIndex, joinRoute, stringKey, type ModeDefinition } from './mode.js';
import { trimSlashes } from '../settings.js';

export const hugo: ModeDefinition = {
  headingIds: 'github-custom',
  trailingSlash: true,
  pageExtensions: ['.md', '.markdown', '.html'],
  indexNames: ['_index', 'index'],
  relativeLinks: 'url',
  assetsFileRelative: false,
  pageLinksFromContentRoot: true,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  route(segments, frontmatter, settings) {
    let rest = segments;
    let language: string | undefined;
    if (settings.languages.includes(rest[0] ?? '')) {
      language = rest[0];
      rest = rest.slice(1);
    }
    const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
    const prefix = language !== undefined && language !== defaultLanguage ? language : undefined;
    const url = stringKey(frontmatter, 'url');
    if (url !== undefined) return joinRoute(prefix, trimSlashes(url));
    const isSection = rest[rest.length - 1] === '_index';
    let parts = dropIndex(rest, this.indexNames);
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined && !isSection && parts.length > 0) parts = [...parts.slice(0, -1), slug];
    return joinRoute(prefix, ...parts.map((p) => p.toLowerCase()));
  },
};
