export const id = 399;
export const ids = [399];
export const modules = {

/***/ 4399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGitLog: () => (/* binding */ parseGitLog),
/* harmony export */   readGitDates: () => (/* binding */ readGitDates)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Last commit date of every file under the root, from one `git log` call (undefined without git history). */



const MARK = '\u0001';
async function readGitDates(root) {
    let stdout;
    try {
        stdout = await new Promise((resolve, reject) => {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotepath=off', 'log', '--relative', '--no-renames', '--name-only', `--format=${MARK}%ct %P`, '-z', '--', '.'], { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, out) => (error ? reject(error) : resolve(out)));
        });
    }
    catch {
        return undefined; // not a repository, no commits, or no git: freshness falls back to the frontmatter date alone
    }
    return parseGitLog(stdout, isShallow(root));
}
/**
 * Parses `git log -z --name-only --format=<MARK>%ct %P` (newest first): the first commit naming a
 * path is its last change. In a shallow clone (actions/checkout's default depth 1) a parentless
 * commit is the graft boundary and lists every file, so files seen first there get no date.
 */
function parseGitLog(stdout, shallow) {
    const dates = new Map();
    const unknown = new Set();
    let current;
    let boundary = false;
    // With -z each record is "<MARK><epoch> <parents>\n" followed by NUL-terminated names.
    for (const token of stdout.split('\0')) {
        let name = token;
        const mark = token.lastIndexOf(MARK);
        if (mark >= 0) {
            const [header = '', rest = ''] = token.slice(mark + 1).split('\n');
            const [epoch = '', ...parents] = header.trim().split(' ');
            current = new Date(Number(epoch) * 1000);
            boundary = shallow && parents.filter(Boolean).length === 0;
            name = rest;
        }
        name = name.replace(/^\n+/, '');
        if (name === '' || !current || dates.has(name) || unknown.has(name))
            continue;
        if (boundary)
            unknown.add(name);
        else
            dates.set(name, current);
    }
    return dates.size > 0 ? dates : undefined;
}
/** A shallow repository has a `shallow` file in its git directory (found without another git call). */
function isShallow(root) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root);; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        const dotGit = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.git');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dotGit)) {
            let gitDir = dotGit;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dotGit).isFile()) {
                const pointer = /^gitdir:\s*(.+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(dotGit, 'utf8'));
                if (!pointer)
                    return false;
                gitDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir, pointer[1].trim());
                const common = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'commondir');
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(common))
                    gitDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(gitDir, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(common, 'utf8').trim());
            }
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'shallow'));
        }
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            return false;
    }
}


/***/ })

};
