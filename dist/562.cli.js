export const id = 562;
export const ids = [562];
export const modules = {

/***/ 8562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readVitepressConfig: () => (/* binding */ readVitepressConfig)
/* harmony export */ });
/* harmony import */ var _static_module_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6957);
/**
 * `.vitepress/config.*` read statically (static-module.ts): `srcDir`, `srcExclude`, `rewrites`, and
 * `themeConfig.nav` / `themeConfig.sidebar` (array, or object of path prefix → items or `{ base, items }`)
 * as navigation entries with the module and line that wrote each. What is code is reported, not guessed.
 */

const join = (base, link) => (link.startsWith('/') || base === '' ? link : `${base.replace(/\/?$/, '/')}${link}`);
async function readVitepressConfig(file, loader) {
    const out = { srcExclude: [], rewrites: {}, entries: [], dynamic: [] };
    const module = await loader.load(file);
    const config = (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.unwrapCalls)(module ? await module.defaultExport() : undefined);
    if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(config)) {
        const part = config instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic
            ? config
            : new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic(config instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Call ? `the config is the result of ${config.callee}()` : 'the config exports no object', { file, line: 1, column: 1 });
        out.dynamic.push({ what: 'the config', part });
        return out;
    }
    if (typeof config.srcDir === 'string')
        out.srcDir = config.srcDir;
    else if (config.srcDir !== undefined)
        out.dynamic.push({ what: 'srcDir', part: (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(config.srcDir)[0] ?? new _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic('srcDir is not a string', { file, line: 1, column: 1 }) });
    if (Array.isArray(config.srcExclude))
        out.srcExclude = config.srcExclude.filter((g) => typeof g === 'string');
    if ((0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(config.rewrites)) {
        for (const [from, to] of Object.entries(config.rewrites))
            if (typeof to === 'string')
                out.rewrites[from] = to;
    }
    for (const part of [...(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(config.rewrites ?? null), ...(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(config.srcExclude ?? null)])
        out.dynamic.push({ what: 'rewrites or srcExclude', part });
    const theme = config.themeConfig;
    if (theme === undefined)
        return out;
    if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(theme)) {
        for (const part of (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(theme))
            out.dynamic.push({ what: 'themeConfig', part });
        return out;
    }
    const collect = (items, base, what) => {
        if (!Array.isArray(items)) {
            for (const part of (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(items))
                out.dynamic.push({ what, part });
            return;
        }
        items.forEach((item, i) => {
            if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(item)) {
                for (const part of (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(item))
                    out.dynamic.push({ what, part });
                return;
            }
            const itemBase = typeof item.base === 'string' ? item.base : base;
            if (typeof item.link === 'string') {
                const at = (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.locationOf)(item, 'link') ?? (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.locationOf)(items, i);
                if (at)
                    out.entries.push({ kind: 'link', target: join(itemBase, item.link), base: '', file: at.file, line: at.line, column: at.column });
            }
            else if (item.link !== undefined)
                for (const part of (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(item.link))
                    out.dynamic.push({ what, part });
            if (item.items !== undefined)
                collect(item.items, itemBase, what);
        });
    };
    if (theme.nav !== undefined)
        collect(theme.nav, '', 'themeConfig.nav');
    const sidebar = theme.sidebar;
    if (Array.isArray(sidebar))
        collect(sidebar, '', 'themeConfig.sidebar');
    else if ((0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(sidebar)) {
        for (const group of Object.values(sidebar)) {
            if ((0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(group))
                collect(group.items, typeof group.base === 'string' ? group.base : '', 'themeConfig.sidebar');
            else
                collect(group, '', 'themeConfig.sidebar');
        }
    }
    else if (sidebar !== undefined)
        for (const part of (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.dynamicParts)(sidebar))
            out.dynamic.push({ what: 'themeConfig.sidebar', part });
    return out;
}


/***/ })

};
