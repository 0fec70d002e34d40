export const id = 536;
export const ids = [536];
export const modules = {

/***/ 1536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blockAttributeIds: () => (/* binding */ blockAttributeIds),
/* harmony export */   htmlFrontmatter: () => (/* binding */ htmlFrontmatter),
/* harmony export */   liquidLinks: () => (/* binding */ liquidLinks),
/* harmony export */   parseJekyllConfig: () => (/* binding */ parseJekyllConfig)
/* harmony export */ });
/* harmony import */ var liquidjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8694);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _navigation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(980);
/**
 * Jekyll's `_config.yml` (yaml): `baseurl`, `permalink`, `collections` (which are output, and their
 * permalink), `exclude`; and the `{% link %}` / `{% post_url %}` tags of a page, found by liquidjs's
 * tokenizer (Liquid runs before Markdown, inside code too; `{% raw %}` and `{% comment %}` hide tags).
 */



/** Jekyll's default `exclude` list (jekyll/lib/jekyll/configuration.rb). */
const DEFAULT_EXCLUDE = [
    '.sass-cache',
    '.jekyll-cache',
    'gemfiles',
    'Gemfile',
    'Gemfile.lock',
    'node_modules',
    'vendor/bundle',
    'vendor/cache',
    'vendor/gems',
    'vendor/ruby',
];
function parseJekyllConfig(text) {
    const out = { baseurl: '', exclude: [...DEFAULT_EXCLUDE], permalink: 'date', collections: {} };
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const e = error;
        return { ...out, error: { message: e.message.split('\n')[0], line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 } };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return out;
    const config = data;
    if (typeof config.baseurl === 'string')
        out.baseurl = config.baseurl;
    if (typeof config.permalink === 'string')
        out.permalink = config.permalink;
    if (Array.isArray(config.exclude))
        out.exclude.push(...config.exclude.filter((e) => typeof e === 'string'));
    const collections = config.collections;
    const entries = Array.isArray(collections)
        ? collections.filter((c) => typeof c === 'string').map((c) => [c, {}])
        : collections !== null && typeof collections === 'object'
            ? Object.entries(collections)
            : [];
    for (const [name, value] of entries) {
        const options = value !== null && typeof value === 'object' ? value : {};
        out.collections[name] = { output: options.output === true, ...(typeof options.permalink === 'string' ? { permalink: options.permalink } : {}) };
    }
    return out;
}
/** Every `{% link path %}` and `{% post_url name %}` of a page whose argument is a literal (a variable is not checked). */
function liquidLinks(text) {
    let tokens;
    try {
        tokens = new liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .Tokenizer */ ._F(text).readTopLevelTokens();
    }
    catch {
        // Liquid that does not parse fails Jekyll's build on its own; its links are not read here.
        return [];
    }
    const links = [];
    let comment = 0;
    for (const token of tokens) {
        if (!(token instanceof liquidjs__WEBPACK_IMPORTED_MODULE_1__/* .TagToken */ .ie))
            continue;
        if (token.name === 'comment')
            comment++;
        else if (token.name === 'endcomment')
            comment = Math.max(0, comment - 1);
        else if (comment === 0 && (token.name === 'link' || token.name === 'post_url')) {
            const target = token.args.trim();
            // `{% link {{ page.x }} %}` or a bare variable is computed by the build.
            if (target === '' || target.includes('{{') || target.includes(' '))
                continue;
            links.push({ tag: token.name, target, ...(0,_navigation_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t)(text, token.begin) });
        }
    }
    return links;
}
/** The front matter of an HTML page (`---` YAML `---` at its start), or undefined when it has none or it does not parse. */
function htmlFrontmatter(text) {
    const end = text.indexOf('\n---', 3);
    if (!text.startsWith('---') || end < 0)
        return undefined;
    try {
        const data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text.slice(text.indexOf('\n') + 1, end));
        return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** A kramdown block attribute list alone on its line (`{: #id .class}`): it gives the block above it that id. */
const BLOCK_IAL = /^ {0,3}\{:\s*([^}]*)\}\s*$/;
/** The ids a page's kramdown block attribute lists give (`## 4.4.1` then `{: #v4-4-1}`): anchors the extractors do not see. */
function blockAttributeIds(text) {
    const ids = [];
    for (const line of text.split(/\r?\n/)) {
        const list = BLOCK_IAL.exec(line)?.[1];
        if (list === undefined)
            continue;
        for (const part of list.split(/\s+/))
            if (part.startsWith('#') && part.length > 1)
                ids.push(part.slice(1));
    }
    return ids;
}


/***/ })

};
