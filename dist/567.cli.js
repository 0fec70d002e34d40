export const id = 567;
export const ids = [567];
export const modules = {

/***/ 1567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   componentCodeIds: () => (/* binding */ componentCodeIds),
/* harmony export */   pageCodeIds: () => (/* binding */ pageCodeIds)
/* harmony export */ });
/** Names whose value a component renders as an element id. */
const ID_NAME = /^(?:id|[a-z]\w*Id)$/;
const MAP_FILE = /(?:^|\/)(?:MDXComponents|mdx-components)\.(?:tsx|jsx|ts|js)$/;
const RESOLVE = ['', '.tsx', '.ts', '.jsx', '.js', '/index.tsx', '/index.ts', '/index.jsx', '/index.js'];
/** A component tag opening a line of a page (`<Challenges>`). */
const PAGE_TAG = /^\s*<([A-Z][\w.]*)\b/gm;
/** Component tag name → the ids its code sets (only components that set some); empty when no map file is found. */
async function componentCodeIds(files, root) {
    const ids = new Map();
    const mapFile = files.paths.find((p) => p.startsWith(root) && MAP_FILE.test(p) && !p.includes('node_modules/'));
    const map = mapFile === undefined ? undefined : await parseFile(files, mapFile);
    if (!map)
        return ids;
    const object = exportedObject(map.program);
    if (!object)
        return ids;
    for (const property of object.properties) {
        if (property.type !== 'ObjectProperty' || property.value.type !== 'Identifier')
            continue;
        const tag = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : undefined;
        if (tag === undefined)
            continue;
        const component = await findComponent(files, map, property.value.name, 2);
        const found = component ? [...new Set(idLiterals(component))] : [];
        if (found.length > 0)
            ids.set(tag, found);
    }
    return ids;
}
/** The ids component code gives the page `text` (tags of `codeIds` used on a line of their own). */
function pageCodeIds(text, codeIds) {
    if (codeIds.size === 0)
        return [];
    const ids = new Set();
    for (const m of text.matchAll(PAGE_TAG))
        for (const id of codeIds.get(m[1]) ?? [])
            ids.add(id);
    return [...ids];
}
async function parseFile(files, file) {
    const text = await files.read(file);
    if (typeof text !== 'string')
        return undefined;
    const { parse } = await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429));
    try {
        return { file, program: parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'] }).program };
    }
    catch {
        return undefined;
    }
}
/** `export const X = {…}` or `export default {…}`: the components map object. */
function exportedObject(program) {
    for (const statement of program.body) {
        if (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type === 'ObjectExpression')
            return statement.declaration;
        if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration')
            continue;
        const init = statement.declaration.declarations[0]?.init;
        if (init?.type === 'ObjectExpression')
            return init;
    }
    return undefined;
}
/** The declaration of `name` in `module`, following a relative import or re-export while `steps` remain. */
async function findComponent(files, module, name, steps) {
    for (const statement of module.program.body) {
        const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name)
            return declaration;
        if (declaration?.type === 'VariableDeclaration')
            for (const d of declaration.declarations)
                if (d.id.type === 'Identifier' && d.id.name === name)
                    return d;
        if (steps === 0)
            continue;
        if (statement.type === 'ExportDefaultDeclaration' && name === 'default')
            return statement.declaration;
        const source = statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.source?.value : undefined;
        if (source === undefined || !source.startsWith('.'))
            continue;
        for (const s of statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.specifiers : []) {
            if (s.type === 'ExportDefaultSpecifier' || s.type === 'ExportNamespaceSpecifier' || s.type === 'ImportNamespaceSpecifier')
                continue;
            const local = s.type === 'ExportSpecifier' ? (s.exported.type === 'Identifier' ? s.exported.name : s.exported.value) : s.local.name;
            if (local !== name)
                continue;
            const imported = s.type === 'ImportSpecifier'
                ? s.imported.type === 'Identifier'
                    ? s.imported.name
                    : s.imported.value
                : s.type === 'ExportSpecifier'
                    ? s.local.name
                    : 'default';
            const target = await resolveImport(files, module.file, source);
            return target ? findComponent(files, target, imported, steps - 1) : undefined;
        }
    }
    return undefined;
}
async function resolveImport(files, from, source) {
    const parts = from.split('/').slice(0, -1);
    for (const part of source.split('/')) {
        if (part === '..')
            parts.pop();
        else if (part !== '.')
            parts.push(part);
    }
    const base = parts.join('/');
    const file = RESOLVE.map((ext) => base + ext).find((p) => files.isFile(p));
    return file === undefined ? undefined : parseFile(files, file);
}
/** String literals given to `id`/`…Id` in `node`: parameter defaults and JSX attribute values. */
function idLiterals(node) {
    const found = [];
    const visit = (n) => {
        if (Array.isArray(n))
            return n.forEach(visit);
        if (typeof n !== 'object' || n === null || typeof n.type !== 'string')
            return;
        const x = n;
        if (x.type === 'AssignmentPattern' && x.left.type === 'Identifier' && ID_NAME.test(x.left.name))
            found.push(...literals(x.right));
        if (x.type === 'JSXAttribute' && x.name.type === 'JSXIdentifier' && ID_NAME.test(x.name.name) && x.value)
            found.push(...literals(x.value.type === 'JSXExpressionContainer' ? x.value.expression : x.value));
        for (const [key, value] of Object.entries(x))
            if (key !== 'loc' && !key.endsWith('Comments'))
                visit(value);
    };
    visit(node);
    return found.filter((id) => id !== '');
}
/** The strings an expression can evaluate to when every outcome is a literal (`c ? 'a' : 'b'`, `x ?? 'a'`). */
function literals(e) {
    if (e.type === 'StringLiteral')
        return [e.value];
    if (e.type === 'TemplateLiteral' && e.expressions.length === 0)
        return [e.quasis[0]?.value.cooked ?? ''];
    if (e.type === 'ConditionalExpression')
        return [...literals(e.consequent), ...literals(e.alternate)];
    if (e.type === 'LogicalExpression')
        return [...literals(e.left), ...literals(e.right)];
    return [];
}


/***/ })

};
