export const id = 627;
export const ids = [627];
export const modules = {

/***/ 7627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseHugoConfig: () => (/* binding */ parseHugoConfig),
/* harmony export */   parseHugoMenus: () => (/* binding */ parseHugoMenus)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5998);
/**
 * Hugo menus from site configuration (`menu`/`menus` keys, also under `languages.<lang>`, or a
 * `menus.*` file whose top-level keys are menu names), parsed with smol-toml / yaml / JSON.
 * Entries are `pageRef` (a content path, resolved to its file) and `url` (a route); the parsers give no positions, so an entry's
 * position is the first occurrence of its quoted value (then bare) not already given to another entry.
 */



/** Parsed configuration as plain data, or the parser's error with its position. */
function parseHugoConfig(path, text) {
    try {
        const data = path.endsWith('.toml') ? (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) : path.endsWith('.json') ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
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
/** The menu entries of a Hugo config file; `menusFile`: the whole file is a map of menus (`config/_default/menus.toml`). */
function parseHugoMenus(path, text, menusFile) {
    const nav = { path, format: 'hugo-menu', entries: [], listsAll: [] };
    const { data, error } = parseHugoConfig(path, text);
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
                    const added = { kind: key === 'pageRef' ? 'content' : 'link', target: target.trim(), base: '', ...(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(text, Math.max(0, at)) };
                    nav.entries.push(added);
                }
            }
        }
    }
    // Source order, as the other navigation readers give it.
    nav.entries.sort((a, b) => a.line - b.line || a.column - b.column);
    return nav;
}


/***/ })

};
