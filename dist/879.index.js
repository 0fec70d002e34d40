export const id = 879;
export const ids = [879];
export const modules = {

/***/ 7879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadHugoConfig: () => (/* binding */ loadHugoConfig)
});

// UNUSED EXPORTS: globSlice, hugoSiteConfig

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/sites/generator.ts
var generator = __webpack_require__(9857);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/sites/navigation.ts
var navigation = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/sites/hugo/menus.ts
/**
 * Hugo menus from site configuration (`menu`/`menus` keys, also under `languages.<lang>`, or a
 * `menus.*` file whose top-level keys are menu names), parsed with smol-toml / yaml / JSON.
 * Entries are `pageRef` (a content path, resolved to its file) and `url` (a route); the parsers give no positions, so an entry's
 * position is the first occurrence of its quoted value (then bare) not already given to another entry.
 */



/** Parsed configuration as plain data, or the parser's error with its position. */
function parseHugoConfig(path, text) {
    try {
        const data = path.endsWith('.toml') ? (0,dist/* parse */.qg)(text) : path.endsWith('.json') ? JSON.parse(text) : (0,yaml_dist/* parse */.qg)(text);
        return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {} };
    }
    catch (error) {
        const e = error;
        const line = e.line ?? e.linePos?.[0]?.line ?? 1;
        const column = e.column ?? e.linePos?.[0]?.col ?? 1;
        return { error: { message: e.message.split('\n')[0], line, column } };
    }
}
const asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The menu entries of a Hugo config file; `menusFile`: the whole file is a map of menus (`config/_default/menus.toml`); `parsed`: the text's `parseHugoConfig`, read only. */
function parseHugoMenus(path, text, menusFile, parsed = parseHugoConfig(path, text)) {
    const nav = { path, format: 'hugo-menu', entries: [], listsAll: [] };
    const { data, error } = parsed;
    if (error || !data)
        return { ...nav, error };
    const menuMaps = [];
    const collect = (config) => {
        for (const key of ['menu', 'menus']) {
            const menus = asObject(config[key]);
            if (menus)
                menuMaps.push(menus);
        }
    };
    if (menusFile)
        menuMaps.push(data);
    else {
        collect(data);
        for (const language of Object.values(asObject(data.languages) ?? {})) {
            const config = asObject(language);
            if (config)
                collect(config);
        }
    }
    const used = new Set();
    /** First unused occurrence of the value, quoted (exact) before bare; -1 when the text has none. */
    const locate = (value) => {
        for (const written of [`"${value}"`, `'${value}'`, value]) {
            for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
                if (!used.has(at)) {
                    used.add(at);
                    return written === value ? at : at + 1;
                }
            }
        }
        return -1;
    };
    for (const menus of menuMaps) {
        for (const items of Object.values(menus)) {
            for (const item of Array.isArray(items) ? items : []) {
                const entry = asObject(item);
                if (!entry)
                    continue;
                for (const key of ['pageRef', 'url']) {
                    const target = entry[key];
                    if (typeof target !== 'string' || target.trim() === '')
                        continue;
                    const at = locate(target);
                    const added = { kind: key === 'pageRef' ? 'content' : 'link', target: target.trim(), base: '', ...(0,navigation/* positionAt */.t)(text, Math.max(0, at)) };
                    nav.entries.push(added);
                }
            }
        }
    }
    // Source order, as the other navigation readers give it.
    nav.entries.sort((a, b) => a.line - b.line || a.column - b.column);
    return nav;
}

// EXTERNAL MODULE: ./src/rules/links/anchors.ts
var links_anchors = __webpack_require__(6876);
// EXTERNAL MODULE: ./src/sites/hugo/layouts.ts
var hugo_layouts = __webpack_require__(4803);
// EXTERNAL MODULE: ./src/sites/hugo/shortcodes.ts
var shortcodes = __webpack_require__(558);
;// CONCATENATED MODULE: ./src/sites/hugo/config.ts
/**
 * A Hugo site's own configuration, as Hugo merges it: `hugo.*`/`config.*` at the site folder, then
 * `config/_default/` (`hugo.*`, `config.*`, and `module.*`, `languages.*` as those sections).
 * From it: the languages (`languages`, `defaultContentLanguage`, `defaultContentLanguageInSubdir`),
 * the content mounts (`module.mounts` with a `content` target, or else each language's
 * `contentDir`), the static folders (`module.mounts` with the `static` target, `staticDir`), and menus.
 */






