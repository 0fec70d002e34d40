export const id = 179;
export const ids = [179];
export const modules = {

/***/ 4179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anyDepth: () => (/* binding */ anyDepth),
/* harmony export */   globMatcher: () => (/* binding */ globMatcher),
/* harmony export */   walk: () => (/* binding */ walk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/** Lists a folder like git would see it: nested .gitignore files, .git/node_modules pruned, excludes applied. */




const PRUNED = new Set(['.git', 'node_modules']);
/** A glob without `/` matches at any depth. */
function anyDepth(glob) {
    return glob.includes('/') ? glob : `**/${glob}`;
}
function globMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_3___default()(globs.map(anyDepth), { dot: true });
}
function kindOf(d) {
    if (d.isSymbolicLink())
        return 'symlink';
    if (d.isDirectory())
        return 'dir';
    if (d.isFile())
        return 'file';
    return 'other';
}
/** Git semantics: the deepest .gitignore with a matching rule (or negation) decides. */
function isIgnored(levels, rel, isDir) {
    let ignored = false;
    for (const level of levels) {
        const local = (level.base === '' ? rel : rel.slice(level.base.length + 1)) + (isDir ? '/' : '');
        const verdict = level.rules.test(local);
        if (verdict.ignored)
            ignored = true;
        else if (verdict.unignored)
            ignored = false;
    }
    return ignored;
}
async function walk(root, exclude) {
    const isExcluded = globMatcher(exclude);
    const entries = [];
    const visit = async (dir, inherited) => {
        const dirRel = dir?.path ?? '';
        const abs = dirRel === '' ? root : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dirRel);
        let dirents;
        try {
            dirents = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(abs, { withFileTypes: true });
        }
        catch (err) {
            // The root itself is a usage error, worded as the native engine words it.
            if (dir === undefined)
                throw new Error(`scan root "${root}" cannot be opened: ${err.message}`, { cause: err });
            dir.unreadable = err;
            return;
        }
        let levels = inherited;
        if (dirents.some((d) => d.name === '.gitignore' && d.isFile())) {
            const source = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, '.gitignore'), 'utf8');
            levels = [...inherited, { base: dirRel, rules: ignore__WEBPACK_IMPORTED_MODULE_2___default()({ ignorecase: false }).add(source) }];
        }
        const subdirs = [];
        for (const d of dirents) {
            if (PRUNED.has(d.name))
                continue;
            const rel = dirRel === '' ? d.name : `${dirRel}/${d.name}`;
            const kind = kindOf(d);
            if (isIgnored(levels, rel, kind === 'dir'))
                continue;
            if (isExcluded(rel))
                continue;
            const entry = { path: rel, kind };
            entries.push(entry);
            if (kind === 'dir')
                subdirs.push(entry);
        }
        for (const sub of subdirs)
            await visit(sub, levels);
    };
    await visit(undefined, []);
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { entries };
}


/***/ })

};
