export const id = 501;
export const ids = [501];
export const modules = {

/***/ 6501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inferLocales: () => (/* binding */ inferLocales),
/* harmony export */   readStarlightConfig: () => (/* binding */ readStarlightConfig)
/* harmony export */ });
/* harmony import */ var _static_module_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6957);
/**
 * Starlight's options in `astro.config.*`, read statically (static-module.ts): the `starlight({...})`
 * integration's `sidebar` (strings and `slug` name pages, `link` URLs, `autogenerate.directory`
 * folders, `items` nest; each entry names a page in every locale) and `locales`/`defaultLocale`,
 * also when they are identifiers imported from relative modules. Code is reported, never guessed.
 */

/** The options object of the `starlight(...)` integration, or the Dynamic value that hides it. */
async function starlightOptions(file, loader) {
    const module = await loader.load(file);
    let config = module ? await module.defaultExport() : undefined;
    while (config instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Call && config.args.length > 0)
        config = config.args[0];
    if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(config))
        return config instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic ? config : new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic('the config exports no object', { file, line: 1, column: 1 });
    const integrations = config.integrations;
    if (!Array.isArray(integrations))
        return integrations instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic ? integrations : new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic('integrations is not a list', { file, line: 1, column: 1 });
    const call = integrations.find((i) => i instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Call && (i.from === '@astrojs/starlight' || i.callee === 'starlight'));
    if (!call)
        return integrations.find((i) => i instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic) ?? new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic('no starlight() integration', { file, line: 1, column: 1 });
    return call.args[0];
}
async function readStarlightConfig(file, loader, contentRoot) {
    const options = await starlightOptions(file, loader);
    if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(options)) {
        const part = (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(options ?? null)[0] ?? new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic('the starlight() options are not an object', { file, line: 1, column: 1 });
        return { entries: [], sidebarDynamic: [part], localesDynamic: part };
    }
    const out = { sidebarDynamic: [] };
    if (options.sidebar !== undefined)
        out.entries = [];
    const walk = (items) => {
        if (!Array.isArray(items)) {
            out.sidebarDynamic.push(...(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(items));
            return;
        }
        items.forEach((item, i) => {
            const push = (kind, target, at = (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.locationOf)(items, i)) => {
                if (at)
                    out.entries.push({
                        kind,
                        target: kind === 'folder' && target === '.' ? '' : target,
                        base: contentRoot,
                        perLanguage: true,
                        file: at.file,
                        line: at.line,
                        column: at.column,
                    });
            };
            if (typeof item === 'string')
                return push('doc-id', item);
            if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(item))
                return void out.sidebarDynamic.push(...(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(item));
            if (typeof item.slug === 'string')
                push('doc-id', item.slug, (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.locationOf)(item, 'slug'));
            if (typeof item.link === 'string')
                push('link', item.link, (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.locationOf)(item, 'link'));
            const auto = item.autogenerate;
            if ((0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(auto) && typeof auto.directory === 'string')
                push('folder', auto.directory, (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.locationOf)(auto, 'directory'));
            if (item.items !== undefined)
                walk(item.items);
            for (const key of ['slug', 'link', 'autogenerate'])
                if (item[key] !== undefined)
                    out.sidebarDynamic.push(...(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(item[key]));
        });
    };
    if (options.sidebar !== undefined)
        walk(options.sidebar);
    const locales = options.locales;
    const defaultLocale = options.defaultLocale;
    if ((0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(locales) && (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(Object.keys(locales)).length === 0) {
        out.locales = { languages: Object.keys(locales).filter((l) => l !== 'root') };
        // A `root` locale lives in the content root itself: missing translations fall back there ('' = no folder).
        if (typeof defaultLocale === 'string' && defaultLocale !== 'root')
            out.locales.defaultLanguage = defaultLocale;
        else if (Object.hasOwn(locales, 'root'))
            out.locales.defaultLanguage = '';
    }
    else if (locales !== undefined) {
        out.localesDynamic = (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(locales)[0] ?? new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic('locales is not an object', { file, line: 1, column: 1 });
    }
    return out;
}
/**
 * Locale folders when the config does not say: top-level folders of the content root named by a
 * language tag Intl knows (`fr`, `pt-br`; `api` is none) that hold a page the root also has.
 */
function inferLocales(documentPaths, contentRoot) {
    const prefix = contentRoot === '' ? '' : `${contentRoot}/`;
    const inside = documentPaths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).replace(/\.(?:mdx?|mdoc)$/, ''));
    const pages = new Set(inside);
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    const known = (tag) => {
        try {
            return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) && names.of(tag).toLowerCase() !== tag.toLowerCase();
        }
        catch {
            return false;
        }
    };
    const folders = [...new Set(inside.filter((p) => p.includes('/')).map((p) => p.slice(0, p.indexOf('/'))))].filter(known);
    return folders.filter((folder) => inside.some((p) => p.startsWith(`${folder}/`) && pages.has(p.slice(folder.length + 1)))).sort();
}


/***/ })

};
