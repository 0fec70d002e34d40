/**
 * `docusaurus`: docs under `docs/` served at `/docs/` (`base`), number prefixes (`01-intro`)
 * dropped, frontmatter `id` renames the doc (sidebars use ids), `slug` sets the URL (`/x` from the
 * base, `x` from the doc's folder); `index`, `README` and a file named like its folder stand for
 * the folder. URLs have no trailing slash, so relative URLs resolve against the page's folder.
 */
import { dropIndex, joinRoute, stringKey, trimSlashes, type SiteGenerator, type SiteLoadContext } from '../generator.js';
import { parseSidebars } from '../js-nav.js';

/** Docusaurus's default number prefix parser: `01-`, `1.`, `2_` before the name. */
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^\d])/;

const strip = (segments: string[]) => segments.map((s) => s.replace(NUMBER_PREFIX, ''));

export const docusaurus: SiteGenerator = {
  detect: {
    configs: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.mts'],
    content: ['docs', '../docs'],
  },
  defaults: { contentRoot: 'docs', base: 'docs', staticRoots: ['static'] },
  headingIds: 'github-custom',
  trailingSlash: false,
  pageExtensions: ['.md', '.mdx'],
  indexNames: ['index', 'readme'],
  relativeLinks: 'url',
  assetsFileRelative: true,
  pageLinksFromContentRoot: false,
  rootFiles: false,
  unknownRoutesExternal: false,
  tildeRoot: false,
  yamlPages: false,
  docId(segments, frontmatter) {
    const parts = strip(segments);
    const id = stringKey(frontmatter, 'id');
    return joinRoute(...parts.slice(0, -1), id ?? parts[parts.length - 1]);
  },
  route(segments, frontmatter, settings) {
    const parts = strip(segments);
    const folder = parts.slice(0, -1);
    const slug = stringKey(frontmatter, 'slug');
    if (slug !== undefined) return slug.startsWith('/') ? joinRoute(settings.base, trimSlashes(slug)) : joinRoute(settings.base, ...folder, trimSlashes(slug));
    const id = stringKey(frontmatter, 'id');
    const last = id ?? parts[parts.length - 1]!;
    // An index-like file stands for its folder: index, README, or a file named like the folder.
    if (id === undefined && (dropIndex(parts, this.indexNames).length < parts.length || last === folder[folder.length - 1]))
      return joinRoute(settings.base, ...folder);
    return joinRoute(settings.base, ...folder, last);
  },
  async load({ at, isFile, read, unreadable, scan, links, found, navigation }) {
    const contentRoot = links.contentRoot ?? found.contentRoot!;
    if (links.contentRoot === undefined && links.routes === undefined) await versionMounts({ at, isFile, read, scan, found, navigation }, contentRoot);
    const file = ['sidebars.js', 'sidebars.ts', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.json'].map(at).find(isFile);
    if (file) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseSidebars(file, text, contentRoot) : unreadable(file, 'docusaurus-sidebars', text.error));
    } else {
      // No sidebars file: Docusaurus generates the sidebar from the whole docs folder.
      navigation.push({ path: at('docusaurus.config.js'), format: 'docusaurus-sidebars', entries: [], listsAll: [contentRoot] });
    }
  },
};

/**
 * Versioned docs (`versions.json`, `versioned_docs/version-<v>/`): the newest version is served at
 * the docs base, each older one at `<base>/<v>`, and `docs/` itself (the next version) at
 * `<base>/next`. Each version's sidebar is a frozen copy of the one it was cut with, so its pages
 * are listed (entry points), not orphans.
 */
async function versionMounts(
  { at, isFile, read, scan, found, navigation }: Pick<SiteLoadContext, 'at' | 'isFile' | 'read' | 'scan' | 'found' | 'navigation'>,
  contentRoot: string,
): Promise<void> {
  const file = at('versions.json');
  if (!isFile(file)) return;
  const text = await read(file);
  let versions: unknown;
  try {
    versions = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    versions = undefined;
  }
  if (!Array.isArray(versions) || !versions.every((v): v is string => typeof v === 'string')) return;
  const dirs = new Set(scan.dirs);
  const base = found.base ?? docusaurus.defaults.base;
  const folders = versions.map((v) => at(`versioned_docs/version-${v}`));
  const mounts = versions.flatMap((v, i) => (dirs.has(folders[i]!) ? [{ prefix: i === 0 ? base : joinRoute(base, v), folder: folders[i]! }] : []));
  if (mounts.length === 0) return;
  found.contentMounts = [{ prefix: joinRoute(base, 'next'), folder: contentRoot }, ...mounts];
  navigation.push({ path: file, format: 'docusaurus-sidebars', entries: [], listsAll: mounts.map((m) => m.folder) });
}
