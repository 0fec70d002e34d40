export const id = 29;
export const ids = [29];
export const modules = {

/***/ 9029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readNextConfig: () => (/* binding */ readNextConfig)
/* harmony export */ });
/* harmony import */ var _static_module_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6957);
/** `next.config.*` read statically (static-module.ts): what in it routes pages in ways docward does not model. */

/** Keys that move or add routes. */
const ROUTING_KEYS = ['rewrites', 'redirects', 'basePath', 'i18n', 'trailingSlash'];
/** A source ending in a literal file extension (`/:path*.md`): it answers only URLs naming such files, which Markdown links name as source files. */
const FILE_SOURCE = /\.[a-z0-9]+$/i;
/**
 * Rewrites that leave page routes alone: `async rewrites() { return [...] }` (or `{ beforeFiles, afterFiles, fallback }`)
 * whose every entry is conditional (`has`/`missing`: a header, cookie or host) or answers only file-extension URLs.
 */
function pageRoutesUntouched(value) {
    const returned = value instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Dynamic ? value.returns : value;
    const lists = Array.isArray(returned) ? [returned] : (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(returned) ? Object.values(returned) : undefined;
    if (lists === undefined || !lists.every(Array.isArray))
        return false;
    return lists.flat().every((entry) => {
        if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(entry) || typeof entry.source !== 'string')
            return false;
        return entry.has !== undefined || entry.missing !== undefined || FILE_SOURCE.test(entry.source);
    });
}
/** Why the config's routing is not modelled (a key that reroutes pages, or a config that is code), or undefined when it is plain. */
async function readNextConfig(file, files) {
    const module = await (0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.scanModuleLoader)(files).load(file);
    let config = module ? await module.defaultExport() : undefined;
    // `withMDX({...})`, `nextra(...)({...})`: plugins wrap the config they are given.
    while (config instanceof _static_module_js__WEBPACK_IMPORTED_MODULE_0__.Call && config.args.length > 0)
        config = config.args[config.args.length - 1];
    if (config === undefined)
        return undefined;
    if (!(0,_static_module_js__WEBPACK_IMPORTED_MODULE_0__.isObject)(config))
        return `${file} is computed by code`;
    const keys = ROUTING_KEYS.filter((k) => config[k] !== undefined && !(k === 'rewrites' && pageRoutesUntouched(config[k])));
    return keys.length > 0 ? `${file} sets ${keys.join(', ')}` : undefined;
}


/***/ })

};
