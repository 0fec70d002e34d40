export const id = 687;
export const ids = [687];
export const modules = {

/***/ 687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMkdocs: () => (/* binding */ parseMkdocs)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2893);


/** MkDocs `mkdocs.yml`: `docs_dir` and the `nav` tree (leaves are paths from docs_dir or URLs). Without `nav`, every page is listed. */
function parseMkdocs(path, text) {
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(text);
    const nav = { path, format: 'mkdocs-nav', entries: [], listsAll: [] };
    if (parsed.error)
        return { nav: { ...nav, error: parsed.error } };
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const docsDirNode = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .Z)(parsed.root, 'docs_dir');
    const written = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(docsDirNode) && typeof docsDirNode.value === 'string' ? docsDirNode.value.replace(/^\.\/|\/+$/g, '') : 'docs';
    const docsDir = folder === '' ? written : `${folder}/${written}`;
    const tree = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .Z)(parsed.root, 'nav');
    if (!tree)
        return { nav: { ...nav, listsAll: [docsDir] }, docsDir };
    const walk = (node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            for (const item of node.items)
                walk(item);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            for (const pair of node.items)
                walk(pair.value);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string')
            nav.entries.push({ kind: 'file', target: node.value, base: docsDir, ...parsed.pos(node) });
    };
    walk(tree);
    return { nav, docsDir };
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
