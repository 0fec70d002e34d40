export const id = 760;
export const ids = [760,849];
export const modules = {

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseDocfxContent: () => (/* binding */ parseDocfxContent),
/* harmony export */   parseJsonc: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _navigation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(980);
/**
 * docfx.json `build.content`: each entry publishes the files its `files` globs match (minus
 * `exclude`), relative to `src` (default: docfx.json's folder), under the URL prefix `dest`
 * (default: the site root). These become the learn mode's routes when `links.routes` is not set.
 * Globs follow docfx (file-system globs relative to `src`: `*.md` is top-level only, `**` any depth).
 */



/**
 * JSON as docfx reads it (Newtonsoft.Json: comments and trailing commas allowed), with the first
 * error's position. Also for the Open Publishing config and redirection files.
 */
function parseJsonc(text) {
    const errors = [];
    const data = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parse)(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
        return { error: { message: `invalid JSON: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)}`, ...(0,_navigation_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t)(text, first.offset) } };
    return { data };
}
const trim = (value) => value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : typeof value === 'string' ? [value] : [];
/** The content entries of a docfx.json and the folders whose `toc.yml` an entry publishes by name, or the reason it cannot be read (JSON errors with their position). */
function parseDocfxContent(path, text) {
    const parsed = parseJsonc(text);
    if (parsed.error)
        return { mounts: [], tocs: [], error: parsed.error };
    const data = parsed.data;
    const build = data?.build;
    const content = Array.isArray(build?.content) ? build.content : [];
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const mounts = [];
    const tocs = [];
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
        const from = [folder, src].filter((p) => p !== '').join('/');
        mounts.push({ prefix: dest, folder: from, accepts: (relative) => included(relative) && !excluded(relative) });
        // An entry that publishes `toc.yml` by name: that TOC, present or generated before the build.
        if (files.some((f) => /^toc\.ya?ml$/i.test(trim(f))))
            tocs.push(from);
    }
    return { mounts, tocs };
}


/***/ }),

/***/ 1760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRedirects: () => (/* binding */ loadRedirects)
/* harmony export */ });
/* harmony import */ var _docfx_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);

const asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const join = (...parts) => parts
    .filter((p) => p !== '')
    .join('/')
    .replace(/\/{2,}/g, '/');
const clean = (path) => path
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '');
/** Reads the redirect maps; a file that cannot be parsed becomes a navigation file with its error (a file-problem). */
async function loadRedirects({ scan, isFile, read, navigation, }) {
    const config = scan.paths
        .filter((p) => /(?:^|\/)\.openpublishing\.publish\.config\.json$/.test(p) && isFile(p))
        .sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (config === undefined)
        return undefined;
    const root = folderOf(config);
    const text = await read(config);
    const data = typeof text === 'string' ? (0,_docfx_js__WEBPACK_IMPORTED_MODULE_0__.parseJsonc)(text) : { error: { message: text.error, line: 1, column: 1 } };
    if (data.error)
        navigation.push(unparsed(config, data.error));
    const settings = asObject(data.data);
    const listed = Array.isArray(settings?.redirection_files)
        ? settings.redirection_files.filter((f) => typeof f === 'string').map((f) => join(root, clean(f)))
        : [];
    const beside = scan.paths.filter((p) => folderOf(p) === root && /^\.openpublishing\.redirection.*\.json$/i.test(p.slice(p.lastIndexOf('/') + 1)));
    const sourceFolders = (Array.isArray(settings?.docsets_to_publish) ? settings.docsets_to_publish : [])
        .map((d) => asObject(d)?.build_source_folder)
        .filter((f) => typeof f === 'string')
        .map((f) => join(root, clean(f)));
    const redirects = new Map();
    for (const file of [...new Set([...listed, ...beside])].filter(isFile)) {
        const body = await read(file);
        const parsed = typeof body === 'string' ? (0,_docfx_js__WEBPACK_IMPORTED_MODULE_0__.parseJsonc)(body) : { error: { message: body.error, line: 1, column: 1 } };
        if (parsed.error) {
            navigation.push(unparsed(file, parsed.error));
            continue;
        }
        const entries = asObject(parsed.data)?.redirections;
        for (const entry of Array.isArray(entries) ? entries : []) {
            const e = asObject(entry);
            const to = typeof e?.redirect_url === 'string' ? e.redirect_url.trim() : undefined;
            if (!e || !to)
                continue;
            const sources = [];
            if (typeof e.source_path_from_root === 'string')
                sources.push(join(root, clean(e.source_path_from_root)));
            if (typeof e.source_path === 'string') {
                sources.push(join(folderOf(file), clean(e.source_path)));
                for (const folder of sourceFolders)
                    sources.push(join(folder, clean(e.source_path)));
            }
            for (const source of sources)
                if (!redirects.has(source.toLowerCase()))
                    redirects.set(source.toLowerCase(), { to, file });
        }
    }
    return redirects;
}
function unparsed(path, error) {
    return { path, format: 'docfx-json', entries: [], listsAll: [], error };
}


/***/ })

};
