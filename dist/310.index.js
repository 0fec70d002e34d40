export const id = 310;
export const ids = [310];
export const modules = {

/***/ 2310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readJsonSidebar: () => (/* binding */ readJsonSidebar)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _navigation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(980);
/** JSON sidebars a catch-all page imports (react.dev's `src/sidebarLearn.json`): every `path` or `href` route of the tree is a navigation entry. */


/** Keys whose site-absolute string value names a page. */
const ROUTE_KEYS = new Set(['path', 'href']);
/** The sidebar's entries (site-absolute `path`/`href` values at any depth), or the file with its JSON error. */
function readJsonSidebar(file, text) {
    const errors = [];
    const tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (first || tree === undefined)
        return {
            path: file,
            format: 'nextjs-sidebar',
            entries: [],
            listsAll: [],
            error: { message: `invalid JSON: ${first ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error) : 'empty'}`, ...(0,_navigation_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(text, first?.offset ?? 0) },
        };
    const entries = [];
    const visit = (node) => {
        if (node.type === 'property') {
            const [key, value] = node.children ?? [];
            if (key && value && ROUTE_KEYS.has(String(key.value)) && value.type === 'string' && String(value.value).startsWith('/'))
                entries.push({ kind: 'link', target: String(value.value), base: '', ...(0,_navigation_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(text, value.offset) });
        }
        for (const child of node.children ?? [])
            visit(child);
    };
    visit(tree);
    return { path: file, format: 'nextjs-sidebar', entries, listsAll: [] };
}


/***/ })

};
