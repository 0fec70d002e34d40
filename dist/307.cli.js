export const id = 307;
export const ids = [307,987];
export const modules = {

/***/ 4987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plainJoin),
/* harmony export */   v: () => (/* binding */ setLinkPositions)
/* harmony export */ });
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** True for U+0021-U+007E. */
const graphic = (code) => code >= 0x21 && code <= 0x7e;
/** A plain target joined to `folder`, or undefined when it is not plain or names the root or a place above it. */
function plainJoin(folder, target) {
    if (target === '' || !graphic(target.charCodeAt(0)) || !graphic(target.charCodeAt(target.length - 1)))
        return undefined;
    if (target.startsWith('//') || SCHEME.test(target))
        return undefined;
    let path = target;
    const hash = path.indexOf('#');
    if (hash >= 0)
        path = path.slice(0, hash);
    const query = path.indexOf('?');
    if (query >= 0)
        path = path.slice(0, query);
    if (path === '' || path.includes('%'))
        return undefined;
    const segments = path.startsWith('/') || folder === '' ? [] : folder.split('/');
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else
            segments.push(segment);
    }
    return segments.length === 0 ? undefined : segments.join('/');
}
/** Sets `to` on each link of `doc`; `positions` maps each of the scan's paths to its position. */
function setLinkPositions(doc, positions) {
    if (doc.links.length === 0)
        return;
    const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
    for (const link of doc.links) {
        const joined = link.kind === 'shortcode' ? undefined : plainJoin(folder, link.target);
        link.to = joined === undefined ? -1 : (positions.get(joined) ?? -1);
    }
}


/***/ }),

/***/ 6307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FIX_USAGE: () => (/* binding */ FIX_USAGE),
  FixUsageError: () => (/* binding */ FixUsageError),
  runFix: () => (/* binding */ runFix)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./src/pipeline.ts + 1 modules
var pipeline = __webpack_require__(6401);
// EXTERNAL MODULE: ./src/engine/index.ts + 1 modules
var engine = __webpack_require__(8336);
// EXTERNAL MODULE: ./src/engine/js/link-positions.ts
var link_positions = __webpack_require__(4987);
// EXTERNAL MODULE: ./src/rules/links/anchors.ts
var links_anchors = __webpack_require__(4495);
;// CONCATENATED MODULE: ./src/change/causes.ts
/**
 * Why a change broke a link, and the exact replacement when one is safe: a target renamed or moved, a heading
 * edited, a letter-case mismatch. Read from the facts (the link at the finding's position, the headings of both
 * sides), never from message wording, except link-case's existing spelling.
 */