const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const HUGO_DIR_CONFIGS = HUGO_CONFIGS.map((c) => `config/_default/${c}`);
const HUGO_MENU_FILES = ['menus.toml', 'menus.yaml', 'menus.yml', 'menus.json'].map((c) => `config/_default/${c}`);
/** `config/_default/<section>.*`: a file per top-level section. */
const SECTION_FILES = ['module', 'languages'].flatMap((section) => ['toml', 'yaml', 'yml', 'json'].map((ext) => [section, `config/_default/${section}.${ext}`]));
/** `layouts/_markup/render-link.html` (Hugo 0.146+), `layouts/_default/_markup/render-link.html`, also per output format (`render-link.rss.xml`). */
const LINK_RENDER_HOOK = /(?:^|\/)layouts\/(?:_default\/)?_markup\/render-link(?:\.[\w-]+)*\.html$/;
const config_asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asString = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string') : typeof v === 'string' ? [v] : []);
/** Later files win key by key, maps merged (Hugo merges the config files it reads). */
function merge(into, from) {
    for (const [key, value] of Object.entries(from)) {
        const a = config_asObject(into[key]);
        const b = config_asObject(value);
        into[key] = a && b ? merge({ ...a }, b) : value;
    }
    return into;
}
/**
 * A Hugo glob slice (`["! docs/*", "**"]`): a match of a negated pattern (`! ` prefix) excludes at
 * once; otherwise included when a plain pattern matches, or when there is none.
 */
