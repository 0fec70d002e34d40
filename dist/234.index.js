export const id = 234;
export const ids = [234];
export const modules = {

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findContentCatchAll: () => (/* binding */ findContentCatchAll)
/* harmony export */ });
/* unused harmony export CATCH_ALL */
/* harmony import */ var _rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5581);

/** `[[...x]]` (optional) or `[...x]`: a segment that matches the rest of the URL. */
const CATCH_ALL = /^\[\[?\.\.\.[^\]]+\]\]?$/;
/** String literals and template-literal parts of a module (paths it names), and the `.json` modules it imports. */
async function literals(text) {
    const { parse } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5429));
    let ast;
    try {
        ast = parse(text, { sourceType: 'unambiguous', plugins: ['jsx', 'typescript'], errorRecovery: true });
    }
    catch {
        return { strings: [], json: [] };
    }
    const out = [];
    const json = [];
    const visit = (node) => {
        if (node === null || typeof node !== 'object')
            return;
        if (Array.isArray(node))
            return node.forEach(visit);
        const n = node;
        if (n.type === 'StringLiteral' && typeof n.value === 'string')
            out.push(n.value);
        const source = n.type === 'ImportDeclaration' ? node.source?.value : undefined;
        if (typeof source === 'string' && /^\.\.?\/.*\.json$/.test(source))
            json.push(source);
        if (n.type === 'TemplateElement')
            out.push(String(n.value?.cooked ?? ''));
        for (const [key, child] of Object.entries(node))
            if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments')
                visit(child);
    };
    visit(ast.program);
    return { strings: out, json };
}
/**
 * The first catch-all page of `pages` (route → page file) whose source names a folder outside the
 * router holding Markdown; `markdownIn(folder)` says whether a scanned folder holds Markdown.
 */
async function findContentCatchAll(pages, router, ctx, markdownIn) {
    for (const [route, page] of Object.entries(pages)) {
        const segments = route.split('/');
        if (!CATCH_ALL.test(segments[segments.length - 1] ?? '') || segments.slice(0, -1).some((s) => s.includes('[')))
            continue;
        const text = await ctx.read(page);
        if (typeof text !== 'string')
            continue;
        const { strings, json } = await literals(text);
        const dir = page.slice(0, Math.max(0, page.lastIndexOf('/')));
        const jsonImports = json.flatMap((source) => (0,_rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .joinSegments */ .DI)(dir, source) ?? []);
        for (const literal of strings) {
            const folder = ctx.at(literal.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
            if (literal.trim() === '' || folder === router || folder.startsWith(`${router}/`))
                continue;
            if (ctx.scan.dirs.includes(folder) && markdownIn(folder))
                return { page, route, prefix: segments.slice(0, -1).join('/'), folder, jsonImports };
        }
    }
    return undefined;
}


/***/ })

};
