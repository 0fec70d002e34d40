/**
 * `mkdocs`: pages under `docs_dir` (`docs/`), links are file-relative `.md` paths (MkDocs rewrites
 * them); `use_directory_urls` routes (`a/b.md` → `/a/b/`), `index.md`/`README.md` stand for the
 * folder; headings ids from Python-Markdown's toc (attr_list `{#id}` respected).
 */
import { type SiteGenerator, joinRoute, pathRoute } from '../generator.js';

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
  route(segments, frontmatter, settings) {
    // mkdocs-static-i18n's suffix structure: `x.fr.md` is `x` in the `fr` site (the default language at the root).
    const last = segments[segments.length - 1] ?? '';
    const dot = last.lastIndexOf('.');
    const language = settings.languageSuffixes && dot > 0 ? last.slice(dot + 1) : undefined;
    if (language === undefined || !settings.languages.includes(language)) return pathRoute.call(this, segments, frontmatter, settings);
    const prefix = language === settings.defaultLanguage ? settings.base : joinRoute(settings.base, language);
    return pathRoute.call(this, [...segments.slice(0, -1), last.slice(0, dot)], frontmatter, { ...settings, base: prefix });
  },
  languageFolderFallback: true,
  async load(ctx) {
    // The config reader (yaml) loads only for MkDocs sites.
    const { loadMkdocs } = await import('./config.js');
    await loadMkdocs(ctx);
  },
};