const LINK_RULES = new Set(['link-broken', 'link-case', 'link-anchor']);
function linkAt(doc, line, column) {
    return doc?.links.find((l) => l.line === line && l.column === column);
}
/** The target's path part and what follows it (`?query#fragment`). */
function splitTarget(target) {
    const cut = target.search(/[?#]/);
    return cut < 0 ? { file: target, rest: '' } : { file: target.slice(0, cut), rest: target.slice(cut) };
}
/** A link from `docPath` to `to` (scan-root relative), written in the style of `written` (root-absolute, `./`-relative or plain). */
function retarget(docPath, written, to) {
    const { file, rest } = splitTarget(written);
    if (file.startsWith('/'))
        return `/${to}${rest}`;
    let relative = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(docPath), to) || external_node_path_default().posix.basename(to);
    if (file.startsWith('./') && !relative.startsWith('../'))
        relative = `./${relative}`;
    return `${relative}${rest}`;
}
/** Where a link's file part lands (its own document for a bare `#fragment`); undefined when it is not a plain repository path. */
function landing(doc, link) {
    const { file } = splitTarget(link.target);
    if (file === '')
        return doc.path;
    return (0,link_positions/* plainJoin */.L)(external_node_path_default().posix.dirname(doc.path) === '.' ? '' : external_node_path_default().posix.dirname(doc.path), link.target);
}
/** The head path a base path has after the change's renames; the reverse map for head -> base. */
function reverseRenames(renames) {
    return new Map([...renames].map(([from, r]) => [r.to, from]));
}
function explainFinding(finding, facts) {
    if (finding.rule === 'orphan') {
        // A renamed page that no link reaches any more: the links still name its old path.
        const renamed = [...facts.renames].find(([, r]) => r.to === finding.path);
        return renamed ? { cause: { kind: 'renamed', from: renamed[0], to: finding.path } } : {};
    }
    if (!LINK_RULES.has(finding.rule))
        return {};
    const doc = facts.head.get(finding.path);
    const link = linkAt(doc, finding.line, finding.column);
    if (!doc || !link || link.kind === 'shortcode')
        return {};
    const target = landing(doc, link);
    if (target === undefined)
        return {};
    const fixTo = (to) => ({ path: finding.path, line: link.line, column: link.column, from: link.target, to });
    if (finding.rule === 'link-case') {
        const wanted = /exists only as "([^"]+)"/.exec(finding.message)?.[1];
        if (!wanted)
            return {};
        const renamed = [...facts.renames].find(([from, r]) => r.to === wanted && from.toLowerCase() === wanted.toLowerCase());
        const cause = renamed ? { kind: 'renamed', from: renamed[0], to: wanted } : { kind: 'letter-case', path: target, wanted };
        return { cause, fix: fixTo(retarget(doc.path, link.target, wanted)) };
    }
    if (finding.rule === 'link-broken') {
        const moved = followRenames(target, facts.renames);
        if (moved !== undefined)
            return { cause: { kind: 'renamed', from: target, to: moved }, fix: fixTo(retarget(doc.path, link.target, moved)) };
        if (facts.deleted.has(target))
            return { cause: { kind: 'deleted', path: target } };
        return {};
    }
    // link-anchor: the heading the fragment named on the base side, and what became of it.
    const fragment = splitTarget(link.target).rest.replace(/^[^#]*#?/, '');
    const basePath = reverseRenames(facts.renames).get(target) ?? target;
    const before = facts.base.get(basePath);
    const after = facts.head.get(target);
    if (!before || !after || !fragment)
        return {};
    const beforeIds = (0,links_anchors/* headingIds */.X3)(before, 'github');
    const wanted = safeDecode(fragment);
    const index = beforeIds.findIndex((id) => id === wanted || id === wanted.toLowerCase());
    if (index < 0)
        return {};
    const heading = before.headings[index];
    const afterTexts = new Set(after.headings.map((h) => h.text));
    if (afterTexts.has(heading.text))
        return {};
    const beforeTexts = new Set(before.headings.map((h) => h.text));
    const sameSlot = after.headings.length === before.headings.length ? index : -1;
    const fresh = after.headings.flatMap((h, i) => (!beforeTexts.has(h.text) && h.level === heading.level ? [i] : []));
    const replacement = sameSlot >= 0 && !beforeTexts.has(after.headings[sameSlot].text) ? sameSlot : fresh.length === 1 ? fresh[0] : -1;
    if (replacement < 0)
        return { cause: { kind: 'heading-removed', path: target, heading: heading.text } };
    const newId = (0,links_anchors/* headingIds */.X3)(after, 'github')[replacement];
    const cut = link.target.indexOf('#');
    return {
        cause: { kind: 'heading-edited', path: target, from: heading.text, to: after.headings[replacement].text },
        fix: fixTo(`${link.target.slice(0, cut + 1)}${newId}`),
    };
}
/** Follows a chain of renames (a -> b, then b -> c) from `from`; undefined when `from` was not renamed. */
function followRenames(from, renames) {
    let current = from;
    const seen = new Set();
    while (renames.has(current) && !seen.has(current)) {
        seen.add(current);
        current = renames.get(current).to;
    }
    return current === from ? undefined : current;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A cause as one sentence: "`docs/guide.md` was renamed to `docs/guide-renamed.md` in this change". */
function causeText(cause, style = {}) {
    const repo = style.repo ?? ((p) => p);
    const code = style.code ?? ((t) => `\`${t}\``);
    const file = (p) => code(repo(p));
    switch (cause.kind) {
        case 'renamed':
            return `${file(cause.from)} was renamed to ${file(cause.to)} in this change`;
        case 'deleted':
            return `${file(cause.path)} was deleted in this change`;
        case 'heading-edited':
            return `heading ${code(cause.from)} in ${file(cause.path)} became ${code(cause.to)}`;
        case 'heading-removed':
            return `heading ${code(cause.heading)} in ${file(cause.path)} was removed in this change`;
        case 'letter-case':
            return `the file is ${file(cause.wanted)} (letter case differs; breaks on Linux and GitHub)`;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/change/git.ts
/** The git side of a change: the base commit (from the checkout or one shallow fetch), the renames and blobs between it and the work tree. */

/** How long one git call may take (a fetch over a slow network included). */
const GIT_TIMEOUT_MS = 120_000;
const GIT_OPTIONS = {
    maxBuffer: 1024 * 1024 * 1024,
    timeout: GIT_TIMEOUT_MS,
    // Never wait for a password: a fetch that needs one fails at once.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' },
};
function git(cwd, args) {
    return (0,external_node_child_process_.execFileSync)('git', ['-c', 'core.quotePath=false', ...args], { ...GIT_OPTIONS, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
/** The same, in a child process that runs while the scan does. */
function gitAsync(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-c', 'core.quotePath=false', ...args], { ...GIT_OPTIONS, cwd, encoding: 'utf8' }, (error, stdout, stderr) => error ? reject(new Error(`git ${args[0]} failed: ${String(stderr).trim().split('\n').pop() ?? error.message}`)) : resolve(stdout));
    });
}
function hasCommit(cwd, sha) {
    return (0,external_node_child_process_.spawnSync)('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd, stdio: 'ignore', timeout: GIT_TIMEOUT_MS }).status === 0;
}
/**
 * Makes the base commit available: already in the checkout, else `git fetch --no-tags --depth=1 origin <sha>`
 * (the checkout's own credentials: actions/checkout keeps them in the repository's config).
 */
function ensureBaseCommit(cwd, sha) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return { ok: false, reason: `the event names no base commit ("${sha}")` };
    try {
        git(cwd, ['rev-parse', '--git-dir']);
    }
    catch {
        return { ok: false, reason: 'the workspace is not a git checkout' };
    }
    if (hasCommit(cwd, sha))
        return { ok: true, how: 'checkout' };
    try {
        git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    }
    catch (err) {
        const stderr = String(err.stderr ?? err.message)
            .trim()
            .split('\n')
            .pop() ?? '';
        return { ok: false, reason: `git fetch of ${sha.slice(0, 12)} from origin failed (${stderr.slice(0, 200)})` };
    }
    return hasCommit(cwd, sha) ? { ok: true, how: 'fetched' } : { ok: false, reason: `origin does not have ${sha.slice(0, 12)}` };
}
/** `git diff --find-renames -z --name-status <base>` of the work tree (tracked files), run in the scan root. */
async function diffWorkTree(root, base) {
    return parseNameStatus(await gitAsync(root, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '--relative', '-z', '--name-status', base, '--']));
}
/**
 * One `git diff --raw -z --patch <base>` for a scan root at the checkout's top level, where `--relative`
 * changes nothing: a second diff of the work tree would stat (and maybe hash) every file again.
 */
async function diffWorkTreeWithPatch(root, base) {
    return splitRawPatch(await gitAsync(root, ['diff', '--no-color', '--no-ext-diff', '--find-renames', '-z', '--raw', '--patch', '--unified=3', base, '--']));
}
/** Splits `--raw -z --patch` output: `:mode mode sha sha STATUS\0path\0[new path\0]` records, an empty field, then the patch. */
function splitRawPatch(out) {
    let nameStatus = '';
    let at = 0;
    while (out.startsWith(':', at)) {
        const headerEnd = out.indexOf('\0', at);
        if (headerEnd < 0)
            break;
        const status = out.slice(out.lastIndexOf(' ', headerEnd) + 1, headerEnd);
        let end = out.indexOf('\0', headerEnd + 1);
        if (end >= 0 && (status[0] === 'R' || status[0] === 'C'))
            end = out.indexOf('\0', end + 1);
        if (end < 0)
            break;
        nameStatus += `${status}\0${out.slice(headerEnd + 1, end + 1)}`;
        at = end + 1;
    }
    if (out.startsWith('\0', at))
        at++;
    return { change: parseNameStatus(nameStatus), patch: out.slice(at) };
}
/** Parses `--name-status -z`: `M\0path\0`, `R087\0old\0new\0`, ... */
function parseNameStatus(out) {
    const change = { renames: new Map(), added: new Set(), deleted: new Set(), modified: new Set() };
    const fields = out.split('\0');
    for (let i = 0; i < fields.length;) {
        const status = fields[i++];
        if (!status)
            continue;
        const kind = status[0];
        if (kind === 'R' || kind === 'C') {
            const from = fields[i++];
            const to = fields[i++];
            if (kind === 'R')
                change.renames.set(from, { to, similarity: Number(status.slice(1)) || 0 });
            else
                change.added.add(to);
        }
        else {
            const file = fields[i++];
            if (kind === 'A')
                change.added.add(file);
            else if (kind === 'D')
                change.deleted.add(file);
            else
                change.modified.add(file);
        }
    }
    return change;
}
/** The base's blobs of `paths` (relative to the scan root), via one `git cat-file --batch`; a path git does not have is left out. */
function git_readBaseBlobs(root, base, paths) {
    const blobs = new Map();
    // The batch protocol is line based: a path with a line break cannot be asked for (it then stays unread).
    const asked = paths.filter((p) => !/[\r\n]/.test(p));
    if (!asked.length)
        return blobs;
    const run = (0,external_node_child_process_.spawnSync)('git', ['cat-file', '--batch'], {
        cwd: root,
        input: asked.map((p) => `${base}:./${p}\n`).join(''),
        maxBuffer: 1024 * 1024 * 1024,
        timeout: GIT_TIMEOUT_MS,
    });
    if (run.status !== 0)
        throw new Error(`git cat-file --batch failed: ${run.stderr.toString('utf8').trim().slice(0, 200)}`);
    const out = run.stdout;
    let at = 0;
    for (const file of asked) {
        const eol = out.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const header = out.toString('utf8', at, eol);
        at = eol + 1;
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!match)
            continue; // `<object> missing`
        const size = Number(match[2]);
        if (match[1] === 'blob')
            blobs.set(file, out.subarray(at, at + size));
        at += size + 1;
    }
    return blobs;
}
/** Renames in the history of `root` since `since` (or in all reachable history), oldest first: each old path with its new one. */
function historyRenames(root, since) {
    const range = since ? [`${since}..HEAD`] : ['HEAD'];
    let out;
    try {
        out = git(root, ['log', '--reverse', '--find-renames', '--diff-filter=R', '--relative', '--name-status', '-z', '--format=', ...range, '--']);
    }
    catch {
        return [];
    }
    const renames = [];
    const fields = out.split('\0').map((f) => f.replace(/^\n+/, ''));
    for (let i = 0; i < fields.length; i++) {
        if (/^R\d*$/.test(fields[i]) && i + 2 < fields.length) {
            renames.push([fields[i + 1], fields[i + 2]]);
            i += 2;
        }
    }
    return renames;
}
/** The `--since` side of `docward fix`: the work tree against `rev`, or undefined when git does not know `rev`. */
async function diffSince(root, rev) {
    if (!hasCommit(root, rev))
        return undefined;
    return diffWorkTree(root, rev);
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/native.ts
var engine_native = __webpack_require__(448);
// EXTERNAL MODULE: ./src/sites/load.ts
var load = __webpack_require__(2146);
// EXTERNAL MODULE: ./src/rules/run.ts + 12 modules
var run = __webpack_require__(3245);
;// CONCATENATED MODULE: ./src/change/base-scan.ts
/**
 * The base side of a change, scanned without touching the work tree and in step with the head scan: the head's
 * listing with the diff undone, the head's facts for every document whose blob did not change (taken from the
 * head's batches as they stream past), and only the changed documents extracted from git blobs in memory. The
 * base is judged by the head's config, site model and commit dates, so the two scans differ only by the change.
 */










const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Rules a quiet document's base findings are taken from the head for: those whose hits read only the document
 * itself, its path, config, clock and commit date (the same on both sides), and the link rules, which read the
 * paths, folders and anchors its links reach (unchanged for a quiet document). Not orphan (the whole graph),
 * frontmatter-links (paths named in frontmatter) nor the suppression rules.
 */
const HEAD_RULES = new Set([
    'file-problem',
    'frontmatter-missing',
    'frontmatter-invalid',
    'frontmatter-required',
    'frontmatter-enum',
    'frontmatter-date',
    'frontmatter-length',
    'frontmatter-schema',
    'placement-root',
    'placement-dir',
    'placement-type-dir',
    'naming-pattern',
    'link-broken',
    'link-anchor',
    'link-case',
    'doc-size',
    'doc-short',
    'heading-h1',
    'heading-increment',
    'heading-depth',
    'stale',
]);
/** Links resolve file by file as GitHub renders them, with nothing else (routes, redirects, navigation) that other documents could move. */
function plainGitHub(site) {
    const s = site.settings;
    return s.mode === 'github' && (s.redirects === undefined || s.redirects.size === 0) && site.navigation.length === 0;
}
/** What the change touched, lowercased (link-case folds case): added, modified, deleted and renamed paths, and every folder above them ('' the root). */
function changedPaths(change) {
    const changed = new Set(['']);
    const renamed = [...change.renames].flatMap(([from, r]) => [from, r.to]);
    for (const p of [...change.added, ...change.modified, ...change.deleted, ...renamed]) {
        const lower = p.toLowerCase();
        changed.add(lower);
        for (let slash = lower.indexOf('/'); slash >= 0; slash = lower.indexOf('/', slash + 1))
            changed.add(lower.slice(0, slash));
    }
    return changed;
}
/** The base's listing: head paths minus what the change added, plus what it deleted or renamed away (as the walk would list them). */
function baseListing(head, change, config) {
    const include = compileGlobs(config.include);
    const exclude = compileGlobs(config.exclude);
    const headDirs = new Set(head.dirs);
    const headPaths = new Set(head.paths);
    const gone = new Set([...change.added, ...[...change.renames.values()].map((r) => r.to)]);
    const files = head.paths.filter((p) => !headDirs.has(p) && !gone.has(p));
    // Folders: every ancestor of a base file, and head folders that held no file (empty ones stay listed).
    const ancestors = (p, into) => {
        for (let slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1))
            into.add(p.slice(0, slash));
    };
    const dirs = new Set();
    for (const p of files)
        ancestors(p, dirs);
    // Head files are the base's files and the gone ones: what held a head file is `dirs` and the gone files' folders.
    const headFileDirs = new Set(dirs);
    for (const p of gone)
        if (headPaths.has(p) && !headDirs.has(p))
            ancestors(p, headFileDirs);
    const listed = (p) => headPaths.has(p) && !headDirs.has(p) && !gone.has(p);
    // A path the walk would skip (excluded, or inside .git/node_modules) is not part of the base either.
    const walkable = (p) => !p.split('/').some((part, i, parts) => part === '.git' || part === 'node_modules' || exclude(parts.slice(0, i + 1).join('/')));
    const extra = new Set();
    for (const p of [...change.deleted, ...change.renames.keys()]) {
        if (!walkable(p) || listed(p) || extra.has(p))
            continue;
        files.push(p);
        extra.add(p);
        ancestors(p, dirs);
    }
    for (const d of head.dirs)
        if (!headFileDirs.has(d))
            dirs.add(d);
    const paths = [...files, ...dirs].sort(byCodeUnits);
    const headDocs = new Set(head.documentPaths);
    // A head path keeps its head kind; a path only the base has is a document when `include` says so.
    const documentPaths = paths.filter((p) => !dirs.has(p) && (headPaths.has(p) ? headDocs.has(p) : include(p)));
    return { paths, dirs: paths.filter((p) => dirs.has(p)), documentPaths };
}
/**
 * Facts of one in-memory document, with the engine the head scan used. `mdx`: globs of `.md` the head read as
 * MDX (the config's or the site's): read so here too, by the JS extractor (the native `extractBytes` goes by
 * extension only; both engines give the same facts).
 */
async function extractor(engine, mdx = []) {
    // The JS engine's matcher: the one the head's extractors read the globs with.
    const readAsMdx = mdx.length > 0 ? (await __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 4179))).globMatcher(mdx) : undefined;
    if (engine === 'native') {
        const native = (0,engine_native/* loadNative */.Sf)();
        if (native.ok && !readAsMdx)
            return (file, bytes) => JSON.parse(native.binding.extractBytes(file, bytes));
    }
    const { extractDocument } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(960), __webpack_require__.e(912), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 8745));
    return (file, bytes) => (readAsMdx?.(file) ? extractDocument(file, bytes, true) : extractDocument(file, bytes));
}
/** The last `/` segment of a link target's path part (before `?` and `#`). */
function lastSegment(target) {
    let end = target.length;
    const hash = target.indexOf('#');
    if (hash >= 0)
        end = hash;
    const query = target.indexOf('?');
    if (query >= 0 && query < end)
        end = query;
    // A folder link (`old/`) names its last segment before the slash.
    while (end > 0 && target[end - 1] === '/')
        end--;
    return target.slice(target.lastIndexOf('/', end - 1) + 1, end);
}
/**
 * Per entry of `from`, its position in `into` (-1: absent), by one walk over both: undefined when either is not
 * strictly increasing in code-unit order (both engines list paths so; then a map does it).
 */
