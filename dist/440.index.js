export const id = 440;
export const ids = [440];
export const modules = {

/***/ 7440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readVercelRedirects: () => (/* binding */ readVercelRedirects)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _generator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9857);
/* harmony import */ var _navigation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(980);
/**
 * `vercel.json` `redirects`: literal sources are routes the host answers (a link to one is a notice
 * naming the target); every site-absolute destination is reached from its source (an entry point).
 */



/** A source with a parameter, wildcard or group is a pattern: not a route of its own. */
const PATTERN = /[:*(){}?+]/;
/** Redirects of `text` (the file `file`), keyed as the routes' paths under `folder` (the content folder served at `prefix`). */
function readVercelRedirects(file, text, folder, prefix) {
    const errors = [];
    const tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors[0] || tree === undefined) {
        const at = (0,_navigation_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(text, errors[0]?.offset ?? 0);
        return { error: `invalid JSON: ${errors[0] ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(errors[0].error) : 'empty'} at line ${at.line}, column ${at.column}` };
    }
    const redirects = new Map();
    const destinations = [];
    let patterns = 0;
    const fileDestinations = [];
    const list = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(tree, ['redirects']);
    for (const node of list?.type === 'array' ? (list.children ?? []) : []) {
        const { source, destination, has, missing } = ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodeValue)(node) ?? {});
        if (typeof source !== 'string' || typeof destination !== 'string')
            continue;
        // Conditional redirects (`has`/`missing`: headers, cookies, hosts) do not answer a plain link.
        if (has !== undefined || missing !== undefined)
            continue;
        const to = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(node, ['destination']);
        const route = destination.split(/[?#]/)[0];
        if (destination.startsWith('/') && /\.[a-z0-9]+$/i.test(route))
            fileDestinations.push(destination);
        else if (destination.startsWith('/') && !PATTERN.test(route) && to)
            destinations.push({ kind: 'link', target: destination, base: '', ...(0,_navigation_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(text, to.offset) });
        if (PATTERN.test(source)) {
            patterns++;
            continue;
        }
        const from = (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(source);
        if (prefix !== '' && from !== prefix && !from.startsWith(`${prefix}/`))
            continue;
        const key = (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRoute */ .u3)(folder, from.slice(prefix.length).replace(/^\//, '')).toLowerCase();
        if (!redirects.has(key))
            redirects.set(key, { to: destination, file });
    }
    const rewrites = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(tree, ['rewrites']);
    return { redirects, destinations, fileDestinations, patterns, rewrites: rewrites?.type === 'array' ? (rewrites.children?.length ?? 0) : 0 };
}


/***/ })

};
