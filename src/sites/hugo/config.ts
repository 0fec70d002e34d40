/**
 * A Hugo site's own configuration, as Hugo merges it: `hugo.*`/`config.*` at the site folder, then
 * `config/_default/` (`hugo.*`, `config.*`, and `module.*`, `languages.*` as those sections).
 * From it: the languages (`languages`, `defaultContentLanguage`, `defaultContentLanguageInSubdir`),
 * the content mounts (`module.mounts` with a `content` target, or else each language's
 * `contentDir`), the static folders (`module.mounts` with the `static` target, `staticDir`), and menus.
 */
import picomatch from 'picomatch';
import { joinRoute, trimSlashes, type Mount, type SiteLoadContext } from '../generator.js';
import { parseHugoConfig, parseHugoMenus } from './menus.js';
import { HeadingSlugger, splitGoldmarkAttributes } from '../../rules/links/anchors.js';
import { layoutFolders, readHugoLayouts } from './layouts.js';
import { shortcodeAnchorPages } from './shortcodes.js';

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const HUGO_DIR_CONFIGS = HUGO_CONFIGS.map((c) => `config/_default/${c}`);
const HUGO_MENU_FILES = ['menus.toml', 'menus.yaml', 'menus.yml', 'menus.json'].map((c) => `config/_default/${c}`);
/** `config/_default/<section>.*`: a file per top-level section. */
const SECTION_FILES = ['module', 'languages'].flatMap((section) =>
  ['toml', 'yaml', 'yml', 'json'].map((ext) => [section, `config/_default/${section}.${ext}`] as const),
);

/** `layouts/_markup/render-link.html` (Hugo 0.146+), `layouts/_default/_markup/render-link.html`, also per output format (`render-link.rss.xml`). */
const LINK_RENDER_HOOK = /(?:^|\/)layouts\/(?:_default\/)?_markup\/render-link(?:\.[\w-]+)*\.html$/;

type Data = Record<string, unknown>;
const asObject = (v: unknown): Data | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : typeof v === 'string' ? [v] : []);

/** Later files win key by key, maps merged (Hugo merges the config files it reads). */
function merge(into: Data, from: Data): Data {
  for (const [key, value] of Object.entries(from)) {
    const a = asObject(into[key]);
    const b = asObject(value);
    into[key] = a && b ? merge({ ...a }, b) : value;
  }
  return into;
}

/**
 * A Hugo glob slice (`["! docs/*", "**"]`): a match of a negated pattern (`! ` prefix) excludes at
 * once; otherwise included when a plain pattern matches, or when there is none.
 */
export function globSlice(patterns: string[]): (value: string) => boolean {
  const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim());
  const plain = patterns.filter((p) => !p.startsWith('!')).map((p) => p.trim());
  const compile = (list: string[]) =>
    list.length === 0
      ? () => false
      : picomatch(
          list.map((p) =>
            p.replace(/^\/+/, '').replace(
              /\{([^}]*)\}/g,
              (_m, inner: string) =>
                `{${inner
                  .split(',')
                  .map((s) => s.trim())
                  .join(',')}}`,
            ),
          ),
          { dot: true },
        );
  const no = compile(negated);
  const yes = compile(plain);
  return (value) => !no(value) && (plain.length === 0 || yes(value));
}

interface Language {
  code: string;
  contentDir?: string;
  weight: number;
}

/** Languages in Hugo's order (weight, then code); one (the default) when the site declares none. */
function languagesOf(config: Data, defaultLanguage: string): Language[] {
  const declared = Object.entries(asObject(config.languages) ?? {}).map(([code, value]) => {
    const entry = asObject(value) ?? {};
    const weight = typeof entry.weight === 'number' ? entry.weight : 0;
    return { code, contentDir: asString(entry.contentDir), weight };
  });
  if (declared.length === 0) return [{ code: defaultLanguage, weight: 0 }];
  return declared.sort((a, b) => (a.weight || Infinity) - (b.weight || Infinity) || (a.code < b.code ? -1 : 1));
}

