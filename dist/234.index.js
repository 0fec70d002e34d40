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
/** Packages that compile Markdown as MDX (every `.md` they are given follows MDX's grammar). */
const MDX_COMPILERS = /^(?:@mdx-js\/mdx|next-mdx-remote|@next\/mdx|mdx-bundler)(?:\/|$)/;
const MODULE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.jsx'];
/** String literals and template-literal parts of a module (paths it names), the `.json` modules it imports, and every module it imports (static, `import()`, `require`). */
async function literals(text) {
    const { parse } = await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429));
    let ast;
    try {
        ast = parse(text, { sourceType: 'unambiguous', plugins: ['jsx', 'typescript'], errorRecovery: true });
    }
    catch {
        return { strings: [], json: [], imports: [] };
    }
    const out = [];
    const json = [];
    const imports = [];
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
        if (typeof source === 'string')
            imports.push(source);
        const called = importedBy(node);
        if (called !== undefined)
            imports.push(called);
        if (n.type === 'TemplateElement')
            out.push(String(n.value?.cooked ?? ''));
        for (const [key, child] of Object.entries(node))
            if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments')
                visit(child);
    };
    visit(ast.program);
    return { strings: out, json, imports };
}
/** The module an `import('x')` or `require('x')` call names. */
function importedBy(node) {
    const n = node;
    if (n.type !== 'CallExpression' || !(n.callee?.type === 'Import' || (n.callee?.type === 'Identifier' && n.callee.name === 'require')))
        return undefined;
    const first = n.arguments?.[0];
    return first?.type === 'StringLiteral' && typeof first.value === 'string' ? first.value : undefined;
}
/**
 * Whether the page compiles with MDX: it imports an MDX compiler, or a module of the site does that it
 * imports (one step: relative, or from the site folder or its `src/`, as a `baseUrl` resolves them).
 */
async function compilesMdx(page, imports, ctx) {
    if (imports.some((m) => MDX_COMPILERS.test(m)))
        return true;
    const dir = page.slice(0, Math.max(0, page.lastIndexOf('/')));
    for (const source of imports) {
        const bases = source.startsWith('.') ? [(0,_rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .joinSegments */ .DI)(dir, source)] : [ctx.at(source), ctx.at(`src/${source}`)];
        const file = bases.flatMap((b) => (b === undefined ? [] : [b, ...MODULE_EXTENSIONS.map((e) => b + e)])).find((f) => ctx.isFile(f));
        const text = file === undefined ? undefined : await ctx.read(file);
        if (typeof text === 'string' && (await literals(text)).imports.some((m) => MDX_COMPILERS.test(m)))
            return true;
    }
    return false;
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
        const { strings, json, imports } = await literals(text);
        const dir = page.slice(0, Math.max(0, page.lastIndexOf('/')));
        const jsonImports = json.flatMap((source) => (0,_rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .joinSegments */ .DI)(dir, source) ?? []);
        for (const literal of strings) {
            const folder = ctx.at(literal.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
            if (literal.trim() === '' || folder === router || folder.startsWith(`${router}/`))
                continue;
            if (ctx.scan.dirs.includes(folder) && markdownIn(folder)) {
                return { page, route, prefix: segments.slice(0, -1).join('/'), folder, jsonImports, compilesMdx: await compilesMdx(page, imports, ctx) };
            }
        }
    }
    return undefined;
}


/***/ })

};
