export const id = 368;
export const ids = [368];
export const modules = {

/***/ 5368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadMkdocs: () => (/* binding */ loadMkdocs)
});

// UNUSED EXPORTS: MKDOCS_CONFIGS

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/rules/links/resolve.ts
var resolve = __webpack_require__(5581);
// EXTERNAL MODULE: ./src/sites/yaml.ts
var yaml = __webpack_require__(2893);
;// CONCATENATED MODULE: ./src/sites/mkdocs/i18n.ts
/**
 * The mkdocs-static-i18n plugin (`plugins: [i18n: ...]`): one site per language inside one docs_dir,
 * the default language at `/`, the others at `/<locale>/`. `docs_structure: folder` keeps a folder
 * per language (`docs/en/x.md`, `docs/fr/x.md`); `suffix` (the default) a suffix per file
 * (`x.md`, `x.fr.md`). A page missing in a language is the default language's when
 * `fallback_to_default` (default true) says so. Both plugin generations are read: 1.x
 * (`languages: [{ locale, default }]`) and 0.x (`default_language`, `languages: { fr: ... }`).
 */


const i18n_text = (node) => ((0,dist/* isScalar */.jn)(node) && (typeof node.value === 'string' || typeof node.value === 'boolean') ? node.value : undefined);
/** The `i18n` entry of a `plugins` list or map, when there is one. */
function i18nOptions(plugins) {
    if ((0,dist/* isMap */.jh)(plugins))
        return (0,yaml/* mapGet */.Z)(plugins, 'i18n') ?? (plugins.items.some((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'i18n') ? null : undefined);
    if (!(0,dist/* isSeq */.oP)(plugins))
        return undefined;
    for (const item of plugins.items) {
        if ((0,dist/* isScalar */.jn)(item) && item.value === 'i18n')
            return null;
        const options = (0,yaml/* mapGet */.Z)(item, 'i18n');
        if (options !== undefined)
            return options;
    }
    return undefined;
}
function readI18nPlugin(plugins) {
    const options = i18nOptions(plugins);
    if (options === undefined)
        return undefined;
    const structure = i18n_text((0,yaml/* mapGet */.Z)(options, 'docs_structure')) === 'folder' ? 'folder' : 'suffix';
    const fallback = i18n_text((0,yaml/* mapGet */.Z)(options, 'fallback_to_default')) !== false;
    const listed = (0,yaml/* mapGet */.Z)(options, 'languages');
    const languages = [];
    let defaultLanguage = i18n_text((0,yaml/* mapGet */.Z)(options, 'default_language'));
    if ((0,dist/* isSeq */.oP)(listed)) {
        for (const item of listed.items) {
            const locale = i18n_text((0,yaml/* mapGet */.Z)(item, 'locale'));
            if (typeof locale !== 'string' || i18n_text((0,yaml/* mapGet */.Z)(item, 'build')) === false)
                continue;
            languages.push(locale);
            if (i18n_text((0,yaml/* mapGet */.Z)(item, 'default')) === true)
                defaultLanguage = locale;
        }
    }
    else if ((0,dist/* isMap */.jh)(listed)) {
        for (const pair of listed.items)
            if ((0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string')
                languages.push(pair.key.value);
    }
    if (typeof defaultLanguage !== 'string')
        defaultLanguage = languages[0];
    if (typeof defaultLanguage !== 'string')
        return undefined;
    return { structure, defaultLanguage, languages: [defaultLanguage, ...languages.filter((l) => l !== defaultLanguage)], fallback };
}

;// CONCATENATED MODULE: ./src/sites/mkdocs/nav.ts


/** MkDocs `mkdocs.yml`: `docs_dir` and the `nav` tree (leaves are paths from docs_dir or URLs). Without `nav`, every page is listed. */
function parseMkdocs(path, text) {
    const parsed = parseYaml(text);
    const empty = { path, format: 'mkdocs-nav', entries: [], listsAll: [] };
    if (parsed.error)
        return { nav: { ...empty, error: parsed.error } };
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const docsDirNode = mapGet(parsed.root, 'docs_dir');
    const written = isScalar(docsDirNode) && typeof docsDirNode.value === 'string' ? docsDirNode.value.replace(/^\.\/|\/+$/g, '') : 'docs';
    const docsDir = folder === '' ? written : `${folder}/${written}`;
    const tree = mapGet(parsed.root, 'nav');
    if (!tree)
        return { nav: { ...empty, listsAll: [docsDir] }, docsDir };
    return { nav: navFromNode(path, tree, parsed.pos, docsDir), docsDir };
}
/** The `nav` tree written in the file at `path` as entries relative to `docsDir` (the docs_dir of the site that uses it). */
function navFromNode(path, tree, pos, docsDir) {
    const nav = { path, format: 'mkdocs-nav', entries: [], listsAll: [] };
    const walk = (node) => {
        if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                walk(item);
        else if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items)
                walk(pair.value);
        else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            nav.entries.push({ kind: 'file', target: node.value, base: docsDir, ...pos(node) });
    };
    walk(tree);
    return nav;
}

;// CONCATENATED MODULE: ./src/sites/mkdocs/config.ts
/**
 * Every `mkdocs.yml` of the tree as MkDocs reads it: `INHERIT` chains (the child's keys win, as
 * MkDocs' merge does for scalars and lists), `docs_dir` relative to the file loaded, `nav` from the
 * nearest file that writes one. Per-language sites (one docs_dir per language, the fastapi layout):
 * configs that INHERIT the detected site's config, and folders beside its own language folder
 * (`docs/en/mkdocs.yml` → `docs/es/docs/`) that its `extra.alternate` language links name. Each
 * such site is served at `/<lang>/` with the inherited nav; a page missing in it is served from the
 * default language only when the build copies it there, which docward cannot see: counted, not broken.
 */





const MKDOCS_CONFIGS = ['mkdocs.yml', 'mkdocs.yaml'];
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const nameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
const stringOf = (node) => ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '' ? node.value.trim() : undefined);
/** `node` at `keys` (`theme`, `language`) in the first file of the chain that has it. */
function inherited(chain, ...keys) {
    for (const file of chain) {
        let node = file.parsed.root;
        for (const key of keys)
            node = (0,yaml/* mapGet */.Z)(node, key);
        if (node !== undefined && node !== null)
            return { node: node, file };
    }
    return undefined;
}
/** The config at `path` and the files it INHERITs (stops at a missing or unreadable file, or a cycle). */
async function readChain(path, ctx) {
    const chain = [];
    for (let at = path; at !== undefined && !chain.some((c) => c.path === at);) {
        const text = await ctx.read(at);
        if (typeof text !== 'string')
            return chain.length === 0 ? text : chain;
        const parsed = (0,yaml/* parseYaml */.h)(text);
        chain.push({ path: at, parsed });
        const parent = stringOf((0,yaml/* mapGet */.Z)(parsed.root, 'INHERIT'));
        const next = parent === undefined ? undefined : (0,resolve/* joinSegments */.DI)(folderOf(at), parent.replace(/^\.\//, ''));
        at = next !== undefined && ctx.isFile(next) ? next : undefined;
    }
    return chain;
}
/** `docs_dir` of the site loaded from `chain[0]`, from the scan root (relative to that file's folder, whoever wrote it). */
function docsDirOf(chain) {
    const written = stringOf(inherited(chain, 'docs_dir')?.node)?.replace(/^\.\/|\/+$/g, '') ?? 'docs';
    return (0,resolve/* joinSegments */.DI)(folderOf(chain[0].path), written) ?? written;
}
/** Language codes the config's language selector links to (`extra.alternate: [{link: /es/}]` → `es`). */
function alternateLanguages(chain) {
    const list = inherited(chain, 'extra', 'alternate')?.node;
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    const out = [];
    for (const item of list.items) {
        const link = (0,dist/* isMap */.jh)(item) ? stringOf((0,yaml/* mapGet */.Z)(item, 'link')) : undefined;
        const code = link === undefined ? undefined : /^(?:https?:\/\/[^/]+)?\/([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\/?$/.exec(link)?.[1];
        if (code !== undefined)
            out.push(code);
    }
    return out;
}
const LANGUAGE_FALLBACK = (where) => ({
    cause: 'mkdocs-language-fallback',
    rule: 'link-broken',
    message: `links to pages missing in a language site (${where}) reach them only if the build copies the default language's page there, which MkDocs does not do and docward cannot see (a build script does)`,
    unit: 'links',
    key: 'links.defaultLanguage',
});
/** Reads the detected site's config (with INHERIT), its nav and its language sites into `ctx`. */
async function loadMkdocs(ctx) {
    const { at, isFile, unreadable, links, found, navigation } = ctx;
    const file = MKDOCS_CONFIGS.map(at).find(isFile);
    if (!file)
        return;
    const chain = await readChain(file, ctx);
    if (!Array.isArray(chain)) {
        navigation.push(unreadable(file, 'mkdocs-nav', chain.error));
        return;
    }
    const broken = chain.find((c) => c.parsed.error);
    if (broken) {
        navigation.push({ path: broken.path, format: 'mkdocs-nav', entries: [], listsAll: [], error: broken.parsed.error });
        if (broken === chain[0])
            return;
    }
    const docsDir = docsDirOf(chain);
    found.contentRoot = docsDir;
    const languages = await languageSites(chain, docsDir, ctx);
    const navNode = inherited(chain, 'nav');
    let nav = navNode
        ? navFromNode(navNode.file.path, navNode.node, navNode.file.parsed.pos, docsDir)
        : { path: file, format: 'mkdocs-nav', entries: [], listsAll: [docsDir] };
    if (links.contentRoot !== undefined && nav.listsAll.length > 0)
        nav = { ...nav, listsAll: [links.contentRoot] };
    const i18n = languages.sites.length === 0 ? readI18nPlugin(inherited(chain, 'plugins')?.node) : undefined;
    if (i18n !== undefined && i18n.languages.length > 1) {
        // mkdocs-static-i18n: the plugin's own fallback (fallback_to_default) is in the config, so it is resolved, not counted.
        found.languages = i18n.languages;
        found.defaultLanguage = i18n.defaultLanguage;
        if (i18n.structure === 'folder')
            found.contentMounts = i18n.languages.map((l) => ({ prefix: l === i18n.defaultLanguage ? '' : l, folder: `${docsDir}/${l}`, language: l }));
        else
            found.languageSuffixes = true;
        if (!i18n.fallback)
            found.languageFallbackOff = true;
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
    found.languages = [own, ...languages.sites.map((s) => s.language)];
    found.defaultLanguage = own;
    found.contentMounts = [{ prefix: '', folder: docsDir, language: own }, ...languages.sites];
    found.languageFallback = LANGUAGE_FALLBACK(languages.sites.map((s) => `${s.folder}/`).join(', '));
}
/**
 * The language sites of the site loaded from `chain`: configs that INHERIT its config (served at
 * `/<folder name>/`), and folders beside its language folder with the same docs_dir that its
 * `extra.alternate` names (built by a script from its config).
 */
async function languageSites(chain, docsDir, ctx) {
    const main = chain[0].path;
    const folder = folderOf(main);
    const own = stringOf(inherited(chain, 'theme', 'language')?.node) ?? nameOf(folder);
    const sites = new Map();
    const navs = [];
    const dirs = new Set(ctx.scan.dirs);
    for (const path of ctx.scan.paths) {
        if (path === main || !MKDOCS_CONFIGS.includes(nameOf(path)) || !ctx.isFile(path))
            continue;
        const child = await readChain(path, ctx);
        if (!Array.isArray(child) || !child.slice(1).some((c) => c.path === main))
            continue;
        const language = nameOf(folderOf(path));
        const childDocs = docsDirOf(child);
        if (language === '' || language === own || childDocs === docsDir)
            continue;
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
            if (language !== own && !sites.has(language) && dirs.has(site))
                sites.set(language, { prefix: language, folder: site, language });
        }
    }
    return { own, sites: [...sites.values()].sort((a, b) => (a.prefix < b.prefix ? -1 : 1)), navs };
}


/***/ }),

/***/ 2893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ mapGet),
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/** YAML navigation files read with the `yaml` package, with positions from its LineCounter (MkDocs `nav`, docfx `toc.yml`). */

function parseYaml(text) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // Unknown tags (`!ENV`, `!!python/name:`) are warnings, kept as strings: MkDocs files use them.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
    const pos = (node) => {
        const offset = node?.range?.[0] ?? 0;
        const p = counter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const first = doc.errors[0];
    if (first) {
        const p = first.linePos?.[0] ?? counter.linePos(first.pos[0]);
        return { root: undefined, pos, error: { message: first.message.split('\n')[0], line: p.line, column: p.col } };
    }
    return { root: doc.contents, pos };
}
function mapGet(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return undefined;
    const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return (pair?.value ?? undefined);
}


/***/ })

};
