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
    const keys = ROUTING_KEYS.filter((k) => config[k] !== undefined);
    return keys.length > 0 ? `${file} sets ${keys.join(', ')}` : undefined;
}


/***/ })

};