function globSlice(patterns) {
    const negated = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim());
    const plain = patterns.filter((p) => !p.startsWith('!')).map((p) => p.trim());
    const compile = (list) => list.length === 0
        ? () => false
        : picomatch_default()(list.map((p) => p.replace(/^\/+/, '').replace(/\{([^}]*)\}/g, (_m, inner) => `{${inner
            .split(',')
            .map((s) => s.trim())
            .join(',')}}`)), { dot: true });
    const no = compile(negated);
    const yes = compile(plain);
    return (value) => !no(value) && (plain.length === 0 || yes(value));
}
/** Languages in Hugo's order (weight, then code); one (the default) when the site declares none. */
function languagesOf(config, defaultLanguage) {
    const declared = Object.entries(config_asObject(config.languages) ?? {}).map(([code, value]) => {
        const entry = config_asObject(value) ?? {};
        const weight = typeof entry.weight === 'number' ? entry.weight : 0;
        return { code, contentDir: asString(entry.contentDir), weight };
    });
    if (declared.length === 0)
        return [{ code: defaultLanguage, weight: 0 }];
    return declared.sort((a, b) => (a.weight || Infinity) - (b.weight || Infinity) || (a.code < b.code ? -1 : 1));
}
/** The languages a mount serves: `lang`, `sites.matrix.languages` (a glob slice), else the default language. */
function mountLanguages(mount, codes, defaultLanguage) {
    const lang = asString(mount.lang);
    if (lang !== undefined)
        return [lang];
    const matrix = config_asObject(config_asObject(mount.sites)?.matrix)?.languages;
    if (matrix !== undefined) {
        const matches = globSlice(strings(matrix));
        return codes.filter(matches);
    }
    return [defaultLanguage];
}
/** Which files of a mount are mounted: `files` (a glob slice), else `includeFiles`/`excludeFiles` (before Hugo 0.153). */
function mountFilter(mount) {
    const files = strings(mount.files);
    if (files.length > 0)
        return globSlice(files);
    const include = strings(mount.includeFiles);
    const exclude = strings(mount.excludeFiles);
    if (include.length === 0 && exclude.length === 0)
        return undefined;
    return globSlice([...exclude.map((p) => `! ${p}`), ...include]);
}
/** What the merged config says, paths from the scan root (`at`); `isDir` tells which mounted folders the scan holds. */
function hugoSiteConfig(config, at, isDir) {
    const defaultLanguage = asString(config.defaultContentLanguage) ?? 'en';
    const defaultLanguageInSubdir = config.defaultContentLanguageInSubdir === true;
    const languages = languagesOf(config, defaultLanguage);
    const codes = languages.map((l) => l.code);
    const languagePrefix = (code) => (code === defaultLanguage && !defaultLanguageInSubdir ? '' : code);
    const contentDir = (0,generator/* trimSlashes */.uT)(asString(config.contentDir) ?? 'content');
    const mounts = (Array.isArray(config_asObject(config.module)?.mounts) ? config_asObject(config.module).mounts : [])
        .map(config_asObject)
        .filter((m) => m !== undefined);
    const targetOf = (m) => (0,generator/* trimSlashes */.uT)(asString(m.target) ?? '');
    const contentMounts = [];
    const add = (source, target, code, accepts) => {
        const folder = at((0,generator/* trimSlashes */.uT)(source));
        const mount = { prefix: (0,generator/* joinRoute */.u3)(languagePrefix(code), target), folder, language: code, target, ...(accepts ? { accepts } : {}) };
        if (!isDir(folder)) {
            const where = `/${(0,generator/* joinRoute */.u3)(languagePrefix(code), target)}${target === '' && languagePrefix(code) === '' ? '' : '/'}`;
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
        if (source === undefined)
            continue;
        for (const code of mountLanguages(m, codes, defaultLanguage))
            add(source, targetOf(m).replace(/^content\/?/, ''), code, mountFilter(m));
    }
    // Each language's contentDir is a mount of its own (kept beside explicit mounts that do not name the folder).
    for (const language of languages) {
        if (language.contentDir === undefined)
            continue;
        if (contentMounts.some((m) => m.folder === at((0,generator/* trimSlashes */.uT)(language.contentDir)) && m.language === language.code))
            continue;
        add(language.contentDir, '', language.code);
    }
    // Languages without a folder of their own read the site's contentDir (when content is not mounted explicitly).
    if (contentMounts.length > 0 && explicit.length === 0) {
        for (const language of languages)
            if (language.contentDir === undefined)
                add(contentDir, '', language.code);
    }
    const rootOf = () => {
        const folders = [...new Set(contentMounts.filter((m) => m.unverified === undefined).map((m) => m.folder))];
        if (folders.length === 0)
            return at(contentDir);
        const own = contentMounts.find((m) => m.language === defaultLanguage && m.target === '' && m.unverified === undefined);
        const parents = folders.map((f) => f.slice(0, Math.max(0, f.lastIndexOf('/'))));
        // Language folders under one parent (`content/en`, `content/fr`): that parent is the content root.
        if (folders.length > 1 && parents.every((p) => p === parents[0]) && folders.every((f) => codes.includes(f.slice(f.lastIndexOf('/') + 1))))
            return parents[0];
        return own?.folder ?? at(contentDir);
    };
    const statics = mounts.filter((m) => targetOf(m) === 'static' && asString(m.source) !== undefined).map((m) => at((0,generator/* trimSlashes */.uT)(asString(m.source))));
    const staticDirs = strings(config.staticDir).map((d) => at((0,generator/* trimSlashes */.uT)(d)));
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
async function loadHugoConfig({ at, isFile, read, unreadable, scan, links, found, navigation }) {
    const merged = {};
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
        if (!isFile(file))
            continue;
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
    if (hook !== undefined)
        found.linkRenderHook = hook;
    if (!any)
        return;
    const markup = config_asObject(config_asObject(config_asObject(merged.markup)?.goldmark)?.parser);
    if (markup?.autoDefinitionTermID === true)
        await declareDefinitionTermIds({ at, read, scan, found });
    const dirs = new Set(scan.dirs);
    const site = hugoSiteConfig(merged, at, (p) => dirs.has(p));
    if (site.staticRoots)
        found.staticRoots = site.staticRoots;
    await loadHugoLayouts(merged, { at, read, scan, links, found }, (p) => dirs.has(p));
    // `.docward.yml` naming the content root or the languages replaces what the Hugo config says about them.
    if (links.contentRoot !== undefined || links.languages !== undefined)
        return;
    found.contentRoot = site.contentRoot;
    if (site.contentMounts.length > 0 || site.languages.length > 1) {
        found.languages = site.languages;
        found.defaultLanguage = site.defaultLanguage;
    }
    found.defaultLanguageInSubdir = site.defaultLanguageInSubdir;
    if (site.contentMounts.length > 0)
        found.contentMounts = site.contentMounts;
}
/**
 * The site's templates (layouts.ts), its own and its themes' (`theme`, or `module.imports` of
 * folders under `themes/`). A theme absent from the checkout (a Hugo module, a submodule not
 * checked out) builds navigation docward cannot read: orphans are counted in one notice, unless
 * `links.sectionLists` says how sections list their pages.
 */
async function loadHugoLayouts(merged, { at, read, scan, links, found }, isDir) {
    const imports = (Array.isArray(config_asObject(merged.module)?.imports) ? config_asObject(merged.module).imports : [])
        .map((i) => asString(config_asObject(i)?.path))
        .filter((p) => p !== undefined);
    const themes = [...new Set([...strings(merged.theme), ...imports])];
    const present = themes.filter((t) => isDir(at(`themes/${t}`)));
    const folders = (0,hugo_layouts/* layoutFolders */.We)(at, present);
    const layouts = await (0,hugo_layouts/* readHugoLayouts */.fk)({ read, scan }, folders);
    if (layouts)
        found.hugoLayouts = layouts;
    const anchors = await (0,shortcodes/* shortcodeAnchorPages */.r)({ read, scan }, folders, sitePages(at, scan));
    if (Object.keys(anchors).length > 0)
        found.hugoShortcodeAnchors = anchors;
    const absent = themes.filter((t) => !present.includes(t));
    if (absent.length === 0 || links.sectionLists !== undefined)
        return;
    found.navigationUnknown = {
        cause: 'hugo-theme-absent',
        message: `the site's theme ${absent.map((t) => `"${t}"`).join(', ')} is not in the checkout (a Hugo module or a submodule not checked out), and its templates build the navigation (section lists, sidebars, menus): pages no link reaches are not reported as orphans`,
        unit: 'pages',
        key: 'links.sectionLists',
    };
}
/** The Markdown documents of the site's folder, less templates (layouts, themes, archetypes). */
function sitePages(at, scan) {
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
async function declareDefinitionTermIds({ at, read, scan, found }) {
    for (const page of sitePages(at, scan)) {
        const raw = await read(page);
        if (typeof raw !== 'string' || !raw.includes('\n:'))
            continue;
        const text = raw.replace(/\r\n?/g, '\n');
        const terms = [...text.matchAll(DEFINITION_TERM)];
        if (terms.length === 0)
            continue;
        // A heading's `{#id}` is its id as written and takes no number from the counter.
        const named = [
            ...terms.map((m) => ({ at: m.index, text: m[1], id: undefined })),
            ...[...text.matchAll(ATX_HEADING)].map((m) => ({ at: m.index, ...(0,links_anchors/* splitGoldmarkAttributes */.Dd)(m[1]) })),
        ];
        const slugger = new links_anchors/* HeadingSlugger */.Sk();
        const ids = named.sort((a, b) => a.at - b.at).map((n) => n.id ?? slugger.slug(n.text.trim()));
        (found.declaredAnchors ??= {})[page] = [...(found.declaredAnchors[page] ?? []), ...ids];
    }
}


/***/ })

};
