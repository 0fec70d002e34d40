export const id = 431;
export const ids = [431];
export const modules = {

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDocfxContent: () => (/* binding */ parseDocfxContent)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5998);
/**
 * docfx.json `build.content`: each entry publishes the files its `files` globs match (minus
 * `exclude`), relative to `src` (default: docfx.json's folder), under the URL prefix `dest`
 * (default: the site root). These become the learn mode's routes when `links.routes` is not set.
 * Globs follow docfx (file-system globs relative to `src`: `*.md` is top-level only, `**` any depth).
 */



const trim = (value) => value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');
const strings = (value) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : typeof value === 'string' ? [value] : []);
/** The content entries of a docfx.json, or the reason it cannot be read (JSON errors with their position). */
function parseDocfxContent(path, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const message = error.message.split('\n')[0];
        // JSON.parse names no position on Node 20; the yaml parser (JSON is YAML) places the first error.
        const offset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text).errors[0]?.pos[0];
        return { mounts: [], error: { message, ...(offset === undefined ? { line: 1, column: 1 } : (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(text, offset)) } };
    }
    const build = data?.build;
    const content = Array.isArray(build?.content) ? build.content : [];
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const mounts = [];
    for (const entry of content) {
        if (entry === null || typeof entry !== 'object')
            continue;
        const e = entry;
        const files = strings(e.files);
        if (files.length === 0)
            continue;
        const src = typeof e.src === 'string' ? trim(e.src) : '';
        const dest = typeof e.dest === 'string' ? trim(e.dest) : '';
        const included = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(files, { dot: false });
        const excluded = strings(e.exclude).length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()(strings(e.exclude), { dot: false }) : () => false;
        mounts.push({ prefix: dest, folder: [folder, src].filter((p) => p !== '').join('/'), accepts: (relative) => included(relative) && !excluded(relative) });
    }
    return { mounts };
}


/***/ })

};