/** The languages a mount serves: `lang`, `sites.matrix.languages` (a glob slice), else the default language. */
function mountLanguages(mount: Data, codes: string[], defaultLanguage: string): string[] {
  const lang = asString(mount.lang);
  if (lang !== undefined) return [lang];
  const matrix = asObject(asObject(mount.sites)?.matrix)?.languages;
  if (matrix !== undefined) {
    const matches = globSlice(strings(matrix));
    return codes.filter(matches);
  }
  return [defaultLanguage];
}

/** Which files of a mount are mounted: `files` (a glob slice), else `includeFiles`/`excludeFiles` (before Hugo 0.153). */
function mountFilter(mount: Data): ((relative: string) => boolean) | undefined {
  const files = strings(mount.files);
  if (files.length > 0) return globSlice(files);
  const include = strings(mount.includeFiles);
  const exclude = strings(mount.excludeFiles);
  if (include.length === 0 && exclude.length === 0) return undefined;
  return globSlice([...exclude.map((p) => `! ${p}`), ...include]);
}

export interface HugoSiteConfig {
  languages: string[];
  defaultLanguage: string;
  defaultLanguageInSubdir: boolean;
  /** The folder holding the content (the default language's, or the common parent of the language folders). */
  contentRoot: string;
  /** Content mounts with their language and place in the content tree; empty when `contentRoot` alone is the content. */
  contentMounts: Mount[];
  staticRoots?: string[];
}

/** What the merged config says, paths from the scan root (`at`); `isDir` tells which mounted folders the scan holds. */
export function hugoSiteConfig(config: Data, at: (p: string) => string, isDir: (p: string) => boolean): HugoSiteConfig {
  const defaultLanguage = asString(config.defaultContentLanguage) ?? 'en';
  const defaultLanguageInSubdir = config.defaultContentLanguageInSubdir === true;
  const languages = languagesOf(config, defaultLanguage);
  const codes = languages.map((l) => l.code);
  const languagePrefix = (code: string) => (code === defaultLanguage && !defaultLanguageInSubdir ? '' : code);
  const contentDir = trimSlashes(asString(config.contentDir) ?? 'content');
  const mounts = (Array.isArray(asObject(config.module)?.mounts) ? (asObject(config.module)!.mounts as unknown[]) : [])
    .map(asObject)
    .filter((m): m is Data => m !== undefined);
  const targetOf = (m: Data) => trimSlashes(asString(m.target) ?? '');
  const contentMounts: Mount[] = [];
  const add = (source: string, target: string, code: string, accepts?: (relative: string) => boolean) => {
    const folder = at(trimSlashes(source));
    const mount: Mount = { prefix: joinRoute(languagePrefix(code), target), folder, language: code, target, ...(accepts ? { accepts } : {}) };
    if (!isDir(folder)) {
      const where = `/${joinRoute(languagePrefix(code), target)}${target === '' && languagePrefix(code) === '' ? '' : '/'}`;
      mount.unverified = {
        cause: 'hugo-mount-absent',
        rule: 'link-broken',
        message: `Hugo mounts "${folder}" at content/${target} (language "${code}", served at ${where}), but the folder is absent from the checkout (a submodule not checked out, or fetched at build time): links into it are not checked`,
        unit: 'links',
      };
    }
    contentMounts.push(mount);
  };
  const explicit = mounts.filter((m) => /^content(?:\/|$)/.test(targetOf(m)));
  for (const m of explicit) {
    const source = asString(m.source);
    if (source === undefined) continue;
    for (const code of mountLanguages(m, codes, defaultLanguage)) add(source, targetOf(m).replace(/^content\/?/, ''), code, mountFilter(m));
  }
  // Each language's contentDir is a mount of its own (kept beside explicit mounts that do not name the folder).
  for (const language of languages) {
    if (language.contentDir === undefined) continue;
    if (contentMounts.some((m) => m.folder === at(trimSlashes(language.contentDir!)) && m.language === language.code)) continue;
    add(language.contentDir, '', language.code);
  }
  // Languages without a folder of their own read the site's contentDir (when content is not mounted explicitly).
  if (contentMounts.length > 0 && explicit.length === 0) {
    for (const language of languages) if (language.contentDir === undefined) add(contentDir, '', language.code);
  }
  const rootOf = (): string => {
    const folders = [...new Set(contentMounts.filter((m) => m.unverified === undefined).map((m) => m.folder))];
    if (folders.length === 0) return at(contentDir);
    const own = contentMounts.find((m) => m.language === defaultLanguage && m.target === '' && m.unverified === undefined);
    const parents = folders.map((f) => f.slice(0, Math.max(0, f.lastIndexOf('/'))));
    // Language folders under one parent (`content/en`, `content/fr`): that parent is the content root.
    if (folders.length > 1 && parents.every((p) => p === parents[0]) && folders.every((f) => codes.includes(f.slice(f.lastIndexOf('/') + 1))))
      return parents[0]!;
    return own?.folder ?? at(contentDir);
  };
  const statics = mounts.filter((m) => targetOf(m) === 'static' && asString(m.source) !== undefined).map((m) => at(trimSlashes(asString(m.source)!)));
  const staticDirs = strings(config.staticDir).map((d) => at(trimSlashes(d)));
  return {
    languages: codes,
    defaultLanguage,
    defaultLanguageInSubdir,
    contentRoot: rootOf(),
    contentMounts,
    ...(statics.length > 0 ? { staticRoots: statics } : staticDirs.length > 0 ? { staticRoots: staticDirs } : {}),
  };
}