function positionsIn(from, into) {
    if (!increasing(from) || !increasing(into))
        return undefined;
    const out = new Int32Array(from.length);
    let j = 0;
    for (let i = 0; i < from.length; i++) {
        const p = from[i];
        while (j < into.length && into[j] < p)
            j++;
        out[i] = j < into.length && into[j] === p ? j : -1;
    }
    return out;
}
function increasing(list) {
    for (let i = 1; i < list.length; i++)
        if (!(list[i - 1] < list[i]))
            return false;
    return true;
}
/** Runs the base's rules while the head streams: `add` each head batch, then `finish`. */
class BaseScanner {
    runner;
    documentPaths;
    extracted;
    /** Head listing position -> base listing position (-1: the base has no such path). */
    remap;
    positions;
    /** Last segments of the paths only the base lists: a link the head could not place may land on one of those. */
    baseOnlyNames;
    /** Per head listing position: 1 when the path (any letter case) is one the change touched or a folder above one; undefined: no document is quiet. */
    changedAt;
    changed;
    /** Per base document number: 1 when the `HEAD_RULES` skip it (their findings on it are the head's). */
    quietAt;
    quietPaths = new Set();
    /** Quiet documents' edges, from the head's and renumbered (per base document number): their links need not be placed or resolved again. */
    quietEdges;
    next = 0;
    /** The head document number of the next document a head batch delivers. */
    headNext = 0;
    /** Per base document number: the head's number of the same facts (a reused document), else -1. */
    headNumbers;
    pending = [];
    reused = 0;
    rulesMs = 0;
    timings;
    constructor(runner, listing, head, extracted, headNumbers, positions, planMs, quiet) {
        this.runner = runner;
        this.quietAt = quiet.at;
        this.changed = quiet.changed;
        if (quiet.enabled)
            this.changedAt = Uint8Array.from(head.paths, (p) => (quiet.changed.has(p.toLowerCase()) ? 1 : 0));
        this.documentPaths = listing.documentPaths;
        this.extracted = extracted;
        this.positions = positions;
        this.remap = positionsIn(head.paths, listing.paths) ?? Int32Array.from(head.paths, (p) => positions.get(p) ?? -1);
        // The base's paths no head path maps to.
        const fromHead = new Uint8Array(listing.paths.length);
        for (const at of this.remap)
            if (at >= 0)
                fromHead[at] = 1;
        this.baseOnlyNames = new Set(listing.paths.filter((_, i) => fromHead[i] === 0).map((p) => p.slice(p.lastIndexOf('/') + 1)));
        this.timings = { plan: planMs };
        this.headNumbers = headNumbers;
        if (quiet.edges) {
            let toBase = positionsIn(head.documentPaths, listing.documentPaths);
            if (!toBase) {
                const baseNumbers = new Map(listing.documentPaths.map((p, i) => [p, i]));
                toBase = Int32Array.from(head.documentPaths, (p) => baseNumbers.get(p) ?? -1);
            }
            this.quietEdges = { ...quiet.edges, toBase };
        }
    }
    /** Plans the base from the head's listing and the diff: base listing, changed documents read from git and extracted, site model. */
    static async start(head, change, baseSha) {
        const started = performance.now();
        const listing = baseListing(head.listing, change, head.config);
        const headDocs = new Set(head.listing.documentPaths);
        // From blobs: every base document the head has not (deleted, renamed away) or has with other content.
        const toRead = listing.documentPaths.filter((p) => !headDocs.has(p) || change.modified.has(p));
        const blobs = readBaseBlobs(head.root, baseSha, toRead);
        const extract = blobs.size ? await extractor(head.engine, head.config.mdx ?? head.site?.settings.mdx) : undefined;
        const extracted = new Map();
        const positions = new Map(listing.paths.map((p, i) => [p, i]));
        for (const [file, bytes] of blobs) {
            const doc = extract(file, bytes);
            setLinkPositions(doc, positions);
            extracted.set(file, doc);
        }
        // A listed base document git has no blob for (untracked, or unreadable) is left out of the base.
        const documentPaths = listing.documentPaths.filter((p) => headDocs.has(p) || extracted.has(p));
        const final = { ...listing, documentPaths };
        const { site } = await loadSite(head.root, final, head.config.links);
        // A document's findings (but those over the whole tree) are the same on both sides when links resolve file by file and none of its links reaches a changed path.
        const enabled = !!head.site && plainGitHub(head.site) && plainGitHub(site);
        const edges = enabled && head.edgesOf
            ? { graph: new LinkGraph(documentPaths.length), kept: new Uint8Array(documentPaths.length), headEdgesOf: head.edgesOf }
            : undefined;
        const quiet = { at: new Uint8Array(documentPaths.length), changed: changedPaths(change), enabled, edges };
        const skip = enabled ? { rules: HEAD_RULES, document: (number) => quiet.at[number] === 1 } : undefined;
        const knownEdges = edges ? (number) => (edges.kept[number] === 1 ? edges.graph.of(number) : undefined) : undefined;
        // Filled in as head batches arrive: which head document each reused one is.
        const headNumbers = new Int32Array(documentPaths.length).fill(-1);
        const headRules = head.rules;
        const knownRules = headRules && {
            classKey: headRules.classKey,
            of: (number) => {
                const headNumber = headNumbers[number];
                return headNumber < 0 ? undefined : headRules.of(headNumber);
            },
        };
        const runner = new RuleRunner(final, head.config, { ...head.ruleContext, site, skip, anchorMemo: head.anchorMemo, knownEdges, knownRules });
        return new BaseScanner(runner, final, head.listing, extracted, headNumbers, positions, Math.round(performance.now() - started), quiet);
    }
    /** True when no link of the head document (same blob in the base) reaches a path the change touched, in any letter case; it has no suppressions (those read every finding). */
    isQuiet(doc) {
        const changedAt = this.changedAt;
        if (!changedAt || doc.suppressions.length > 0)
            return false;
        for (const link of doc.links) {
            if (link.kind === 'shortcode')
                return false;
            if (link.to !== undefined && link.to >= 0) {
                if (changedAt[link.to] === 1)
                    return false;
                continue;
            }
            const resolved = resolveLinkTarget(doc.path, link.target);
            if (resolved.kind === 'path' && this.changed.has(resolved.path.toLowerCase()))
                return false;
        }
        return true;
    }
    /** The head document as the base has it: its links placed in the base's listing (copied only where that differs). */
    asBase(doc) {
        let links;
        const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
        doc.links.forEach((link, i) => {
            if (link.to === undefined)
                return;
            let to = link.to >= 0 ? this.remap[link.to] : -1;
            if (link.to < 0 && this.baseOnlyNames.size && link.kind !== 'shortcode' && this.baseOnlyNames.has(lastSegment(link.target))) {
                const joined = plainJoin(folder, link.target);
                to = joined === undefined ? -1 : (this.positions.get(joined) ?? -1);
            }
            if (to === link.to)
                return;
            links ??= doc.links.slice();
            links[i] = { ...link, to };
        });
        return links ? { ...doc, links } : doc;
    }
    /**
     * A quiet document's edges from the head's, renumbered: true when kept (the head's rules ran on it, so its edges
     * are there). Its links reach no changed path, so each reaches the same document, or a folder with the same pages.
     */
    keepHeadEdges(number, headNumber) {
        const edges = this.quietEdges;
        if (!edges)
            return false;
        const targets = edges.headEdgesOf(headNumber);
        for (const target of targets)
            if (edges.toBase[target] < 0)
                return false;
        edges.graph.open(number);
        for (const target of targets)
            edges.graph.add(edges.toBase[target]);
        edges.graph.close(number);
        edges.kept[number] = 1;
        return true;
    }
    /** Base documents up to (and including) `until` in base order; with no `until`, all that are left. */
    advance(until, headDoc, headNumber = -1) {
        while (this.next < this.documentPaths.length) {
            const p = this.documentPaths[this.next];
            if (until !== undefined && byCodeUnits(p, until) > 0)
                break;
            const number = this.next++;
            const blob = this.extracted.get(p);
            if (blob)
                this.pending.push(blob);
            else if (p === until && headDoc) {
                this.headNumbers[number] = headNumber;
                const quiet = this.isQuiet(headDoc);
                if (quiet) {
                    this.quietAt[number] = 1;
                    this.quietPaths.add(p);
                }
                // The base's rules read a quiet document's links only for its edges: with the head's, they stay as the head placed them.
                this.pending.push(quiet && this.keepHeadEdges(number, headNumber) ? headDoc : this.asBase(headDoc));
                this.reused++;
            }
        }
    }
    /** True when the head document's base findings of the `HEAD_RULES` are the head's (known once its batch was added). */
    quiet(path) {
        return this.quietPaths.has(path);
    }
    /** One head batch, in head order (the base's order too: both listings are sorted the same way), after the head's rules ran on it. */
    add(batch) {
        const started = performance.now();
        for (const doc of batch)
            this.advance(doc.path, doc, this.headNext++);
        this.flush();
        this.rulesMs += performance.now() - started;
    }
    /** Rules on what is pending, with each head batch: the head's facts die young, as in a scan without a base (held longer, they cost scavenges and promotion). */
    flush() {
        if (this.pending.length === 0)
            return;
        this.runner.add(this.pending);
        this.pending = [];
    }
    /** After the head scan's last batch. */
    finish() {
        const started = performance.now();
        this.advance();
        this.flush();
        const findings = this.runner.finish().sort(compareFindings);
        const quietPaths = this.quietPaths;
        return {
            findings,
            shared: (f) => quietPaths.has(f.path) && HEAD_RULES.has(f.rule),
            extracted: this.extracted,
            reused: this.reused,
            quiet: this.quietPaths.size,
            timings: { ...this.timings, rules: Math.round(this.rulesMs), finish: Math.round(performance.now() - started) },
        };
    }
}

