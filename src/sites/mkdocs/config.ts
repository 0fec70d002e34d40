/**
 * Every `mkdocs.yml` of the tree as MkDocs reads it: `INHERIT` chains (the child's keys win, as
 * MkDocs' merge does for scalars and lists), `docs_dir` relative to the file loaded, `nav` from the
 * nearest file that writes one. Per-language sites (one docs_dir per language, the fastapi layout):
 * configs that INHERIT the detected site's config, and folders beside its own language folder
 * (`docs/en/mkdocs.yml` → `docs/es/docs/`) that its `extra.alternate` language links name. Each
 * such site is served at `/<lang>/` with the inherited nav; a page missing in it is served from the
 * default language only when the build copies it there, which docward cannot see: counted, not broken.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { joinSegments } from '../../rules/links/resolve.js';
import type { UnverifiedCause } from '../../unverified.js';
import type { Mount, SiteLoadContext } from '../generator.js';
import type { NavigationFile } from '../navigation.js';
import { mapGet, parseYaml, type ParsedYaml } from '../yaml.js';
import { readI18nPlugin } from './i18n.js';
import { navFromNode } from './nav.js';

export const MKDOCS_CONFIGS = ['mkdocs.yml', 'mkdocs.yaml'];

/** One file of an INHERIT chain, parsed. */
interface ConfigFile {
  path: string;
  parsed: ParsedYaml;
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const stringOf = (node: Node | undefined) => (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' ? node.value.trim() : undefined);

/** `node` at `keys` (`theme`, `language`) in the first file of the chain that has it. */
function inherited(chain: readonly ConfigFile[], ...keys: string[]): { node: Node; file: ConfigFile } | undefined {
  for (const file of chain) {
    let node: unknown = file.parsed.root;
    for (const key of keys) node = mapGet(node, key);
    if (node !== undefined && node !== null) return { node: node as Node, file };
  }
  return undefined;
}

/** The config at `path` and the files it INHERITs (stops at a missing or unreadable file, or a cycle). */
async function readChain(path: string, ctx: Pick<SiteLoadContext, 'isFile' | 'read'>): Promise<ConfigFile[] | { error: string }> {
  const chain: ConfigFile[] = [];
  for (let at: string | undefined = path; at !== undefined && !chain.some((c) => c.path === at);) {
    const text = await ctx.read(at);
    if (typeof text !== 'string') return chain.length === 0 ? text : chain;
    const parsed = parseYaml(text);
    chain.push({ path: at, parsed });
    const parent = stringOf(mapGet(parsed.root, 'INHERIT'));
    const next: string | undefined = parent === undefined ? undefined : joinSegments(folderOf(at), parent.replace(/^\.\//, ''));
    at = next !== undefined && ctx.isFile(next) ? next : undefined;
  }
  return chain;
}

/** `docs_dir` of the site loaded from `chain[0]`, from the scan root (relative to that file's folder, whoever wrote it). */
function docsDirOf(chain: readonly ConfigFile[]): string {
  const written = stringOf(inherited(chain, 'docs_dir')?.node)?.replace(/^\.\/|\/+$/g, '') ?? 'docs';
  return joinSegments(folderOf(chain[0]!.path), written) ?? written;
}

/** Language codes the config's language selector links to (`extra.alternate: [{link: /es/}]` → `es`). */
function alternateLanguages(chain: readonly ConfigFile[]): string[] {
  const list = inherited(chain, 'extra', 'alternate')?.node;
  if (!isSeq(list)) return [];
  const out: string[] = [];
  for (const item of list.items) {
    const link = isMap(item) ? stringOf(mapGet(item, 'link')) : undefined;
    const code = link === undefined ? undefined : /^(?:https?:\/\/[^/]+)?\/([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\/?$/.exec(link)?.[1];
    if (code !== undefined) out.push(code);
  }
  return out;
}

const LANGUAGE_FALLBACK = (where: string): UnverifiedCause => ({
  cause: 'mkdocs-language-fallback',
  rule: 'link-broken',
  message: `links to pages missing in a language site (${where}) reach them only if the build copies the default language's page there, which MkDocs does not do and docward cannot see (a build script does)`,
  unit: 'links',
  key: 'links.defaultLanguage',
});

/** Reads the detected site's config (with INHERIT), its nav and its language sites into `ctx`. */
export async function loadMkdocs(ctx: SiteLoadContext): Promise<void> {
  const { at, isFile, unreadable, links, found, navigation } = ctx;
  const file = MKDOCS_CONFIGS.map(at).find(isFile);
  if (!file) return;
  const chain = await readChain(file, ctx);
  if (!Array.isArray(chain)) {
    navigation.push(unreadable(file, 'mkdocs-nav', chain.error));
    return;
  }
  const broken = chain.find((c) => c.parsed.error);
  if (broken) {
    navigation.push({ path: broken.path, format: 'mkdocs-nav', entries: [], listsAll: [], error: broken.parsed.error });
    if (broken === chain[0]) return;
  }
  const docsDir = docsDirOf(chain);
  found.contentRoot = docsDir;
  const languages = await languageSites(chain, docsDir, ctx);
  const navNode = inherited(chain, 'nav');
  let nav: NavigationFile = navNode
    ? navFromNode(navNode.file.path, navNode.node, navNode.file.parsed.pos, docsDir)
    : { path: file, format: 'mkdocs-nav', entries: [], listsAll: [docsDir] };
  if (links.contentRoot !== undefined && nav.listsAll.length > 0) nav = { ...nav, listsAll: [links.contentRoot] };
  const i18n = languages.sites.length === 0 ? readI18nPlugin(inherited(chain, 'plugins')?.node) : undefined;
  if (i18n !== undefined && i18n.languages.length > 1) {
    // mkdocs-static-i18n: the plugin's own fallback (fallback_to_default) is in the config, so it is resolved, not counted.
    found.languages = i18n.languages;
    found.defaultLanguage = i18n.defaultLanguage;
    if (i18n.structure === 'folder')
      found.contentMounts = i18n.languages.map((l) => ({ prefix: l === i18n.defaultLanguage ? '' : l, folder: `${docsDir}/${l}`, language: l }));
    else found.languageSuffixes = true;
    if (!i18n.fallback) found.languageFallbackOff = true;
    navigation.push({ ...nav, entries: nav.entries.map((e) => ({ ...e, perLanguage: true })) });
    return;
  }
  if (languages.sites.length === 0) {
    navigation.push(nav);
    return;
  }
  // Each language site lists the same pages in its own docs_dir (nav inherited): entry points there too.
  const listsAll = nav.listsAll.length > 0 ? [...nav.listsAll, ...languages.sites.map((s) => s.folder)] : [];
  navigation.push({ ...nav, listsAll, entries: nav.entries.map((e) => ({ ...e, perLanguage: true })) }, ...languages.navs);
  const own = languages.own;
  found.languages = [own, ...languages.sites.map((s) => s.language!)];
  found.defaultLanguage = own;
  found.contentMounts = [{ prefix: '', folder: docsDir, language: own }, ...languages.sites];
  found.languageFallback = LANGUAGE_FALLBACK(languages.sites.map((s) => `${s.folder}/`).join(', '));
}

/**
 * The language sites of the site loaded from `chain`: configs that INHERIT its config (served at
 * `/<folder name>/`), and folders beside its language folder with the same docs_dir that its
 * `extra.alternate` names (built by a script from its config).
 */
async function languageSites(
  chain: readonly ConfigFile[],
  docsDir: string,
  ctx: SiteLoadContext,
): Promise<{ own: string; sites: Mount[]; navs: NavigationFile[] }> {
  const main = chain[0]!.path;
  const folder = folderOf(main);
  const own = stringOf(inherited(chain, 'theme', 'language')?.node) ?? nameOf(folder);
  const sites = new Map<string, Mount>();
  const navs: NavigationFile[] = [];
  const dirs = new Set(ctx.scan.dirs);
  for (const path of ctx.scan.paths) {
    if (path === main || !MKDOCS_CONFIGS.includes(nameOf(path)) || !ctx.isFile(path)) continue;
    const child = await readChain(path, ctx);
    if (!Array.isArray(child) || !child.slice(1).some((c) => c.path === main)) continue;
    const language = nameOf(folderOf(path));
    const childDocs = docsDirOf(child);
    if (language === '' || language === own || childDocs === docsDir) continue;
    sites.set(language, { prefix: language, folder: childDocs, language });
    // A nav the language's config writes itself (not inherited) lists its pages too.
    const navNode = inherited(child, 'nav');
    if (navNode && !chain.some((c) => c.path === navNode.file.path))
      navs.push(navFromNode(navNode.file.path, navNode.node, navNode.file.parsed.pos, childDocs));
  }
  // Folders beside `docs/en/` named by the language selector, holding the same docs_dir (`docs/es/docs/`).
  const parent = folderOf(folder);
  const inside = docsDir.slice(folder.length + 1);
  if (folder !== '' && nameOf(folder).toLowerCase() === own.toLowerCase() && inside !== '' && docsDir.startsWith(`${folder}/`)) {
    for (const language of alternateLanguages(chain)) {
      const site = [parent, language, inside].filter((p) => p !== '').join('/');
      if (language !== own && !sites.has(language) && dirs.has(site)) sites.set(language, { prefix: language, folder: site, language });
    }
  }
  return { own, sites: [...sites.values()].sort((a, b) => (a.prefix < b.prefix ? -1 : 1)), navs };
}