/** Reads every Hugo config file the scan listed: settings into `found`, menus into `navigation`. */
export async function loadHugoConfig({ at, isFile, read, unreadable, scan, links, found, navigation }: SiteLoadContext): Promise<void> {
  const merged: Data = {};
  let any = false;
  for (const file of [...HUGO_CONFIGS, ...HUGO_DIR_CONFIGS].map(at).filter(isFile)) {
    const text = await read(file);
    if (typeof text !== 'string') {
      navigation.push(unreadable(file, 'hugo-menu', text.error));
      continue;
    }
    // Parsed once for the menus and the settings (a site config's YAML parse costs a Hugo scan tens of ms).
    const parsed = parseHugoConfig(file, text);
    navigation.push(parseHugoMenus(file, text, false, parsed));
    const { data } = parsed;
    if (data) {
      merge(merged, data);
      any = true;
    }
  }
  for (const [section, name] of SECTION_FILES) {
    const file = at(name);
    if (!isFile(file)) continue;
    const text = await read(file);
    const data = typeof text === 'string' ? parseHugoConfig(file, text).data : undefined;
    if (data) {
      merge(merged, { [section]: data });
      any = true;
    }
  }
  for (const file of HUGO_MENU_FILES.map(at).filter(isFile)) {
    const text = await read(file);
    navigation.push(typeof text === 'string' ? parseHugoMenus(file, text, true) : unreadable(file, 'hugo-menu', text.error));
  }
  // A site (or theme) link render hook decides where Markdown links go: Hugo's own looks pages up like `ref`.
  const hook = scan.paths.find((p) => LINK_RENDER_HOOK.test(p) && (p.startsWith(at('layouts/')) || p.startsWith(at('themes/'))));
  if (hook !== undefined) found.linkRenderHook = hook;
  if (!any) return;
  const markup = asObject(asObject(asObject(merged.markup)?.goldmark)?.parser);
  if (markup?.autoDefinitionTermID === true) await declareDefinitionTermIds({ at, read, scan, found });
  const dirs = new Set(scan.dirs);
  const site = hugoSiteConfig(merged, at, (p) => dirs.has(p));
  if (site.staticRoots) found.staticRoots = site.staticRoots;
  await loadHugoLayouts(merged, { at, read, scan, links, found }, (p) => dirs.has(p));
  // `.docward.yml` naming the content root or the languages replaces what the Hugo config says about them.
  if (links.contentRoot !== undefined || links.languages !== undefined) return;
  found.contentRoot = site.contentRoot;
  if (site.contentMounts.length > 0 || site.languages.length > 1) {
    found.languages = site.languages;
    found.defaultLanguage = site.defaultLanguage;
  }
  found.defaultLanguageInSubdir = site.defaultLanguageInSubdir;
  if (site.contentMounts.length > 0) found.contentMounts = site.contentMounts;
}

