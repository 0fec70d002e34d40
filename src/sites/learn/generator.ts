/**
 * `learn` (docfx / Microsoft Learn): `.md` links are file-relative, `~/x` is `x` from the docset
 * (the content root, docfx.json's folder), site-absolute routes (`/azure/app-service/overview`)
 * are served from the folders `routes` maps them to, `.yml` pages (landing pages, `index.yml`)
 * count; absolute routes under no mapped prefix are other docsets on the same site: not checked.
 */
import { type SiteGenerator, pathRoute } from '../generator.js';

export const learn: SiteGenerator = {
  detect: { configs: ['docfx.json'] },
  defaults: { contentRoot: '', base: '', staticRoots: [] },
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
  async load({ isFile, read, unreadable, scan, links, found, navigation }) {
    const [{ parseDocfxContent }, { parseDocfxToc }] = await Promise.all([import('./docfx.js'), import('./toc.js')]);
    const docfx = scan.paths.filter((p) => p === 'docfx.json' || p.endsWith('/docfx.json')).sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (docfx !== undefined) {
      found.contentRoot = docfx.includes('/') ? docfx.slice(0, docfx.lastIndexOf('/')) : '';
      // build.content says which folders are published under which URL prefix (links.routes, when set, wins).
      const text = await read(docfx);
      const parsed = typeof text === 'string' ? parseDocfxContent(docfx, text) : { mounts: [], error: { message: text.error, line: 1, column: 1 } };
      found.contentMounts = parsed.mounts;
      if (parsed.error) navigation.push({ path: docfx, format: 'docfx-json', entries: [], listsAll: [], error: parsed.error });
    }
    const contentRoot = links.contentRoot ?? found.contentRoot ?? '';
    for (const file of scan.paths.filter((p) => /(?:^|\/)toc\.ya?ml$/i.test(p) && isFile(p) && (contentRoot === '' || p.startsWith(`${contentRoot}/`)))) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseDocfxToc(file, text) : unreadable(file, 'docfx-toc', text.error));
    }
  },
};
