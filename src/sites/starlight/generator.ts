/**
 * `starlight` / `astro`: pages under `src/content/docs/` (`.md`, `.mdx`, `.mdoc`), each path segment
 * slugged as Astro's content collections do (github-slugger), `index` stands for its folder,
 * frontmatter `slug` replaces the whole route; URLs end in `/`; locale folders stay in the URL.
 */
import { slug as githubSlug } from 'github-slugger';
import { dropIndex, joinRoute, stringKey, trimSlashes, type SiteGenerator } from '../generator.js';
import { parseStarlightLocales, parseStarlightSidebar } from '../js-nav.js';

const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'];

export const starlight: SiteGenerator = {
  detect: { configs: ASTRO_CONFIGS, content: 'src/content/docs' },
  defaults: { contentRoot: 'src/content/docs', base: '', staticRoots: ['public'] },
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
  },  async load({ at, isFile, read, unreadable, links, found, navigation }) {
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    const file = ASTRO_CONFIGS.map(at).find(isFile);
    if (!file) return;
    const text = await read(file);
    navigation.push(typeof text === 'string' ? parseStarlightSidebar(file, text, contentRoot) : unreadable(file, 'starlight-sidebar', text.error));
    if (typeof text === 'string') {
      const locales = parseStarlightLocales(text);
      if (locales.languages.length > 0) Object.assign(found, locales);
    }
  },
};