/**
 * The site's templates (layouts.ts), its own and its themes' (`theme`, or `module.imports` of
 * folders under `themes/`). A theme absent from the checkout (a Hugo module, a submodule not
 * checked out) builds navigation docward cannot read: orphans are counted in one notice, unless
 * `links.sectionLists` says how sections list their pages.
 */
async function loadHugoLayouts(
  merged: Data,
  { at, read, scan, links, found }: Pick<SiteLoadContext, 'at' | 'read' | 'scan' | 'links' | 'found'>,
  isDir: (p: string) => boolean,
): Promise<void> {
  const imports = (Array.isArray(asObject(merged.module)?.imports) ? (asObject(merged.module)!.imports as unknown[]) : [])
    .map((i) => asString(asObject(i)?.path))
    .filter((p): p is string => p !== undefined);
  const themes = [...new Set([...strings(merged.theme), ...imports])];
  const present = themes.filter((t) => isDir(at(`themes/${t}`)));
  const folders = layoutFolders(at, present);
  const layouts = await readHugoLayouts({ read, scan }, folders);
  if (layouts) found.hugoLayouts = layouts;
  const anchors = await shortcodeAnchorPages({ read, scan }, folders, sitePages(at, scan));
  if (Object.keys(anchors).length > 0) found.hugoShortcodeAnchors = anchors;
  const absent = themes.filter((t) => !present.includes(t));
  if (absent.length === 0 || links.sectionLists !== undefined) return;
  found.navigationUnknown = {
    cause: 'hugo-theme-absent',
    message: `the site's theme ${absent.map((t) => `"${t}"`).join(', ')} is not in the checkout (a Hugo module or a submodule not checked out), and its templates build the navigation (section lists, sidebars, menus): pages no link reaches are not reported as orphans`,
    unit: 'pages',
    key: 'links.sectionLists',
  };
}

/** The Markdown documents of the site's folder, less templates (layouts, themes, archetypes). */
function sitePages(at: (p: string) => string, scan: SiteLoadContext['scan']): string[] {
  const site = at('');
  return scan.paths.filter((p) => /\.(md|markdown)$/.test(p) && (site === '' || p.startsWith(site)) && !/(^|\/)(layouts|themes|archetypes)\//.test(p));
}

/** A definition-list term: a line of text directly followed by a `: definition` line (Goldmark's definition list). */
const DEFINITION_TERM = /^(?!```|~~~)([^\s:>|#-][^\n]*)\n(?=:[ \t])/gm;
/** An ATX heading line (its text, without a closing `#` run). */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm;

/**
 * `markup.goldmark.parser.autoDefinitionTermID`: Goldmark gives each definition-list term an id as it
 * does headings, from one counter per page (a term `cascade` before the heading `Cascade` makes the
 * heading `#cascade-1`). The extractors do not record definition lists, so the pages that hold some
 * are read here and the ids of their terms and headings, numbered in document order, declared
 * (link-anchor accepts them): a fragment found nowhere is still broken.
 */
async function declareDefinitionTermIds({ at, read, scan, found }: Pick<SiteLoadContext, 'at' | 'read' | 'scan' | 'found'>): Promise<void> {
  for (const page of sitePages(at, scan)) {
    const raw = await read(page);
    if (typeof raw !== 'string' || !raw.includes('\n:')) continue;
    const text = raw.replace(/\r\n?/g, '\n');
    const terms = [...text.matchAll(DEFINITION_TERM)];
    if (terms.length === 0) continue;
    // A heading's `{#id}` is its id as written and takes no number from the counter.
    const named = [
      ...terms.map((m) => ({ at: m.index, text: m[1]!, id: undefined })),
      ...[...text.matchAll(ATX_HEADING)].map((m) => ({ at: m.index, ...splitGoldmarkAttributes(m[1]!) })),
    ];
    const slugger = new HeadingSlugger();
    const ids = named.sort((a, b) => a.at - b.at).map((n) => n.id ?? slugger.slug(n.text.trim()));
    (found.declaredAnchors ??= {})[page] = [...(found.declaredAnchors[page] ?? []), ...ids];
  }
}