;// CONCATENATED MODULE: ./src/fix/apply.ts
/** Link fixes applied to a file's text, and the result as a unified diff that `git apply` takes. */

/** UTF-16 offset of a 1-based code-point column in `line`. */
function offsetOf(line, column) {
    let offset = 0;
    for (let c = 1; c < column && offset < line.length; c++)
        offset += line.codePointAt(offset) > 0xffff ? 2 : 1;
    return offset;
}
/** Replaces each fix's target in `text`; a fix applies only where its exact target text follows the link's column on its line. */
function applyLinkFixes(text, fixes) {
    const lines = text.split('\n');
    const applied = [];
    const skipped = [];
    // Right to left on a line, so earlier columns stay valid.
    const ordered = [...fixes].sort((a, b) => a.line - b.line || b.column - a.column);
    const done = new Set();
    for (const fix of ordered) {
        const key = `${fix.line}:${fix.column}`;
        const line = lines[fix.line - 1];
        if (done.has(key) || line === undefined || fix.from === fix.to) {
            skipped.push(fix);
            continue;
        }
        const at = line.indexOf(fix.from, offsetOf(line, fix.column));
        if (at < 0) {
            skipped.push(fix);
            continue;
        }
        lines[fix.line - 1] = line.slice(0, at) + fix.to + line.slice(at + fix.from.length);
        done.add(key);
        applied.push(fix);
    }
    return { text: lines.join('\n'), applied, skipped };
}
/** One file's change as a `git apply` patch (`a/` and `b/` prefixes, paths from the repository root). */
function filePatch(repoPath, before, after) {
    return createTwoFilesPatch(`a/${repoPath}`, `b/${repoPath}`, before, after, undefined, undefined, { context: 1 })
        .replace(/^={67}\n/m, '')
        .replace(/^(---|\+\+\+) ([^\t\n]*)\t\n/gm, '$1 $2\n');
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/fix/command.ts
/** `docward fix [path] [--since <rev>] [--write]`: the safe link fixes (renamed targets, letter case, edited headings), as a diff or applied. */











const FIX_USAGE = `Usage: docward fix [path] [options]

Fixes the links docward can fix safely, and nothing else: targets renamed or moved in git history,
letter-case mismatches, and fragments of headings edited since --since. Without --write it prints a
unified diff (git apply takes it); running it again after --write changes nothing.

Options:
  --since REV                   fix what changed since REV (renames and heading edits between REV and
                                the work tree); default: renames in the whole history, no heading fixes
  --write                       change the files instead of printing the diff
  --engine auto|native|js       extractor (default: auto, or $DOCWARD_ENGINE)
  --config FILE                 config file (default: .docward.yml at the scan root)
  --preset NAME                 recommended | cde | strict (without a config file)
  -h, --help                    this help

Exit status: 0 done (also when there was nothing to fix), 2 usage, config or git error.`;
class FixUsageError extends Error {
}
/** The renames and base documents the fixes read: `--since` (diff and base blobs) or the history's renames. */
async function changeFacts(root, since, head, engine) {
    if (since) {
        const change = await diffSince(root, since);
        if (!change)
            throw new FixUsageError(`--since ${since}: git knows no such commit in ${root}`);
        const wanted = [...change.modified, ...[...change.renames].filter(([, r]) => r.similarity < 100).map(([from]) => from)];
        const blobs = git_readBaseBlobs(root, since, wanted);
        const extract = await extractor(engine);
        const base = new Map();
        for (const [file, bytes] of blobs)
            if (head.has(change.renames.get(file)?.to ?? file))
                base.set(file, extract(file, bytes));
        // Unchanged and purely renamed documents read the same on both sides.
        for (const [file, doc] of head)
            if (!change.modified.has(file) && !base.has(file))
                base.set(file, doc);
        for (const [from, r] of change.renames)
            if (r.similarity === 100 && head.has(r.to))
                base.set(from, head.get(r.to));
        return { renames: change.renames, deleted: change.deleted, head, base };
    }
    const renames = new Map();
    for (const [from, to] of historyRenames(root))
        renames.set(from, { to, similarity: 100 });
    return { renames, deleted: new Set(), head, base: new Map() };
}
async function runFix(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                since: { type: 'string' },
                write: { type: 'boolean', default: false },
                ...options/* SCAN_OPTIONS */.P,
            },
        });
    }
    catch (err) {
        throw new FixUsageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out(FIX_USAGE + '\n');
        return 0;
    }
    if (positionals.length > 1)
        throw new FixUsageError(`unexpected argument "${positionals[1]}"`);
    const root = external_node_path_default().resolve(positionals[0] ?? '.');
    const head = new Map();
    const result = await (0,pipeline/* runDocward */.A)({
        root,
        config: values.config,
        preset: values.preset,
        engine: (0,engine/* parseEngineChoice */.xC)(values.engine ?? io.env.DOCWARD_ENGINE),
        onBatch: (batch) => batch.forEach((doc) => head.set(doc.path, doc)),
    });
    const facts = await changeFacts(root, values.since, head, result.report.engine);
    const listed = new Set(result.listing.paths);
    const byFile = new Map();
    for (const finding of result.report.findings) {
        const fix = explainFinding(finding, facts).fix;
        // A renamed target is a fix only when the new name exists now.
        if (!fix || (finding.rule === 'link-broken' && !targetExists(fix, listed)))
            continue;
        byFile.set(fix.path, [...(byFile.get(fix.path) ?? []), fix]);
    }
    let fixed = 0;
    let skipped = 0;
    let files = 0;
    for (const [file, fixes] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const absolute = external_node_path_default().join(root, file);
        const before = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
        const after = applyLinkFixes(before, fixes);
        skipped += after.skipped.length;
        if (!after.applied.length)
            continue;
        fixed += after.applied.length;
        files += 1;
        if (values.write)
            (0,external_node_fs_.writeFileSync)(absolute, after.text);
        else
            io.out((0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, before, after.text, undefined, undefined, { context: 3 }).replace(/^={67}\n/m, ''));
    }
    const left = skipped ? ` (${skipped} left alone: the target is not written as the link reads it)` : '';
    io.err(`docward fix: ${fixed} ${fixed === 1 ? 'link' : 'links'} ${values.write ? 'fixed' : 'to fix'} in ${files} ${files === 1 ? 'file' : 'files'}${left}\n`);
    return 0;
}
/** The file part of a fixed target, resolved from its document, names a listed path. */
function targetExists(fix, listed) {
    const file = fix.to.split(/[?#]/)[0];
    const joined = file.startsWith('/') ? file.slice(1) : external_node_path_default().posix.join(external_node_path_default().posix.dirname(fix.path), file);
    return listed.has(external_node_path_default().posix.normalize(joined));
}


/***/ })

};
