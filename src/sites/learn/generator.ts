/**
 * `learn` (docfx / Microsoft Learn): `.md` links are file-relative, `~/x` is `x` from the docset
 * (the content root, docfx.json's folder), site-absolute routes (`/azure/app-service/overview`)
 * are served from the folders `routes` maps them to, `.yml` pages (landing pages, `index.yml`)
 * count; absolute routes under no mapped prefix are other docsets on the same site: not checked.
 */
import { type SiteGenerator, pathRoute, trimSlashes } from '../generator.js';
import type { UnverifiedCause } from '../../unverified.js';

const XREF_LINKS: UnverifiedCause = {
  cause: 'xref',
  rule: 'link-broken',
  message: 'xref: links name API ids that the docfx build resolves from its cross-reference maps (xrefService, xref files), which docward does not read',
  unit: 'links',
};

export const learn: SiteGenerator = {
  detect: { configs: ['docfx.json'] },
  defaults: { contentRoot: '', base: '', staticRoots: [] },
  headingIds: 'markdig',
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
  caseInsensitivePaths: true,
  unverifiedLink: (target) => (/^\s*xref:/i.test(target) ? XREF_LINKS : undefined),
  async load(ctx) {
    const { isFile, read, unreadable, scan, links, found, navigation, unverified } = ctx;
    const [{ parseDocfxContent }, { parseDocfxToc }, { loadRedirects }] = await Promise.all([
      import('./docfx.js'),
      import('./toc.js'),
      import('./redirects.js'),
    ]);
    const docfx = scan.paths.filter((p) => p === 'docfx.json' || p.endsWith('/docfx.json')).sort((a, b) => a.split('/').length - b.split('/').length)[0];
    let tocs: string[] = [];
    if (docfx !== undefined) {
      found.contentRoot = docfx.includes('/') ? docfx.slice(0, docfx.lastIndexOf('/')) : '';
      // build.content says which folders are published under which URL prefix (links.routes, when set, wins).
      const text = await read(docfx);
      const parsed = typeof text === 'string' ? parseDocfxContent(docfx, text) : { mounts: [], tocs: [], error: { message: text.error, line: 1, column: 1 } };
      found.contentMounts = parsed.mounts;
      tocs = parsed.tocs;
      if (parsed.error) navigation.push({ path: docfx, format: 'docfx-json', entries: [], listsAll: [], error: parsed.error });
    }
    const contentRoot = links.contentRoot ?? found.contentRoot ?? '';
    const tocFiles = scan.paths.filter((p) => /(?:^|\/)toc\.ya?ml$/i.test(p) && isFile(p) && (contentRoot === '' || p.startsWith(`${contentRoot}/`)));
    for (const file of tocFiles) {
      const text = await read(file);
      navigation.push(typeof text === 'string' ? parseDocfxToc(file, text) : unreadable(file, 'docfx-toc', text.error));
    }
    // A folder whose toc.yml docfx.json publishes but the repository lacks: the build generates that TOC (reference docs).
    const present = new Set(tocFiles.map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '').toLowerCase()));
    const generated: string[] = [];
    for (const folder of [...new Set(tocs)].filter((f) => !present.has(f.toLowerCase()))) {
      const pages = scan.paths.filter((p) => p.startsWith(`${folder}/`) && /\.(?:md|ya?ml)$/i.test(p) && isFile(p)).length;
      if (pages === 0) continue;
      const cause = {
        cause: 'learn-generated-toc',
        message: `docfx.json publishes "${folder}/toc.yml", which the build generates (it is not in the repository): the navigation of "${folder}/" is unknown, so its pages are not orphans and links into it that match no file are not checked`,
        unit: 'pages' as const,
      };
      unverified.add({ ...cause, rule: 'orphan' }, pages);
      generated.push(folder);
      for (const mount of found.contentMounts ?? []) if (mount.folder === folder) mount.unverified = { ...cause, rule: 'link-broken', unit: 'links' };
    }
    if (generated.length > 0) navigation.push({ path: docfx!, format: 'docfx-json', entries: [], listsAll: generated });
    const redirects = await loadRedirects(ctx);
    if (redirects !== undefined) found.redirects = redirects;
    // docfx.json's `dest` is relative to the docset's base path on Learn (`/powershell/`), which only the publishing service knows; absolute URLs in the redirect maps reveal it.
    const base =
      links.base !== undefined
        ? trimSlashes(links.base)
        : docsetBase(
            [...(redirects?.values() ?? [])].map((r) => r.to),
            (found.contentMounts ?? []).map((m) => m.prefix),
          );
    if (base !== undefined) for (const mount of found.contentMounts ?? []) mount.prefix = [base, mount.prefix].filter((p) => p !== '').join('/');
  },
};

/**
 * The docset's base path, from absolute redirect URLs: the segments before a published prefix
 * (`/powershell/windows/get-started` with a `windows` entry gives `powershell`), when most such
 * URLs agree; undefined when none does.
 */
export function docsetBase(urls: string[], prefixes: string[]): string | undefined {
  const dests = [...new Set(prefixes.filter((p) => p !== '').map((p) => p.split('/')[0]!))];
  const votes = new Map<string, number>();
  for (const url of urls) {
    if (!url.startsWith('/') || url.startsWith('//')) continue;
    const segments = url
      .split(/[?#]/)[0]!
      .split('/')
      .filter((s) => s !== '');
    for (let i = 1; i < segments.length; i++) {
      if (!dests.includes(segments[i]!)) continue;
      const base = segments.slice(0, i).join('/');
      votes.set(base, (votes.get(base) ?? 0) + 1);
      break;
    }
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] * 2 > [...votes.values()].reduce((a, b) => a + b, 0) ? best[0] : undefined;
}
