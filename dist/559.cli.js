export const id = 559;
export const ids = [559];
export const modules = {

/***/ 559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDocfxToc: () => (/* binding */ parseDocfxToc)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2893);


/** docfx `toc.yml`: `href`/`topicHref` (files from the TOC's folder, a folder for its own TOC, or site routes) and nested `items`. */
function parseDocfxToc(path, text) {
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(text);
    const nav = { path, format: 'docfx-toc', entries: [], listsAll: [] };
    if (parsed.error)
        return { ...nav, error: parsed.error };
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const walk = (node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            for (const item of node.items)
                walk(item);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return;
        for (const key of ['href', 'topicHref', 'tocHref']) {
            const value = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .Z)(node, key);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) || typeof value.value !== 'string' || value.value.trim() === '')
                continue;
            const target = value.value.trim();
            const entry = { kind: target.startsWith('/') ? 'link' : 'file', target, base, ...parsed.pos(value) };
            nav.entries.push(entry);
        }
        walk((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .Z)(node, 'items'));
    };
    walk(parsed.root);
    return nav;
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
