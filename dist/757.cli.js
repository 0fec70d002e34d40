export const id = 757;
export const ids = [757];
export const modules = {

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ SCAN_OPTIONS)
/* harmony export */ });
/** Command-line options every command that scans shares (parseArgs shapes). */
const SCAN_OPTIONS = {
    engine: { type: 'string' },
    config: { type: 'string' },
    preset: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};


/***/ }),

/***/ 7757:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/pipeline.ts + 1 modules
var pipeline = __webpack_require__(6401);
// EXTERNAL MODULE: ./src/engine/index.ts + 1 modules
var src_engine = __webpack_require__(8336);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/text.ts


const COLOR = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
function renderText(report, options = {}) {
    const paint = (code, text) => (options.color ? `${code}${text}${RESET}` : text);
    const lines = report.findings.map((f) => `${paint(BOLD, `${(0,report_escape/* plainLine */.h0)(f.path)}:${f.line}:${f.column}`)}  ${paint(COLOR[f.severity], f.severity.padEnd(7))}  ${(0,report_escape/* plainLine */.h0)(f.message)}  ${paint(DIM, f.rule)}`);
    lines.push(summaryLine(report));
    return lines.join('\n') + '\n';
}
/** `2 errors, 1 warning, 0 notices in 14 documents · score 87/100 · native engine, 12 ms` */
function summaryLine(report) {
    const counts = findings/* SEVERITIES */.oC.map((severity) => plural(report.findings.filter((f) => f.severity === severity).length, severity));
    const { documents, durationMs } = report.stats;
    return `${counts.join(', ')} in ${plural(documents, 'document')} · score ${report.score.total}/100 · ${report.engine} engine, ${durationMs} ms`;
}
/** `1 error`, `2,990 errors` (grouped digits read faster at a glance). */
function plural(count, noun) {
    // Not toLocaleString: its first call loads ICU data, ~15 ms of a small run's start-up.
    return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${noun}${count === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/json-chunks.ts
/**
 * `JSON.stringify(value, null, 2) + '\n'` written in pieces, so a report of 150k findings never exists as one
 * 50 MB string (plus its encoded copy) at the moment the heap is fullest.
 */

/** Pieces flushed to the file descriptor at once: large enough that write calls cost nothing, small next to the heap. */
const FLUSH_CHARS = 1 << 20;
/** Yields the text of `JSON.stringify(value, null, 2) + '\n'` piece by piece (the concatenation is byte-identical). */
function* prettyJsonChunks(value) {
    yield* pieces(value, '');
    yield '\n';
}
/** Writes `JSON.stringify(value, null, 2) + '\n'` to `file`, or to standard output when `file` is undefined. */
function writePrettyJson(value, file) {
    const fd = file === undefined ? undefined : (0,external_node_fs_.openSync)(file, 'w');
    const write = fd === undefined ? (text) => void process.stdout.write(text) : (text) => void (0,external_node_fs_.writeSync)(fd, text);
    try {
        let buffer = '';
        for (const piece of prettyJsonChunks(value)) {
            buffer += piece;
            if (buffer.length >= FLUSH_CHARS) {
                write(buffer);
                buffer = '';
            }
        }
        write(buffer);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function* pieces(value, indent) {
    // Only the way down to long arrays is taken apart: each finding or SARIF result is one JSON.stringify call.
    if (!isContainer(value) || !holdsLongArray(value)) {
        yield indentLines(JSON.stringify(value, null, 2), indent);
        return;
    }
    const inner = indent + '  ';
    if (Array.isArray(value)) {
        yield '[';
        for (let i = 0; i < value.length; i++) {
            yield i === 0 ? `\n${inner}` : `,\n${inner}`;
            // JSON.stringify writes null for array holes, undefined, functions and symbols.
            if (isSkipped(value[i]))
                yield 'null';
            else
                yield* pieces(value[i], inner);
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const [key, item] of Object.entries(value)) {
        if (isSkipped(item))
            continue;
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* pieces(item, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
}
/** Arrays longer than this are written element by element. */
const LONG_ARRAY = 64;
function holdsLongArray(value) {
    if (!isContainer(value))
        return false;
    if (Array.isArray(value) && value.length > LONG_ARRAY)
        return true;
    return Object.values(value).some(holdsLongArray);
}
/** Objects with `toJSON` (dates) are left whole to JSON.stringify, which calls it. */
function isContainer(value) {
    return typeof value === 'object' && value !== null && typeof value.toJSON !== 'function';
}
function isSkipped(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** JSON text never holds a raw line break inside a string, so every "\n" starts a nested line. */
function indentLines(json, indent) {
    const text = json ?? 'null';
    return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

// EXTERNAL MODULE: ./src/rules/index.ts + 23 modules
var rules = __webpack_require__(3198);
;// CONCATENATED MODULE: ./src/rules/catalog.ts

const RULE_CATALOG = rules/* RULES */.y.map((rule) => ({ id: rule.id, description: rule.description }));

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/unverified.ts
var unverified = __webpack_require__(4416);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** `docward scan [path]`: parses arguments, runs the pipeline, prints one format, returns the exit code. */














const USAGE = `Usage: docward scan [path] [options]
       docward fix [path] [--since REV] [--write]   (docward fix --help)

Scans the Markdown documentation under path (default: .) and reports governance findings.

Options:
  --format text|json|sarif      output format (default: text)
  --output FILE                 write the report to FILE instead of standard output
  --engine auto|native|js       extractor (default: auto, or $DOCWARD_ENGINE)
  --config FILE                 config file (default: .docward.yml at the scan root)
  --preset NAME                 recommended | cde | strict (without a config file)
  --fail-on error|warning|notice|never
                                exit 1 when a finding reaches this severity (default: error)
  --no-color                    plain text even on a terminal
  -h, --help                    this help
  -v, --version                 print the version

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage, config or internal error.`;
const FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
class UsageError extends Error {
}
async function main(argv, env = process.env) {
    // performance.now() counts from process start: this is node start-up plus loading the bundle.
    const startupMs = external_node_perf_hooks_.performance.now();
    if (argv[0] === 'fix')
        return fix(argv.slice(1), env);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                output: { type: 'string' },
                ...options/* SCAN_OPTIONS */.P,
                'fail-on': { type: 'string', default: 'error' },
                'no-color': { type: 'boolean', default: false },
                version: { type: 'boolean', short: 'v', default: false },
            },
        });
    }
    catch (err) {
        return usageError(err.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(USAGE + '\n');
        return 0;
    }
    if (values.version) {
        process.stdout.write(version/* VERSION */.x + '\n');
        return 0;
    }
    const [command, target, ...extra] = positionals;
    try {
        if (command !== 'scan')
            throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
        if (extra.length)
            throw new UsageError(`unexpected argument "${extra[0]}"`);
        if (!FORMATS.includes(values.format))
            throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
        if (!FAIL_ON.includes(values['fail-on']))
            throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}`);
        const engine = (0,src_engine/* parseEngineChoice */.xC)(values.engine ?? env.DOCWARD_ENGINE);
        const result = await (0,pipeline/* runDocward */.A)({ root: target ?? '.', config: values.config, preset: values.preset, engine });
        for (const notice of result.notices)
            process.stderr.write(notice + '\n');
        for (const entry of result.report.unverified)
            process.stderr.write(`docward: ${(0,report_escape/* plainLine */.h0)((0,unverified/* unverifiedLine */.Et)(entry))}\n`);
        const format = values.format;
        const color = format === 'text' && !values['no-color'] && !values.output && process.stdout.isTTY === true && !env.NO_COLOR;
        const renderStart = external_node_perf_hooks_.performance.now();
        // JSON and SARIF are rendered while written (in pieces), so their time is all "write".
        const output = format === 'text' ? renderText(result.report, { color }) : '';
        const writeStart = external_node_perf_hooks_.performance.now();
        if (format === 'json') {
            writePrettyJson(result.report, values.output);
        }
        else if (format === 'sarif') {
            // Only SARIF needs fingerprints, and so node:crypto (~5 ms to load).
            const { buildSarif } = await __webpack_require__.e(/* import() */ 692).then(__webpack_require__.bind(__webpack_require__, 3692));
            writePrettyJson(buildSarif(result.report, { catalog: RULE_CATALOG }), values.output);
        }
        else if (values.output)
            (0,external_node_fs_.writeFileSync)(values.output, output);
        else
            process.stdout.write(output.endsWith('\n') ? output : output + '\n');
        if (env.DOCWARD_PROFILE) {
            const phases = { startup: startupMs, ...result.timings, render: writeStart - renderStart, write: external_node_perf_hooks_.performance.now() - writeStart };
            process.stderr.write(JSON.stringify({ docwardProfile: phases }) + '\n');
        }
        const failOn = values['fail-on'];
        return result.report.findings.some((f) => (0,findings/* reaches */.O6)(f.severity, failOn)) ? 1 : 0;
    }
    catch (err) {
        if (err instanceof UsageError)
            return usageError(err.message);
        if (err instanceof load/* ConfigError */.xL) {
            process.stderr.write(`docward: ${err.message}\n`);
            return 2;
        }
        process.stderr.write(`docward: ${err.message}\n`);
        if (env.DOCWARD_DEBUG)
            process.stderr.write(`${err.stack}\n`);
        return 2;
    }
}
/** `docward fix`: loaded only for that command. */
async function fix(argv, env) {
    const { runFix, FixUsageError, FIX_USAGE } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(307)]).then(__webpack_require__.bind(__webpack_require__, 6307));
    try {
        return await runFix(argv, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env });
    }
    catch (err) {
        if (err instanceof FixUsageError) {
            process.stderr.write(`docward fix: ${err.message}\n\n${FIX_USAGE}\n`);
            return 2;
        }
        process.stderr.write(`docward fix: ${err.message}\n`);
        return 2;
    }
}
function usageError(message) {
    process.stderr.write(`docward: ${message}\n\n${USAGE}\n`);
    return 2;
}

// EXTERNAL MODULE: ./src/heap-growth.ts
var heap_growth = __webpack_require__(6313);
;// CONCATENATED MODULE: ./src/cli/start.ts
/** The CLI process: heap limits, output errors and the exit status around cli/main.ts (which tests call in-process). */


(0,heap_growth/* limitHeapGrowth */.BG)();
// A reader that stops early (`docward scan | head`) closes the pipe: the rest of the report has nowhere to
// go, which is no error of the scan, and the exit status stays the verdict. Any other failure to write
// (a full disk) loses the report: said in one line, exit status 2.
process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')
        return;
    process.stderr.write(`docward: cannot write the report to standard output: ${err.message}\n`);
    process.exit(2);
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`docward: internal error: ${err?.stack ?? String(err)}\n`);
    process.exitCode = 2;
});


/***/ }),

/***/ 8004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/** The one error a bad configuration raises: it names the file, the line and the key. */
class ConfigError extends Error {
    file;
    line;
    key;
    constructor(file, message, line, key) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${message}`);
        this.name = 'ConfigError';
        this.file = file;
        this.line = line;
        this.key = key;
    }
}


/***/ }),

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ underDirs),
/* harmony export */   oR: () => (/* binding */ compileDirGlobs),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/** Glob matching for config paths: `/`-separated, dotfiles included, a glob without `/` matches at any depth. */

/** A leading `/` anchors a glob at the scan root (so `/README.md` is only the root README). */
function compileGlobs(globs) {
    if (globs.length === 0)
        return () => false;
    const compiled = globs.map((glob) => {
        const anchored = glob.startsWith('/');
        const pattern = anchored ? glob.slice(1) : glob;
        const options = { dot: true, basename: !anchored && !pattern.includes('/') };
        // picomatch() itself rejects an empty glob with its usual message; makeRe words it differently.
        if (pattern === '')
            picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, options);
        return { pattern, basename: options.basename, regex: picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(pattern, options), literal: requiredLiteral(pattern) };
    });
    // What picomatch's matcher does for these options (exact name, else the regex on the path or its last
    // segment), with the last segment taken once per path: this runs for every document against every glob.
    return (path) => {
        if (path === '')
            return false;
        let name;
        for (const { pattern, basename, regex, literal } of compiled) {
            if (path === pattern)
                return true;
            if (literal !== undefined && !path.includes(literal))
                continue;
            if (basename) {
                name ??= lastSegment(path);
                if (regex.test(name))
                    return true;
            }
            else if (regex.test(path))
                return true;
        }
        return false;
    };
}
/**
 * Text every path the glob matches contains, for globs of plain characters, `*` and `/` only: its longest run of
 * name characters between those (not one of dots alone, which `./` may drop). Paths without it skip the regular
 * expression (the default template and test-fixture globs run against every document twice per scan).
 */
function requiredLiteral(pattern) {
    if (!/^[A-Za-z0-9_.\- */]+$/.test(pattern))
        return undefined;
    let longest;
    for (const piece of pattern.split(/[*/]+/)) {
        if (/^\.*$/.test(piece))
            continue;
        if (longest === undefined || piece.length > longest.length)
            longest = piece;
    }
    return longest;
}
/** picomatch's basename: the last `/` segment, or the one before a trailing `/`. */
function lastSegment(path) {
    const slash = path.lastIndexOf('/');
    if (slash !== path.length - 1)
        return path.slice(slash + 1);
    return path.slice(path.lastIndexOf('/', slash - 1) + 1, slash);
}
/** Directory globs are always paths from the scan root (`docs` is the root `docs/`, not any `docs/`). */
function compileDirGlobs(globs) {
    if (globs.length === 0)
        return () => false;
    const matchers = globs.map((glob) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.replace(/^\/+|\/+$/g, ''), { dot: true }));
    return (path) => matchers.some((m) => m(path));
}
/** True when the directory `dir` or one of its ancestors matches a glob (whole segments only). */
function underDirs(path, dirs) {
    const parts = path.split('/');
    for (let i = parts.length - 1; i >= 1; i--) {
        if (dirs(parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   xL: () => (/* reexport safe */ _error_js__WEBPACK_IMPORTED_MODULE_5__.x)
/* harmony export */ });
/* unused harmony export CONFIG_FILE_NAMES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_contract_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7370);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3198);
/* harmony import */ var _rules_presets_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6396);
/* harmony import */ var _rules_presets_recommended_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3987);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8004);
/* harmony import */ var _rules_frontmatter_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9445);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8858);
/** Loads `.docward.yml` (or `--config`) over a preset; any problem is a ConfigError naming file, line and key. */










const CONFIG_FILE_NAMES = ['.docward.yml', '.docward.yaml'];
async function loadConfig(root, opts) {
    const found = await findConfigFile(root, opts.configPath);
    let layer = {};
    let lines = () => undefined;
    if (found) {
        // Imported only with a config file: yaml and ajv are a third of the CLI bundle's start-up.
        const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(196), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 8856));
        const parsed = parseConfigText(found.file, found.text);
        layer = parsed.layer;
        lines = parsed.lines;
    }
    const presetName = opts.preset ?? layer.extends ?? layer.preset ?? _rules_presets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PRESET */ .C;
    const preset = _rules_presets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESETS */ .f.get(presetName);
    if (!preset) {
        const where = opts.preset !== undefined ? '--preset' : (found?.file ?? '--preset');
        throw new _error_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(where, `unknown preset "${presetName}"; known: ${[..._rules_presets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESETS */ .f.keys()].join(', ')}`, opts.preset === undefined ? (lines(['extends']) ?? lines(['preset'])) : undefined, opts.preset === undefined ? 'extends' : undefined);
    }
    const rules = {};
    for (const rule of _rules_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y)
        rules[rule.id] = { severity: 'off', options: { ...rule.defaultOptions } };
    for (const source of [preset.rules ?? {}, layer.rules ?? {}]) {
        for (const [id, setting] of Object.entries(source))
            rules[id] = (0,_merge_js__WEBPACK_IMPORTED_MODULE_7__/* .applySetting */ .$)(id, rules[id], setting);
    }
    const overrides = [...(preset.overrides ?? []), ...(layer.overrides ?? [])];
    const baseDir = found ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(found.file) : root;
    await inlineSchemaFiles(rules, overrides, preset.overrides?.length ?? 0, baseDir, found?.file ?? root, lines);
    const config = {
        preset: preset.name,
        configFile: found?.file,
        include: layer.include ?? preset.include ?? _engine_contract_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_INCLUDE */ .Zy,
        exclude: layer.exclude ?? preset.exclude ?? [],
        maxFileBytes: layer.maxFileBytes ?? preset.maxFileBytes ?? _engine_contract_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_MAX_FILE_BYTES */ .CR,
        entryPoints: layer.entryPoints ?? preset.entryPoints ?? _rules_presets_recommended_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ENTRY_POINTS */ .vv,
        templates: layer.templates ?? preset.templates ?? _rules_presets_recommended_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TEMPLATES */ .EE,
        templatesConfigured: (layer.templates ?? preset.templates) !== undefined,
        testFixtures: layer.testFixtures ?? preset.testFixtures ?? _rules_presets_recommended_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TEST_FIXTURES */ .Kz,
        testFixturesConfigured: (layer.testFixtures ?? preset.testFixtures) !== undefined,
        repositoryFiles: layer.repositoryFiles ?? preset.repositoryFiles ?? _rules_presets_recommended_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_REPOSITORY_FILES */ .B3,
        repositoryFilesConfigured: (layer.repositoryFiles ?? preset.repositoryFiles) !== undefined,
        toolInputs: layer.toolInputs ?? preset.toolInputs ?? _rules_presets_recommended_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TOOL_INPUTS */ .pR,
        toolInputsConfigured: (layer.toolInputs ?? preset.toolInputs) !== undefined,
        ...((layer.nestedSites ?? preset.nestedSites) !== undefined ? { nestedSites: layer.nestedSites ?? preset.nestedSites } : {}),
        ...((layer.mdx ?? preset.mdx) !== undefined ? { mdx: layer.mdx ?? preset.mdx } : {}),
        links: { ...preset.links, ...layer.links },
        needsGitDates: false,
        rules,
        overrides,
    };
    config.needsGitDates = needsGit(config);
    return config;
}
function needsGit(config) {
    let stale = config.rules.stale;
    if (stale.severity !== 'off' && stale.options.compareGit !== false)
        return true;
    for (const override of config.overrides) {
        const setting = override.rules.stale;
        if (!setting)
            continue;
        stale = (0,_merge_js__WEBPACK_IMPORTED_MODULE_7__/* .applySetting */ .$)('stale', config.rules.stale, setting);
        if (stale.severity !== 'off' && stale.options.compareGit !== false)
            return true;
    }
    return false;
}
async function findConfigFile(root, configPath) {
    if (configPath !== undefined) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(configPath);
        try {
            return { file, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') };
        }
        catch (error) {
            throw new _error_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(file, `cannot read the config file: ${error.message}`);
        }
    }
    for (const name of CONFIG_FILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name);
        try {
            return { file, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') };
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                throw new _error_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(file, `cannot read the config file: ${error.message}`);
            }
        }
    }
    return undefined;
}
/** `frontmatter-schema` entries may name a JSON/YAML file; it is read now so rules stay pure. */
async function inlineSchemaFiles(rules, overrides, 
/** Overrides before this index come from the preset, not from the file (for line numbers). */
fromPreset, baseDir, file, lines) {
    const settings = [
        { holder: rules['frontmatter-schema'].options, at: ['rules', 'frontmatter-schema'] },
    ];
    overrides.forEach((o, i) => {
        const s = o.rules['frontmatter-schema'];
        if (s && typeof s === 'object')
            settings.push({ holder: s, at: ['overrides', i - fromPreset, 'rules', 'frontmatter-schema'] });
    });
    for (const { holder, at } of settings) {
        const entries = holder.schemas;
        // The rule's default is an empty list: ajv (a chunk of its own, ~20 ms to load) only for schemas given.
        if (!entries || entries.length === 0)
            continue;
        await (0,_rules_frontmatter_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .loadFrontmatterSchemaCompiler */ .DQ)();
        holder.schemas = await Promise.all(entries.map(async (entry, i) => {
            const keyPath = [...at, 'schemas', i, 'schema'];
            let schema = entry.schema;
            if (typeof schema === 'string') {
                const schemaFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(baseDir, schema);
                let problem;
                try {
                    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
                    const parsed = parseDocument(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(schemaFile, 'utf8'));
                    problem = parsed.errors[0]?.message.split('\n')[0];
                    schema = parsed.toJS();
                }
                catch (error) {
                    problem = error.message;
                }
                if (problem !== undefined) {
                    throw new _error_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(file, `cannot read schema "${entry.schema}": ${problem}`, lines(keyPath), keyPath.join('.'));
                }
            }
            try {
                (0,_rules_frontmatter_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .compileFrontmatterSchema */ .Zt)(schema);
            }
            catch (error) {
                throw new _error_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .x(file, `invalid JSON Schema: ${error.message}`, lines(keyPath), keyPath.join('.'));
            }
            return { ...entry, path: entry.path ?? (typeof entry.schema === 'string' ? entry.schema : undefined), schema };
        }));
    }
}


/***/ }),

/***/ 8858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ applySetting)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3198);
/** Merging rule settings: later layers win; a bare severity keeps the options, an object merges them key by key. */

/** Giving options to a rule that is off turns it on at its default severity (configuring a rule means using it). */
function applySetting(id, base, setting) {
    if (typeof setting === 'string')
        return { severity: setting, options: base.options };
    const { severity, ...options } = setting;
    const fallback = base.severity === 'off' ? (_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES_BY_ID */ .k.get(id)?.defaultSeverity ?? 'error') : base.severity;
    return { severity: severity ?? fallback, options: { ...base.options, ...options } };
}


/***/ }),

/***/ 7370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   MZ: () => (/* binding */ CONTAINER_BUDGET),
/* harmony export */   Zy: () => (/* binding */ DEFAULT_INCLUDE),
/* harmony export */   ff: () => (/* binding */ LAZY_BUDGET),
/* harmony export */   uG: () => (/* binding */ INLINE_BUDGET)
/* harmony export */ });
/**
 * The extractor contract: what both engines (native Rust and pure TypeScript) return for a scan.
 *
 * Both engines must produce byte-identical JSON for the same input (after `JSON.parse` on the
 * native side). The native engine serialises exactly this shape with serde (camelCase field
 * names, fields in the order written here, optional fields omitted when absent).
 *
 * Positions
 * - `line` is 1-based and counts lines of the whole file (frontmatter included). A line ends at
 *   "\n" ("\r\n" is one line ending). A UTF-8 BOM is not part of line 1's columns.
 * - `column` is 1-based and counts Unicode scalar values (code points, not bytes, not UTF-16
 *   units) from the start of the line; a tab counts as 1.
 * - A construct's position is the first non-whitespace character at or after the parser's start
 *   offset for it: `#` of an ATX heading, the first text character of a setext heading, `[` of a
 *   link, `!` of an image, `<` of an autolink or HTML tag, the first fence character of a fenced
 *   code block, the first non-space character of an indented code block. "Whitespace" for this
 *   skip (and for `CodeBlock.endLine`) is space, tab, CR, LF only.
 * - Every list in DocumentFacts is in source order of its items' start offsets (a link comes
 *   before an image nested in its text; HTML links are merged into that order).
 *
 * Markdown dialect: CommonMark + GFM tables, strikethrough, task lists and footnotes. No GFM
 * "autolink literals" (bare www./http URLs are text), no heading attributes, no math.
 * Where the two parsers disagree, micromark + its GFM extensions (the js engine) is the reference;
 * the native engine patches pulldown-cmark to match (native/vendor/pulldown-cmark/PATCHES.md,
 * which also lists the rare constructs still parsed differently).
 * Frontmatter is stripped by docward itself (see `Frontmatter`) before the body is parsed; the
 * body keeps its original line numbers.
 *
 * MDX: a document whose path ends in `.mdx` (ASCII case-insensitive), or that `ScanOptions.mdx`
 * (or `ScanStream.readAsMdx`) names, is parsed with the same dialect (no MDX parser: both engines
 * apply exactly these rules, nothing more):
 * - No HTML blocks: as in MDX's grammar, `<` at a line start never opens a CommonMark HTML block
 *   (the line is a paragraph; its tags are inline HTML, scanned as below).
 * - JSX lines: a line that, after spaces and tabs, holds only open tags (the open-tag grammar of
 *   `Anchor`, which may span lines), closing tags `</name>` and fragments `<>` `</>`, separated by
 *   spaces and tabs, is blanked before the parse (as if every character but line endings were a
 *   space), so component blocks (`<Tabs>`, `<Steps>`, `<Aside>`) never swallow or split the fences,
 *   headings and links between them. Its tags are then scanned as HTML, unless the line lies inside
 *   a code block of the parse (between a code block's `line` and `endLine`).
 * - Comments: a line that, after spaces and tabs, starts with `{/*` and whose first `*\/}` is
 *   followed only by spaces and tabs to its line end, is blanked the same way from `{` to `}`
 *   (possibly over several lines); its text between the delimiters is read as an HTML comment's
 *   (a `docward-` directive is a suppression at the `{`). A comment whose `{` lies inside a code
 *   block of the parse is code: the body is parsed again with that comment kept as text (the
 *   too-complex guard judges the first parse). A comment elsewhere in a line is text.
 * - ESM: a paragraph that is a direct child of the document (not inside a list item, block quote,
 *   footnote...) whose source, after leading spaces and tabs, starts with `import` or `export`
 *   followed by a space or a tab, is ESM: it contributes nothing (no links, anchors,
 *   suppressions, words). A setext underline after such lines still makes a heading (CommonMark).
 * - Heading ids in comments: an ATX heading whose line ends with a comment (`## T {/*an_id*\/}`,
 *   then optionally a closing `#` sequence after a space or tab) keeps that comment's source as
 *   written: its text, from the last `{/` on, is replaced by the line's last `{/*` … `*\/}` (the
 *   comment is an expression, not Markdown: no emphasis is read inside it).
 * - JSX elements are scanned as HTML (see `Anchor`), plus: `href` on any tag is a Link (kind
 *   `html`, not an image), and so is `to` on a `Link` tag (`<Link to="/x">`; tag names are
 *   case-insensitive as always). `<a href>`, `<img src>`, `id` and `name` work as in `.md`.
 * - Expressions: an unquoted attribute value starting with `{` (`href={url}`) is a JavaScript
 *   expression: the attribute counts as one without a value. A quoted value is a string even if
 *   it starts with `{`. An expression with spaces or quotes (`to={"/x"}`) breaks the open-tag
 *   grammar, so the element gives nothing. Other `{…}` in text is text (its words count; links
 *   written inside it are links, as in any paragraph).
 */
const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.mdx'];
const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * TooComplex: Markdown that no real document contains and that makes micromark (the js engine)
 * super-linear, refused identically by both engines so a stranger's pull request cannot stall or
 * exhaust a CI job (issue #6). micromark's extra work grows with the square of a line's container
 * nesting and of a text block's emphasis/link/code/HTML markers, so each check sums squares over
 * the Markdown body (after frontmatter) and the problem is at the first line where the sum passes
 * its budget. Checked in this order (the first must run before parsing):
 * 1. Containers: lines are read in order with two pieces of state: `open`, the furthest content column
 *    of list items that may still be open (starts at 0), and an optional open fence. Columns: a tab
 *    counts 4, anything else 1; a line is blank when it holds only spaces, tabs and CR.
 *    - Before a non-blank line that follows a blank line (or starts the body), `open` becomes
 *      min(`open`, the column where the line's leading spaces, tabs and `>` end): no lazy
 *      continuation is possible there, so less indentation closes items.
 *    - Inside a fence, a line whose leading spaces and tabs reach the fence's column (or a blank
 *      line) is fence content unless, after that whitespace, it is the fence character at least as
 *      many times as the opening run followed only by spaces/tabs (the closing line). Fence content
 *      is charged min(its leading whitespace columns, `open`). Any other line ends the fence.
 *    - Other lines (the closing line too) are charged their prefix, read from the line start:
 *      a space or tab is charged only the part of its columns before `open` (indentation that
 *      continues open items; code and continuation text past them are free); at a non-space
 *      character 4 or more columns past max(`open`, the end of the line's last marker) the prefix
 *      ends (indented code, no marker); `>` is charged 1 plus 1 (space) or 4 (tab) for a space or
 *      tab right after it; `-`, `+` or `*` followed by a space or tab is charged 2 (5 with a tab);
 *      1 to 9 ASCII digits then `.` or `)` followed by a space or tab are charged digits + 2 (+ 3
 *      more with a tab); after a list marker, `open` becomes at least the column after its gap.
 *      Anything else ends the prefix. When that prefix holds no `>` and did not end 4+ columns
 *      past, and is followed by 3+ backticks (with no backtick later on the line) or 3+ tildes,
 *      a fence opens at the prefix's end column (not on a closing line; fences in block quotes
 *      are not tracked).
 *    Purely lexical (a guess of CommonMark's structure meant never to charge less than the real
 *    container nesting of quotes and items opened on a line). Sum of charged columns² over lines, in order; over
 *    CONTAINER_BUDGET at line <n>: `nesting too deep: by line <n>, the squared widths of line
 *    prefixes (block quote markers, list markers, indentation) add up to <sum>, over the limit
 *    of <CONTAINER_BUDGET>`.
 *    Lazy runs, in the same pass: a prefix's depth is min(its end column, max(`open` after it, the
 *    end column of its last `>` or list marker)). A line read as a prefix (not fence content) that is
 *    not blank, follows a non-blank line, holds no list marker and has a depth below the anchor's
 *    extends the current run by one (the run's k-th line adds 2k − 1, so a run of r lines adds r²);
 *    any other prefix-read non-blank line becomes the anchor (its depth) and ends the run; blank lines
 *    and fence content end the run (the anchor starts at 0). Over LAZY_BUDGET at line <n> (checked
 *    before the line's columns): `lazy continuation too long: by line <n>, the squared lengths of
 *    runs of lines continuing a paragraph without its block quote or list prefix add up to <sum>,
 *    over the limit of <LAZY_BUDGET>` (micromark walks back over the paragraph on each lazy line).
 * 2. Inline markers: each inline unit of the Markdown parse (a paragraph, including a tight list
 *    item's text; an ATX or setext heading's text; a table cell) counts the characters `*` `_` `~`
 *    `[` `]` `<` and backtick in its source, from its first to its last inline character
 *    (container prefixes and a heading's `#`/underline hold none; link reference definitions are
 *    not part of a paragraph; code blocks and HTML blocks are not inline units). Sum of counts²
 *    over units in source order; over INLINE_BUDGET at the unit starting on line <n>: "too many
 *    inline markers: by the text block starting on line <n>, the squared counts of * _ ~ [ ] < `
 *    per text block add up to <sum>, over the limit of <INLINE_BUDGET>" (the list ends with a
 *    literal backtick). A unit's markers are counted once the parse has delimited it, before any
 *    inline parsing; a paragraph of about 1,500 links already passes the budget.
 * Real documents stay far below: the largest sums in the fixtures, the bench corpus and ~700
 * real READMEs, changelogs and Node.js API docs were 0.62 M (containers, a 420 KB snapshot file,
 * under the earlier measure that charged all indentation; the current one charges less) and 0.77 M
 * (inline, a 1 MB changelog); generated 9.5 MB API references, YAML dumps and tables charge 0,
 * or 1.9 M with every example inside a top-level list item (4 per line). Real list nesting is charged in full: 20 levels with continuation paragraphs
 * reach the budget at about 0.3 MB (micromark there: 0.45 MB 5.5 s, 0.9 MB 15 s, super-linear).
 * The largest lazy-run sum over 3,256 real and bench files is 239; one run of 2,000 lazy lines
 * (the budget) costs micromark 0.2 s, 32,000 cost 26 s. At the budgets micromark's super-linear part costs about
 * a second; what remains is linear in size (about 2.5 s per MB of dense Markdown in the js engine).
 */
const CONTAINER_BUDGET = 4_000_000;
const INLINE_BUDGET = 9_000_000;
const LAZY_BUDGET = 4_000_000;


/***/ }),

/***/ 8336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xC: () => (/* binding */ parseEngineChoice),
  Xm: () => (/* binding */ selectEngine)
});

// UNUSED EXPORTS: jsEngine

// EXTERNAL MODULE: ./src/engine/native.ts
var engine_native = __webpack_require__(448);
;// CONCATENATED MODULE: ./src/engine/native-stream.ts
/** Link kinds by code, in the order of batch.rs `LINK_KINDS`. */
const LINK_KINDS = ['inline', 'reference', 'autolink', 'html', 'shortcode'];
/** Throws (like `scan`) on bad options or a missing root. `next()` waits on the addon synchronously. */
function nativeStream(scanStart, options, tuning = {}) {
    let handle = scanStart(JSON.stringify(options), tuning.batchDocuments, tuning.queue);
    const { schema, paths, dirs, documentPaths } = decodeListing(handle.takeListing() ?? 'null');
    const close = () => {
        handle?.close();
        handle = undefined;
    };
    // Documents delivered so far: the next one's path is documentPaths[delivered].
    let delivered = 0;
    return {
        schema,
        paths,
        dirs,
        documentPaths,
        readAsMdx: (globs) => {
            if (handle === undefined)
                throw new Error('readAsMdx after the scan closed');
            handle.readAsMdx(globs);
        },
        begin: () => {
            if (handle === undefined)
                throw new Error('begin after the scan closed');
            handle.begin();
        },
        next: async () => {
            const json = handle?.next() ?? null;
            if (json === null) {
                close();
                return undefined;
            }
            const documents = JSON.parse(json).map((d, i) => decodeDocument(d, documentPaths[delivered + i]));
            delivered += documents.length;
            return documents;
        },
        close,
    };
}
/** The listing with positions made paths (in a function of its own: the stream's closures would keep the positions alive). */
function decodeListing(json) {
    const listing = JSON.parse(json);
    const at = (i) => listing.paths[i];
    return { schema: listing.schema, paths: listing.paths, dirs: listing.dirs.map(at), documentPaths: listing.documents.map(at) };
}
/** The contract's object, keys in the contract's order (as JSON.parse of the serde output would give). */
function decodeDocument(a, path) {
    const document = { path, bytes: a[0], lines: a[1] };
    if (a[2] !== 0)
        document.problem = a[2];
    if (a[3] !== 0)
        document.frontmatter = a[3];
    if (a[13] !== 0)
        document.siteFrontMatter = a[13];
    document.headings = decodeHeadings(a[4]);
    document.links = decodeLinks(a[5]);
    document.codeBlocks = decodeCodeBlocks(a[6]);
    document.anchors = decodeAnchors(a[7]);
    document.suppressions = a[8] === 0 ? [] : a[8];
    document.metrics = { words: a[9], headings: a[10], links: a[11], codeBlocks: a[12] };
    return document;
}
function decodeHeadings(f) {
    const out = [];
    for (let i = 0; i < f.length; i += 5) {
        out.push({
            level: f[i],
            text: f[i + 1],
            line: f[i + 2],
            column: f[i + 3],
            style: f[i + 4] === 1 ? 'setext' : 'atx',
        });
    }
    return out;
}
/** Six fields per link; `to` follows `lang` (the key last, as serde writes it). */
function decodeLinks(f) {
    const out = [];
    for (let i = 0; i < f.length; i += 6) {
        const code = f[i];
        const kind = LINK_KINDS[code & 7];
        const lang = f[i + 4];
        // `lang` sits between target and line, where serde writes it, so key order matches the contract JSON.
        const link = lang === 0
            ? { kind, image: code >= 8, target: f[i + 1], line: f[i + 2], column: f[i + 3] }
            : { kind, image: code >= 8, target: f[i + 1], lang: lang, line: f[i + 2], column: f[i + 3] };
        link.to = f[i + 5];
        out.push(link);
    }
    return out;
}
function decodeCodeBlocks(f) {
    const out = [];
    for (let i = 0; i < f.length; i += 4) {
        out.push({ lang: f[i], fenced: f[i + 1] === 1, line: f[i + 2], endLine: f[i + 3] });
    }
    return out;
}
function decodeAnchors(f) {
    const out = [];
    for (let i = 0; i < f.length; i += 3) {
        out.push({ id: f[i], line: f[i + 1], column: f[i + 2] });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/index.ts


function parseEngineChoice(value) {
    const v = (value ?? '').trim().toLowerCase();
    if (v === '' || v === 'auto')
        return 'auto';
    if (v === 'native' || v === 'js')
        return v;
    throw new Error(`unknown engine "${value}": expected auto, native or js`);
}
/** Imported on first use: micromark, mdast and the walker are the bundle's largest part, and the native engine needs none of them. */
const loadJs = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(960), __webpack_require__.e(912), __webpack_require__.e(745), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 8745));
const jsEngine = {
    name: 'js',
    scan: async (options) => (await loadJs()).jsScan(options),
    stream: async (options) => (await loadJs()).jsStream(options),
};
/** `native` fails loudly when no binary fits (missing, unloadable, another wire version); `auto` falls back to js with a notice. */
function selectEngine(choice) {
    if (choice === 'js')
        return { engine: jsEngine };
    const native = (0,engine_native/* loadNative */.Sf)();
    if (native.ok) {
        const binding = native.binding;
        const scan = async (options) => JSON.parse(binding.scan(JSON.stringify(options)));
        return {
            engine: {
                name: 'native',
                scan,
                stream: async (options) => nativeStream(binding.scanStart, options),
            },
        };
    }
    if (choice === 'native') {
        throw new Error(`native engine unavailable for ${native.target}: ${native.reason}`);
    }
    return {
        engine: jsEngine,
        notice: `docward: no usable native core for ${native.target} (${native.reason}); using the js engine (same results, slower).`,
    };
}


/***/ }),

/***/ 448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sf: () => (/* binding */ loadNative)
/* harmony export */ });
/* unused harmony exports hostFacts, nativeTargets, nativeTarget, processLibc, nativeCandidates, findNative, wireMismatch, resetNativeCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/** Finds and loads the native extractor binary for this platform; never throws. */



function hostFacts() {
    return { platform: process.platform, arch: process.arch, libc: () => processLibc(readProcMaps, glibcVersionRuntime) };
}
/**
 * The target names that fit, most preferred first (napi-rs naming: `${platform}-${arch}` plus `-gnu`/`-musl`
 * on Linux). Windows takes `-msvc` (napi-rs's default, if one is ever shipped) before `-gnu`: the binary we
 * build is x86_64-pc-windows-gnu (mingw-w64, napi dyn-symbols), named `docward.win32-x64-gnu.node`.
 */
function nativeTargets(facts = hostFacts()) {
    const base = `${facts.platform}-${facts.arch}`;
    if (facts.platform === 'win32')
        return [`${base}-msvc`, `${base}-gnu`];
    if (facts.platform === 'linux')
        return [`${base}-${facts.libc()}`];
    return [base];
}
/** The first of `nativeTargets()` (the one a notice names). */
function nativeTarget(facts = hostFacts()) {
    return nativeTargets(facts)[0] ?? 'unknown';
}
/**
 * The libc of this process, not of the system: /usr/bin/ldd may be missing (distroless, slim containers)
 * or belong to another libc than the Node that runs (a musl Node on a glibc host). The libraries mapped
 * into the process say it for 0.4 ms; the process report (30 ms) only when they do not.
 */
function processLibc(maps, glibcRuntime) {
    const mapped = maps() ?? '';
    if (/\/libc\.so\.6$|\/ld-linux[^/\s]*\.so\.\d+$/m.test(mapped))
        return 'gnu';
    if (/\/(?:ld-musl-|libc\.musl-)[^/\s]*$|-linux-musl\/libc\.so$/m.test(mapped))
        return 'musl';
    return glibcRuntime() ? 'gnu' : 'musl';
}
function readProcMaps() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/maps', 'utf8');
    }
    catch {
        return undefined;
    }
}
function glibcVersionRuntime() {
    const report = process.report?.getReport();
    return report?.header?.glibcVersionRuntime;
}
/** Where to look for one target, in order: ./native/ next to the bundle, the repo's dist/native/. */
function nativeCandidates(target) {
    const file = `docward.${target}.node`;
    return [(0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(`./native/${file}`, import.meta.url)), (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(`../../dist/native/${file}`, import.meta.url))];
}
/** The binary to load: $DOCWARD_NATIVE_PATH, else the first candidate of the first fitting target that exists. */
function findNative(targets, exists = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync) {
    const override = process.env.DOCWARD_NATIVE_PATH;
    if (override)
        return override;
    for (const target of targets) {
        const found = nativeCandidates(target).find(exists);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Why a binary reporting `version` cannot be used, or undefined. Bundle and binaries ship together:
 * a binary of another wire version is a build or install mistake, never decoded.
 */
function wireMismatch(path, version) {
    if (version === _version_js__WEBPACK_IMPORTED_MODULE_2__/* .NATIVE_WIRE_VERSION */ .R)
        return undefined;
    return `${path} speaks wire version ${JSON.stringify(version)}, this docward needs ${JSON.stringify(_version_js__WEBPACK_IMPORTED_MODULE_2__/* .NATIVE_WIRE_VERSION */ .R)} (rebuild it: npm run build:native)`;
}
let cached;
function loadNative() {
    cached ??= load();
    return cached;
}
/** Forgets the cached result (tests change DOCWARD_NATIVE_PATH between loads). */
function resetNativeCache() {
    cached = undefined;
}
function load() {
    let target = 'unknown';
    try {
        const targets = nativeTargets();
        target = targets.join(' or ');
        const override = process.env.DOCWARD_NATIVE_PATH;
        // An explicit path that is missing is an error, not a reason to silently use another binary.
        if (override && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(override)) {
            return { ok: false, target, reason: `DOCWARD_NATIVE_PATH points to a missing file: ${override}` };
        }
        const path = findNative(targets);
        if (!path)
            return { ok: false, target, reason: `this build ships no ${targets.map((t) => `docward.${t}.node`).join(' or ')}` };
        const module = { exports: {} };
        // process.dlopen instead of require: bundlers leave it alone and it works from ESM.
        process.dlopen(module, path);
        const binding = module.exports;
        if (typeof binding.version !== 'function')
            return { ok: false, target, reason: `${path} does not export version()` };
        const mismatch = wireMismatch(path, binding.version());
        if (mismatch)
            return { ok: false, target, reason: mismatch };
        if (typeof binding.scan !== 'function' || typeof binding.extractBytes !== 'function' || typeof binding.scanStart !== 'function') {
            return { ok: false, target, reason: `${path} does not export scan/extractBytes/scanStart` };
        }
        return { ok: true, binding: binding };
    }
    catch (error) {
        return { ok: false, target, reason: `failed to load: ${error instanceof Error ? error.message : String(error)}` };
    }
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** Severities from most to least important. */
const SEVERITIES = ['error', 'warning', 'notice'];
function compareFindings(a, b) {
    return cmp(a.path, b.path) || a.line - b.line || cmp(a.rule, b.rule) || a.column - b.column || cmp(a.message, b.message);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** True when `severity` is at least as important as `threshold` (`never` matches nothing). */
function reaches(severity, threshold) {
    if (threshold === 'never')
        return false;
    return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ limitHeapGrowth),
/* harmony export */   HE: () => (/* binding */ capNewSpace)
/* harmony export */ });
/* unused harmony exports HEAP_GROWING_PERCENT, NEW_SPACE_LIMIT, newSpaceSize */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Keeps the JS heap close to the live data of a long scan. The old generation may grow by a quarter after
 * each full GC instead of up to 4x: at 100k documents the rules' live data creeps up, and V8's default
 * lets dead batches pile up on top (bench/PROFILE.md, "Memory"). The young generation stops growing at
 * NEW_SPACE_LIMIT instead of doubling up to 32 MB: a larger nursery mostly holds more dead batches
 * (10k: 111 -> 91 MB). Not smaller: a 2 MB nursery promotes live batches early, +20-30 % CPU at 10k-100k.
 * It is held at its starting size until the batches begin: the listing of a large tree (100k paths, their
 * index) is long-lived data that made it double four times, to V8's maximum, before any batch could cap it.
 */

const HEAP_GROWING_PERCENT = 25;
/** Bytes of the new space (as V8 reports it) past which it stops growing. */
const NEW_SPACE_LIMIT = 8 * 1024 * 1024;
/** V8's own semi-space growth factor (the nursery doubles when most of it survives a scavenge). */
const V8_GROWTH_FACTOR = 2;
/** none: no limits asked (library use); held: not growing until the batches begin; growing: up to the limit; capped: done. */
let nursery = 'none';
/** Read by V8 at each full GC or scavenge, so setting them at start-up still takes effect (unlike the space sizes). */
function limitHeapGrowth() {
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
    nursery = 'held';
}
/** The new space's size in bytes. */
function newSpaceSize() {
    return (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics)().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}
/**
 * Called between batches: the semi-space limit is fixed at isolate start, but the growth factor is read
 * at each growth, so the first call lets the new space grow again and, once it reaches the limit, a
 * factor of 1 keeps it there. A batch's work sees at most one growth past the limit check.
 * (A PerformanceObserver of GCs would only be told after the scan: its callbacks wait for an idle loop.)
 */
function capNewSpace() {
    if (nursery === 'none' || nursery === 'capped')
        return;
    if (newSpaceSize() >= NEW_SPACE_LIMIT) {
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
        nursery = 'capped';
    }
    else if (nursery === 'held') {
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
        nursery = 'growing';
    }
}


/***/ }),

/***/ 6401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ runDocward)
});

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/index.ts + 1 modules
var src_engine = __webpack_require__(8336);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/sites/load.ts
var sites_load = __webpack_require__(2146);
// EXTERNAL MODULE: ./src/rules/run.ts + 12 modules
var run = __webpack_require__(3245);
// EXTERNAL MODULE: ./src/sites/site-links.ts + 1 modules
var site_links = __webpack_require__(3693);
// EXTERNAL MODULE: ./src/sites/settings.ts
var sites_settings = __webpack_require__(431);
;// CONCATENATED MODULE: ./src/score.ts


const SCORE_WEIGHTS = { metadata: 0.3, links: 0.35, orphans: 0.2, size: 0.15 };
const LINK_RULES = new Set(['link-broken', 'link-anchor', 'link-case']);
const SIZE_RULES = new Set(['doc-size', 'doc-short']);
/** What the score needs of the documents, counted as they stream past (no document is kept). */
class ScoreCounts {
    documents = 0;
    internalLinks = 0;
    /** The link mode decides which links the link rules check (Hugo shortcodes only in Hugo content pages). */
    settings;
    constructor(settings = (0,sites_settings/* linkSettings */.y_)('github')) {
        this.settings = settings;
    }
    add(doc) {
        this.documents++;
        for (const link of doc.links)
            if ((0,site_links/* isInternalLink */.q)(link, doc.path, this.settings))
                this.internalLinks++;
    }
    static of(documents, settings) {
        const counts = new ScoreCounts(settings);
        for (const doc of documents)
            counts.add(doc);
        return counts;
    }
}
function computeScore(counts, findings) {
    const { documents, internalLinks } = counts;
    const share = (bad, total) => (total === 0 ? 1 : round4(1 - Math.min(bad, total) / total));
    // One pass over the findings: documents with a metadata, orphan or size finding, and link findings.
    const metadataDocs = new Set();
    const orphanDocs = new Set();
    const sizeDocs = new Set();
    let linkFindings = 0;
    for (const f of findings) {
        if (f.rule.startsWith('frontmatter-'))
            metadataDocs.add(f.path);
        else if (LINK_RULES.has(f.rule))
            linkFindings++;
        else if (f.rule === 'orphan')
            orphanDocs.add(f.path);
        else if (SIZE_RULES.has(f.rule))
            sizeDocs.add(f.path);
    }
    const parts = {
        metadata: share(metadataDocs.size, documents),
        links: share(linkFindings, internalLinks),
        orphans: share(orphanDocs.size, documents),
        size: share(sizeDocs.size, documents),
    };
    const weighted = parts.metadata * SCORE_WEIGHTS.metadata + parts.links * SCORE_WEIGHTS.links + parts.orphans * SCORE_WEIGHTS.orphans + parts.size * SCORE_WEIGHTS.size;
    return { total: Math.round(weighted * 100), parts };
}
/** Four decimals keep the JSON stable and readable. */
function round4(value) {
    return Math.round(value * 10_000) / 10_000;
}

// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/unverified.ts
var src_unverified = __webpack_require__(4416);
// EXTERNAL MODULE: ./src/heap-growth.ts
var heap_growth = __webpack_require__(6313);
;// CONCATENATED MODULE: ./src/pipeline.ts
/** One scan end to end: config → extractor (streamed) → rules → filters → report. No GitHub, no printing. */












async function runDocward(options) {
    const started = external_node_perf_hooks_.performance.now();
    const timings = {};
    let mark = started;
    const lap = (phase) => {
        const now = external_node_perf_hooks_.performance.now();
        timings[phase] = now - mark;
        mark = now;
    };
    const root = external_node_path_default().resolve(options.root);
    // The config lookup would trip on a file first, with a message about `<file>/.docward.yml`.
    if ((await (0,promises_.stat)(root).catch(() => undefined))?.isFile()) {
        throw new Error(`scan root "${options.root}" is a file, not a directory: docward scans a folder (links and orphans span the tree), e.g. the one that holds it`);
    }
    const config = await (0,load/* loadConfig */.Z9)(root, { configPath: options.config, preset: options.preset });
    const { engine, notice } = (0,src_engine/* selectEngine */.Xm)(options.engine ?? 'auto');
    lap('config');
    const stream = await engine.stream({
        root,
        include: config.include,
        exclude: config.exclude,
        maxFileBytes: config.maxFileBytes,
        ...(config.mdx !== undefined ? { mdx: config.mdx } : {}),
    });
    const listing = { paths: stream.paths, dirs: stream.dirs, documentPaths: stream.documentPaths };
    let findings;
    let unverified;
    let counts;
    let bytes = 0;
    let siteNotice;
    const now = options.now ?? new Date();
    let gitDates;
    try {
        lap('listing');
        // Which `.md` are read as MDX is settled by the config or the listing alone for most sites: then the
        // native extractor starts now and works ahead while the site loads (Hugo's config, navigation files).
        const extractionWaits = config.mdx === undefined && (0,sites_load/* siteDecidesMdx */.s)(listing, config.links);
        if (!extractionWaits)
            stream.begin();
        // One tally for the site loader and the rules: what neither could check, one notice per cause.
        const tally = new src_unverified/* UnverifiedTally */.mg();
        const loaded = await (0,sites_load/* loadSite */.U)(root, listing, config.links, tally);
        siteNotice = loaded.notice;
        // Before the first batch: which `.md` the generator compiles with MDX is known from the listing and its config.
        const mdx = loaded.site.settings.mdx ?? [];
        if (extractionWaits && mdx.length > 0)
            stream.readAsMdx(mdx);
        counts = new ScoreCounts(loaded.site.settings);
        lap('site');
        // Imported only when a rule asks for commit dates: node:child_process costs a small run ~1-5 ms to load.
        gitDates = config.needsGitDates ? await (await __webpack_require__.e(/* import() */ 399).then(__webpack_require__.bind(__webpack_require__, 4399))).readGitDates(root) : undefined;
        lap('gitDates');
        const { anchorMemo, keepRules } = options;
        const runner = new run/* RuleRunner */.r3(listing, config, { now, gitDates, site: loaded.site, unverified: tally, anchorMemo, keepRules });
        await options.onStart?.({
            root,
            listing,
            config,
            engine: engine.name,
            ruleContext: { now, gitDates },
            site: loaded.site,
            anchorMemo,
            edgesOf: (number) => runner.edgesOf(number),
            rules: { classKey: runner.classKey, of: (number) => runner.rulesOf(number) },
        });
        for (let batch = await stream.next(); batch !== undefined; batch = await stream.next()) {
            for (const doc of batch) {
                counts.add(doc);
                bytes += doc.bytes;
            }
            runner.add(batch);
            options.onBatch?.(batch);
            (0,heap_growth/* capNewSpace */.HE)();
        }
        lap('extract+rules');
        findings = runner.finish().sort(src_findings/* compareFindings */.Eg);
        unverified = runner.unverified();
        lap('finish');
    }
    finally {
        stream.close();
    }
    const score = computeScore(counts, findings);
    lap('score');
    const report = {
        version: version/* VERSION */.x,
        engine: engine.name,
        root,
        stats: {
            documents: counts.documents,
            files: listing.paths.length - listing.dirs.length,
            bytes,
            durationMs: Math.round(external_node_perf_hooks_.performance.now() - started),
        },
        score,
        findings,
        unverified,
    };
    return { report, listing, config, notices: [notice, siteNotice].filter((n) => n !== undefined), timings };
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ urlPath),
/* harmony export */   h0: () => (/* binding */ plainLine)
/* harmony export */ });
/* unused harmony exports markdownText, markdownCode, markdownCodeSpan */
/** One place for neutralising user-controlled text (file names, frontmatter values, messages) before it is shown. */
// C0/C1 controls (tab and newline are handled separately) and bidi overrides that can hide or reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are replaced.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Characters that Markdown or HTML could read as structure; a numeric entity is always literal text (CommonMark 6.2).
const MARKUP = /[&<>"'`*_[\]()\\|#!~:$]/g;
const ZERO_WIDTH_SPACE = '\u200b';
/** One line of plain text (annotations, terminals): line breaks and tabs become spaces, control and bidi characters (ESC included) become U+FFFD. */
function plainLine(text) {
    return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '\uFFFD');
}
/**
 * Text that renders literally in GitHub Markdown and in HTML blocks (table cells, `<summary>`, lists):
 * no HTML, no emphasis or links, no table breaks, no @mentions, no #issue references, no autolinked URLs.
 * Never put the result inside a code span (entities are not decoded there).
 */
function markdownText(text) {
    return (plainLine(text)
        .replace(MARKUP, (c) => `&#${c.codePointAt(0)};`)
        // GitHub links mentions and references after rendering, so entities alone do not stop them.
        // Every `@`: GFM's email autolinks also start at `a@.a` (found by a random fast-check seed).
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/&#35;(?=\d)/g, `&#35;${ZERO_WIDTH_SPACE}`)
        .replace(/(&#58;)(?=\/\/)/g, `$1${ZERO_WIDTH_SPACE}`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`));
}
/** A rule id or other identifier as inline code when it is a plain identifier, else as escaped text. */
function markdownCode(id) {
    return /^[A-Za-z0-9._/-]+$/.test(id) ? `\`${id}\`` : markdownText(id);
}
/** A repository path encoded for a URL, including the characters that would end a Markdown link. */
function urlPath(repoPath) {
    return repoPath
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/**
 * Any text as inline code (paths with `#`, headings): one line, a backtick fence longer than any run inside,
 * `|` escaped so a table cell stays one cell (GFM unescapes it there). Nothing inside a code span is HTML,
 * a mention or a link.
 */
function markdownCodeSpan(text) {
    const line = plainLine(text).replace(/\|/g, '\\|');
    const fence = '`'.repeat(Math.max(1, ...[...line.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}


/***/ }),

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ flatten)
/* harmony export */ });
/**
 * Strings kept for the whole scan (finding messages, fragments waiting for their document) are often
 * built by concatenation: V8 keeps such a string as a tree of its pieces, and a piece sliced from a
 * link target keeps the whole target alive. Flattened, it is one sequential string that holds nothing.
 * V8 flattens a regular expression's subject in place before matching; reading a character, which did
 * the same up to V8 11 (Node 20), no longer does in V8 13 (Node 24): there the messages of a 100k
 * document scan took twice their size (test/rules/flat-string.test.ts measures it on the running Node).
 */
const ANYTHING = /^$/;
/** `text` itself, flattened in place (no copy is kept; a flat string is left as it is). */
function flatten(text) {
    ANYTHING.test(text);
    return text;
}


/***/ }),

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ frontmatterMap),
/* harmony export */   HD: () => (/* binding */ readable),
/* harmony export */   Po: () => (/* binding */ isEmptyValue),
/* harmony export */   YC: () => (/* binding */ keyLine),
/* harmony export */   bp: () => (/* binding */ describeValue)
/* harmony export */ });
/** The frontmatter mapping, or undefined when absent, broken or not a mapping (other rules report those). */
function frontmatterMap(doc) {
    const fm = doc.frontmatter;
    if (!fm || fm.error)
        return undefined;
    if (fm.data === null || fm.data === undefined)
        return {};
    if (typeof fm.data !== 'object' || Array.isArray(fm.data))
        return undefined;
    return fm.data;
}
/** Line of a top-level key, else the frontmatter's opening line (1). */
function keyLine(doc, key) {
    return doc.frontmatter?.keys.find((k) => k.key === key)?.line ?? doc.frontmatter?.line ?? 1;
}
/** Empty means: null, blank string, empty list or empty mapping. */
function isEmptyValue(value) {
    if (value === null || value === undefined)
        return true;
    if (typeof value === 'string')
        return value.trim() === '';
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'object')
        return Object.keys(value).length === 0;
    return false;
}
/** A short, plain rendering of a value for messages. */
function describeValue(value) {
    if (typeof value === 'string')
        return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
/** True when a document has content to check (no extraction problem). */
function readable(doc) {
    return doc.problem === undefined;
}


/***/ }),

/***/ 9445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   DQ: () => (/* binding */ loadFrontmatterSchemaCompiler),
/* harmony export */   Zt: () => (/* binding */ compileFrontmatterSchema)
/* harmony export */ });
/* harmony import */ var _config_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3334);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3182);
/* harmony import */ var _frontmatter_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);



let compileSchema;
const compiled = new WeakMap();
/** Loads ajv (a large module) for runs that configure schemas; the config loader awaits it before compiling them. */
async function loadFrontmatterSchemaCompiler() {
    compileSchema ??= (await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(855)]).then(__webpack_require__.bind(__webpack_require__, 855))).compileSchema;
}
/** Compiles (once per schema object) with the formats the rule uses; throws on an invalid schema. */
function compileFrontmatterSchema(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        if (!compileSchema)
            throw new Error('frontmatter-schema: schemas given without loadFrontmatterSchemaCompiler() (the config loader calls it)');
        validate = compileSchema(schema);
        compiled.set(schema, validate);
    }
    return validate;
}
const normalise = (p) => p.replace(/^\.?\/+/, '');
function describe(error) {
    const where = error.instancePath ? `"${error.instancePath.slice(1).replace(/\//g, '.')}"` : 'frontmatter';
    const extra = error.keyword === 'enum' ? `: ${error.params.allowedValues.join(', ')}` : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'frontmatter-schema',
    description: 'Frontmatter does not satisfy the JSON Schema mapped to the document (no frontmatter is validated as {}).',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            schemas: {
                type: 'array',
                items: {
                    type: 'object',
                    properties: {
                        files: { type: 'array', items: { type: 'string' } },
                        path: { type: 'string' },
                        schema: { type: ['object', 'string'] },
                    },
                    required: ['schema'],
                    additionalProperties: false,
                },
            },
            schemaKey: { type: 'string' },
        },
        additionalProperties: false,
    },
    defaultOptions: { schemas: [], schemaKey: '$schema' },
    checksDocuments: true,
    check(doc, { options, index }) {
        if (doc.problem || doc.frontmatter?.error)
            return [];
        const data = doc.frontmatter ? (0,_frontmatter_data_js__WEBPACK_IMPORTED_MODULE_1__/* .frontmatterMap */ .F6)(doc) : {};
        if (!data)
            return [];
        let entry;
        const named = data[options.schemaKey];
        if (typeof named === 'string') {
            entry = options.schemas.find((s) => s.path !== undefined && normalise(s.path) === normalise(named));
            if (!entry) {
                return [{ line: (0,_frontmatter_data_js__WEBPACK_IMPORTED_MODULE_1__/* .keyLine */ .YC)(doc, options.schemaKey), column: 1, message: `unknown schema "${named}": not listed in frontmatter-schema.schemas` }];
            }
        }
        else {
            entry = options.schemas.filter((s) => s.files && index.forOptions(s, 'files', () => (0,_config_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .compileGlobs */ .tI)(s.files))(doc.path)).pop();
        }
        if (!entry)
            return [];
        const instance = { ...data };
        delete instance[options.schemaKey];
        const validate = compileFrontmatterSchema(entry.schema);
        if (validate(instance))
            return [];
        const hits = [];
        for (const error of validate.errors ?? []) {
            const topKey = error.instancePath.split('/')[1];
            const line = topKey !== undefined ? (0,_frontmatter_data_js__WEBPACK_IMPORTED_MODULE_1__/* .keyLine */ .YC)(doc, topKey.replace(/~1/g, '/').replace(/~0/g, '~')) : (doc.frontmatter?.line ?? 1);
            hits.push({ line, column: 1, message: describe(error) });
        }
        return hits;
    },
}));


/***/ }),

/***/ 3198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  k: () => (/* binding */ RULES_BY_ID)
});

// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
;// CONCATENATED MODULE: ./src/rules/doc-short.ts
/** doc-short: stubs: fewer words of prose than the minimum (frontmatter and code do not count). */

/* harmony default export */ const doc_short = ((0,types/* defineRule */.Km)({
    id: 'doc-short',
    description: 'A document has fewer words of text than the minimum (a stub).',
    defaultSeverity: 'notice',
    optionsSchema: { type: 'object', properties: { minWords: { type: 'integer', minimum: 0 } }, additionalProperties: false },
    defaultOptions: { minWords: 20 },
    checksDocuments: true,
    check(doc, { options }) {
        if (doc.problem || doc.metrics.words >= options.minWords)
            return [];
        return [{ line: 1, column: 1, message: `only ${doc.metrics.words} words; a document needs at least ${options.minWords}` }];
    },
}));

;// CONCATENATED MODULE: ./src/rules/doc-size.ts
/** doc-size: long documents: past the recommended size one severity softer, past the maximum at the configured severity. */

function over(value, unit, recommended, max) {
    if (max !== undefined && value > max)
        return { line: 1, column: 1, message: `${value} ${unit}; the maximum is ${max}: split the document` };
    if (recommended !== undefined && value > recommended) {
        return { line: 1, column: 1, soft: true, message: `${value} ${unit}; at most ${recommended} recommended` };
    }
    return undefined;
}
/* harmony default export */ const doc_size = ((0,types/* defineRule */.Km)({
    id: 'doc-size',
    description: 'A document is longer than the recommended or maximum number of lines or bytes.',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            recommendedLines: { type: 'integer', minimum: 1 },
            maxLines: { type: 'integer', minimum: 1 },
            recommendedBytes: { type: 'integer', minimum: 1 },
            maxBytes: { type: 'integer', minimum: 1 },
        },
        additionalProperties: false,
    },
    defaultOptions: { recommendedLines: 1000, maxLines: 2000 },
    checksDocuments: true,
    check(doc, { options }) {
        if (doc.problem)
            return [];
        const hits = [over(doc.lines, 'lines', options.recommendedLines, options.maxLines), over(doc.bytes, 'bytes', options.recommendedBytes, options.maxBytes)];
        return hits.filter((h) => h !== undefined);
    },
}));

// EXTERNAL MODULE: ./src/rules/links/resolve.ts
var resolve = __webpack_require__(5581);
;// CONCATENATED MODULE: ./src/rules/file-problem.ts
/** file-problem: a matched document could not be read as UTF-8 Markdown; never skipped silently. */


/** The contract's exact symlink message for a link that stays inside the root (engine/contract.ts, "Problem details"). */
const INSIDE_SYMLINK = /^symbolic link to (.+), not followed$/s;
/** The number of the scanned document a symlink names (resolved lexically, as GitHub does within a repository), if any. */
function symlinkedDocument(path, message, index) {
    const target = INSIDE_SYMLINK.exec(message)?.[1];
    if (target === undefined || target.startsWith('/'))
        return undefined;
    const resolved = (0,resolve/* joinSegments */.DI)(path.slice(0, Math.max(0, path.lastIndexOf('/'))), target);
    return resolved === undefined ? undefined : index.numberOf(resolved);
}
const SYMLINKED = {
    cause: 'symlink-document',
    rule: 'file-problem',
    message: 'documents that are symbolic links to another scanned document are checked as that document, where it lies',
    unit: 'pages',
};
function problemHit(problem) {
    return { line: problem.line ?? 1, column: 1, message: `not checked (${problem.kind}): ${problem.message}` };
}
/* harmony default export */ const file_problem = ((0,types/* defineRule */.Km)({
    id: 'file-problem',
    description: 'A document (or a site navigation file) could not be checked: unreadable, too large, binary, not UTF-8, a symlink, too complex (pathological nesting or markup), or invalid.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: true,
    check(doc, { index, unverified }, defer) {
        if (!doc.problem)
            return [];
        // GitHub shows a symlink to a readable file of the repository as that file, which is checked where it lies: not a problem.
        const target = doc.problem.kind === 'symlink' ? symlinkedDocument(doc.path, doc.problem.message, index) : undefined;
        if (target === undefined)
            return [problemHit(doc.problem)];
        if (!index.arrived(target)) {
            defer(doc.problem, target);
            return [];
        }
        if (!index.readable(target))
            return [problemHit(doc.problem)];
        unverified.add(SYMLINKED);
        return [];
    },
    finish(doc, pending, { index, unverified }) {
        const target = symlinkedDocument(doc.path, pending[0].message, index);
        if (!index.readable(target))
            return [problemHit(pending[0])];
        unverified.add(SYMLINKED);
        return [];
    },
    checkNavigation(nav) {
        if (!nav.error)
            return [];
        return [{ line: nav.error.line, column: nav.error.column, message: `navigation not read (${nav.format}): ${nav.error.message}` }];
    },
}));

// EXTERNAL MODULE: ./src/rules/frontmatter-data.ts
var frontmatter_data = __webpack_require__(226);
// EXTERNAL MODULE: ./src/rules/placeholder.ts
var placeholder = __webpack_require__(5730);
;// CONCATENATED MODULE: ./src/rules/frontmatter-date.ts
/** frontmatter-date: real calendar dates, ordered pairs (`updated` >= `created`), none in the future. */



// YAML-style date-times too: Jekyll writes `2025-01-02 10:00:00 +0000` (space before the zone).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[ \t]*(?:Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?$/;
/** `YYYY/MM/DD`: what JavaScript `Date` reads as a calendar date (sites whose code reads the frontmatter). */
const SLASHED = /^(\d{4})\/(\d{2})\/(\d{2})$/;
/** Day number (days since epoch) of a valid ISO date or date-time (or `YYYY/MM/DD` when `slashes`), else a reason it is invalid. */
function parseIsoDay(value, allowDateTime, slashes = false) {
    const m = ISO.exec(value) ?? (slashes ? SLASHED.exec(value) : null);
    if (!m)
        return 'not an ISO date (YYYY-MM-DD)';
    if (m[4] !== undefined && !allowDateTime)
        return 'a date-time; expected a date (YYYY-MM-DD)';
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const time = Date.UTC(y, mo - 1, d);
    const check = new Date(time);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
        return 'not a real calendar date';
    }
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
        return 'not a real time of day';
    return Math.floor(time / 86_400_000);
}
/* harmony default export */ const frontmatter_date = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-date',
    description: 'A frontmatter date is not a real ISO date, is in the future, or is out of order (updated before created).',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            keys: { type: 'array', items: { type: 'string' } },
            allowDateTime: { type: 'boolean' },
            order: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
            futureToleranceDays: { type: 'integer', minimum: 0 },
            checkPlaceholders: { type: 'boolean' },
        },
        additionalProperties: false,
    },
    defaultOptions: {
        keys: ['created', 'updated', 'date'],
        allowDateTime: true,
        order: [['created', 'updated']],
        futureToleranceDays: 1,
        checkPlaceholders: false,
    },
    checksDocuments: true,
    check(doc, { options, now, unverified, index }) {
        const data = (0,frontmatter_data/* frontmatterMap */.F6)(doc);
        if (!data)
            return [];
        const hits = [];
        const days = new Map();
        const today = Math.floor(now.getTime() / 86_400_000);
        for (const key of options.keys) {
            const value = data[key];
            if (value === undefined || value === null)
                continue;
            if (typeof value !== 'string') {
                hits.push({ line: (0,frontmatter_data/* keyLine */.YC)(doc, key), column: 1, message: `"${key}" must be a date (YYYY-MM-DD); got ${(0,frontmatter_data/* describeValue */.bp)(value)}` });
                continue;
            }
            const day = parseIsoDay(value.trim(), options.allowDateTime, index.slashDates);
            if (typeof day === 'string' && !options.checkPlaceholders && (0,placeholder/* isPlaceholder */.wK)(value)) {
                (0,placeholder/* countPlaceholder */.xY)(unverified, 'frontmatter-date');
                continue;
            }
            if (typeof day === 'string') {
                hits.push({ line: (0,frontmatter_data/* keyLine */.YC)(doc, key), column: 1, message: `"${key}" is ${day}: "${value}"` });
                continue;
            }
            days.set(key, day);
            if (day > today + options.futureToleranceDays) {
                hits.push({ line: (0,frontmatter_data/* keyLine */.YC)(doc, key), column: 1, message: `"${key}" is in the future: "${value}"` });
            }
        }
        for (const [earlier, later] of options.order) {
            const a = days.get(earlier);
            const b = days.get(later);
            if (a !== undefined && b !== undefined && b < a) {
                hits.push({
                    line: (0,frontmatter_data/* keyLine */.YC)(doc, later),
                    column: 1,
                    message: `"${later}" (${String(data[later])}) is before "${earlier}" (${String(data[earlier])})`,
                });
            }
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-enum.ts
/** frontmatter-enum: a key's value must be one of the allowed values (case-sensitive unless configured). */



/* harmony default export */ const frontmatter_enum = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-enum',
    description: 'A frontmatter value is not one of the allowed values for its key.',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            keys: {
                type: 'object',
                additionalProperties: {
                    type: 'object',
                    properties: {
                        values: { type: 'array', items: { type: 'string' }, minItems: 1 },
                        caseSensitive: { type: 'boolean' },
                    },
                    required: ['values'],
                    additionalProperties: false,
                },
            },
            checkPlaceholders: { type: 'boolean' },
        },
        additionalProperties: false,
    },
    defaultOptions: { keys: {}, checkPlaceholders: false },
    checksDocuments: true,
    check(doc, { options, unverified }) {
        const data = (0,frontmatter_data/* frontmatterMap */.F6)(doc);
        if (!data)
            return [];
        const hits = [];
        for (const [key, spec] of Object.entries(options.keys)) {
            if (!(key in data) || data[key] === null)
                continue; // absence/emptiness is frontmatter-required's job
            const value = data[key];
            const allowed = spec.values.join(', ');
            const line = (0,frontmatter_data/* keyLine */.YC)(doc, key);
            if (typeof value !== 'string') {
                hits.push({ line, column: 1, message: `"${key}" must be one of ${allowed}; got ${(0,frontmatter_data/* describeValue */.bp)(value)}` });
                continue;
            }
            const caseSensitive = spec.caseSensitive ?? true;
            const match = caseSensitive ? spec.values.includes(value) : spec.values.some((v) => v.toLowerCase() === value.toLowerCase());
            if (match)
                continue;
            if (!options.checkPlaceholders && (0,placeholder/* isPlaceholder */.wK)(value)) {
                (0,placeholder/* countPlaceholder */.xY)(unverified, 'frontmatter-enum');
                continue;
            }
            const near = spec.values.find((v) => v.toLowerCase() === value.toLowerCase());
            const hint = near ? ` (did you mean "${near}"? values are case-sensitive)` : '';
            hits.push({ line, column: 1, message: `"${key}" must be one of ${allowed}; got "${value}"${hint}` });
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-invalid.ts
/** frontmatter-invalid: the block is not closed, is not valid YAML, or is not a mapping. */

/* harmony default export */ const frontmatter_invalid = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-invalid',
    description: 'The frontmatter is not closed, is not valid YAML, or is not a key/value mapping.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: true,
    check(doc) {
        const fm = doc.frontmatter;
        if (!fm)
            return [];
        if (fm.error)
            return [{ line: fm.error.line, column: fm.error.column, message: `invalid frontmatter: ${fm.error.message}` }];
        const data = fm.data;
        if (data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data)))
            return [];
        const shape = Array.isArray(data) ? 'a list' : `a ${typeof data === 'string' ? 'string' : typeof data} value`;
        return [{ line: fm.line + 1, column: 1, message: `invalid frontmatter: expected a mapping of keys, got ${shape}` }];
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-length.ts
/** frontmatter-length: text values within character limits; recommended limits report one severity softer. */


/* harmony default export */ const frontmatter_length = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-length',
    description: 'A frontmatter text value is shorter or longer than its limits (characters = Unicode code points).',
    defaultSeverity: 'warning',
    optionsSchema: {
        type: 'object',
        properties: {
            keys: {
                type: 'object',
                additionalProperties: {
                    type: 'object',
                    properties: {
                        min: { type: 'integer', minimum: 0 },
                        max: { type: 'integer', minimum: 0 },
                        recommendedMin: { type: 'integer', minimum: 0 },
                        recommendedMax: { type: 'integer', minimum: 0 },
                    },
                    additionalProperties: false,
                },
            },
        },
        additionalProperties: false,
    },
    defaultOptions: { keys: {} },
    checksDocuments: true,
    check(doc, { options }) {
        const data = (0,frontmatter_data/* frontmatterMap */.F6)(doc);
        if (!data)
            return [];
        const hits = [];
        for (const [key, spec] of Object.entries(options.keys)) {
            const value = data[key];
            if (typeof value !== 'string' || value.trim() === '')
                continue; // emptiness is frontmatter-required's job
            const length = [...value.trim()].length;
            const line = (0,frontmatter_data/* keyLine */.YC)(doc, key);
            if (spec.min !== undefined && length < spec.min) {
                hits.push({ line, column: 1, message: `"${key}" has ${length} characters; the minimum is ${spec.min}` });
            }
            else if (spec.max !== undefined && length > spec.max) {
                hits.push({ line, column: 1, message: `"${key}" has ${length} characters; the maximum is ${spec.max}` });
            }
            else if (spec.recommendedMin !== undefined && length < spec.recommendedMin) {
                hits.push({ line, column: 1, soft: true, message: `"${key}" has ${length} characters; at least ${spec.recommendedMin} recommended` });
            }
            else if (spec.recommendedMax !== undefined && length > spec.recommendedMax) {
                hits.push({ line, column: 1, soft: true, message: `"${key}" has ${length} characters; at most ${spec.recommendedMax} recommended` });
            }
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-links.ts
/** frontmatter-links: paths listed in frontmatter (e.g. `related_docs`) must exist in the repository. */



/* harmony default export */ const frontmatter_links = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-links',
    description: 'A path listed in a frontmatter key (a string or a list of strings) does not exist.',
    defaultSeverity: 'warning',
    optionsSchema: {
        type: 'object',
        properties: {
            keys: { type: 'array', items: { type: 'string' } },
            relativeTo: { enum: ['document', 'root'] },
        },
        additionalProperties: false,
    },
    defaultOptions: { keys: [], relativeTo: 'document' },
    checksDocuments: true,
    check(doc, { options, index }) {
        const data = (0,frontmatter_data/* frontmatterMap */.F6)(doc);
        if (!data)
            return [];
        const hits = [];
        for (const key of options.keys) {
            const value = data[key];
            const entries = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
            for (const entry of entries) {
                if (typeof entry !== 'string' || entry.trim() === '')
                    continue;
                // Root-relative is how the original tooling read `related_docs`; a leading `/` means the same.
                const written = options.relativeTo === 'root' && !entry.startsWith('/') ? `/${entry}` : entry;
                const resolved = (0,resolve/* resolveLinkTarget */.w0)(doc.path, written);
                if (resolved.kind === 'external' || resolved.kind === 'same-document')
                    continue;
                if (resolved.kind === 'path' && index.exists(resolved.path))
                    continue;
                const where = resolved.kind === 'path' ? ` (resolved to "${resolved.path}")` : ' (climbs above the repository root)';
                hits.push({ line: (0,frontmatter_data/* keyLine */.YC)(doc, key), column: 1, message: `"${key}" lists "${entry}", which does not exist${where}` });
            }
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-missing.ts
/** frontmatter-missing: the document has no frontmatter block at all. */


/* harmony default export */ const frontmatter_missing = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-missing',
    description: 'The document does not start with a `---` frontmatter block.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: true,
    check(doc) {
        if (!(0,frontmatter_data/* readable */.HD)(doc) || doc.frontmatter)
            return [];
        return [{ line: 1, column: 1, message: 'no frontmatter: the file must start with a `---` block' }];
    },
}));

;// CONCATENATED MODULE: ./src/rules/frontmatter-required.ts
/** frontmatter-required: listed keys must be present and not empty (null, "", [] and {} count as empty). */


/* harmony default export */ const frontmatter_required = ((0,types/* defineRule */.Km)({
    id: 'frontmatter-required',
    description: 'Required frontmatter keys are missing or empty (checked only when frontmatter exists; see frontmatter-missing).',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: { keys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
        additionalProperties: false,
    },
    defaultOptions: { keys: [] },
    checksDocuments: true,
    check(doc, { options }) {
        const data = (0,frontmatter_data/* frontmatterMap */.F6)(doc);
        if (!data)
            return [];
        const hits = [];
        for (const key of options.keys) {
            if (!(key in data))
                hits.push({ line: doc.frontmatter?.line ?? 1, column: 1, message: `required key "${key}" is missing` });
            else if ((0,frontmatter_data/* isEmptyValue */.Po)(data[key]))
                hits.push({ line: (0,frontmatter_data/* keyLine */.YC)(doc, key), column: 1, message: `required key "${key}" is empty` });
        }
        return hits;
    },
}));

// EXTERNAL MODULE: ./src/rules/frontmatter-schema.ts
var frontmatter_schema = __webpack_require__(9445);
;// CONCATENATED MODULE: ./src/rules/heading-depth.ts
/** heading-depth: headings no deeper than a maximum level (deep nesting means the document should be split). */

/* harmony default export */ const heading_depth = ((0,types/* defineRule */.Km)({
    id: 'heading-depth',
    description: 'A heading is deeper than the maximum level.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: { maxLevel: { type: 'integer', minimum: 1, maximum: 6 } }, additionalProperties: false },
    defaultOptions: { maxLevel: 4 },
    checksDocuments: true,
    check(doc, { options }) {
        const hits = [];
        for (const h of doc.headings) {
            if (h.level > options.maxLevel) {
                hits.push({ line: h.line, column: h.column, message: `H${h.level} "${h.text}" is deeper than H${options.maxLevel}` });
            }
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/heading-h1.ts


const NO_TITLE = 'no H1 heading';
function titleHits(doc, frontmatterTitle) {
    if (doc.problem)
        return [];
    const h1s = doc.headings.filter((h) => h.level === 1);
    const title = (0,frontmatter_data/* frontmatterMap */.F6)(doc)?.[frontmatterTitle];
    const hasTitle = typeof title === 'string' && title.trim() !== '';
    if (h1s.length === 0) {
        return hasTitle ? [] : [{ line: 1, column: 1, message: `${NO_TITLE} and no frontmatter "${frontmatterTitle}"` }];
    }
    const hits = [];
    for (const extra of h1s.slice(1)) {
        hits.push({ line: extra.line, column: extra.column, message: `second H1 "${extra.text}": a document has one title (first at line ${h1s[0].line})` });
    }
    return hits;
}
/**
 * What the site leaves of the hits: none for a fragment; none for a page another build renders
 * (counted: that build gives the title, e.g. rustdoc's `% Title` line); no missing title where the
 * navigation titles the page (mdBook's SUMMARY.md).
 */
function siteHits(path, hits, index, unverified) {
    if (index.site.isFragment(path))
        return [];
    const elsewhere = index.site.renderedElsewhere(path, 'heading-h1', 'pages');
    if (elsewhere) {
        unverified.add(elsewhere);
        return [];
    }
    return index.site.titledBySite(path) ? hits.filter((h) => !h.message.startsWith(NO_TITLE)) : hits;
}
/* harmony default export */ const heading_h1 = ((0,types/* defineRule */.Km)({
    id: 'heading-h1',
    description: 'A document has no title (no H1 and no frontmatter title) or more than one H1.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: { frontmatterTitle: { type: 'string' } }, additionalProperties: false },
    defaultOptions: { frontmatterTitle: 'title' },
    checksDocuments: true,
    check(doc, { options, index, unverified }, defer) {
        const hits = titleHits(doc, options.frontmatterTitle);
        if (hits.length === 0)
            return [];
        // A site's fragments (Hugo headless bundles, templates) need no title: known once the site's pages are.
        if (!index.linksResolve) {
            defer(hits);
            return [];
        }
        return siteHits(doc.path, hits, index, unverified);
    },
    finish(doc, pending, { index, unverified }) {
        return siteHits(doc.path, pending.flat(), index, unverified);
    },
}));

;// CONCATENATED MODULE: ./src/rules/heading-increment.ts
/** heading-increment: heading levels go down one step at a time (H2 then H3, never H2 then H4). */

/* harmony default export */ const heading_increment = ((0,types/* defineRule */.Km)({
    id: 'heading-increment',
    description: 'A heading skips a level (e.g. an H4 directly after an H2).',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: true,
    check(doc) {
        const hits = [];
        let previous;
        for (const h of doc.headings) {
            if (previous !== undefined && h.level > previous + 1) {
                hits.push({ line: h.line, column: h.column, message: `H${h.level} "${h.text}" follows an H${previous}; expected H${previous + 1} or higher` });
            }
            previous = h.level;
        }
        return hits;
    },
}));

// EXTERNAL MODULE: ./src/rules/links/anchors.ts
var links_anchors = __webpack_require__(4495);
// EXTERNAL MODULE: ./src/rules/flat-string.ts
var flat_string = __webpack_require__(8212);
;// CONCATENATED MODULE: ./src/rules/link-anchor.ts
/** link-anchor: a `#fragment` must name a GitHub heading slug or an explicit HTML anchor of the target document. */




/** `#` and `#top` scroll to the top in every browser (HTML spec), with no heading needed. */
const ALWAYS_VALID = new Set(['', 'top']);
const USER_CONTENT = 'user-content-';
const INCLUDED_FRAGMENT_ANCHORS = {
    cause: 'included-fragment-anchor',
    rule: 'link-anchor',
    message: 'anchors found in no heading of their page but in a fragment the site includes into pages (a Hugo headless bundle or unrendered page): docward does not see which pages include it',
    unit: 'anchors',
};
/**
 * A fragment link waiting for a later document, as one flat string `target line column fragment`:
 * ~70 bytes against ~200 for an object whose fragment, sliced from the link target, keeps the target alive.
 */
function waiting(link) {
    return (0,flat_string/* flatten */.B)(`${link.target} ${link.line} ${link.column} ${link.fragment}`);
}
function fromWaiting(text) {
    const a = text.indexOf(' ');
    const b = text.indexOf(' ', a + 1);
    const c = text.indexOf(' ', b + 1);
    return { target: Number(text.slice(0, a)), line: Number(text.slice(a + 1, b)), column: Number(text.slice(b + 1, c)), fragment: text.slice(c + 1) };
}
function judge(link, own, index, unverified) {
    const anchors = index.anchorsOf(link.target);
    // Only scanned, readable documents have known anchors (code files use #L10 line anchors).
    if (anchors === undefined || (0,links_anchors/* hasAnchor */.q1)(anchors, link.fragment))
        return undefined;
    // An id the site's syntax declares beyond headings and HTML (kramdown `{: #id}`), read by the site's loader.
    if (index.settings.declaredAnchors?.[index.documentPaths[link.target]]?.includes(link.fragment))
        return undefined;
    const lower = link.fragment.toLowerCase();
    const where = link.target === own ? 'this document' : `"${index.documentPaths[link.target]}"`;
    if (lower !== link.fragment && (0,links_anchors/* hasAnchor */.q1)(anchors, lower)) {
        // github.com finds a fragment whatever its case (its page script lowercases it); generated sites and browsers do not.
        if (index.settings.mode === 'github') {
            return {
                line: link.line,
                column: link.column,
                message: `anchor "#${link.fragment}" matches "#${lower}" in ${where} only ignoring case: github.com follows it, other renderers may not`,
                notice: true,
            };
        }
        return { line: link.line, column: link.column, message: `anchor "#${link.fragment}" not found in ${where} (heading ids are lowercase: "#${lower}")` };
    }
    // A page its theme renders from a component (VitePress `page: true`) or that calls a shortcode writing headings (Hugo): ids from code docward does not run.
    const rendered = index.site.anchorsByCode(index.documentPaths[link.target]);
    if (rendered !== undefined) {
        unverified.add(rendered);
        return undefined;
    }
    // A fragment the site's pages include (Hugo headless bundle, unrendered page) has that id: the page may include it, which docward cannot see.
    if (index.site.fragmentHasAnchor(link.fragment, (n) => index.anchorsOf(n), (p) => index.numberOf(p))) {
        unverified.add(INCLUDED_FRAGMENT_ANCHORS);
        return undefined;
    }
    // The site gives ids to more than headings and HTML anchors, in a way docward does not model (Hugo autoDefinitionTermID).
    const unseen = index.settings.unverifiedAnchors;
    if (unseen !== undefined) {
        unverified.add(unseen);
        return undefined;
    }
    return { line: link.line, column: link.column, message: `anchor "#${link.fragment}" not found in ${where}` };
}
function judgeAll(links, own, index, unverified) {
    const hits = [];
    for (const link of links) {
        const hit = judge(link, own, index, unverified);
        if (hit)
            hits.push(hit);
    }
    return hits;
}
/* harmony default export */ const link_anchor = ((0,types/* defineLinkRule */.iA)({
    id: 'link-anchor',
    description: 'A link fragment matches no heading slug or HTML anchor in the target document.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: true,
    check(doc, { index, unverified }, defer) {
        const own = index.numberOf(doc.path);
        const fragmentLinks = [];
        let allArrived = true;
        const resolvedLinks = index.linksOf(doc);
        const targets = index.linkTargetsOf(doc);
        for (let i = 0; i < resolvedLinks.length; i++) {
            const resolved = resolvedLinks[i];
            if (resolved.kind !== 'same-document' && resolved.kind !== 'path')
                continue;
            if (resolved.fragment === undefined)
                continue;
            // GitHub prefixes rendered ids with `user-content-`; links may use either form.
            const decoded = resolved.fragment.includes('%') ? (0,resolve/* percentDecode */.YZ)(resolved.fragment) : resolved.fragment;
            const fragment = decoded.startsWith(USER_CONTENT) ? decoded.slice(USER_CONTENT.length) : decoded;
            // Lowercasing never shortens a string: only fragments of up to 3 characters can be `` or `top`.
            if (fragment.length <= 3 && ALWAYS_VALID.has(fragment.toLowerCase()))
                continue;
            // A folder's fragment points into the README GitHub renders below the file list.
            let target = resolved.kind === 'same-document' ? own : targets[i] >= 0 ? targets[i] : undefined;
            if (resolved.kind === 'path' && target === undefined && index.isDir(resolved.path)) {
                const readme = index.folderPages(resolved.path)[0];
                target = readme === undefined ? undefined : index.numberOf(readme);
            }
            if (target === undefined)
                continue;
            if (!index.arrived(target))
                allArrived = false;
            const link = doc.links[i];
            fragmentLinks.push({ line: link.line, column: link.column, target, fragment });
        }
        if (allArrived)
            return judgeAll(fragmentLinks, own, index, unverified);
        // Each fragment waits for its own target (hits settle by position, so link order holds); none is judged here, not to split the rule's hits.
        for (const link of fragmentLinks)
            defer(waiting(link), link.target);
        return [];
    },
    finish(doc, pending, { index, unverified }) {
        return judgeAll(pending.map(fromWaiting), doc.number, index, unverified);
    },
}));

;// CONCATENATED MODULE: ./src/rules/link-broken.ts


// Browsers drop tabs/newlines inside a URL and leading controls/spaces before reading its scheme.
// eslint-disable-next-line no-control-regex -- the C0 range is what browsers skip.
const SCHEME_NOISE = /[\t\n\r]|^[\u0000-\u0020]+/g;
const SCRIPT_SCHEME = /^(javascript|vbscript):/i;
const DATA_SCHEME = /^data:/i;
/** A `javascript:`/`vbscript:` link anywhere, or `data:` where GitHub renders it: both are stripped, so the link goes nowhere. */
function strippedScheme(target, mode) {
    // Every stripped scheme ends in `:`; most targets have none, so skip the cleaning copy.
    if (!target.includes(':'))
        return undefined;
    const cleaned = target.replace(SCHEME_NOISE, '');
    const scheme = SCRIPT_SCHEME.exec(cleaned)?.[1] ?? (mode === 'github' && DATA_SCHEME.test(cleaned) ? 'data' : undefined);
    if (scheme === undefined)
        return undefined;
    const shown = target.length > 80 ? `${target.slice(0, 80)}…` : target;
    return `target "${shown}" uses the ${scheme.toLowerCase()}: scheme, which GitHub removes when rendering (the link goes nowhere)`;
}
/** Why `resolved` is broken, or undefined when it is fine (case-only mismatches are link-case's; a target docward cannot see is counted in `unverified`). */
function brokenBecause(resolved, target, what, index, unverified, exists) {
    if (resolved.kind === 'external' && resolved.unverified !== undefined)
        unverified.add(resolved.unverified);
    if (resolved.kind === 'outside-root')
        return `${what} target "${target}" climbs above the repository root`;
    if (resolved.kind === 'path' && resolved.problem !== undefined)
        return `${what} ${resolved.problem}`;
    if (resolved.kind !== 'path' || (exists ?? index.exists(resolved.path)))
        return undefined;
    if (resolved.unverified !== undefined) {
        unverified.add(resolved.unverified);
        return undefined;
    }
    // Readers still get there, through the site's redirect map: worth a notice, not an error.
    if (resolved.redirect !== undefined)
        return {
            notice: `${what} target "${target}" names "${resolved.path}", which ${resolved.redirect.file} redirects to "${resolved.redirect.to}": link the new page`,
        };
    if ((resolved.caseVariants ?? index.caseVariants(resolved.path)).length > 0)
        return undefined;
    if (resolved.route !== undefined)
        return `${what} target "${target}" matches no page or file of the ${index.settings.mode} site (route "${resolved.route}", looked for "${resolved.path}")`;
    return `${what} target "${target}" does not exist (resolved to "${resolved.path}")`;
}
function hitAt(at, message) {
    return typeof message === 'string'
        ? { line: at.line, column: at.column, message }
        : { line: at.line, column: at.column, message: message.notice, notice: true };
}
/* harmony default export */ const link_broken = ((0,types/* defineLinkRule */.iA)({
    id: 'link-broken',
    description: 'A link or image target does not exist in the repository (resolved as GitHub or the configured site generator renders it).',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: { ignore: { type: 'array', items: { type: 'string', format: 'regex' } }, checkPlaceholders: { type: 'boolean' } },
        additionalProperties: false,
    },
    defaultOptions: { ignore: [], checkPlaceholders: false },
    checksDocuments: true,
    check(doc, { options, index, unverified }) {
        const ignore = index.forOptions(options, 'ignore', () => options.ignore.map((p) => new RegExp(p, 'u')));
        const hits = [];
        const resolvedLinks = index.linksOf(doc);
        const listed = index.listedLinksOf(doc);
        for (let i = 0; i < doc.links.length; i++) {
            const link = doc.links[i];
            if (ignore.length > 0 && ignore.some((re) => re.test(link.target)))
                continue;
            const what = link.image ? 'image' : 'link';
            const stripped = strippedScheme(link.target, index.settings.mode);
            const message = stripped ? `${what} ${stripped}` : brokenBecause(resolvedLinks[i], link.target, what, index, unverified, listed[i] === 1);
            if (message === undefined)
                continue;
            if (!stripped && !options.checkPlaceholders && (0,placeholder/* isPlaceholder */.wK)(link.target))
                (0,placeholder/* countPlaceholder */.xY)(unverified, 'link-broken');
            else
                hits.push(hitAt(link, message));
        }
        return hits;
    },
    checkNavigation(nav, { options, index, unverified }) {
        // Navigation written as a document (mdBook's SUMMARY.md): its links are checked as that document's.
        if (nav.checkedAsDocument)
            return [];
        const ignore = index.forOptions(options, 'ignore', () => options.ignore.map((p) => new RegExp(p, 'u')));
        const hits = [];
        for (const entry of nav.entries) {
            if (ignore.some((re) => re.test(entry.target)))
                continue;
            const resolved = index.site.resolveNav(entry);
            const what = entry.kind === 'doc-id' ? 'doc id' : entry.kind === 'folder' ? 'folder' : nav.ofDocument ? 'tag' : 'navigation';
            const message = entry.kind === 'doc-id' && resolved.kind === 'path' && !index.exists(resolved.path)
                ? `${nav.format} entry names doc id "${entry.target}", which no document has`
                : brokenBecause(resolved, entry.target, `${nav.format} ${what}`, index, unverified);
            if (message !== undefined)
                hits.push(hitAt(entry, message));
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/link-case.ts

/** Links a case-insensitive host (Learn) follows: they work for its readers, so one count, never a finding per link. */
const SERVED_IGNORING_CASE = {
    cause: 'served-ignoring-case',
    rule: 'link-case',
    message: 'links and navigation entries that differ from their file only in letter case: the site serves paths ignoring case, so they work there (GitHub and case-sensitive hosts would not find them)',
    unit: 'links',
    key: 'rules.link-case.listServedIgnoringCase',
};
/* harmony default export */ const link_case = ((0,types/* defineLinkRule */.iA)({
    id: 'link-case',
    description: 'A link target exists only with a different letter case.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: { listServedIgnoringCase: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { listServedIgnoringCase: false },
    checksDocuments: true,
    check(doc, { index, options, unverified }) {
        const hits = [];
        const resolvedLinks = index.linksOf(doc);
        const listed = index.listedLinksOf(doc);
        for (let i = 0; i < resolvedLinks.length; i++) {
            const resolved = resolvedLinks[i];
            if (resolved.kind === 'path' && resolved.caseFolded !== undefined) {
                if (options.listServedIgnoringCase)
                    hits.push(servedIgnoringCase(doc.links[i], `link target "${doc.links[i].target}"`, resolved.path));
                else
                    unverified.add(SERVED_IGNORING_CASE);
                continue;
            }
            if (listed[i] === 1)
                continue;
            if (resolved.kind !== 'path')
                continue;
            const variants = resolved.caseVariants ?? index.caseVariants(resolved.path);
            if (variants.length === 0)
                continue;
            const link = doc.links[i];
            hits.push({
                line: link.line,
                column: link.column,
                message: `link target "${link.target}" exists only as "${variants.join('", "')}" (letter case differs; breaks on Linux and GitHub)`,
            });
        }
        return hits;
    },
    checkNavigation(nav, { index, options, unverified }) {
        const hits = [];
        for (const entry of nav.entries) {
            const resolved = index.site.resolveNav(entry);
            if (resolved.kind !== 'path' || resolved.caseFolded === undefined)
                continue;
            if (options.listServedIgnoringCase)
                hits.push(servedIgnoringCase(entry, `${nav.format} entry "${entry.target}"`, resolved.path));
            else
                unverified.add(SERVED_IGNORING_CASE);
        }
        return hits;
    },
}));
/** A target the host serves ignoring case (Learn): it works there, so a notice; GitHub and case-sensitive hosts would not find it. */
function servedIgnoringCase(at, what, path) {
    return {
        line: at.line,
        column: at.column,
        message: `${what} differs only in letter case from "${path}": the site serves paths ignoring case, so it is followed; GitHub and case-sensitive hosts would not find it`,
        notice: true,
    };
}

// EXTERNAL MODULE: ./src/rules/naming-pattern.ts
var naming_pattern = __webpack_require__(7172);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
;// CONCATENATED MODULE: ./src/rules/orphan.ts
/** orphan: a document no chain of links reaches from an entry point (a dead end for readers). */



/** Per document number: 1 when a chain of links from an entry point (or the site's navigation) reaches it, or the site publishes no page for it. */
function reachableFrom(index, entryPoints) {
    const isEntry = (0,glob/* compileGlobs */.tI)(entryPoints);
    const reached = new Uint8Array(index.documentPaths.length);
    const queue = [];
    const visit = (target) => {
        if (reached[target] === 1)
            return;
        reached[target] = 1;
        queue.push(target);
    };
    index.documentPaths.forEach((path, number) => {
        if (isEntry(path))
            visit(number);
    });
    // Pages a site's navigation lists (menus, sidebars, nav, TOCs) are entry points too.
    for (const path of index.site.entryDocuments()) {
        const number = index.numberOf(path);
        if (number !== undefined)
            visit(number);
    }
    // mdBook builds only the pages its SUMMARY.md lists: a link reaches a document only when it is no page of the book.
    const linkReaches = index.site.navigationOnly ? (target) => index.site.routeOf(index.documentPaths[target]) === undefined : () => true;
    // What the site does not publish as a page (fragments, drafts) is no orphan; its links lead nowhere yet.
    for (const path of index.site.unpublished()) {
        const number = index.numberOf(path);
        if (number !== undefined && reached[number] !== 1)
            reached[number] = 2;
    }
    for (let number = queue.pop(); number !== undefined; number = queue.pop()) {
        for (const target of index.edgesOf(number))
            if (linkReaches(target))
                visit(target);
        for (const path of index.site.linkedByDocument(index.documentPaths[number])) {
            const target = index.numberOf(path);
            if (target !== undefined)
                visit(target);
        }
    }
    for (let number = 0; number < reached.length; number++)
        if (reached[number] === 2)
            reached[number] = 1;
    return reached;
}
/** Folders named in the notice before "and N more". */
const NAMED_FOLDERS = 5;
/**
 * Folders that hold a data set rather than a linked doc set (pages read by clients or tools, not
 * navigated to): at least `minPages` documents, of which at least `share` are unreachable, not
 * counting documents of a data-set folder below it (so a data set never hides the real orphans of
 * the doc set beside it, and the root is one only when its own pages are); `minPages` 0 turns it off.
 * The notice names the highest folders that hold nothing but data sets (tldr's `pages/` with its
 * 100 platform folders, not each of them).
 */
function dataSetFolders(index, reached, minPages, share, percent) {
    const out = { inDataSet: new Uint8Array(index.documentPaths.length), message: '' };
    if (minPages <= 0)
        return out;
    // [pages, unreachable] of each folder's own documents, then of its subtree less data-set folders.
    const counts = new Map([['', [0, 0]]]);
    index.documentPaths.forEach((path, number) => {
        let folder = parentOf(path);
        let entry = counts.get(folder);
        if (!entry)
            counts.set(folder, (entry = [0, 0]));
        entry[0]++;
        if (reached[number] !== 1)
            entry[1]++;
        // Every ancestor exists in the map, so the deepest-first pass below reaches the root.
        while (folder !== '' && !counts.has((folder = parentOf(folder))))
            counts.set(folder, [0, 0]);
    });
    const qualified = new Set();
    for (const folder of [...counts.keys()].sort((a, b) => depth(b) - depth(a))) {
        const [pages, unreachable] = counts.get(folder);
        const isDataSet = pages >= minPages && unreachable >= share * pages;
        if (isDataSet)
            qualified.add(folder);
        if (folder === '' || isDataSet)
            continue;
        const up = counts.get(parentOf(folder));
        up[0] += pages;
        up[1] += unreachable;
    }
    if (qualified.size === 0)
        return out;
    index.documentPaths.forEach((path, number) => {
        if (reached[number] === 1)
            return;
        for (let folder = parentOf(path);; folder = parentOf(folder)) {
            if (qualified.has(folder)) {
                out.inDataSet[number] = 1;
                return;
            }
            if (folder === '')
                return;
        }
    });
    // The highest folder above each data set that holds nothing else (`counts` now holds subtree totals less data sets).
    const groups = new Set();
    for (const folder of qualified) {
        let group = folder;
        while (group !== '' && counts.get(parentOf(group))[0] === 0)
            group = parentOf(group);
        groups.add(group);
    }
    const named = [...groups].sort().map((g) => (g === '' ? 'the whole tree' : `"${g}/"`));
    const list = folderList(named);
    const sets = qualified.size === 1 ? 'a folder' : `${qualified.size} folders`;
    out.message = `${list} ${named.length === 1 ? 'reads' : 'read'} as a data set, not a linked doc set (${sets} of at least ${minPages} pages, at least ${percent} of them with no chain of links from an entry point): no page of it is reported as an orphan`;
    return out;
}
/** A numbered record: a file name that starts with four or more digits and a separator (`0005-global-init.md`, `2023-01-29-release.md`). */
const RECORD_NAME = /^\d{4,}[-_]/;
/**
 * Numbered records (ADRs, RFCs, enhancement proposals, dated posts): a folder holding at least
 * `minRecords` of them is a record set, browsed by its listing rather than linked one by one, and
 * so are the records in its subfolders. Unreachable records of a set are counted in one notice.
 */
function recordSets(index, minRecords) {
    const out = { inRecordSet: new Uint8Array(index.documentPaths.length), message: '' };
    if (minRecords <= 0)
        return out;
    const isRecord = (path) => RECORD_NAME.test(path.slice(path.lastIndexOf('/') + 1));
    const own = new Map();
    for (const path of index.documentPaths)
        if (isRecord(path))
            own.set(parentOf(path), (own.get(parentOf(path)) ?? 0) + 1);
    const sets = [...own].flatMap(([folder, n]) => (n >= minRecords ? [folder] : []));
    if (sets.length === 0)
        return out;
    const setOf = (path) => sets.find((s) => s === '' || path.startsWith(`${s}/`));
    index.documentPaths.forEach((path, number) => {
        if (isRecord(path) && setOf(path) !== undefined)
            out.inRecordSet[number] = 1;
    });
    const named = sets.filter((s) => !sets.some((t) => t !== s && (t === '' || s.startsWith(`${t}/`)))).sort();
    const shown = named.map((s) => (s === '' ? 'the root folder' : `"${s}/"`));
    out.message = `${folderList(shown)} ${shown.length === 1 ? 'holds' : 'hold'} numbered records (file names starting with four or more digits, at least ${minRecords} in a folder: ADRs, RFCs, proposals, dated posts), read through the folder listing rather than linked one by one: no record is reported as an orphan`;
    return out;
}
/** `"a/", "b/" and 3 more`: the first NAMED_FOLDERS names of a notice. */
function folderList(names) {
    return names.length > NAMED_FOLDERS ? `${names.slice(0, NAMED_FOLDERS).join(', ')} and ${names.length - NAMED_FOLDERS} more` : names.join(', ');
}
function parentOf(path) {
    return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}
function depth(folder) {
    if (folder === '')
        return 0;
    let n = 1;
    for (let at = folder.indexOf('/'); at >= 0; at = folder.indexOf('/', at + 1))
        n++;
    return n;
}
/** The one notice for pages another site publishes (contract `siteFrontMatter`), whose navigation docward cannot see. */
const EXTERNAL_SITE_PAGE = {
    cause: 'external-site-page',
    rule: 'orphan',
    message: 'pages that start with an HTML comment holding another site\'s front matter (e.g. OpenTelemetry\'s "Hugo front matter used to generate the website version of this page") are published by that site, whose generated navigation docward cannot see: they are not reported as orphans',
    unit: 'pages',
    key: 'rules.orphan.checkExternalSitePages',
};
/* harmony default export */ const orphan = ((0,types/* defineRule */.Km)({
    id: 'orphan',
    description: 'No chain of links from an entry point (config `entryPoints`) reaches the document.',
    defaultSeverity: 'warning',
    optionsSchema: {
        type: 'object',
        properties: {
            exempt: { type: 'array', items: { type: 'string' } },
            frontmatterKey: { type: 'string' },
            dataSetMinPages: { type: 'integer', minimum: 0 },
            dataSetShare: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
            recordSetMinPages: { type: 'integer', minimum: 0 },
            checkExternalSitePages: { type: 'boolean' },
        },
        additionalProperties: false,
    },
    defaultOptions: { exempt: [], frontmatterKey: 'orphan', dataSetMinPages: 50, dataSetShare: 0.95, recordSetMinPages: 5, checkExternalSitePages: false },
    checksDocuments: true,
    check(doc, { options, index }, defer) {
        if ((0,frontmatter_data/* frontmatterMap */.F6)(doc)?.[options.frontmatterKey] === true)
            return [];
        const exempt = index.forOptions(options, 'exempt', () => (0,glob/* compileGlobs */.tI)(options.exempt));
        if (exempt(doc.path))
            return [];
        // Reachability is known once every document's links are; the pending flag: another site publishes it.
        defer(doc.siteFrontMatter !== undefined && !options.checkExternalSitePages && index.site.settings.mode === 'github');
        return [];
    },
    finish(doc, pending, { options, index, entryPoints, unverified }) {
        const reached = index.forOptions(entryPoints, 'reachable', () => reachableFrom(index, entryPoints));
        if (reached[doc.number] === 1)
            return [];
        if (pending[0] === true) {
            unverified.add(EXTERNAL_SITE_PAGE);
            return [];
        }
        // Unknown is not broken: a page the site's unknown navigation may list is counted, not reported.
        const unknown = index.site.orphanUnverified(doc.path);
        if (unknown === 'excluded')
            return [];
        if (unknown !== undefined) {
            unverified.add({ ...unknown, rule: 'orphan' });
            return [];
        }
        const dataSets = index.forOptions(options, 'dataSets', () => dataSetFolders(index, reached, options.dataSetMinPages, options.dataSetShare, `${Math.round(options.dataSetShare * 100)} %`));
        if (dataSets.inDataSet[doc.number] === 1) {
            unverified.add({ cause: 'orphan-data-set', rule: 'orphan', message: dataSets.message, unit: 'pages', key: 'rules.orphan.dataSetMinPages' });
            return [];
        }
        const records = index.forOptions(options, 'recordSets', () => recordSets(index, options.recordSetMinPages));
        if (records.inRecordSet[doc.number] === 1) {
            unverified.add({ cause: 'orphan-record-set', rule: 'orphan', message: records.message, unit: 'pages', key: 'rules.orphan.recordSetMinPages' });
            return [];
        }
        // A translation of an orphaned page of the default language (MkDocs language sites inherit its nav) is the same defect: reported once, on the original.
        const original = index.site.defaultLanguageOriginal(doc.path);
        const originalNumber = original === undefined ? undefined : index.numberOf(original);
        if (originalNumber !== undefined && reached[originalNumber] !== 1)
            return [];
        const translations = index.site.translationsOf(doc.path).filter((path) => reached[index.numberOf(path) ?? -1] !== 1);
        const also = translations.length === 0
            ? ''
            : ` (so are its translations in ${translations.length} language site${translations.length === 1 ? '' : 's'}, e.g. "${translations[0]}")`;
        const shown = entryPoints.slice(0, 3).join(', ') + (entryPoints.length > 3 ? `, +${entryPoints.length - 3} more` : '');
        const navigation = index.site.navigation.flatMap((n) => (n.ofDocument ? [] : [n.path])).join(', ');
        if (navigation === '')
            return [{ line: 1, column: 1, message: `"${doc.path}" is not reachable by links from any entry point (${shown}): link it from an index page` }];
        const where = `the ${index.site.settings.mode} site's navigation (${navigation})`;
        if (index.site.navigationOnly && index.site.routeOf(doc.path) !== undefined) {
            return [
                {
                    line: 1,
                    column: 1,
                    message: `"${doc.path}" is not listed in ${where}, so the site does not build it (links to it lead nowhere): add it to the navigation`,
                },
            ];
        }
        return [
            {
                line: 1,
                column: 1,
                message: `"${doc.path}" is not reachable by links from ${where} or any entry point (${shown})${also}: link it from a listed page or add it to the navigation`,
            },
        ];
    },
}));

;// CONCATENATED MODULE: ./src/rules/placement-dir.ts
/** placement-dir: documents outside the root live only under allowed directory globs (whole segments). */


/* harmony default export */ const placement_dir = ((0,types/* defineRule */.Km)({
    id: 'placement-dir',
    description: "A document is outside every allowed directory (root files are placement-root's job).",
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            dirs: { type: 'array', items: { type: 'string' } },
            files: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
    },
    defaultOptions: { dirs: ['**'], files: [] },
    checksDocuments: true,
    check(doc, { options, index }) {
        if (!doc.path.includes('/'))
            return [];
        const dirs = index.forOptions(options, 'dirs', () => (0,glob/* compileDirGlobs */.oR)(options.dirs));
        const files = index.forOptions(options, 'files', () => (0,glob/* compileGlobs */.tI)(options.files));
        if ((0,glob/* underDirs */.XP)(doc.path, dirs) || files(doc.path))
            return [];
        const dir = doc.path.slice(0, doc.path.lastIndexOf('/'));
        return [{ line: 1, column: 1, message: `"${dir}/" is not an allowed documentation directory; allowed: ${options.dirs.join(', ')}` }];
    },
}));

;// CONCATENATED MODULE: ./src/rules/placement-root.ts
/** placement-root: Markdown in the repository root only from an allowlist; report-like names called out. */

/* harmony default export */ const placement_root = ((0,types/* defineRule */.Km)({
    id: 'placement-root',
    description: 'A document sits in the repository root but is not on the root allowlist.',
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            allow: { type: 'array', items: { type: 'string' } },
            reportPatterns: { type: 'array', items: { type: 'string', format: 'regex' } },
        },
        additionalProperties: false,
    },
    defaultOptions: {
        allow: ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', 'SUPPORT.md', 'LICENSE.md'],
        reportPatterns: [],
    },
    checksDocuments: true,
    check(doc, { options }) {
        if (doc.path.includes('/') || options.allow.includes(doc.path))
            return [];
        const report = options.reportPatterns.find((p) => new RegExp(p, 'iu').test(doc.path));
        const why = report ? ` (a report/notes name matching /${report}/: move it under a docs folder)` : '';
        return [{ line: 1, column: 1, message: `"${doc.path}" is not allowed in the repository root${why}; allowed: ${options.allow.join(', ')}` }];
    },
}));

;// CONCATENATED MODULE: ./src/rules/placement-type-dir.ts
/** placement-type-dir: a frontmatter value (e.g. `type: design`) fixes the directory (e.g. `specs/design/`). */



/* harmony default export */ const placement_type_dir = ((0,types/* defineRule */.Km)({
    id: 'placement-type-dir',
    description: "A document's frontmatter type does not match the directory it sits in.",
    defaultSeverity: 'error',
    optionsSchema: {
        type: 'object',
        properties: {
            key: { type: 'string' },
            map: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1 } },
        },
        additionalProperties: false,
    },
    defaultOptions: { key: 'type', map: {} },
    checksDocuments: true,
    check(doc, { options, index }) {
        const value = (0,frontmatter_data/* frontmatterMap */.F6)(doc)?.[options.key];
        if (typeof value !== 'string')
            return [];
        // Own keys only: a frontmatter value such as `__proto__` or `constructor` must not reach Object.prototype.
        const dirs = Object.hasOwn(options.map, value) ? options.map[value] : undefined;
        if (!dirs)
            return []; // unknown values are frontmatter-enum's job
        const matcher = index.forOptions(dirs, 'dirs', () => (0,glob/* compileDirGlobs */.oR)(dirs));
        if ((0,glob/* underDirs */.XP)(doc.path, matcher))
            return [];
        // Extglob negations read badly in a message: `specs/!(a|b)` is shown as `specs/*`.
        const where = dirs.map((d) => `${d.replace(/!\([^)]*\)/g, '*')}/`).join(' or ');
        return [{ line: (0,frontmatter_data/* keyLine */.YC)(doc, options.key), column: 1, message: `${options.key} "${value}" belongs under ${where}, not "${doc.path}"` }];
    },
}));

;// CONCATENATED MODULE: ./src/rules/stale.ts
/** stale: the frontmatter `updated` date is older than N days, or older than the file's last commit. */



const DAY = 86_400_000;
/* harmony default export */ const stale = ((0,types/* defineRule */.Km)({
    id: 'stale',
    description: "A document's `updated` date is too old, or the file changed in a later commit without updating it.",
    defaultSeverity: 'warning',
    optionsSchema: {
        type: 'object',
        properties: {
            key: { type: 'string' },
            maxAgeDays: { type: 'integer', minimum: 0 },
            compareGit: { type: 'boolean' },
        },
        additionalProperties: false,
    },
    defaultOptions: { key: 'updated', maxAgeDays: 365, compareGit: true },
    checksDocuments: true,
    check(doc, { options, now, gitDates }) {
        const value = (0,frontmatter_data/* frontmatterMap */.F6)(doc)?.[options.key];
        if (typeof value !== 'string')
            return [];
        const day = parseIsoDay(value.trim(), true);
        if (typeof day === 'string')
            return []; // malformed dates are frontmatter-date's job
        const hits = [];
        const line = (0,frontmatter_data/* keyLine */.YC)(doc, options.key);
        const age = Math.floor(now.getTime() / DAY) - day;
        if (age > options.maxAgeDays) {
            hits.push({ line, column: 1, message: `"${options.key}" is ${value}, ${age} days ago; review the document (limit ${options.maxAgeDays} days)` });
        }
        const committed = options.compareGit ? gitDates?.get(doc.path) : undefined;
        if (committed && Math.floor(committed.getTime() / DAY) > day) {
            const date = committed.toISOString().slice(0, 10);
            hits.push({ line, column: 1, message: `"${options.key}" is ${value} but the file was last committed on ${date}` });
        }
        return hits;
    },
}));

;// CONCATENATED MODULE: ./src/rules/suppression-invalid.ts
/** suppression-invalid: a `docward-` comment with an unknown directive or rule id (reported by run.ts). */

/* harmony default export */ const suppression_invalid = ((0,types/* defineRule */.Km)({
    id: 'suppression-invalid',
    description: 'An inline `<!-- docward-... -->` comment names an unknown directive or rule.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: false,
    check: () => [],
}));

;// CONCATENATED MODULE: ./src/rules/suppression-unused.ts
/** suppression-unused: an inline suppression that suppressed nothing (reported by run.ts). */

/* harmony default export */ const suppression_unused = ((0,types/* defineRule */.Km)({
    id: 'suppression-unused',
    description: 'An inline `<!-- docward-disable... -->` comment suppressed no finding.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    checksDocuments: false,
    check: () => [],
}));

;// CONCATENATED MODULE: ./src/rules/index.ts

























// eslint-disable-next-line @typescript-eslint/no-explicit-any
const RULES = [
    file_problem,
    frontmatter_missing,
    frontmatter_invalid,
    frontmatter_required,
    frontmatter_enum,
    frontmatter_date,
    frontmatter_length,
    frontmatter_schema/* default */.Ay,
    frontmatter_links,
    placement_root,
    placement_dir,
    placement_type_dir,
    naming_pattern/* default */.A,
    link_broken,
    link_anchor,
    link_case,
    orphan,
    doc_size,
    doc_short,
    heading_h1,
    heading_increment,
    heading_depth,
    stale,
    suppression_invalid,
    suppression_unused,
];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));


/***/ }),

/***/ 4495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ splitGoldmarkAttributes),
/* harmony export */   Sk: () => (/* binding */ HeadingSlugger),
/* harmony export */   Wh: () => (/* binding */ anchorIds),
/* harmony export */   X3: () => (/* binding */ headingIds),
/* harmony export */   q1: () => (/* binding */ hasAnchor)
/* harmony export */ });
/* unused harmony exports splitCommentId, splitCustomId, pythonMarkdownSlug, vitepressSlug, mdbookSlug, markdigSlug, markdigSlugByCharacter, anchorHash */
/* harmony import */ var github_slugger__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2710);
/* harmony import */ var _string_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2291);
/** Heading ids as each generator writes them: GitHub slugs, `{#custom-id}` attributes, Python-Markdown's slugify. */


/** A trailing attribute list holding an id: `{#id}`, `{#id .cls}`, `{: #id }` (MkDocs attr_list). */
const CUSTOM_ID = /\s*\{:?\s*(?:[.\w-]+\s+|[\w-]+=\S+\s+)*#([^\s}]+)[^{}]*\}\s*$/u;
/** One Goldmark attribute: `#id`, `.class`, or `key=value` (value bare or quoted). */
const GOLDMARK_ATTRIBUTE = String.raw `(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'{}]+))`;
/** A trailing Goldmark attribute list: `{` attributes separated by spaces `}`. */
const GOLDMARK_ATTRIBUTES = new RegExp(String.raw `\s*\{\s*(${GOLDMARK_ATTRIBUTE}(?:\s+${GOLDMARK_ATTRIBUTE})*)\s*\}\s*$`, 'u');
/** The heading's text without a trailing Goldmark attribute list, and the `#id` it sets. */
function splitGoldmarkAttributes(text) {
    const match = GOLDMARK_ATTRIBUTES.exec(text);
    if (!match)
        return { text };
    const id = /(?:^|\s)#([\w-]+)/u.exec(match[1])?.[1];
    return { text: text.slice(0, match.index).trimEnd(), id };
}
/**
 * A trailing MDX comment holding a slug: `{/*id*\/}` as written, or `{/id/}` when the engines read its
 * `*`s as emphasis (a comment inside a line is text in `.md` and `.mdx` alike).
 */
const COMMENT_ID = /\s*\{\/\*?\s*([\w-]+)\s*\*?\/\}\s*$/u;
/** The heading's text without a trailing `{/*id*\/}` comment, and the id it names. */
function splitCommentId(text) {
    const match = COMMENT_ID.exec(text);
    return match ? { text: text.slice(0, match.index).trimEnd(), id: match[1] } : { text };
}
/** The heading's text without a trailing `{#id}` (what the generator shows and slugs) and the id. */
function splitCustomId(text) {
    const match = CUSTOM_ID.exec(text);
    return match ? { text: text.slice(0, match.index).trimEnd(), id: match[1] } : { text };
}
/** Python-Markdown's default `slugify` (markdown.extensions.toc): NFKD, ASCII only, drop non-word, lowercase, runs of `-`/space to `-`. */
function pythonMarkdownSlug(text) {
    const ascii = text.normalize('NFKD').replace(/[^\p{ASCII}]/gu, '');
    return ascii
        .replace(/[^\w\s-]/g, '')
        .trim()
        .toLowerCase()
        .replace(/[-\s]+/g, '-');
}
/** VitePress's default `slugify` (@mdit-vue/shared). */
function vitepressSlug(text) {
    return (text
        .normalize('NFKD')
        .replace(/[\u0300-\u036F]/g, '')
        // eslint-disable-next-line no-control-regex -- VitePress drops control characters (@mdit-vue/shared rControl).
        .replace(/[\u0000-\u001f]/g, '')
        .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '')
        .replace(/^(\d)/, '_$1')
        .toLowerCase());
}
/** mdBook's `normalize_id`: alphanumerics (Unicode), `_` and `-` kept with ASCII lowercased, whitespace to `-`, the rest dropped. */
function mdbookSlug(text) {
    let out = '';
    for (const c of text.trim()) {
        if (/^[\p{Alphabetic}\p{N}_-]$/u.test(c))
            out += /^[A-Z]$/.test(c) ? c.toLowerCase() : c;
        else if (/^\s$/u.test(c))
            out += '-';
    }
    return out;
}
/** Lowercase ASCII words, digits, `_`, `-` and spaces: the only text github-slugger's removal regex leaves untouched. */
const PLAIN_SLUG_TEXT = /^[a-z0-9_ -]*$/;
/** github-slugger's `slug` (lowercase, drop punctuation and symbols, spaces to `-`), skipping its large regex for plain text. */
function baseSlug(text) {
    const lower = text.toLowerCase();
    return PLAIN_SLUG_TEXT.test(lower) ? lower.replaceAll(' ', '-') : (0,github_slugger__WEBPACK_IMPORTED_MODULE_0__/* .slug */ .y)(text);
}
/** github-slugger's `GithubSlugger` de-duplication: a repeated slug gets `-1`, `-2`... skipping slugs already taken. */
class HeadingSlugger {
    occurrences = new Map();
    slug(text) {
        const original = baseSlug(text);
        let result = original;
        while (this.occurrences.has(result)) {
            const n = this.occurrences.get(original) + 1;
            this.occurrences.set(original, n);
            result = `${original}-${n}`;
        }
        this.occurrences.set(result, 0);
        return result;
    }
}
const NOT_SLUG_TEXT = /[^\p{L}\p{Nd} _-]+/gu;
const SPACES = / /g;
/**
 * Markdig's `LinkHelper.UrilizeAsGfm`: what a heading becomes before de-duplication (letters and digits
 * lowercased one by one, space and `-` as `-`, `_` kept, the rest dropped). Whole-string `toLowerCase`
 * equals the per-character one except for a final capital sigma, which takes the per-character path.
 */
function markdigSlug(text) {
    const kept = text.replace(NOT_SLUG_TEXT, '');
    if (kept.includes('\u03a3'))
        return markdigSlugByCharacter(kept);
    return kept.toLowerCase().replace(SPACES, '-');
}
/** The definition, one code point at a time. */
function markdigSlugByCharacter(text) {
    let out = '';
    for (const c of text) {
        if (/[\p{L}\p{Nd}]/u.test(c))
            out += c.toLowerCase();
        else if (c === ' ' || c === '-')
            out += '-';
        else if (c === '_')
            out += '_';
    }
    return out;
}
/** Markdig's AutoIdentifierExtension: an empty id is `section`; a taken id gets `-1`, `-2`... after its base. */
function markdigIds(texts) {
    const taken = new Set();
    return texts.map((text) => {
        const base = markdigSlug(text) || 'section';
        let id = base;
        for (let n = 1; taken.has(id); n++)
            id = `${base}-${n}`;
        taken.add(id);
        return id;
    });
}
/** The ids of the document's headings, in order, as `style` renders them. */
function headingIds(doc, style) {
    if (style === 'markdig')
        return markdigIds(doc.headings.map((h) => h.text));
    if (style === 'python-markdown') {
        // toc keeps explicit ids (attr_list, HTML) as written and gives generated ones `_1`, `_2`... to avoid every id taken.
        const split = doc.headings.map((h) => splitCustomId(h.text));
        const used = new Set([...split.flatMap((s) => (s.id === undefined ? [] : [s.id])), ...doc.anchors.map((a) => a.id)]);
        return split.map(({ text, id }) => {
            if (id !== undefined)
                return id;
            const slug = pythonMarkdownSlug(text);
            let unique = slug;
            for (let n = 1; used.has(unique); n++)
                unique = `${slug}_${n}`;
            used.add(unique);
            return unique;
        });
    }
    if (style === 'vitepress' || style === 'mdbook')
        return countedIds(doc, style);
    const slugger = new HeadingSlugger();
    return doc.headings.map((h) => {
        if (style === 'github')
            return slugger.slug(h.text);
        const split = style === 'goldmark' ? splitGoldmarkAttributes : style === 'mdx-comment' ? splitCommentId : splitCustomId;
        const { text, id } = split(h.text);
        return id ?? slugger.slug(text);
    });
}
/**
 * VitePress (markdown-it-anchor: a taken id gets `-1`, `-2`... skipping ids already taken, explicit `{#id}` taken too)
 * and mdBook (a counter per generated id: `x`, `x-1`, `x-2`, whatever else is taken).
 */
function countedIds(doc, style) {
    const taken = new Set();
    const counters = new Map();
    return doc.headings.map((h) => {
        const { text, id } = splitCustomId(h.text);
        if (id !== undefined) {
            taken.add(id);
            return id;
        }
        if (style === 'mdbook') {
            const base = mdbookSlug(text);
            const n = counters.get(base) ?? 0;
            counters.set(base, n + 1);
            return n === 0 ? base : `${base}-${n}`;
        }
        const base = vitepressSlug(text);
        let unique = base;
        for (let n = 1; taken.has(unique); n++)
            unique = `${base}-${n}`;
        taken.add(unique);
        return unique;
    });
}
/** The id's hash: FNV-1a (32 bits, hash32's lane, fused into one loop) and 21 bits of a second multiply-xorshift hash. */
function anchorHash(id) {
    let a = _string_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .FNV_OFFSET */ .V4;
    let b = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
        const c = id.charCodeAt(i);
        a = Math.imul(a ^ c, _string_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .FNV_PRIME */ .Rq);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 13;
    }
    b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
    return (a >>> 0) * 0x200000 + ((b ^ (b >>> 16)) & 0x1fffff);
}
/** The ids' hashes, sorted (a document's `AnchorIds`). */
function anchorIds(ids) {
    const hashes = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++)
        hashes[i] = anchorHash(ids[i]);
    return hashes.sort();
}
function hasAnchor(anchors, id) {
    const hash = anchorHash(id);
    for (let low = 0, high = anchors.length - 1; low <= high;) {
        const middle = (low + high) >> 1;
        const at = anchors[middle];
        if (at === hash)
            return true;
        if (at < hash)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return false;
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ joinSegments),
/* harmony export */   Gd: () => (/* binding */ splitTarget),
/* harmony export */   YZ: () => (/* binding */ percentDecode),
/* harmony export */   v6: () => (/* binding */ isExternalTarget),
/* harmony export */   w0: () => (/* binding */ resolveLinkTarget)
/* harmony export */ });
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** True for targets that are not repository files (a `scheme:` or `//host`). */
function isExternalTarget(target) {
    return isExternalTrimmed(target.trim());
}
function isExternalTrimmed(trimmed) {
    return trimmed.startsWith('//') || SCHEME.test(trimmed);
}
/** A target split into its percent-decoded path (query dropped) and its raw fragment. */
function splitTarget(target) {
    return splitTrimmed(target.trim());
}
function splitTrimmed(trimmed) {
    const hash = trimmed.indexOf('#');
    const fragment = hash >= 0 ? trimmed.slice(hash + 1) : undefined;
    let pathPart = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
    const query = pathPart.indexOf('?');
    if (query >= 0)
        pathPart = pathPart.slice(0, query);
    return { path: pathPart.includes('%') ? percentDecode(pathPart) : pathPart, fragment };
}
/** Resolves `target` written in the document at `fromPath` (both relative to the root). */
function resolveLinkTarget(fromPath, target) {
    const trimmed = target.trim();
    if (isExternalTrimmed(trimmed))
        return { kind: 'external' };
    const { path: decoded, fragment } = splitTrimmed(trimmed);
    if (decoded === '')
        return { kind: 'same-document', fragment };
    const path = joinSegments(decoded.startsWith('/') ? '' : folderOf(fromPath), decoded);
    return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
}
let lastFile = '';
let lastFolder = '';
/** The folder of a root-relative file path; remembers the last one (links come document by document). */
function folderOf(path) {
    if (path !== lastFile) {
        lastFile = path;
        lastFolder = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    }
    return lastFolder;
}
/** `relative` applied to the folder `dir` (`.`/`..`/empty segments resolved); undefined when `..` climbs above `''`. */
function joinSegments(dir, relative) {
    // Runs once per link: leading `../`, `./` and `/` only shorten the folder, so most targets join without splitting.
    if (dir.startsWith('/') || dir.endsWith('/') || dir.includes('//'))
        return joinBySegments(dir, relative);
    // `dir.slice(0, end)` is the folder so far; each `../` moves `end` back to the previous `/`.
    let end = dir.length;
    let at = 0;
    for (;;) {
        if (relative.startsWith('../', at)) {
            if (end === 0)
                return undefined;
            end = Math.max(0, dir.lastIndexOf('/', end - 1));
            at += 3;
        }
        else if (relative.startsWith('./', at))
            at += 2;
        // An empty segment changes nothing (`/x` joins as `x`): site-absolute targets take this path too.
        else if (relative.startsWith('/', at))
            at += 1;
        else
            break;
    }
    const base = end === dir.length ? dir : dir.slice(0, end);
    const rest = at === 0 ? relative : relative.slice(at);
    // Any `.`/`..`/empty segment left (or a `/.` that may be one) takes the general walk.
    if (rest === '' ||
        rest === '.' ||
        rest === '..' ||
        rest.startsWith('/') ||
        rest.startsWith('./') ||
        rest.startsWith('../') ||
        rest.includes('//') ||
        rest.includes('/.')) {
        return joinBySegments(base, rest);
    }
    const tail = rest.endsWith('/') ? rest.slice(0, -1) : rest;
    return base === '' ? tail : `${base}/${tail}`;
}
/** The general case of `joinSegments`: every segment of `relative` applied in turn. */
function joinBySegments(dir, relative) {
    const segments = dir === '' ? [] : dir.split('/');
    for (const segment of relative.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
            continue;
        }
        segments.push(segment);
    }
    return segments.join('/');
}
/** Percent-decoding that keeps malformed sequences (`%zz`) as written instead of throwing. */
function percentDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
            try {
                return decodeURIComponent(run);
            }
            catch {
                return run;
            }
        });
    }
}


/***/ }),

/***/ 7172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   r: () => (/* binding */ KEBAB_CASE)
/* harmony export */ });
/* harmony import */ var _config_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3334);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3182);
/** naming-pattern: file names follow a pattern per glob (kebab-case by default; dated names where configured). */


const KEBAB_CASE = '^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:md|markdown)$';
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .Km)({
    id: 'naming-pattern',
    description: 'A file name does not follow the naming convention of its folder (every matching entry applies).',
    defaultSeverity: 'warning',
    optionsSchema: {
        type: 'object',
        properties: {
            patterns: {
                type: 'array',
                items: {
                    type: 'object',
                    properties: {
                        files: { type: 'array', items: { type: 'string' }, minItems: 1 },
                        pattern: { type: 'string', format: 'regex' },
                        name: { type: 'string' },
                    },
                    required: ['files', 'pattern'],
                    additionalProperties: false,
                },
            },
            exempt: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
    },
    defaultOptions: {
        patterns: [{ files: ['**'], pattern: KEBAB_CASE, name: 'kebab-case' }],
        exempt: ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', 'SUPPORT.md', 'LICENSE.md', '.github/**'],
    },
    checksDocuments: true,
    check(doc, { options, index }) {
        const exempt = index.forOptions(options, 'exempt', () => (0,_config_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlobs */ .tI)(options.exempt));
        if (exempt(doc.path))
            return [];
        const name = doc.path.slice(doc.path.lastIndexOf('/') + 1);
        const hits = [];
        const compiled = index.forOptions(options, 'patterns', () => options.patterns.map((entry) => ({ entry, applies: (0,_config_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGlobs */ .tI)(entry.files), pattern: new RegExp(entry.pattern, 'u') })));
        for (const { entry, applies, pattern } of compiled) {
            if (!applies(doc.path) || pattern.test(name))
                continue;
            hits.push({ line: 1, column: 1, message: `file name "${name}" is not ${entry.name ?? `matching /${entry.pattern}/`}` });
        }
        return hits;
    },
}));


/***/ }),

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tN: () => (/* binding */ isScriptToken),
/* harmony export */   wK: () => (/* binding */ isPlaceholder),
/* harmony export */   xY: () => (/* binding */ countPlaceholder)
/* harmony export */ });
const PLACEHOLDER = new RegExp([
    // Date formats written out: YYYY-MM-DD, yyyy/mm/dd, YYYY-MM-DDTHH:MM:SS, XXXX-XX-XX.
    String.raw `^(?:YYYY|yyyy|XXXX)[-/.](?:MM|mm|XX)(?:[-/.](?:DD|dd|XX)(?:[T ].*)?)?$`,
    // [DATE], [Title], [AUTHOR NAME]; <date>, <your-name>; {date}, {{ .Date }}.
    String.raw `^\[[A-Za-z][\w .-]*\]$`,
    String.raw `^<[A-Za-z][\w .:/-]*>$`,
    String.raw `^\{\{?[^{}]+\}?\}$`,
    // Alternatives to pick from: draft|active|archived.
    String.raw `^[\w.-]+(?:\|[\w.-]+)+$`,
    // path/to/file.md, ./path/to/x, /path/to/x.
    String.raw `^(?:\.{0,2}/)?path/to(?:/|$)`,
    // A link whose target is the word for one.
    String.raw `^(?:url|link|URL|LINK|Url|Link)$`,
].join('|'));
/** A token a script replaces before the text is used (`ENGLISH_VERSION_URL`, `YOUR_LINK`): capitals and underscores naming a link. */
const SCRIPT_TOKEN = /^(?:[A-Z][A-Z0-9]*_)+(?:URL|URI|LINK|HREF|PATH)$|^YOUR_[A-Z0-9_]+$/;
/** True for a link target that is a token a script replaces: the document is a template the build fills in. */
function isScriptToken(value) {
    return SCRIPT_TOKEN.test(value.trim());
}
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim()) || isScriptToken(value);
}
/** Counts one placeholder left unchecked by `rule`. */
function countPlaceholder(tally, rule) {
    tally.add({
        cause: 'placeholder',
        rule,
        message: 'placeholder values (YYYY-MM-DD, [DATE], <name>, a|b|c, path/to/…, url, SOME_URL) are left for the author to fill in',
        unit: 'entries',
        key: `rules.${rule}.checkPlaceholders`,
    });
}


/***/ }),

/***/ 6396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ DEFAULT_PRESET),
  f: () => (/* binding */ PRESETS)
});

// EXTERNAL MODULE: ./src/rules/naming-pattern.ts
var naming_pattern = __webpack_require__(7172);
;// CONCATENATED MODULE: ./src/rules/presets/cde.ts

/** Union of the validators' root lists: each was allowed by at least one, and all are standard community or agent files. */
const CDE_ROOT_FILES = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'LICENSE.md', 'AGENTS.md', 'GEMINI.md', 'CLAUDE.md'];
/** Spec-Kit feature folders `specs/<feature>/` (mandated by the governance docs, rejected by the old validators). */
const FEATURE_DIRS = 'specs/!(features|design|tasks|governance|templates)';
const DATED = '^[a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}-\\d{2}-\\d{2}\\.md$';
const DATED_MONTH = '^[a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}-\\d{2}(?:-\\d{2})?\\.md$';
const cde = {
    name: 'cde',
    description: 'CDE Orchestrator governance: seven required keys, enums, ISO dates, placement, naming, sizes, orphans.',
    entryPoints: ['README.md', 'readme.md', 'index.md', ...CDE_ROOT_FILES.map((f) => `/${f}`), '.github/**'],
    // The original tool holds specs/templates/ to every rule, as a designated tree of real documents.
    templates: [],
    testFixtures: [],
    rules: {
        'file-problem': 'warning',
        'frontmatter-missing': 'error',
        'frontmatter-invalid': 'error',
        'frontmatter-required': { severity: 'error', keys: ['title', 'description', 'type', 'status', 'created', 'updated', 'author'] },
        'frontmatter-enum': {
            severity: 'error',
            keys: {
                type: { values: ['feature', 'design', 'task', 'guide', 'governance', 'session', 'execution', 'feedback', 'research'] },
                status: { values: ['draft', 'active', 'deprecated', 'archived'] },
            },
        },
        'frontmatter-date': { severity: 'error', keys: ['created', 'updated'], allowDateTime: true, order: [['created', 'updated']] },
        // Only recommended limits, as in the original (W): error here means they report as warnings.
        'frontmatter-length': {
            severity: 'error',
            keys: { description: { recommendedMin: 50, recommendedMax: 150 }, llm_summary: { recommendedMin: 100, recommendedMax: 500 } },
        },
        // The original resolved related_docs from the repository root (a warning there too).
        'frontmatter-links': { severity: 'warning', keys: ['related_docs'], relativeTo: 'root' },
        'placement-root': {
            severity: 'error',
            allow: CDE_ROOT_FILES,
            reportPatterns: [
                '^PHASE\\d+C_.*\\.md$',
                '^SESSION.*\\.md$',
                '^SUMMARY.*\\.md$',
                '^REPORT.*\\.md$',
                '^REVIEW.*\\.md$',
                '^NOTES.*\\.md$',
                '^ANALYSIS.*\\.md$',
                '^EXECUTION.*\\.md$',
                '^FEEDBACK.*\\.md$',
                '^RESUMEN.*\\.md$',
                '^SPRINT.*\\.md$',
                '^MEETING.*\\.md$',
                '^JULIUS.*\\.md$',
                '^WEEK-.*\\.md$',
                '^TEST.*\\.md$',
                // The governance shell hook's SCREAMING_SNAKE pattern (case-insensitive here, like the others).
                '^[A-Z_]*_[A-Z_]*\\.md$',
            ],
        },
        'placement-dir': {
            severity: 'error',
            dirs: [
                'specs/*',
                'docs',
                'memory',
                '.cde',
                '.github',
                'agent-docs/sessions',
                'agent-docs/execution',
                'agent-docs/feedback',
                'agent-docs/research',
                'agent-docs/prompts',
            ],
            files: ['/agent-docs/README.md', '/agent-docs/readme.md'],
        },
        'placement-type-dir': {
            severity: 'error',
            key: 'type',
            map: {
                feature: ['specs/features', FEATURE_DIRS],
                design: ['specs/design', FEATURE_DIRS],
                task: ['specs/tasks', FEATURE_DIRS],
                research: ['agent-docs/research', FEATURE_DIRS],
                governance: ['specs/governance', 'memory'],
                guide: ['docs', 'specs/templates'],
                session: ['agent-docs/sessions'],
                execution: ['agent-docs/execution'],
                feedback: ['agent-docs/feedback'],
            },
        },
        'naming-pattern': {
            severity: 'warning',
            patterns: [
                { files: ['**'], pattern: naming_pattern/* KEBAB_CASE */.r, name: 'kebab-case (lowercase words joined by hyphens)' },
                { files: ['agent-docs/{sessions,execution,research}/**'], pattern: DATED, name: 'dated: <topic>-YYYY-MM-DD.md' },
                { files: ['agent-docs/feedback/**'], pattern: DATED_MONTH, name: 'dated: <topic>-YYYY-MM.md or <topic>-YYYY-MM-DD.md' },
            ],
            exempt: [...CDE_ROOT_FILES.map((f) => `/${f}`), 'README.md', 'readme.md', '.github/**'],
        },
        'link-broken': 'error',
        'link-anchor': 'error',
        'link-case': 'error',
        orphan: 'warning',
        'doc-size': { severity: 'error', recommendedLines: 1000, maxLines: 1500 },
        'heading-h1': 'warning',
        'heading-increment': 'warning',
        'heading-depth': { severity: 'warning', maxLevel: 3 },
        'suppression-invalid': 'warning',
        'suppression-unused': 'warning',
    },
    overrides: [
        // GitHub renders frontmatter as a table on these, agents read them as plain text, and folder READMEs are index pages.
        {
            files: [...CDE_ROOT_FILES.map((f) => `/${f}`), 'README.md', 'readme.md', '.github/**'],
            rules: { 'frontmatter-missing': 'off', 'frontmatter-required': 'off' },
        },
        // Issue and pull-request templates are forms, not pages: they have no title heading.
        { files: ['.github/**'], rules: { 'heading-h1': 'off' } },
        // The original exempted changelogs and archives from the line limit: they grow by design.
        { files: ['CHANGELOG.md', '**/archive/**', '**/archived/**'], rules: { 'doc-size': 'off' } },
    ],
};

// EXTERNAL MODULE: ./src/rules/presets/recommended.ts
var recommended = __webpack_require__(3987);
// EXTERNAL MODULE: ./src/rules/index.ts + 23 modules
var rules = __webpack_require__(3198);
;// CONCATENATED MODULE: ./src/rules/presets/strict.ts


const strict = {
    name: 'strict',
    description: 'Every rule at error.',
    entryPoints: recommended/* DEFAULT_ENTRY_POINTS */.vv,
    rules: Object.fromEntries(rules/* RULES */.y.map((rule) => [rule.id, 'error'])),
};

;// CONCATENATED MODULE: ./src/rules/presets/index.ts



const PRESETS = new Map([recommended/* recommended */.W2, cde, strict].map((p) => [p.name, p]));
const DEFAULT_PRESET = 'recommended';


/***/ }),

/***/ 3987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ DEFAULT_REPOSITORY_FILES),
/* harmony export */   EE: () => (/* binding */ DEFAULT_TEMPLATES),
/* harmony export */   Kz: () => (/* binding */ DEFAULT_TEST_FIXTURES),
/* harmony export */   W2: () => (/* binding */ recommended),
/* harmony export */   pR: () => (/* binding */ DEFAULT_TOOL_INPUTS),
/* harmony export */   vv: () => (/* binding */ DEFAULT_ENTRY_POINTS)
/* harmony export */ });
/* unused harmony export AGENT_FILES */
/**
 * Instruction files of coding agents (`AGENTS.md`, `.claude/`, `.agents/skills/`) and prompt files a
 * project's tools send to a model (`*.prompt.md`, `llm-prompt.md`): read by tools, not pages for readers.
 */
const AGENT_FILES = ['AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '.cursor/**', '.claude/**', '**/.agents/**', '*.prompt.md', '*llm-prompt.md'];
/** Folder READMEs (GitHub shows them when browsing a folder), index pages, and the files GitHub surfaces itself. */
const DEFAULT_ENTRY_POINTS = [
    'README.md',
    'readme.md',
    'Readme.md',
    'README.markdown',
    'index.md',
    'index.markdown',
    '/CHANGELOG.md',
    '/CONTRIBUTING.md',
    '/CODE_OF_CONDUCT.md',
    '/SECURITY.md',
    '/SUPPORT.md',
    // GitHub shows the root license in the repository sidebar; a history file is the changelog by another name.
    '/LICENSE.md',
    '/LICENCE.md',
    '/HISTORY.md',
    '/History.md',
    '.github/**',
    // Instructions for coding agents and prompts for models: read by tools, not navigated to by readers (their links are still checked).
    ...AGENT_FILES,
];
/**
 * Template documents: folders and files whose name says "template" (`templates/`, `ISSUE_TEMPLATE/`,
 * `pull_request_template.md`, `adr-template.md`). Their placeholders (`YYYY-MM-DD`, `path/to/x.md`)
 * are there by design; in a site mode a page the site publishes is a page whatever its folder.
 */
const DEFAULT_TEMPLATES = ['**/*template*/**', '**/*Template*/**', '**/*TEMPLATE*/**', '*template*', '*Template*', '*TEMPLATE*'];
/** Test fixtures: documents a project's tests read (a linter's broken samples, a generator's test site). */
const DEFAULT_TEST_FIXTURES = [
    '**/test/**',
    '**/tests/**',
    '**/__tests__/**',
    '**/fixtures/**',
    '**/__fixtures__/**',
    '**/testdata/**',
    '**/test-data/**',
    '**/__e2e__/**',
    '**/__snapshots__/**',
];
/**
 * Repository files: read by name where the repository is browsed, not reached by links. Changelogs
 * and licenses at any depth (package pages on npm and GitHub folder views show a package's own);
 * GitHub's community health files where GitHub looks for them (the root, `docs/`; `.github/` holds
 * entry points). A package's CONTRIBUTING or names GitHub does not show (`GOVERNANCE.md`,
 * `RELEASING.md`) need a link like any page. README variants
 * (`README.zh-CN.md`, `OMZ-README.md`) are read beside their folder's README.
 */
const DEFAULT_REPOSITORY_FILES = [
    ...['CHANGELOG', 'Changelog', 'changelog', 'CHANGES', 'HISTORY', 'History', 'LICENSE', 'License', 'license', 'LICENCE', 'COPYING', 'NOTICE'].map((name) => `${name}.*`),
    ...['CODE_OF_CONDUCT', 'code_of_conduct', 'CONTRIBUTING', 'contributing', 'SECURITY', 'SUPPORT'].flatMap((name) => [`/${name}.*`, `/docs/${name}.*`]),
    // Upper case only: `readme-guide.md` is a page about READMEs, `README.zh-CN.md` a README.
    '*[-_.]README.*',
    'README[-_.]*.*',
];
/**
 * Tool inputs: documents a tool consumes, no pages. Changesets become CHANGELOG entries; the
 * check-spelling action pastes its `advice.md` into pull-request comments, where its links resolve
 * against the comment's page (the README beside it is read on GitHub and checked).
 */
const DEFAULT_TOOL_INPUTS = ['**/.changeset/*.md', '**/.github/actions/spelling/advice.md'];
const recommended = {
    name: 'recommended',
    description: 'Links, anchors, letter case, orphans, frontmatter where present, size and headings.',
    entryPoints: DEFAULT_ENTRY_POINTS,
    rules: {
        'file-problem': 'warning',
        'frontmatter-invalid': 'error',
        'frontmatter-date': 'error',
        'link-broken': 'error',
        'link-anchor': 'error',
        'link-case': 'error',
        orphan: 'warning',
        'doc-size': { severity: 'warning', recommendedLines: 1000, maxLines: 2000 },
        'heading-h1': 'warning',
        'heading-increment': 'warning',
        'suppression-invalid': 'warning',
        'suppression-unused': 'warning',
    },
    overrides: [
        // Issue and pull-request templates are forms, not pages: they have no title heading.
        { files: ['.github/**'], rules: { 'heading-h1': 'off' } },
        // Agent instructions and model prompts are read by tools: a title heading serves no reader there.
        { files: AGENT_FILES, rules: { 'heading-h1': 'off' } },
    ],
};


/***/ }),

/***/ 3245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r3: () => (/* binding */ RuleRunner)
});

// UNUSED EXPORTS: DEFAULT_BATCH, listingOf, runRules

// EXTERNAL MODULE: ./src/sites/detect.ts
var detect = __webpack_require__(6253);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/config/merge.ts
var merge = __webpack_require__(8858);
;// CONCATENATED MODULE: ./src/config/per-path.ts
/** Rule settings for one path: the resolved rules, then every override whose globs match it, in order. */


function rulesForPath(config) {
    const matchers = config.overrides.map((o) => (0,glob/* compileGlobs */.tI)(o.files));
    const bySignature = new Map();
    return (path) => {
        // Runs for every document: the signature is built without arrays.
        let signature = '';
        for (let i = 0; i < matchers.length; i++)
            if (matchers[i](path))
                signature = signature === '' ? `${i}` : `${signature},${i}`;
        let rules = bySignature.get(signature);
        if (!rules) {
            rules = { ...config.rules };
            for (const i of signature === '' ? [] : signature.split(',').map(Number)) {
                for (const [id, setting] of Object.entries(config.overrides[i].rules))
                    rules[id] = (0,merge/* applySetting */.$)(id, rules[id], setting);
            }
            bySignature.set(signature, rules);
        }
        return rules;
    };
}
/** The rules that still check a template or a tool input: what is broken whatever the placeholders. */
const SYNTAX_RULES = new Set(['file-problem', 'frontmatter-invalid', 'suppression-invalid']);
/**
 * The scan's document classes, the first matching one applies. A class's default globs give way to
 * the pages a site publishes (under its content root: Hugo's `content/en/templates/` documents
 * templates); globs the user configured apply everywhere. `nestedSites`: the content folders of
 * the nested sites the scan detected (sites/detect.ts).
 */
function documentClasses(config, mode, contentRoot, nestedSites = []) {
    const prefix = contentRoot === '' ? '' : `${contentRoot}/`;
    const matcher = (globs, configured) => {
        const match = (0,glob/* compileGlobs */.tI)(globs);
        if (configured || mode === 'github')
            return match;
        return (path) => !path.startsWith(prefix) && match(path);
    };
    // Hugo archetypes are Go templates `hugo new` fills in: their front matter is template code, not YAML yet.
    const archetypes = mode === 'hugo'
        ? [
            {
                cause: 'hugo-archetype',
                message: 'Hugo archetypes (archetypes/) are Go templates that `hugo new` fills in, front matter included: not pages, not YAML until then, so only file problems and suppressions are checked there',
                checks: (id) => id === 'file-problem' || id === 'suppression-invalid',
                matches: matcher(HUGO_ARCHETYPES, false),
            },
        ]
        : [];
    return [
        ...archetypes,
        {
            cause: 'template',
            message: 'template documents (a folder or file name with "template") hold placeholders by design: only file problems, frontmatter syntax and suppressions are checked there',
            key: 'templates',
            checks: (id) => SYNTAX_RULES.has(id),
            matches: matcher(config.templates, config.templatesConfigured),
        },
        {
            cause: 'test-fixture',
            message: "test fixtures (documents under test/, tests/, fixtures/, testdata/...) are inputs of the project's tests, broken on purpose as often as not: not checked",
            key: 'testFixtures',
            checks: () => false,
            matches: matcher(config.testFixtures, config.testFixturesConfigured),
        },
        ...repositoryClasses(config, matcher, nestedSites),
    ];
}
/** What a nested site's own build decides (its routes, navigation, anchors): not judged against the scanned site. */
const SITE_RULES = new Set(['orphan', 'link-broken', 'link-anchor', 'link-case', 'frontmatter-links']);
/** Nested sites named in the notice before "and N more". */
const NAMED_SITES = 3;
function repositoryClasses(config, matcher, nestedSites) {
    const sites = config.nestedSites ?? nestedSites.map((folder) => `/${folder}/**`);
    const named = nestedSites.slice(0, NAMED_SITES).map((f) => `${f}/`);
    const more = nestedSites.length > NAMED_SITES ? ` and ${nestedSites.length - NAMED_SITES} more` : '';
    const where = config.nestedSites === undefined ? `: ${named.join(', ')}${more}` : '';
    return [
        {
            cause: 'tool-input',
            message: "tool inputs (changesets in .changeset/, the check-spelling action's advice.md) are read by a tool, not by readers: only file problems, frontmatter syntax and suppressions are checked there",
            key: 'toolInputs',
            checks: (id) => SYNTAX_RULES.has(id),
            matches: matcher(config.toolInputs, config.toolInputsConfigured),
        },
        {
            cause: 'nested-site',
            message: `pages of nested sites (a folder with its own site generator config${where}) are built by that site: their links and orphans are not judged against this one (scan the folder on its own to check them)`,
            key: 'nestedSites',
            checks: (id) => !SITE_RULES.has(id),
            // Detected sites are never under the scanned site's content root; configured globs apply as written.
            matches: (0,glob/* compileGlobs */.tI)(sites),
        },
        {
            cause: 'repository-file',
            message: 'repository files (CHANGELOG, LICENSE, the root CONTRIBUTING and SECURITY, README variants...) are read by name on GitHub or a package registry, not reached by links: not reported as orphans',
            key: 'repositoryFiles',
            checks: (id) => id !== 'orphan',
            matches: matcher(config.repositoryFiles, config.repositoryFilesConfigured),
        },
    ];
}
// ---- end of repository document classes ----
const HUGO_ARCHETYPES = ['archetypes/**', '**/archetypes/**'];
/**
 * The template class for documents found by their content (no heading, a link to a token a script
 * replaces, `ENGLISH_VERSION_URL`): a fragment the build fills in and inserts, wherever it is; none
 * when `templates` is configured.
 */
function scriptTemplateClass(config) {
    if (config.templatesConfigured)
        return undefined;
    return {
        cause: 'template',
        message: 'documents with no heading that link a token a script replaces (ENGLISH_VERSION_URL, YOUR_LINK) are fragments a build step fills in and inserts into pages: only file problems, frontmatter syntax and suppressions are checked there',
        key: 'templates',
        checks: (id) => SYNTAX_RULES.has(id),
        matches: () => true,
    };
}
/** The first class whose globs match `path`, if any. */
function classOf(classes, path) {
    for (const documentClass of classes)
        if (documentClass.matches(path))
            return documentClass;
    return undefined;
}
/**
 * `forPath` where a classed document gets every rule its class does not check turned off (one
 * settings object per class and distinct base settings: the runner caches rule lists by object).
 */
function withClasses(forPath, classes) {
    const cache = new Map(classes.map((c) => [c, new Map()]));
    return (path) => {
        const rules = forPath(path);
        const documentClass = classOf(classes, path);
        if (!documentClass)
            return rules;
        const byRules = cache.get(documentClass);
        let classed = byRules.get(rules);
        if (!classed) {
            classed = {};
            for (const [id, rule] of Object.entries(rules))
                classed[id] = documentClass.checks(id) ? rule : { ...rule, severity: 'off' };
            byRules.set(rules, classed);
        }
        return classed;
    };
}

// EXTERNAL MODULE: ./src/rules/placeholder.ts
var placeholder = __webpack_require__(5730);
// EXTERNAL MODULE: ./src/rules/index.ts + 23 modules
var rules = __webpack_require__(3198);
// EXTERNAL MODULE: ./src/sites/site-links.ts + 1 modules
var site_links = __webpack_require__(3693);
// EXTERNAL MODULE: ./src/rules/string-hash.ts
var string_hash = __webpack_require__(2291);
;// CONCATENATED MODULE: ./src/rules/scan-index/listing.ts
/**
 * Lookups over a scan's listing (every path, the directories, the documents in delivery order),
 * known before any document arrives: whether a path exists, its document number, case variants,
 * the pages a folder shows.
 */

class ListingLookup {
    /** The listing's paths: resolved links reuse these string objects, so later lookups compare by identity. */
    listed;
    /** Each listed path → its position in `listed`: one lookup gives the listed string and the document number. */
    positions;
    /** Per position in `listed`: the number of the document at that path, or -1. */
    documentAt;
    /** Numbers of documents whose path the listing lacks (only hand-made scans have any). */
    unlistedNumbers = new Map();
    dirs;
    /** Every document's path in delivery order; a document's number is its position here. */
    documentPaths;
    mixedCase;
    pages;
    constructor(listing) {
        this.listed = listing.paths;
        this.positions = new Map(listing.paths.map((p, i) => [p, i]));
        this.dirs = new Set(listing.dirs.map((d) => this.listedString(d) ?? d));
        this.documentPaths = listing.documentPaths.map((p) => this.listedString(p) ?? p);
        this.documentAt = new Int32Array(listing.paths.length).fill(-1);
        this.documentPaths.forEach((p, number) => {
            const at = this.positions.get(p);
            if (at === undefined)
                this.unlistedNumbers.set(p, number);
            else
                this.documentAt[at] = number;
        });
    }
    /** The listing's string equal to `path`, or undefined when `path` is not listed. */
    listedString(path) {
        const at = this.positions.get(path);
        return at === undefined ? undefined : this.listed[at];
    }
    /** The document's number (position in `documentPaths`), or undefined for a path that is no document. */
    numberOf(path) {
        const at = this.positions.get(path);
        const number = at === undefined ? -1 : this.documentAt[at];
        return number >= 0 ? number : this.unlistedNumbers.get(path);
    }
    /** True for a listed file or directory, or the root itself (`''`). */
    exists(path) {
        return path === '' || this.positions.has(path);
    }
    isDir(path) {
        return path === '' || this.dirs.has(path);
    }
    /** Paths that equal `path` ignoring letter case (for `link-case`), in listing order. */
    caseVariants(path) {
        const lower = path.toLowerCase();
        const found = this.mixedCaseVariants().get((0,string_hash/* hash32 */.Ap)(lower));
        const positions = (typeof found === 'number' ? [found] : (found ?? [])).filter((at) => this.listed[at].toLowerCase() === lower);
        // No listed path has capitals folding to `lower`: only `lower` itself can match.
        if (positions.length === 0) {
            const listed = this.listedString(lower);
            return listed === undefined ? [] : [listed];
        }
        const own = this.positions.get(lower);
        if (own !== undefined)
            positions.push(own);
        return positions.sort((a, b) => a - b).map((at) => this.listed[at]);
    }
    /**
     * The hash of a lowercased path → the positions of listed paths with capitals folding to it (hashes may
     * collide: `caseVariants` compares), built on first use. No strings: an all-lowercase path is found through
     * `positions`, and a key per path took ~6x as much (azure-docs-powershell: 26.8k paths, 4.4 MB).
     */
    mixedCaseVariants() {
        if (this.mixedCase)
            return this.mixedCase;
        this.mixedCase = new Map();
        this.listed.forEach((p, at) => {
            const lower = p.toLowerCase();
            if (lower === p)
                return;
            const key = (0,string_hash/* hash32 */.Ap)(lower);
            const known = this.mixedCase.get(key);
            if (known === undefined)
                this.mixedCase.set(key, at);
            else if (typeof known === 'number')
                this.mixedCase.set(key, [known, at]);
            else
                known.push(at);
        });
        return this.mixedCase;
    }
    /**
     * Documents shown for a folder: README first (GitHub renders it when browsing the folder), then
     * index pages (what site generators render), in scan order within each kind.
     */
    folderPages(dir) {
        if (!this.pages) {
            const readmes = new Map();
            const indexes = new Map();
            for (const path of this.documentPaths) {
                const slash = path.lastIndexOf('/');
                const name = path.slice(slash + 1).toLowerCase();
                const kind = name === 'readme.md' || name === 'readme.markdown' ? readmes : /^_?index\.(?:md|markdown|mdx)$/.test(name) ? indexes : undefined;
                if (!kind)
                    continue;
                const folder = slash < 0 ? '' : path.slice(0, slash);
                const listed = kind.get(folder);
                if (listed)
                    listed.push(path);
                else
                    kind.set(folder, [path]);
            }
            this.pages = new Map();
            for (const folder of new Set([...readmes.keys(), ...indexes.keys()])) {
                this.pages.set(folder, [...(readmes.get(folder) ?? []), ...(indexes.get(folder) ?? [])]);
            }
        }
        return this.pages.get(dir) ?? [];
    }
}

// EXTERNAL MODULE: ./src/rules/links/anchors.ts
var links_anchors = __webpack_require__(4495);
// EXTERNAL MODULE: ./src/sites/index.ts + 19 modules
var sites = __webpack_require__(8261);
;// CONCATENATED MODULE: ./src/rules/scan-index/anchors.ts



class DocumentAnchors {
    keepIds;
    memo;
    /** 1 once a document arrived (its anchors are known), 2 when it arrived with a problem (unread: a symlink, a binary file...). */
    seen;
    /** Every distinct set of ids, sorted hashes one set after another: no object per document. */
    hashes = new Float64Array(4096);
    count = 0;
    /** Document n's set is `hashes[start[n] .. end[n])`; `start[n]` is -1 while it has none (not arrived, a problem, ids not kept). */
    start;
    end;
    /** Where each distinct set starts, by a hash of its hashes: a versioned docset repeats whole pages (azure-docs-powershell: 26.8k sets, 11k distinct). */
    distinct = new Map();
    /** How the site's generator writes heading ids. */
    style;
    /** `keepIds`: false when no rule reads anchors (arrivals are still recorded). */
    constructor(documents, mode, keepIds, memo) {
        this.keepIds = keepIds;
        this.memo = memo;
        this.style = sites/* GENERATORS */.D[mode].headingIds;
        this.seen = new Uint8Array(documents);
        this.start = new Int32Array(documents).fill(-1);
        this.end = new Int32Array(documents);
    }
    /** Records that document `number` arrived and keeps its fragment targets. */
    keep(number, doc) {
        this.seen[number] = doc.problem ? 2 : 1;
        if (!this.keepIds || doc.problem)
            return;
        const style = this.style;
        const known = this.memo?.get(doc.headings);
        if (known && known.anchors === doc.anchors && known.style === style) {
            this.room(known.ids.length).set(known.ids, this.count);
            this.share(number, known.ids.length);
            return;
        }
        const ids = (0,links_anchors/* headingIds */.X3)(doc, style);
        for (const a of doc.anchors)
            ids.push(a.id);
        const hashes = (0,links_anchors/* anchorIds */.Wh)(ids);
        this.room(hashes.length).set(hashes, this.count);
        this.share(number, hashes.length);
        this.memo?.set(doc.headings, { anchors: doc.anchors, style, ids: this.of(number) });
    }
    /** The store, with room for `more` hashes after the last set. */
    room(more) {
        if (this.count + more > this.hashes.length) {
            const grown = new Float64Array(Math.max(this.hashes.length * 2, this.count + more));
            grown.set(this.hashes.subarray(0, this.count));
            this.hashes = grown;
        }
        return this.hashes;
    }
    /** Gives document `number` the `length` hashes just written after the last set, or an equal earlier set (then they are dropped). */
    share(number, length) {
        const hashes = this.hashes;
        const first = this.count;
        let key = length;
        for (let i = first; i < first + length; i++)
            key = Math.imul(key ^ (hashes[i] | 0), string_hash/* FNV_PRIME */.Rq);
        const earlier = this.distinct.get(key);
        if (earlier !== undefined && this.end[earlier] - this.start[earlier] === length) {
            const from = this.start[earlier];
            let same = true;
            for (let i = 0; same && i < length; i++)
                same = hashes[from + i] === hashes[first + i];
            if (same) {
                this.start[number] = from;
                this.end[number] = from + length;
                return;
            }
        }
        if (earlier === undefined)
            this.distinct.set(key, number);
        this.start[number] = first;
        this.end[number] = first + length;
        this.count += length;
    }
    /** True once the document arrived (its anchors are known). */
    arrived(number) {
        return this.seen[number] !== 0;
    }
    /** True once the document arrived and was read (it has no problem). */
    readable(number) {
        return this.seen[number] === 1;
    }
    /** Fragment targets of an arrived document; undefined when it has a problem. */
    of(number) {
        const start = this.start[number];
        return start < 0 ? undefined : this.hashes.subarray(start, this.end[number]);
    }
    /** Frees every document's anchors once no rule reads them. */
    drop() {
        this.hashes = new Float64Array(0);
        this.count = 0;
        this.start.fill(-1);
        this.distinct.clear();
    }
}

;// CONCATENATED MODULE: ./src/rules/scan-index/site.ts

class SiteBuild {
    input;
    files;
    /** The configured link mode's settings (available before the site's routes are). */
    settings;
    links;
    /** Site modes: each page's route keys until the routes are built. */
    pages;
    constructor(input, files) {
        this.input = input;
        this.files = files;
        this.settings = input.settings;
        // GitHub routes are file paths: links resolve as soon as a document arrives.
        if (input.settings.mode === 'github')
            this.links = new site_links/* SiteLinks */.rk(files, input, []);
        else
            this.pages = [];
    }
    /** Keeps what the routes need of a document that just arrived (site modes only). */
    keep(doc) {
        this.pages?.push((0,site_links/* pageFacts */.PL)(doc));
    }
    /** Link resolution in the configured mode; in site modes only after `build` (routes need every page's frontmatter). */
    get site() {
        if (!this.links)
            throw new Error(`links of a ${this.settings.mode} site resolve only after the last document (its routes need every page)`);
        return this.links;
    }
    /** True once links can be resolved. */
    get linksResolve() {
        return this.links !== undefined;
    }
    /** Builds a site mode's routes from the pages kept so far (call after the last document). */
    build() {
        if (this.links)
            return;
        this.links = new site_links/* SiteLinks */.rk(this.files, this.input, this.pages ?? []);
        this.pages = undefined;
    }
}

;// CONCATENATED MODULE: ./src/rules/scan-index/resolved-links.ts
class LinkResolution {
    listing;
    build;
    /** The last document's resolved links: every link rule and the graph read them in a row, then they go with the document. */
    resolved;
    constructor(listing, build) {
        this.listing = listing;
        this.build = build;
    }
    /** `doc`'s links resolved (the last document's are cached: link rules ask in a row). */
    of(doc) {
        let resolved = this.resolved;
        if (resolved?.doc !== doc) {
            const { listed: listedPaths, positions, documentAt, unlistedNumbers } = this.listing;
            const site = this.build.site;
            const count = doc.links.length;
            const listed = new Uint8Array(count);
            const targets = new Int32Array(count).fill(-1);
            const links = new Array(count);
            // GitHub mode: a link the extractor placed in the listing (`to`) is that path; nothing to join or look up.
            const placed = this.build.settings.mode === 'github' && listedPaths.length > 0;
            for (let i = 0; i < count; i++) {
                const link = doc.links[i];
                const to = placed ? (link.to ?? -1) : -1;
                if (to >= 0) {
                    const hash = link.target.indexOf('#');
                    links[i] = { kind: 'path', path: listedPaths[to], fragment: hash >= 0 ? link.target.slice(hash + 1) : undefined };
                    listed[i] = 1;
                    targets[i] = documentAt[to];
                    continue;
                }
                const resolvedLink = site.resolveLink(doc.path, link);
                links[i] = resolvedLink;
                if (resolvedLink.kind !== 'path')
                    continue;
                const at = positions.get(resolvedLink.path);
                if (at !== undefined) {
                    // The resolver returns a fresh string; swapping in the equal listed one only speeds up every rule's lookups.
                    resolvedLink.path = listedPaths[at];
                    listed[i] = 1;
                    targets[i] = documentAt[at];
                }
                else if (resolvedLink.path === '')
                    listed[i] = 1;
                else
                    targets[i] = unlistedNumbers.get(resolvedLink.path) ?? -1;
            }
            resolved = { doc, links, listed, targets };
            this.resolved = resolved;
        }
        return resolved;
    }
}

;// CONCATENATED MODULE: ./src/rules/scan-index/graph.ts
/**
 * The link graph as flat edge lists: for each document, the documents it reaches directly (its
 * links, folders expanded to their pages, a Hugo section page's list), for reachability (orphan).
 */
class LinkGraph {
    /** The documents document n reaches are `targets[start[n] .. end[n])`. */
    targets = new Int32Array(1024);
    count = 0;
    start;
    end;
    constructor(documents) {
        this.start = new Int32Array(documents);
        this.end = new Int32Array(documents);
    }
    /** Starts document `number`'s edges: `add` each target, then `close(number)`. */
    open(number) {
        this.start[number] = this.count;
    }
    add(target) {
        if (this.count === this.targets.length) {
            const grown = new Int32Array(this.targets.length * 2);
            grown.set(this.targets);
            this.targets = grown;
        }
        this.targets[this.count++] = target;
    }
    close(number) {
        this.end[number] = this.count;
    }
    /** Documents the document reaches directly (a view: read it before the next `open`). */
    of(number) {
        return this.targets.subarray(this.start[number], this.end[number]);
    }
    /** Frees every edge once no rule reads them. */
    drop() {
        this.targets = new Int32Array(0);
        this.start.fill(0);
        this.end.fill(0);
    }
}

;// CONCATENATED MODULE: ./src/rules/scan-index/options-memo.ts
/** Values derived from one rule options object (compiled globs, regexes), computed once per scan. */
class OptionsMemo {
    byOptions = new WeakMap();
    get(options, name, compute) {
        let memo = this.byOptions.get(options);
        if (!memo) {
            memo = new Map();
            this.byOptions.set(options, memo);
        }
        if (memo.has(name))
            return memo.get(name);
        const value = compute();
        memo.set(name, value);
        return value;
    }
}

;// CONCATENATED MODULE: ./src/rules/scan-index.ts








class ScanIndex {
    listing;
    anchors;
    build;
    resolution;
    /** Undefined when no rule reads the graph. */
    graph;
    memo = new OptionsMemo();
    knownEdges;
    dirs;
    /** Every document's path in delivery order; a document's number is its position here. */
    documentPaths;
    /** The configured link mode's settings (available before the site's routes are). */
    settings;
    constructor(listing, site = site_links/* GITHUB_SITE */.cJ, kept = { anchors: true, graph: true }) {
        this.listing = new ListingLookup(listing);
        this.dirs = this.listing.dirs;
        this.documentPaths = this.listing.documentPaths;
        const documents = this.documentPaths.length;
        this.settings = site.settings;
        this.anchors = new DocumentAnchors(documents, site.settings.mode, kept.anchors, kept.anchorMemo);
        this.build = new SiteBuild(site, this.listing);
        this.resolution = new LinkResolution(this.listing, this.build);
        if (kept.graph)
            this.graph = new LinkGraph(documents);
        this.knownEdges = kept.knownEdges;
    }
    /** The site reads frontmatter dates with JavaScript `Date`, which also takes `YYYY/MM/DD`. */
    get slashDates() {
        return sites/* GENERATORS */.D[this.settings.mode].frontmatterDates === 'javascript';
    }
    /** Link resolution in the configured mode; in site modes only after `buildSite` (routes need every page's frontmatter). */
    get site() {
        return this.build.site;
    }
    /** True once links can be resolved. */
    get linksResolve() {
        return this.build.linksResolve;
    }
    /** Builds a site mode's routes from the pages kept so far (call after the last document). */
    buildSite() {
        this.build.build();
    }
    /** Keeps what later checks need of a document that just arrived (call before rules run on it). */
    keep(doc) {
        const number = this.numberOf(doc.path);
        if (number === undefined)
            throw new Error(`the scan delivered "${doc.path}", which its listing of documents does not name`);
        this.anchors.keep(number, doc);
        this.build.keep(doc);
        return number;
    }
    /** Keeps the documents `doc` links to, and those it lists with no link written (a Hugo section page's), once its links resolve. */
    keepEdges(number, doc) {
        const graph = this.graph;
        if (!graph)
            return;
        const known = this.knownEdges?.(number);
        if (known) {
            graph.open(number);
            for (const target of known)
                graph.add(target);
            graph.close(number);
            return;
        }
        const listedPages = this.site.pagesListedBy(doc.path);
        if (doc.links.length === 0 && listedPages.length === 0)
            return;
        graph.open(number);
        for (const page of listedPages)
            graph.add(this.numberOf(page));
        const { links, listed, targets } = this.resolution.of(doc);
        for (let i = 0; i < links.length; i++) {
            // Unlisted targets are neither documents nor folders; a repeated target costs an entry, not a lookup.
            if (listed[i] === 0)
                continue;
            const target = targets[i];
            if (target >= 0)
                graph.add(target);
            else {
                const resolved = links[i];
                if (this.isDir(resolved.path))
                    for (const page of this.folderPages(resolved.path))
                        graph.add(this.numberOf(page));
            }
        }
        graph.close(number);
    }
    /** The document's number (position in `documentPaths`), or undefined for a path that is no document. */
    numberOf(path) {
        return this.listing.numberOf(path);
    }
    /** True once the document arrived (its anchors are known). */
    arrived(number) {
        return this.anchors.arrived(number);
    }
    /** True once the document arrived and was read (it has no problem). */
    readable(number) {
        return this.anchors.readable(number);
    }
    /** Fragment targets of an arrived document: heading ids as the mode's generator writes them and HTML ids; undefined when it has a problem. */
    anchorsOf(number) {
        return this.anchors.of(number);
    }
    /** Frees the per-document summaries (anchors, link-graph edges) once no rule reads them. */
    dropSummaries() {
        this.anchors.drop();
        this.graph?.drop();
    }
    /** Documents the document reaches directly, by links or a Hugo section list (a view: read it before the next `keepEdges`). */
    edgesOf(number) {
        return this.graph ? this.graph.of(number) : new Int32Array(0);
    }
    /** True for a listed file or directory, or the root itself (`''`). */
    exists(path) {
        return this.listing.exists(path);
    }
    isDir(path) {
        return this.listing.isDir(path);
    }
    /** Paths that equal `path` ignoring letter case (for `link-case`), in listing order. */
    caseVariants(path) {
        return this.listing.caseVariants(path);
    }
    /** Documents shown for a folder: README first, then index pages, in scan order within each kind. */
    folderPages(dir) {
        return this.listing.folderPages(dir);
    }
    /** Each of the document's links resolved in the site mode, same order as `doc.links`; computed once per document for all link rules. */
    linksOf(doc) {
        return this.resolution.of(doc).links;
    }
    /** Per link of `doc` (same order): 1 when it resolves to a path that `exists`, else 0 (saves each link rule a lookup). */
    listedLinksOf(doc) {
        return this.resolution.of(doc).listed;
    }
    /** Per link of `doc` (same order): the number of the document it resolves to, else -1. */
    linkTargetsOf(doc) {
        return this.resolution.of(doc).targets;
    }
    /** Values derived from one options object (compiled globs, regexes), computed once per scan. */
    forOptions(options, name, compute) {
        return this.memo.get(options, name, compute);
    }
}

;// CONCATENATED MODULE: ./src/filters/suppressions.ts
const DIRECTIVES = ['disable', 'enable', 'disable-next-line', 'disable-file'];
function applySuppressions(doc, findings, knownRules) {
    const invalid = [];
    const valid = [];
    for (const s of doc.suppressions) {
        if (!DIRECTIVES.includes(s.directive)) {
            invalid.push({
                line: s.line,
                column: s.column,
                message: `unknown directive "docward-${s.directive}"; use ${DIRECTIVES.map((d) => `docward-${d}`).join(', ')}`,
            });
            continue;
        }
        const unknown = s.rules.filter((r) => !knownRules.has(r));
        for (const r of unknown)
            invalid.push({ line: s.line, column: s.column, message: `unknown rule "${r}" in docward-${s.directive}` });
        if (unknown.length > 0 && unknown.length === s.rules.length)
            continue; // nothing valid left to suppress
        valid.push({ ...s, rules: s.rules.filter((r) => knownRules.has(r)) });
    }
    const scopes = buildScopes(valid);
    const kept = findings.filter((f) => {
        let suppressed = false;
        for (const scope of scopes) {
            if (f.line >= scope.from && f.line <= scope.to && (scope.rule === undefined || scope.rule === f.rule)) {
                scope.used = true;
                suppressed = true;
            }
        }
        return !suppressed;
    });
    const unused = scopes
        .filter((s) => !s.used)
        .map((s) => ({
        line: s.source.line,
        column: s.source.column,
        message: `docward-${s.source.directive}${s.rule ? ` ${s.rule}` : ''} suppressed nothing; remove it`,
    }));
    return { kept, invalid, unused };
}
function buildScopes(suppressions) {
    const ordered = [...suppressions].sort((a, b) => a.line - b.line || a.column - b.column);
    const scopes = [];
    ordered.forEach((s, i) => {
        const rules = s.rules.length > 0 ? s.rules : [undefined];
        for (const rule of rules) {
            if (s.directive === 'disable-file')
                scopes.push({ source: s, rule, from: 1, to: Infinity, used: false });
            else if (s.directive === 'disable-next-line')
                scopes.push({ source: s, rule, from: s.line + 1, to: s.line + 1, used: false });
            else if (s.directive === 'disable') {
                const end = ordered.slice(i + 1).find((e) => e.directive === 'enable' && (e.rules.length === 0 || (rule !== undefined && e.rules.includes(rule))));
                scopes.push({ source: s, rule, from: s.line, to: end ? end.line - 1 : Infinity, used: false });
            }
        }
    });
    return scopes;
}

// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
;// CONCATENATED MODULE: ./src/rules/finding-rows.ts
/**
 * Findings kept as rows of typed columns while a scan runs (rule and severity as small codes, the
 * document by number): ~22 bytes a finding besides its message, against ~72 for a `Finding` object
 * and ~150 for the short array each document's first finding used to start. Objects are made only
 * when the findings are handed out.
 */

const SEVERITY_CODE = new Map(findings/* SEVERITIES */.oC.map((severity, i) => [severity, i]));
class FindingRows {
    ranks = new Uint8Array(256);
    severities = new Uint8Array(256);
    documents = new Int32Array(256);
    lines = new Int32Array(256);
    columns = new Int32Array(256);
    messages = [];
    length = 0;
    /** `rank`: the rule's position in the registry (below 256); `document`: its number in the scan. */
    push(rank, severity, document, line, column, message) {
        if (this.length === this.ranks.length)
            this.grow();
        const i = this.length++;
        this.ranks[i] = rank;
        this.severities[i] = SEVERITY_CODE.get(severity);
        this.documents[i] = document;
        this.lines[i] = line;
        this.columns[i] = column;
        this.messages.push(message);
    }
    rank(i) {
        return this.ranks[i];
    }
    document(i) {
        return this.documents[i];
    }
    line(i) {
        return this.lines[i];
    }
    column(i) {
        return this.columns[i];
    }
    /** The row's message (a tie-break between findings of one rule at one position). */
    message(i) {
        return this.messages[i];
    }
    /** Row `i` as a Finding (`ruleIds[rank]` names the rule; `path` is the document's). */
    finding(i, ruleIds, path) {
        return {
            rule: ruleIds[this.ranks[i]],
            severity: findings/* SEVERITIES */.oC[this.severities[i]],
            path,
            line: this.lines[i],
            column: this.columns[i],
            message: this.messages[i],
        };
    }
    grow() {
        const size = this.ranks.length * 2;
        const grown = (old, make) => {
            const next = make(size);
            next.set(old);
            return next;
        };
        this.ranks = grown(this.ranks, (n) => new Uint8Array(n));
        this.severities = grown(this.severities, (n) => new Uint8Array(n));
        this.documents = grown(this.documents, (n) => new Int32Array(n));
        this.lines = grown(this.lines, (n) => new Int32Array(n));
        this.columns = grown(this.columns, (n) => new Int32Array(n));
    }
}

// EXTERNAL MODULE: ./src/rules/flat-string.ts
var flat_string = __webpack_require__(8212);
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
;// CONCATENATED MODULE: ./src/rules/finding-store.ts





const RULE_IDS = rules/* RULES */.y.map((rule) => rule.id);
/** Each rule's position in the registry (findings of a document come in this order). */
const RANK = new Map(RULE_IDS.map((id, i) => [id, i]));
/** A document's findings in registry order (stable: each rule's own order is kept). */
const byRank = (a, b) => RANK.get(a.rule) - RANK.get(b.rule);
/** A document's findings in the order one pass of every rule gives: its own check's, then the later ones (already in `lateOrder`) merged in by rule. */
function inOrder(immediate, late) {
    return late ? immediate.concat(late).sort(byRank) : immediate;
}
function pushHits(out, rule, severity, path, hits) {
    for (const hit of hits) {
        out.push({ rule, severity: (0,types/* hitSeverity */.J6)(hit, severity), path, line: hit.line, column: hit.column, message: (0,flat_string/* flatten */.B)(hit.message) });
    }
}
function pushRows(rows, rule, number, hits) {
    for (const hit of hits) {
        rows.push(rule.rank, (0,types/* hitSeverity */.J6)(hit, rule.severity), number, hit.line, hit.column, (0,flat_string/* flatten */.B)(hit.message));
    }
}
class FindingStore {
    documentPaths;
    known;
    /** Findings of each document's own check (documents without suppressions): documents arrive in order, so each one's rows are consecutive. */
    immediate = new FindingRows();
    /** Findings that came after their document's check (deferred, or link rules of a site), in any order: merged in rule order at the end. */
    late = new FindingRows();
    held = new Map();
    /** `documentPaths`: every document's path by number; `known`: every rule id (for suppressions naming unknown rules). */
    constructor(documentPaths, known) {
        this.documentPaths = documentPaths;
        this.known = known;
    }
    /** Hits of document `number`'s own check, for a document without inline suppressions (documents in scan order). */
    checked(rule, number, hits) {
        pushRows(this.immediate, rule, number, hits);
    }
    /** Hits for document `number` that came after its check, in any order. */
    settled(rule, number, hits) {
        pushRows(this.late, rule, number, hits);
    }
    /** Document `number`'s own findings, kept as objects until its suppressions apply at the end. */
    hold(number, suppressions, settings, findings) {
        this.held.set(number, { suppressions, settings, findings });
    }
    /** Every document's findings as objects, documents in scan order, each in the order of `inOrder`. */
    documentFindings() {
        const { immediate, late } = this;
        const order = this.lateOrder();
        const heldNumbers = [...this.held.keys()].sort((a, b) => a - b);
        const out = [];
        let i = 0;
        let j = 0;
        let h = 0;
        for (;;) {
            let number = Infinity;
            if (i < immediate.length)
                number = immediate.document(i);
            if (j < order.length)
                number = Math.min(number, late.document(order[j]));
            if (h < heldNumbers.length)
                number = Math.min(number, heldNumbers[h]);
            if (number === Infinity)
                break;
            const path = this.documentPaths[number];
            let jEnd = j;
            while (jEnd < order.length && late.document(order[jEnd]) === number)
                jEnd++;
            if (heldNumbers[h] === number) {
                for (const finding of this.suppress(number, this.held.get(number), order.subarray(j, jEnd)))
                    out.push(finding);
                h++;
            }
            else {
                // Both runs are in rule order (a check's rules run in registry order): merged stably, the check's own first.
                for (; i < immediate.length && immediate.document(i) === number; i++) {
                    for (; j < jEnd && late.rank(order[j]) < immediate.rank(i); j++)
                        out.push(late.finding(order[j], RULE_IDS, path));
                    out.push(immediate.finding(i, RULE_IDS, path));
                }
                for (; j < jEnd; j++)
                    out.push(late.finding(order[j], RULE_IDS, path));
            }
            j = jEnd;
        }
        this.held.clear();
        return out;
    }
    /**
     * Late rows by document, then rule order and position, then message: never by arrival, which
     * depends on how the scan was cut into batches (two findings of one rule at one position, e.g. a
     * site mode's links from one shortcode, would otherwise swap between batch sizes).
     */
    lateOrder() {
        const late = this.late;
        const order = new Int32Array(late.length);
        for (let k = 0; k < order.length; k++)
            order[k] = k;
        return order.sort((a, b) => late.document(a) - late.document(b) ||
            late.rank(a) - late.rank(b) ||
            late.line(a) - late.line(b) ||
            late.column(a) - late.column(b) ||
            byMessage(late, a, b));
    }
    /** The document's findings left by its suppressions, with the suppressions' own (`lateRows`: its late rows, in `lateOrder`). */
    suppress(number, held, lateRows) {
        const path = this.documentPaths[number];
        const late = lateRows.length === 0 ? undefined : Array.from(lateRows, (row) => this.late.finding(row, RULE_IDS, path));
        const findings = inOrder(held.findings, late);
        const { kept, invalid, unused } = applySuppressions(held, findings, this.known);
        const meta = (rule, problems) => {
            const severity = held.settings[rule]?.severity ?? 'off';
            if (severity === 'off')
                return;
            for (const p of problems) {
                kept.push({ rule, severity, path, line: p.line, column: p.column, message: (0,flat_string/* flatten */.B)(p.message) });
            }
        };
        meta('suppression-invalid', invalid);
        meta('suppression-unused', unused);
        return kept;
    }
}
/** Rows with equal messages are equal findings: their order cannot show. */
function byMessage(rows, a, b) {
    const x = rows.message(a);
    const y = rows.message(b);
    return x < y ? -1 : x > y ? 1 : a - b;
}

// EXTERNAL MODULE: ./src/unverified.ts
var unverified = __webpack_require__(4416);
;// CONCATENATED MODULE: ./src/rules/kept-links.ts
const KINDS = ['inline', 'reference', 'autolink', 'html', 'shortcode'];
const KIND_CODE = new Map(KINDS.map((kind, code) => [kind, code]));
/** Bits of a link's code above its kind's position in KINDS. */
const IMAGE = 8;
const HAS_LANG = 16;
const HAS_TO = 32;
/** Numbers kept per link: code, line, column, to, target. */
const FIELDS = 5;
/** Links per chunk: a chunk is allocated once and freed whole, so no growing buffer is copied or left behind in malloc's arenas. */
const CHUNK_LINKS = 8192;
class KeptLinks {
    /** Link i's numbers are `chunks[i / CHUNK_LINKS]` at `(i % CHUNK_LINKS) * FIELDS`; a chunk goes once all its links were taken. */
    chunks = [];
    /** Links of each chunk not taken yet. */
    untaken = [];
    count = 0;
    /** Every distinct target, by its position (what a link keeps). */
    targets = [];
    /** Each distinct target's position, while documents arrive. */
    positions = new Map();
    /** Document n's links are links `start[n] .. end[n]`; `start[n]` is -1 until it is kept. */
    start;
    end;
    /** The rare `lang` (a shortcode's) by link. */
    langs = new Map();
    problems = new Map();
    constructor(documents) {
        this.start = new Int32Array(documents).fill(-1);
        this.end = new Int32Array(documents);
    }
    keep(number, doc) {
        this.start[number] = this.count;
        for (const link of doc.links) {
            const index = this.count++;
            const slot = index % CHUNK_LINKS;
            if (slot === 0) {
                this.chunks.push(new Int32Array(CHUNK_LINKS * FIELDS));
                this.untaken.push(0);
            }
            const chunk = this.chunks[this.chunks.length - 1];
            this.untaken[this.chunks.length - 1]++;
            let code = KIND_CODE.get(link.kind);
            if (link.image)
                code |= IMAGE;
            if (link.lang !== undefined) {
                code |= HAS_LANG;
                this.langs.set(index, link.lang);
            }
            if (link.to !== undefined)
                code |= HAS_TO;
            let target = this.positions.get(link.target);
            if (target === undefined) {
                target = this.targets.length;
                this.positions.set(link.target, target);
                this.targets.push(link.target);
            }
            const at = slot * FIELDS;
            chunk[at] = code;
            chunk[at + 1] = link.line;
            chunk[at + 2] = link.column;
            chunk[at + 3] = link.to ?? 0;
            chunk[at + 4] = target;
        }
        this.end[number] = this.count;
        if (doc.problem)
            this.problems.set(number, doc.problem);
    }
    /** Document `number`'s links as they arrived (undefined when it was not kept), forgotten once taken. */
    take(number, path) {
        const first = this.start[number];
        if (first < 0)
            return undefined;
        this.start[number] = -1;
        // No document arrives any more.
        this.positions.clear();
        const links = new Array(this.end[number] - first);
        for (let i = first; i < this.end[number]; i++) {
            const c = Math.floor(i / CHUNK_LINKS);
            const chunk = this.chunks[c];
            const at = (i % CHUNK_LINKS) * FIELDS;
            const code = chunk[at];
            const kind = KINDS[code & 7];
            const image = (code & IMAGE) !== 0;
            const target = this.targets[chunk[at + 4]];
            const line = chunk[at + 1];
            const column = chunk[at + 2];
            const to = chunk[at + 3];
            // Scans place every link (`to`): that shape in one literal, with no property added later.
            let link;
            if ((code & HAS_LANG) !== 0) {
                const lang = this.langs.get(i);
                link = (code & HAS_TO) !== 0 ? { kind, image, target, lang, line, column, to } : { kind, image, target, lang, line, column };
            }
            else if ((code & HAS_TO) !== 0)
                link = { kind, image, target, line, column, to };
            else
                link = { kind, image, target, line, column };
            links[i - first] = link;
            if (--this.untaken[c] === 0)
                this.chunks[c] = undefined;
        }
        const problem = this.problems.get(number);
        return problem === undefined ? { path, links } : { path, links, problem };
    }
}

;// CONCATENATED MODULE: ./src/rules/run.ts








/** A rule's error, naming the rule and the document. */
function ruleFailed(active, path, error) {
    return new Error(`rule ${active.rule.id} failed on ${path}: ${error.message}`, { cause: error });
}
/** Documents per batch when `runRules` slices a whole scan. */
const DEFAULT_BATCH = 256;
/** True when the rule is on for some path (base setting or any override naming it). */
function usedAnywhere(config, id) {
    return config.rules[id]?.severity !== 'off' || config.overrides.some((o) => Object.hasOwn(o.rules, id));
}
/** Rules over a scan delivered in batches: `add` every batch in order, then `finish` once. */
class RuleRunner {
    index;
    config;
    ctx;
    tally;
    forPath;
    /** Documents that are not pages (templates, test fixtures): counted, checked only for what their class keeps. */
    classes;
    /** Templates found by their content (no heading, a script's token as a link target: a fragment a build step fills in), with their class's rules; none when `templates` is configured. */
    scriptTemplates;
    // rulesForPath returns one settings object per override signature: build each one's rule list once, not per document.
    activeBySettings = new Map();
    /** What the classes are made of beside the config (the site's mode, content root and nested sites): runners with equal keys and configs class a path alike. */
    classKey;
    /** Per document number, with `keepRules`: its class and settings. */
    kept;
    knownRules;
    delivered = 0;
    findings;
    /** Items deferred to the end, by rule. */
    deferred = new Map();
    /** Items waiting for a document that has not arrived, by its number: settled when it arrives. */
    waiting = new Map();
    /** Items whose document already arrived: settled right after the deferring document's check. */
    ready = [];
    /** Site modes when a link rule or the graph is on: what link rules read of each document (its links), kept until the routes exist after the last document. */
    linkDocs;
    /** Each kept document's rule settings (what `finishLinks` runs the link rules with: worked out once per document). */
    linkSettings = [];
    /** The rule and document of the `check` running now (what `defer` files items under): `check` is synchronous, so one `defer` serves every call (no closure per rule and document). */
    checking;
    checkingNumber = 0;
    defer = (item, until) => {
        const active = this.checking;
        const number = this.checkingNumber;
        if (until === undefined) {
            let deferred = this.deferred.get(active);
            if (!deferred)
                this.deferred.set(active, (deferred = { numbers: [], items: [] }));
            deferred.numbers.push(number);
            deferred.items.push(item);
        }
        else if (this.index.arrived(until))
            this.ready.push({ active, number, item });
        else {
            let waiting = this.waiting.get(until);
            if (!waiting)
                this.waiting.set(until, (waiting = []));
            waiting.push({ active, number, item });
        }
    };
    constructor(listing, config, ctx) {
        const graph = usedAnywhere(config, 'orphan');
        this.index = new ScanIndex(listing, ctx.site, {
            anchors: usedAnywhere(config, 'link-anchor'),
            graph,
            anchorMemo: ctx.anchorMemo,
            knownEdges: ctx.knownEdges,
        });
        this.findings = new FindingStore(this.index.documentPaths, new Set(rules/* RULES_BY_ID */.k.keys()));
        this.config = config;
        this.ctx = ctx;
        this.tally = ctx.unverified ?? new unverified/* UnverifiedTally */.mg();
        const settings = this.index.settings;
        // sites/load.ts finds the nested sites; a scan without it (GitHub mode by default) looks from the root.
        const nested = settings.nestedSites ??
            (settings.mode === 'github' && config.nestedSites === undefined ? (0,detect/* nestedSiteContent */.i)(listing.paths, listing.dirs, { siteRoot: '' }) : []);
        this.classes = documentClasses(config, settings.mode, settings.contentRoot, nested);
        this.classKey = JSON.stringify([settings.mode, settings.contentRoot, nested]);
        if (ctx.keepRules)
            this.kept = [];
        if (ctx.knownRules?.classKey === this.classKey)
            this.knownRules = ctx.knownRules;
        // The overrides' globs compiled once for both: withClasses keeps its own cache per class list.
        const overridden = rulesForPath(config);
        this.forPath = withClasses(overridden, this.classes);
        const scriptTemplate = scriptTemplateClass(config);
        if (scriptTemplate)
            this.scriptTemplates = { documentClass: scriptTemplate, forPath: withClasses(overridden, [scriptTemplate]), paths: new Set() };
        if (!this.index.linksResolve && (graph || rules/* RULES */.y.some((r) => r.phase === 'links' && usedAnywhere(config, r.id))))
            this.linkDocs = new KeptLinks(this.index.documentPaths.length);
    }
    /** The rules for a document: its path's, or a script template's. */
    settingsFor(path) {
        const templates = this.scriptTemplates;
        return templates?.paths.has(path) ? templates.forPath(path) : this.forPath(path);
    }
    activeRules(settings) {
        let active = this.activeBySettings.get(settings);
        if (!active) {
            active = [];
            for (const rule of rules/* RULES */.y) {
                const setting = settings[rule.id];
                if (!rule.checksDocuments || !setting || setting.severity === 'off')
                    continue;
                active.push({ rule, rank: RANK.get(rule.id), severity: setting.severity, context: this.context(setting) });
            }
            this.activeBySettings.set(settings, active);
        }
        return active;
    }
    context(setting) {
        return {
            options: setting.options,
            index: this.index,
            now: this.ctx.now,
            gitDates: this.ctx.gitDates,
            entryPoints: this.config.entryPoints,
            unverified: this.tally,
        };
    }
    add(batch) {
        // The whole batch's summaries first: fragments into later documents of the same batch need not wait.
        const numbers = batch.map((doc) => {
            const number = this.index.keep(doc);
            if (number !== this.delivered)
                throw new Error(`the scan delivered "${doc.path}" as document ${this.delivered + 1}, out of its listed order (${number + 1})`);
            this.delivered++;
            return number;
        });
        for (const number of numbers) {
            const waiting = this.waiting.get(number);
            if (!waiting)
                continue;
            this.waiting.delete(number);
            this.settleWaiting(waiting);
        }
        batch.forEach((doc, i) => this.addDocument(doc, numbers[i]));
    }
    /** The document's class and rule settings: another runner's when it kept them, else worked out here. */
    rulesFor(doc, number) {
        const templates = this.scriptTemplates;
        const known = this.knownRules?.of(number);
        if (known) {
            if (templates && known.classIndex === this.classes.length)
                templates.paths.add(doc.path);
            return known;
        }
        let classIndex = this.classes.findIndex((c) => c.matches(doc.path));
        if (classIndex < 0 && templates && doc.headings.length === 0 && doc.links.some((link) => (0,placeholder/* isScriptToken */.tN)(link.target))) {
            templates.paths.add(doc.path);
            classIndex = this.classes.length;
        }
        return { classIndex, settings: this.settingsFor(doc.path) };
    }
    /** A document's class and settings, kept with `keepRules` from its arrival on. */
    rulesOf(number) {
        return this.kept?.[number];
    }
    addDocument(doc, number) {
        const rules = this.rulesFor(doc, number);
        if (this.kept)
            this.kept[number] = rules;
        const { classIndex, settings } = rules;
        const documentClass = classIndex < 0 ? undefined : classIndex < this.classes.length ? this.classes[classIndex] : this.scriptTemplates?.documentClass;
        if (documentClass)
            this.tally.add({ cause: documentClass.cause, message: documentClass.message, unit: 'pages', key: documentClass.key });
        const linksResolve = this.index.linksResolve;
        // Suppressions are applied to Finding objects at the end: only documents that have any keep objects.
        const held = doc.suppressions.length > 0 ? [] : undefined;
        // The listing's string: findings then share it instead of keeping the batch's copy.
        const path = this.index.documentPaths[number];
        const skip = this.skipped(number);
        for (const active of this.activeRules(settings)) {
            if ((active.rule.phase === 'links' && !linksResolve) || skip?.has(active.rule.id))
                continue;
            const hits = this.check(active, path, number, doc);
            if (held)
                pushHits(held, active.rule.id, active.severity, path, hits);
            else
                this.findings.checked(active, number, hits);
        }
        if (linksResolve)
            this.index.keepEdges(number, doc);
        else if (this.linkDocs) {
            this.linkDocs.keep(number, doc);
            this.linkSettings[number] = settings;
        }
        if (held)
            this.findings.hold(number, doc.suppressions, settings, held);
        this.settleReady();
    }
    skipped(number) {
        const skip = this.ctx.skip;
        return skip?.document(number) ? skip.rules : undefined;
    }
    /** Any rule's `check` on a document's facts. */
    check(active, path, number, doc) {
        this.checking = active;
        this.checkingNumber = number;
        try {
            return active.rule.check(doc, active.context, this.defer);
        }
        catch (error) {
            throw ruleFailed(active, path, error);
        }
    }
    /** A link rule's `check` on what a site mode kept of a document (only link rules read that little). */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    checkLinks(active, rule, number, doc) {
        this.checking = active;
        this.checkingNumber = number;
        try {
            return rule.check(doc, active.context, this.defer);
        }
        catch (error) {
            throw ruleFailed(active, doc.path, error);
        }
    }
    /** Documents the document reaches directly (by number), from its arrival until `finish`. */
    edgesOf(number) {
        return this.index.edgesOf(number);
    }
    /** What the rules and the site model could not check, one entry per cause (complete once `finish` ran). */
    unverified() {
        return this.tally.list();
    }
    /** Runs what needed every document, applies suppressions and returns all findings (documents in scan order, then navigation files). */
    finish() {
        const total = this.index.documentPaths.length;
        if (this.delivered !== total)
            throw new Error(`the scan ended after ${this.delivered} of its ${total} listed documents`);
        if (!this.index.linksResolve)
            this.finishLinks();
        // Every document arrived: nothing waits any more (an item naming no document is settled here too).
        for (const waiting of this.waiting.values())
            this.settleWaiting(waiting);
        this.waiting.clear();
        for (const [active, { numbers, items }] of this.deferred) {
            for (let start = 0, end = 0; start < numbers.length; start = end) {
                const number = numbers[start];
                while (end < numbers.length && numbers[end] === number)
                    end++;
                this.finishItems(active, number, items.slice(start, end));
            }
        }
        this.deferred.clear();
        // Nothing reads anchors or edges any more: free them before the findings become objects.
        this.index.dropSummaries();
        const out = this.findings.documentFindings();
        this.navigation(out);
        return out;
    }
    /** Site modes: builds the routes, then runs the link rules on what was kept of each document. */
    finishLinks() {
        this.index.buildSite();
        const kept = this.linkDocs;
        if (!kept)
            return;
        for (let number = 0; number < this.index.documentPaths.length; number++) {
            const doc = kept.take(number, this.index.documentPaths[number]);
            if (!doc)
                continue;
            const skip = this.skipped(number);
            for (const active of this.activeRules(this.linkSettings[number])) {
                const rule = active.rule;
                if (rule.phase === 'links' && !skip?.has(rule.id))
                    this.findings.settled(active, number, this.checkLinks(active, rule, number, doc));
            }
            this.index.keepEdges(number, doc);
            this.settleReady();
        }
        this.linkDocs = undefined;
        this.linkSettings.length = 0;
    }
    finishItems(active, number, items) {
        const path = this.index.documentPaths[number];
        let hits;
        try {
            hits = active.rule.finish({ path, number }, items, active.context);
        }
        catch (error) {
            throw ruleFailed(active, path, error);
        }
        this.findings.settled(active, number, hits);
    }
    settleWaiting(waiting) {
        for (const { active, number, item } of waiting)
            this.finishItems(active, number, [item]);
    }
    settleReady() {
        if (this.ready.length === 0)
            return;
        const ready = this.ready;
        this.ready = [];
        this.settleWaiting(ready);
    }
    /** Navigation files are not documents: only rules that judge navigation run, without inline suppressions. */
    navigation(out) {
        for (const nav of this.index.site.navigation) {
            const settings = this.forPath(nav.path);
            for (const rule of rules/* RULES */.y) {
                const setting = settings[rule.id];
                if (!rule.checkNavigation || !setting || setting.severity === 'off')
                    continue;
                pushHits(out, rule.id, setting.severity, nav.path, rule.checkNavigation(nav, this.context(setting)));
            }
        }
    }
}
/** The listing of a whole scan (documents' paths from its documents). */
function listingOf(scan) {
    return { paths: scan.paths, dirs: scan.dirs, documentPaths: scan.documents.map((d) => d.path) };
}
/** The rules over a whole scan, handed to the runner in batches of `batchSize` documents. */
function runRules(scan, config, ctx, batchSize = DEFAULT_BATCH) {
    const runner = new RuleRunner(listingOf(scan), config, ctx);
    for (let start = 0; start < scan.documents.length; start += batchSize)
        runner.add(scan.documents.slice(start, start + batchSize));
    return runner.finish();
}


/***/ }),

/***/ 2291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ hash32),
/* harmony export */   Rq: () => (/* binding */ FNV_PRIME),
/* harmony export */   V4: () => (/* binding */ FNV_OFFSET)
/* harmony export */ });
/** FNV-1a's 32-bit offset basis and prime (anchorHash's first lane is hash32 too). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over a string's UTF-16 code units: keys of compact indexes that keep no strings of their own (callers compare the candidates' text). */
function hash32(text) {
    let hash = FNV_OFFSET;
    for (let i = 0; i < text.length; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    return hash | 0;
}


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ hitSeverity),
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   iA: () => (/* binding */ defineLinkRule)
/* harmony export */ });
/* unused harmony export softer */
/** The severity a hit is reported with, given its rule's configured one. */
function hitSeverity(hit, severity) {
    if (hit.notice)
        return 'notice';
    return hit.soft ? softer(severity) : severity;
}
/** Severity one step softer, for `soft` hits. */
function softer(severity) {
    return severity === 'error' ? 'warning' : 'notice';
}
/** Helper so each rule file keeps its option type while the registry holds `Rule<any>`. */
function defineRule(rule) {
    return rule;
}
/** `defineRule` for rules that read only a document's links (see `LinkRule`). */
function defineLinkRule(rule) {
    return { ...rule, phase: 'links' };
}


/***/ }),

/***/ 6253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ detectMode),
/* harmony export */   i: () => (/* binding */ nestedSiteContent)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8261);
/* harmony import */ var _generator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9857);
/* harmony import */ var _rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5581);
/**
 * Which site generator builds the scanned docs, from the files the scan saw (no file is read):
 * the shallowest folder holding a generator's config file and its content folder decides.
 */



/**
 * Generators tried in each folder, in order of precedence: the specific config names first, Hugo's
 * generic `config.*` last. A new generator with a `detect` signature goes here too.
 */
const DETECTION_ORDER = ['vitepress', 'mdbook', 'docusaurus', 'starlight', 'mkdocs', 'learn', 'hugo', 'jekyll', 'nextjs'];
const SIGNATURES = DETECTION_ORDER.map((mode) => ({ mode, ..._index_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATORS */ .D[mode].detect }));
/** Site generators docward does not model: found only when no modelled one is, for a notice that says so. */
const UNMODELLED = [
    { name: 'VuePress', configs: ['.vuepress/config.js', '.vuepress/config.ts', '.vuepress/config.mjs'] },
    { name: 'Jupyter Book', configs: ['_toc.yml'] },
    { name: 'Hexo', configs: ['_config.yml'], content: 'scaffolds' },
    { name: 'Gatsby', configs: ['gatsby-config.js', 'gatsby-config.ts', 'gatsby-config.mjs'] },
    { name: 'Eleventy', configs: ['.eleventy.js', 'eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs'] },
    { name: 'Nuxt Content', configs: ['nuxt.config.ts', 'nuxt.config.js'], content: 'content' },
    { name: 'Antora', configs: ['antora.yml', 'antora-playbook.yml'] },
    { name: 'Sphinx', configs: ['conf.py'] },
    { name: 'Mintlify', configs: ['mint.json'] },
    { name: 'GitBook', configs: ['.gitbook.yaml'] },
    { name: 'Docsify', configs: ['_sidebar.md'] },
    { name: 'Astro (without Starlight)', configs: ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'] },
    { name: 'Docusaurus (no docs/ folder)', configs: ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'] },
];
/** Deepest folder level searched for a site's config (monorepos keep the site in `website/` or `docs/`). */
const MAX_DEPTH = 2;
/** The config file and content folder (from the scan root) when `signature` matches in `folder`. */
function matchIn(files, folders, folder, signature) {
    const at = (p) => (folder === '' ? p : `${folder}/${p}`);
    const config = signature.configs.find((c) => files.has(at(c)) && !folders.has(at(c)));
    if (config === undefined)
        return undefined;
    if (signature.unless?.some((u) => files.has(at(u))))
        return undefined;
    if (signature.content === undefined)
        return { config: at(config) };
    // Alternatives in order (`../docs`: a Docusaurus website/ beside docs/).
    const content = [signature.content]
        .flat()
        .map((c) => (0,_rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .joinSegments */ .DI)(folder, c))
        .find((c) => c !== undefined && folders.has(c));
    return content === undefined ? undefined : { config: at(config), content };
}
function detectMode(paths, dirs) {
    const files = new Set(paths);
    const folders = new Set(dirs);
    const candidates = [
        '',
        ...[...folders].filter((d) => d.split('/').length <= MAX_DEPTH).sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1)),
    ];
    const match = (folder, signature) => matchIn(files, folders, folder, signature);
    for (const folder of candidates) {
        for (const signature of SIGNATURES) {
            const found = match(folder, signature);
            if (found === undefined)
                continue;
            const evidence = [found.config, ...(found.content !== undefined ? [`${found.content}/`] : [])];
            return { mode: signature.mode, siteRoot: folder, evidence, ...(found.content !== undefined ? { contentRoot: found.content } : {}) };
        }
    }
    // No modelled generator: say which unmodelled one was found, if any (links then resolve as on GitHub).
    for (const folder of candidates) {
        for (const signature of UNMODELLED) {
            const found = match(folder, signature);
            if (found !== undefined)
                return { mode: 'github', siteRoot: '', evidence: [], unmodelled: { name: signature.name, config: found.config } };
        }
    }
    return { mode: 'github', siteRoot: '', evidence: [] };
}
/**
 * The content folders of nested sites: folders of the tree (any depth, not the scanned site's
 * root, not inside its content folder; `contentRoot` undefined: a GitHub-mode scan) holding a modelled generator's config and content folder,
 * like a repository's example projects. A site inside another nested site belongs to that one; a
 * site whose navigation file the scanned site's model reads (`navigation`) is part of it.
 */
function nestedSiteContent(paths, dirs, outer) {
    // A site whose content folder is the whole tree (a VitePress or Jekyll site at the root) publishes every folder itself.
    if (outer.contentRoot === '')
        return [];
    const files = new Set(paths);
    const folders = new Set(dirs);
    const found = [];
    for (const folder of [...folders].sort()) {
        if (folder === outer.siteRoot || (outer.contentRoot !== undefined && (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(folder, outer.contentRoot)) || found.some((f) => (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(folder, f)))
            continue;
        // The scanned site's model reads this site's navigation (mdBook's several books): it is part of the scanned site.
        if (outer.navigation?.some((n) => (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(n, folder)))
            continue;
        for (const signature of SIGNATURES) {
            const site = matchIn(files, folders, folder, signature);
            if (site === undefined)
                continue;
            const content = site.content ?? (0,_rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .joinSegments */ .DI)(folder, _index_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATORS */ .D[signature.mode].defaults.contentRoot);
            // A folder the scanned site mounts (MkDocs language sites, Hugo module mounts) is published by it, not by a site of its own.
            const mounted = outer.mounts?.some((m) => (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(content ?? folder, m) || (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(m, content ?? folder)) ?? false;
            if (content !== undefined && !mounted && folders.has(content) && (outer.contentRoot === undefined || !(0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(outer.contentRoot, content)))
                found.push(content);
            break;
        }
    }
    return found;
}


/***/ }),

/***/ 9857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WS: () => (/* binding */ isBuiltPage),
/* harmony export */   bE: () => (/* binding */ stringKey),
/* harmony export */   f8: () => (/* binding */ pathRoute),
/* harmony export */   kD: () => (/* binding */ dropIndex),
/* harmony export */   u3: () => (/* binding */ joinRoute),
/* harmony export */   uT: () => (/* binding */ trimSlashes),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/** Problems of files the site generator still builds (they are regular files it can read), so they count as pages;
 * a symlink (not published by Hugo, not followed by docward) or an unreadable file is no page. */
const BUILT_DESPITE = new Set(['too-large', 'too-complex', 'binary', 'encoding']);
/** The document is a page on disk the site generator builds, whether or not docward could extract its facts. */
const isBuiltPage = (doc) => doc.problem === undefined || BUILT_DESPITE.has(doc.problem);
/** A non-empty string frontmatter value, or undefined. */
function stringKey(frontmatter, key) {
    const value = frontmatter?.[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/** Segments joined as a route (no leading or trailing slash). */
function joinRoute(...parts) {
    // Called per page, mount and link: joined in one pass, regex only when a part brought a double slash.
    let joined = '';
    // An index loop: cold code runs it unoptimized, where `for...of` allocates an iterator result per part.
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part !== undefined && part !== '')
            joined = joined === '' ? part : `${joined}/${part}`;
    }
    if (joined.includes('//'))
        joined = joined.replace(/\/{2,}/g, '/');
    const start = joined.startsWith('/') ? 1 : 0;
    const end = joined.length > start && joined.endsWith('/') ? joined.length - 1 : joined.length;
    return start === 0 && end === joined.length ? joined : joined.slice(start, end);
}
/** True when `path` is `folder` or inside it (`''` holds everything); no string built (called per page and mount). */
const within = (path, folder) => folder === '' || (path.startsWith(folder) && (path.length === folder.length || path.charCodeAt(folder.length) === 0x2f));
/** Trims slashes so folders and URL prefixes compare as plain segment paths (`/docs/` → `docs`). */
function trimSlashes(value) {
    return value.replace(/^(?:\.\/)+/, '').replace(/^\/+|\/+$/g, '');
}
/** Drops a trailing index name (`index`, `_index`, `README`...) so the page stands for its folder. */
function dropIndex(segments, indexNames) {
    const last = segments[segments.length - 1];
    return last !== undefined && indexNames.includes(last.toLowerCase()) ? segments.slice(0, -1) : segments;
}
/** The route most generators use: the base, then the page's folders and name, its index name dropped. */
function pathRoute(segments, _frontmatter, settings) {
    return joinRoute(settings.base, ...dropIndex(segments, this.indexNames));
}


/***/ }),

/***/ 5056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GITIGNORED_TARGETS),
/* harmony export */   V: () => (/* binding */ gitIgnored)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Paths the repository's `.gitignore` files keep out of git (build outputs, coverage reports): a
 * link to one names a file that exists only after a local build, never on GitHub or the site, so
 * docward can neither find it nor call it broken. Read from the `.gitignore` files the scan listed.
 */

const GITIGNORED_TARGETS = {
    cause: 'gitignored-target',
    rule: 'link-broken',
    message: "links to paths the repository's .gitignore keeps out of git (build outputs such as a coverage report): they exist only after a local build, not on GitHub or the site: not checked",
    unit: 'links',
};
/** A matcher over the listed `.gitignore` files (`read` gives each one's text), or undefined when there is none. */
async function gitIgnored(paths, read) {
    const levels = [];
    for (const file of paths) {
        if (file !== '.gitignore' && !file.endsWith('/.gitignore'))
            continue;
        const text = await read(file);
        // An unreadable .gitignore ignores nothing here, as the walk could not have applied it either.
        if (typeof text !== 'string')
            continue;
        levels.push({ base: file.slice(0, Math.max(0, file.length - '/.gitignore'.length)), rules: ignore__WEBPACK_IMPORTED_MODULE_0___default()({ ignorecase: false }).add(text) });
    }
    if (levels.length === 0)
        return undefined;
    // Shallow first, so a deeper file's verdict comes last.
    levels.sort((a, b) => (a.base === '' ? 0 : a.base.split('/').length) - (b.base === '' ? 0 : b.base.split('/').length));
    // Git cannot re-include a file whose folder is ignored: the first ignored folder on the way decides.
    const verdict = (prefix, isDir) => {
        let ignored = false;
        for (const { base, rules } of levels) {
            if (base !== '' && !prefix.startsWith(`${base}/`))
                continue;
            const result = rules.test((base === '' ? prefix : prefix.slice(base.length + 1)) + (isDir ? '/' : ''));
            if (result.ignored)
                ignored = true;
            else if (result.unignored)
                ignored = false;
        }
        return ignored;
    };
    // Links come by the thousand into a few folders: each folder's verdict is asked once.
    const folders = new Map();
    const folderIgnored = (folder) => {
        let ignored = folders.get(folder);
        if (ignored === undefined)
            folders.set(folder, (ignored = verdict(folder, true)));
        return ignored;
    };
    const pathIgnored = (path) => {
        for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1))
            if (folderIgnored(path.slice(0, slash)))
                return true;
        // A missing target may be meant as a file or a folder.
        return verdict(path, false) || verdict(path, true);
    };
    // Broken links repeat their targets (2.6k links to 132 paths on opentelemetry.io): each path's verdict is asked once.
    const verdicts = new Map();
    return (path) => {
        let ignored = verdicts.get(path);
        if (ignored === undefined)
            verdicts.set(path, (ignored = pathIgnored(path)));
        return ignored;
    };
}


/***/ }),

/***/ 4803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ layoutFolders),
/* harmony export */   a3: () => (/* binding */ templateFor),
/* harmony export */   fk: () => (/* binding */ readHugoLayouts)
/* harmony export */ });
/** Page templates (not partials, shortcodes, render hooks): what Hugo picks for home, sections and pages. */
const PAGE_TEMPLATE = /^(?:[^/]+\/)?[^/]+\.html$/;
const NOT_A_PAGE_TEMPLATE = /^(?:_partials|partials|_shortcodes|shortcodes|_markup|_default\/_markup)\//;
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
const PARTIAL_CALL = /\b(?:partial|partialCached|partials\.Include|partials\.IncludeCached)\s+"([^"]+)"/g;
const OWN = /(?:^|[\s(|,])\$?\.(Pages|RegularPages|Sections|RegularPagesRecursive|Paginator|Paginate)\b/;
const CURRENT_SECTION = /\.CurrentSection\.(Pages|RegularPages|Sections|RegularPagesRecursive)\b/;
const SITE_SECTIONS = /(?:\bsite|\.Site)\.(?:Sections|Home\.(?:Pages|Sections))\b/;
/** What the Go template actions of `text` name (comments dropped). */
function namedCollections(text) {
    const actions = [...text.replace(COMMENT, '').matchAll(ACTION)].map((m) => m[1]);
    const out = {};
    const kind = (name) => (name.startsWith('Regular') ? 'regular' : 'pages');
    const widen = (had, found) => (had === 'pages' || found === 'pages' ? 'pages' : 'regular');
    for (const action of actions) {
        const own = OWN.exec(action);
        if (own)
            out.own = widen(out.own, kind(own[1]));
        const current = CURRENT_SECTION.exec(action);
        if (current)
            out.currentSection = widen(out.currentSection, kind(current[1]));
        if (SITE_SECTIONS.test(action))
            out.siteSections = true;
    }
    return out;
}
function merge(a, b) {
    const widen = (x, y) => (x === 'pages' || y === 'pages' ? 'pages' : (x ?? y));
    const out = {};
    const own = widen(a.own, b.own);
    const current = widen(a.currentSection, b.currentSection);
    if (own)
        out.own = own;
    if (current)
        out.currentSection = current;
    if (a.siteSections || b.siteSections)
        out.siteSections = true;
    return out;
}
/** The site's layout folders: its own `layouts/`, then each theme's (`theme` in the config: a name or a list). */
function layoutFolders(at, themes) {
    return [at('layouts'), ...themes.map((t) => at(`themes/${t}/layouts`))];
}
/** Reads every page template in `folders` with the partials it calls and its baseof; undefined when the scan holds none. */
async function readHugoLayouts({ read, scan }, folders) {
    const files = new Set(scan.paths);
    const texts = new Map();
    const textOf = async (path) => {
        let text = texts.get(path);
        if (text === undefined) {
            const read_ = files.has(path) ? await read(path) : '';
            text = typeof read_ === 'string' ? read_ : '';
            texts.set(path, text);
        }
        return text;
    };
    const inFolders = (names) => folders.flatMap((f) => names.map((n) => `${f}/${n}`)).find((p) => files.has(p));
    /** A template with every partial it calls, transitively. */
    const withPartials = async (path, seen) => {
        if (seen.has(path))
            return {};
        seen.add(path);
        const text = await textOf(path);
        let lists = namedCollections(text);
        for (const call of text.matchAll(PARTIAL_CALL)) {
            const name = call[1].endsWith('.html') ? call[1] : `${call[1]}.html`;
            const partial = inFolders([`_partials/${name}`, `partials/${name}`]);
            if (partial !== undefined)
                lists = merge(lists, await withPartials(partial, seen));
        }
        return lists;
    };
    const templates = {};
    for (const folder of folders) {
        for (const path of scan.paths) {
            if (!path.startsWith(`${folder}/`))
                continue;
            const inner = path.slice(folder.length + 1);
            if (!PAGE_TEMPLATE.test(inner) || NOT_A_PAGE_TEMPLATE.test(inner) || /(?:^|\/)baseof\.html$/.test(inner))
                continue;
            const seen = new Set();
            let lists = await withPartials(path, seen);
            // A template that fills blocks (`define "main"`) is rendered inside the site's baseof.
            if (/\{\{-?\s*define\s+"/.test(await textOf(path))) {
                const baseof = inFolders(['baseof.html', '_default/baseof.html']);
                if (baseof !== undefined)
                    lists = merge(lists, await withPartials(baseof, seen));
            }
            templates[path] = lists;
        }
    }
    return Object.keys(templates).length === 0 ? undefined : { folders, templates };
}
/** The template Hugo renders a page with (its lookup order, simplified), or undefined when the scan has none for it. */
function templateFor(layouts, page) {
    const { kind, type, layout } = page;
    const typed = (names) => [...(type === '' ? [] : names.map((n) => `${type}/${n}`)), ...names, ...names.map((n) => `_default/${n}`)];
    const names = kind === 'home'
        ? ['home.html', 'index.html', ...typed(['list.html'])]
        : kind === 'section'
            ? typed(['section.html', 'list.html'])
            : [...(layout === undefined ? [] : typed([`${layout}.html`])), ...typed(['page.html', 'single.html'])];
    for (const folder of layouts.folders) {
        for (const name of names) {
            const path = `${folder}/${name}`;
            const lists = layouts.templates[path];
            if (lists !== undefined)
                return { path, lists };
        }
    }
    return undefined;
}


/***/ }),

/***/ 558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ shortcodeAnchorsCause),
/* harmony export */   r: () => (/* binding */ shortcodeAnchorPages)
/* harmony export */ });
/** Markdown the template writes: ids only when Hugo renders its output as Markdown (called as `{{% name %}}`). */
const WRITES_MARKDOWN_IDS = /^(?:#{1,6}[ \t].*\{\{|:[ \t])/m;
/** HTML ids the template computes (either notation). */
const WRITES_HTML_IDS = /(?:^|[\s<])id=["']?\{\{/m;
const SHORTCODE_FILE = /(?:^|\/)_?shortcodes\/([^/]+)\.html$/;
/** The cause pages calling such shortcodes are counted under. */
function shortcodeAnchorsCause(names) {
    return {
        cause: 'hugo-shortcode-anchor',
        rule: 'link-anchor',
        message: `anchors into pages that call a shortcode whose template writes headings or ids (${names.map((n) => `"${n}"`).join(', ')}): docward does not run templates, so a fragment found in no heading of such a page is not checked`,
        unit: 'anchors',
    };
}
/** Page path → the id-writing shortcode it calls, for the site's pages (`pages`), from the shortcode templates in `folders`. */
async function shortcodeAnchorPages({ read, scan }, folders, pages) {
    const markdown = [];
    const html = [];
    const seen = new Set();
    for (const path of scan.paths) {
        const name = SHORTCODE_FILE.exec(path)?.[1];
        if (name === undefined || !folders.some((f) => path.startsWith(`${f}/`)) || seen.has(name))
            continue;
        seen.add(name);
        const text = await read(path);
        if (typeof text !== 'string')
            continue;
        const template = text.replace(/\r\n?/g, '\n');
        if (WRITES_HTML_IDS.test(template))
            html.push(name);
        else if (WRITES_MARKDOWN_IDS.test(template))
            markdown.push(name);
    }
    const out = {};
    if (markdown.length + html.length === 0)
        return out;
    // `{{% name` (Markdown output) or `{{< name` (HTML output), the name whole (not Hugo's `{{</* name */>}}` escape).
    const alternatives = (names) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const calls = [
        ...(markdown.length > 0 ? [new RegExp(`\\{\\{%-?\\s*(${alternatives(markdown)})(?=\\s|-?[%/])`)] : []),
        ...(html.length > 0 ? [new RegExp(`\\{\\{[<%]-?\\s*(${alternatives(html)})(?=\\s|-?[%>/])`)] : []),
    ];
    for (const page of pages) {
        const text = await read(page);
        if (typeof text !== 'string')
            continue;
        const found = calls.map((c) => c.exec(text)).find((m) => m !== null);
        if (found)
            out[page] = found[1];
    }
    return out;
}


/***/ }),

/***/ 8261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ GENERATORS)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/sites/generator.ts
var generator = __webpack_require__(9857);
// EXTERNAL MODULE: ./src/sites/navigation.ts
var sites_navigation = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/sites/js-nav.ts
/**
 * Docusaurus `sidebars.js`, read by a conservative scan of string literals rather than by running
 * code (Starlight and VitePress configs are evaluated statically instead: static-module.ts):
 * - comments are skipped; `'…'`, `"…"` and template literals without `${` are strings;
 * - sidebars.js: a string after `id:` is a doc id, after `href:` a URL or route, after `dirName:`
 *   an autogenerated folder, after `slug:` a generated-index page (a route the sidebar creates);
 *   strings inside `customProps: {…}` are data, not navigation;
 * - a string that is an array element
 *   (between `[`/`,` and `,`/`]`) is a doc id, as in `items: ['intro', 'guides/install']`.
 * Ids built by code (`'guides/' + name`) are not seen: nothing is guessed, so no false finding.
 */

function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end;
        }
        else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 2;
        }
        else if (c === '"' || c === "'" || c === '`') {
            let value = '';
            let j = i + 1;
            let dynamic = false;
            while (j < text.length && text[j] !== c) {
                if (text[j] === '\\' && j + 1 < text.length) {
                    value += text[j + 1];
                    j += 2;
                    continue;
                }
                if (c === '`' && text[j] === '$' && text[j + 1] === '{')
                    dynamic = true;
                value += text[j];
                j++;
            }
            if (!dynamic)
                tokens.push({ kind: 'string', value, offset: i });
            else
                tokens.push({ kind: 'word', value: '<template>', offset: i });
            i = j + 1;
        }
        else if (/[A-Za-z_$]/.test(c)) {
            const match = /^[\w$]+/.exec(text.slice(i, i + 200));
            tokens.push({ kind: 'word', value: match[0], offset: i });
            i += match[0].length;
        }
        else if (/\s/.test(c)) {
            i++;
        }
        else {
            tokens.push({ kind: 'punct', value: c, offset: i });
            i++;
        }
    }
    return tokens;
}
const SIDEBARS = { id: 'doc-id', href: 'link', dirName: 'folder', slug: 'generated' };
/** Index just past the `}`/`]` closing the bracket at `open`. */
function closing(tokens, open) {
    let depth = 0;
    for (let k = open; k < tokens.length; k++) {
        const v = tokens[k];
        if (v.kind !== 'punct')
            continue;
        if (v.value === '[' || v.value === '{' || v.value === '(')
            depth++;
        else if (v.value === ']' || v.value === '}' || v.value === ')')
            depth--;
        if (depth === 0)
            return k + 1;
    }
    return tokens.length;
}
function entriesOf(text, tokens, from, to, contentRoot, keyed, generated = []) {
    const entries = [];
    for (let k = from; k < to; k++) {
        const t = tokens[k];
        if (t.kind === 'word' && t.value === 'customProps' && tokens[k + 1]?.value === ':' && tokens[k + 2]?.value === '{') {
            k = closing(tokens, k + 2) - 1;
            continue;
        }
        if (t.kind !== 'string')
            continue;
        const prev = tokens[k - 1];
        const key = tokens[k - 2];
        const next = tokens[k + 1];
        let kind;
        if (prev?.value === ':' && key && key.kind !== 'punct')
            kind = keyed[key.value];
        else if ((prev?.value === '[' || prev?.value === ',') && (next?.value === ',' || next?.value === ']'))
            kind = 'doc-id';
        if (kind === undefined)
            continue;
        if (kind === 'generated') {
            generated.push(t.value.replace(/^\/+|\/+$/g, ''));
            continue;
        }
        entries.push({ kind, target: kind === 'folder' && t.value === '.' ? '' : t.value, base: contentRoot, ...(0,sites_navigation/* positionAt */.t)(text, t.offset) });
    }
    return entries;
}
/** Docusaurus `sidebars.js`/`.ts`: every doc id, autogenerated folder and link it names. */
function parseSidebars(path, text, contentRoot) {
    const tokens = tokenize(text);
    const generatedRoutes = [];
    const entries = entriesOf(text, tokens, 0, tokens.length, contentRoot, SIDEBARS, generatedRoutes);
    return { path, format: 'docusaurus-sidebars', entries, listsAll: [], generatedRoutes };
}

// EXTERNAL MODULE: ./src/sites/static-module.ts
var static_module = __webpack_require__(6957);
;// CONCATENATED MODULE: ./src/sites/docusaurus/blog.ts
/**
 * Docusaurus blog routes (plugin-content-blog): a post's URL is the blog base and its `slug` front
 * matter, else the slug its path gives: a date in the name (`2019-05-30-welcome.md`,
 * `2019-05-30-welcome/index.md`, `2019/05/30/welcome.md`) becomes `2019/05/30/welcome` (folders
 * before the date kept), any other path is itself (`/index` dropped). The blog list, archive and
 * tag pages are generated.
 */

/** Docusaurus's own pattern for a date in a post's path (relative to the blog folder). */
const DATE_PATH = /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?$/;
/** The slug a post's path gives (segments inside the blog folder, extension dropped), as Docusaurus's parseBlogFileName. */
function blogPathSlug(segments) {
    const relative = segments.join('/');
    const dated = DATE_PATH.exec(relative)?.groups;
    if (dated)
        return (0,generator/* joinRoute */.u3)(dated.date.replace(/-/g, '/'), `${dated.folder}${dated.text}`);
    return relative.replace(/(?:^|\/)index$/, '');
}
/** The post's route under the blog's URL base: `slug` front matter (absolute or not, both from the base), else its path's slug. */
function blogRoute(segments, frontmatter, base) {
    const slug = (0,generator/* stringKey */.bE)(frontmatter, 'slug');
    return (0,generator/* joinRoute */.u3)(base, slug !== undefined ? (0,generator/* trimSlashes */.uT)(slug) : blogPathSlug(segments));
}
/** Pages the blog plugin generates from its posts, by route under the blog base. */
const BLOG_PAGES = ['', 'archive', 'tags', 'authors'];
/** Generated blog routes whose values come from the posts' front matter and paging (tags, authors, list pages). */
const BLOG_DYNAMIC_ROUTES = ['tags/[...tag]', 'authors/[...author]', 'page/[page]'];
const BLOG_GENERATED = {
    cause: 'docusaurus-blog-generated-route',
    rule: 'link-broken',
    message: 'links to blog tag, author and list pages the Docusaurus blog plugin generates from front matter and paging (which values exist is not checked)',
    unit: 'links',
};

;// CONCATENATED MODULE: ./src/sites/docusaurus/config.ts
/**
 * `docusaurus.config.*` read statically (static-module.ts): the content plugins the classic preset
 * and `plugins` configure (docs, blog, pages: `path`, `routeBasePath`, or `false`). What is code is
 * reported as Dynamic with its position, never guessed.
 */

const BLOG = { path: 'blog', routeBasePath: 'blog' };
const PAGES = { path: 'src/pages', routeBasePath: '' };
const DOCS = { path: 'docs', routeBasePath: 'docs' };
/** `sidebarPath`: a string, `require.resolve('./x.js')` or `path.resolve(__dirname, './x.js')` (its last argument), false, or code. */
function sidebarPath(value) {
    if (value === undefined || value === false || typeof value === 'string')
        return value;
    const last = value instanceof static_module.Call && /(?:^|\.)(?:resolve|join)$/.test(value.callee) ? value.args[value.args.length - 1] : undefined;
    if (typeof last === 'string')
        return last;
    return (0,static_module.dynamicParts)(value)[0] ?? new static_module.Dynamic('sidebarPath is not a string', { file: '', line: 1, column: 1 });
}
/** A preset or plugin name: a string, or `require.resolve('name')`. */
const nameOf = (value) => typeof value === 'string'
    ? value
    : value instanceof static_module.Call && /(?:^|\.)resolve$/.test(value.callee) && typeof value.args[0] === 'string'
        ? value.args[0]
        : undefined;
/** `'name'` or `['name', options]` of a `presets` / `plugins` entry (undefined: a name computed by code). */
function entry(value) {
    const name = nameOf(Array.isArray(value) ? value[0] : value);
    if (name === undefined)
        return undefined;
    return { name, options: Array.isArray(value) ? (0,static_module.unwrapCalls)(value[1]) : undefined };
}
/** A plugin's options object: `path` and `routeBasePath` where they are strings, defaults elsewhere. */
function config_plugin(options, defaults) {
    const text = (key) => (typeof options?.[key] === 'string' ? options[key] : defaults[key]);
    return { path: text('path'), routeBasePath: text('routeBasePath') };
}
async function readDocusaurusConfig(file, loader) {
    const module = await loader.load(file);
    if (!module)
        return undefined;
    const out = { blogs: [], docsInstances: [], pages: PAGES, dynamic: [] };
    const config = (0,static_module.unwrapCalls)(await module.defaultExport());
    if (!(0,static_module.isObject)(config)) {
        const part = config instanceof static_module.Dynamic ? config : new static_module.Dynamic('the config exports no object', { file, line: 1, column: 1 });
        out.dynamic.push({ what: 'the config', part });
        return out;
    }
    const markdown = config.markdown;
    if ((0,static_module.isObject)(markdown) && typeof markdown.format === 'string')
        out.markdownFormat = markdown.format;
    let classic = false;
    const presets = Array.isArray(config.presets) ? config.presets : [];
    if (config.presets !== undefined && !Array.isArray(config.presets)) {
        // Presets computed by code: the classic preset's defaults are assumed (and reported).
        for (const part of (0,static_module.dynamicParts)(config.presets))
            out.dynamic.push({ what: 'presets', part });
        out.blogs.push(BLOG);
        return out;
    }
    let unknown = false;
    for (const written of presets) {
        const preset = entry(written);
        if (!preset) {
            for (const part of (0,static_module.dynamicParts)(written))
                out.dynamic.push({ what: 'a preset', part });
            unknown = true;
        }
        if (!preset || !/classic/.test(preset.name))
            continue;
        classic = true;
        const options = (0,static_module.isObject)(preset.options) ? preset.options : undefined;
        for (const key of ['docs', 'blog', 'pages']) {
            const value = options?.[key];
            if (value instanceof static_module.Dynamic || value instanceof static_module.Call)
                out.dynamic.push({ what: `preset ${key}`, part: (0,static_module.dynamicParts)(value)[0] });
        }
        const docs = options?.docs;
        if (docs === false)
            out.docs = false;
        else if ((0,static_module.isObject)(docs))
            out.docs = {
                ...(typeof docs.path === 'string' ? { path: docs.path } : {}),
                ...(typeof docs.routeBasePath === 'string' ? { routeBasePath: docs.routeBasePath } : {}),
            };
        const blog = options?.blog;
        if (blog !== false)
            out.blogs.push(config_plugin((0,static_module.isObject)(blog) ? blog : undefined, BLOG));
        const pages = options?.pages;
        out.pages = pages === false ? false : config_plugin((0,static_module.isObject)(pages) ? pages : undefined, PAGES);
    }
    // A preset whose name is code may be the classic one: its defaults are assumed (and reported).
    if (!classic && unknown)
        out.blogs.push(BLOG);
    else if (!classic)
        out.pages = false;
    for (const item of Array.isArray(config.plugins) ? config.plugins.map(entry) : []) {
        const options = item && (0,static_module.isObject)(item.options) ? item.options : undefined;
        if (item && /plugin-content-blog/.test(item.name))
            out.blogs.push(config_plugin(options, BLOG));
        if (item && /plugin-content-docs/.test(item.name))
            out.docsInstances.push({ ...config_plugin(options, DOCS), sidebarPath: sidebarPath(options?.sidebarPath) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sites/docusaurus/generator.ts
/**
 * `docusaurus`: docs under `docs/` served at `/docs/` (`base`), number prefixes (`01-intro`)
 * dropped, frontmatter `id` renames the doc (sidebars use ids), `slug` sets the URL (`/x` from the
 * base, `x` from the doc's folder); `index`, `README` and a file named like its folder stand for
 * the folder. URLs have no trailing slash, so relative URLs resolve against the page's folder.
 * The config's content plugins add the blog (posts routed by blog.ts, listed by the generated blog
 * pages) and `src/pages` (code pages are routes, Markdown pages too). Files or folders named `_x`
 * are partials MDX imports, no pages; `draft: true` pages are not built.
 */






/** Docusaurus's default number prefix parser: `01-`, `1.`, `2_` before the name. */
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^\d])/;
const strip = (segments) => segments.map((s) => s.replace(NUMBER_PREFIX, ''));
/** The content plugins skip `_x` files and folders (partials imported by MDX), tests and `__tests__`. */
const isPartial = (segments) => segments.some((s) => s.startsWith('_'));
const CODE_PAGE = /\.(?:js|jsx|ts|tsx)$/;
const SKIPPED_CODE = /(?:^|\/)(?:_[^/]*|__tests__)(?:\/|$)|\.test\.[jt]sx?$/;
const isDraft = (frontmatter) => frontmatter?.draft === true;
const CONFIGS = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.cjs', 'docusaurus.config.mts'];
const docusaurus = {
    detect: {
        configs: CONFIGS,
        content: ['docs', '../docs'],
    },
    defaults: { contentRoot: 'docs', base: 'docs', staticRoots: ['static'] },
    headingIds: 'github-custom',
    trailingSlash: false,
    // Docusaurus 3 compiles `.md` as MDX unless markdown.format says otherwise.
    decidesMdx: true,
    pageExtensions: ['.md', '.mdx'],
    indexNames: ['index', 'readme'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    docId(segments, frontmatter) {
        const parts = strip(segments);
        const id = (0,generator/* stringKey */.bE)(frontmatter, 'id');
        return (0,generator/* joinRoute */.u3)(...parts.slice(0, -1), id ?? parts[parts.length - 1]);
    },
    route(segments, frontmatter, settings, mount) {
        if (isPartial(segments) || isDraft(frontmatter))
            return undefined;
        const plugins = settings.docusaurus;
        if (mount && plugins?.blogs.some((b) => b.folder === mount.folder))
            return blogRoute(segments, frontmatter, settings.base);
        if (mount && plugins?.pages?.folder === mount.folder)
            return (0,generator/* joinRoute */.u3)(settings.base, ...(0,generator/* dropIndex */.kD)(segments, ['index']));
        const parts = strip(segments);
        const folder = parts.slice(0, -1);
        const slug = (0,generator/* stringKey */.bE)(frontmatter, 'slug');
        if (slug !== undefined)
            return slug.startsWith('/') ? (0,generator/* joinRoute */.u3)(settings.base, (0,generator/* trimSlashes */.uT)(slug)) : (0,generator/* joinRoute */.u3)(settings.base, ...folder, (0,generator/* trimSlashes */.uT)(slug));
        const id = (0,generator/* stringKey */.bE)(frontmatter, 'id');
        const last = id ?? parts[parts.length - 1];
        // An index-like file stands for its folder: index, README, or a file named like the folder.
        if (id === undefined && ((0,generator/* dropIndex */.kD)(parts, this.indexNames).length < parts.length || last === folder[folder.length - 1]))
            return (0,generator/* joinRoute */.u3)(settings.base, ...folder);
        return (0,generator/* joinRoute */.u3)(settings.base, ...folder, last);
    },
    pageIndex(pages, settings) {
        return contentIndex(pages, settings);
    },
    async load(ctx) {
        const { at, isFile, read, unreadable, links, found, navigation } = ctx;
        const configFile = CONFIGS.map(at).find(isFile);
        const config = configFile ? await readDocusaurusConfig(configFile, (0,static_module.scanModuleLoader)(ctx)) : undefined;
        for (const { what, part } of config?.dynamic ?? []) {
            const message = `${what} of the Docusaurus config is computed by code (${part.reason}, ${part.at.file}:${part.at.line}): the classic preset's defaults are assumed`;
            ctx.unverified.add({ cause: 'docusaurus-config-dynamic', message, unit: 'entries', key: 'links.contentRoot' });
        }
        docsPlugin(ctx, config);
        const contentRoot = links.contentRoot ?? found.contentRoot;
        const base = (0,generator/* trimSlashes */.uT)(links.base ?? found.base ?? docusaurus.defaults.base);
        const versions = links.contentRoot === undefined && links.routes === undefined ? await versionMounts(ctx, contentRoot, base) : [];
        const plugins = links.routes === undefined ? [...otherPlugins(ctx, config, configFile ?? at(CONFIGS[0])), ...(await docsInstances(ctx, config, contentRoot))] : [];
        // Declared mounts replace the content root's catch-all mount, so the docs' own mount comes first.
        if (versions.length > 0 || plugins.length > 0)
            found.contentMounts = [...(versions.length > 0 ? versions : [{ prefix: base, folder: contentRoot }]), ...plugins];
        if (config?.markdownFormat === undefined || config.markdownFormat === 'mdx') {
            const folders = [contentRoot, ...(found.contentMounts ?? []).map((m) => m.folder), at('i18n')];
            if (await compilesMarkdownAsMdx(ctx))
                found.mdx = [...new Set(folders)].map((f) => (f === '' ? '**/*.md' : `${f}/**/*.md`));
        }
        const file = ['sidebars.js', 'sidebars.ts', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.json'].map(at).find(isFile);
        if (file) {
            const text = await read(file);
            navigation.push(typeof text === 'string' ? parseSidebars(file, text, contentRoot) : unreadable(file, 'docusaurus-sidebars', text.error));
        }
        else {
            // No sidebars file: Docusaurus generates the sidebar from the whole docs folder.
            navigation.push({ path: at('docusaurus.config.js'), format: 'docusaurus-sidebars', entries: [], listsAll: [contentRoot] });
        }
    },
};
/**
 * Docusaurus 3 compiles `.md` files with MDX unless `markdown.format` says otherwise (`detect`, `md`);
 * Docusaurus 2 used MDX 1, another grammar, so its `.md` stay CommonMark. The version is the major
 * of `@docusaurus/core` in the site's package.json (or the repository's); none found: the current, 3.
 */
async function compilesMarkdownAsMdx(ctx) {
    for (const file of [...new Set([ctx.at('package.json'), 'package.json'])].filter(ctx.isFile)) {
        const text = await ctx.read(file);
        let manifest;
        try {
            manifest = typeof text === 'string' ? JSON.parse(text) : undefined;
        }
        catch {
            manifest = undefined;
        }
        const range = manifest?.dependencies?.['@docusaurus/core'] ?? manifest?.devDependencies?.['@docusaurus/core'];
        const major = typeof range === 'string' ? /\d+/.exec(range)?.[0] : undefined;
        if (major !== undefined)
            return Number(major) >= 3;
    }
    return true;
}
/** A folder the config names (relative to the site folder) from the scan root, when the scan has it. */
function folderOf(ctx, folder) {
    const normal = external_node_path_default().posix.normalize(ctx.at((0,generator/* trimSlashes */.uT)(folder)));
    return normal.startsWith('..') || !ctx.scan.dirs.includes(normal) ? undefined : (0,generator/* trimSlashes */.uT)(normal);
}
/** The preset's `docs` options: its folder and URL base (`.docward.yml` keys win, in linkSettings). */
function docsPlugin(ctx, config) {
    const docs = config?.docs;
    if (!docs)
        return;
    const folder = docs.path === undefined ? undefined : folderOf(ctx, docs.path);
    if (folder !== undefined)
        ctx.found.contentRoot = folder;
    if (docs.routeBasePath !== undefined)
        ctx.found.base = (0,generator/* trimSlashes */.uT)(docs.routeBasePath);
}
/**
 * The blogs and the pages plugin as mounts beside the docs ones (`docs`); blog posts are listed by
 * the generated blog pages (entry points); code pages in `src/pages` are routes; Markdown pages
 * there are linked from the navbar and footer, which docward does not read (orphans counted).
 */
function otherPlugins(ctx, config, configFile) {
    const { found, navigation, scan } = ctx;
    const blogs = (config?.blogs ?? [{ path: 'blog', routeBasePath: 'blog' }]).flatMap((b) => {
        const folder = folderOf(ctx, b.path);
        return folder === undefined ? [] : [{ folder, prefix: (0,generator/* trimSlashes */.uT)(b.routeBasePath) }];
    });
    const pagesPlugin = config === undefined ? { path: 'src/pages', routeBasePath: '' } : config.pages;
    const pagesFolder = pagesPlugin ? folderOf(ctx, pagesPlugin.path) : undefined;
    const pages = pagesFolder !== undefined && pagesPlugin ? { folder: pagesFolder, prefix: (0,generator/* trimSlashes */.uT)(pagesPlugin.routeBasePath) } : undefined;
    if (blogs.length === 0 && pages === undefined)
        return [];
    found.docusaurus = { blogs, ...(pages ? { pages } : {}) };
    found.fileRoutes = {};
    found.dynamicRoutes = [];
    for (const blog of blogs) {
        for (const page of BLOG_PAGES)
            found.fileRoutes[(0,generator/* joinRoute */.u3)(blog.prefix, page)] = configFile;
        found.dynamicRoutes.push(...BLOG_DYNAMIC_ROUTES.map((r) => (0,generator/* joinRoute */.u3)(blog.prefix, r)));
    }
    found.dynamicRoutesCause = BLOG_GENERATED;
    if (blogs.length > 0)
        navigation.push({ path: configFile, format: 'docusaurus-blog', entries: [], listsAll: blogs.map((b) => b.folder) });
    if (pages === undefined)
        return blogs;
    const inPages = scan.paths.filter((p) => p.startsWith(`${pages.folder}/`));
    for (const file of inPages) {
        const inside = file.slice(pages.folder.length + 1);
        if (!CODE_PAGE.test(inside) || SKIPPED_CODE.test(inside))
            continue;
        found.fileRoutes[(0,generator/* joinRoute */.u3)(pages.prefix, ...(0,generator/* dropIndex */.kD)(inside.replace(CODE_PAGE, '').split('/'), ['index']))] = file;
    }
    if (inPages.some((p) => /\.mdx?$/.test(p))) {
        found.navigationUnknown = {
            cause: 'docusaurus-pages-navigation',
            rule: 'orphan',
            message: `Markdown pages in ${pages.folder} are linked from the navbar and footer of the Docusaurus config and from React pages, which docward does not read: pages no Markdown link reaches are not reported as orphans`,
            unit: 'pages',
        };
        found.navigationUnknownIn = pages.folder;
    }
    return [...blogs, pages];
}
/**
 * More docs instances (`@docusaurus/plugin-content-docs` under `plugins`): each folder served at its
 * `routeBasePath`, routed as the docs; its `sidebarPath` read as sidebars.js is (no sidebar file:
 * generated from the folder). A sidebar path that is code: its docs are listed, and that is reported.
 */
async function docsInstances(ctx, config, contentRoot) {
    const mounts = [];
    for (const instance of config?.docsInstances ?? []) {
        const folder = folderOf(ctx, instance.path);
        if (folder === undefined || folder === contentRoot)
            continue;
        mounts.push({ prefix: (0,generator/* trimSlashes */.uT)(instance.routeBasePath), folder });
        const sidebar = instance.sidebarPath;
        if (sidebar === false)
            continue;
        const file = typeof sidebar === 'string' ? external_node_path_default().posix.normalize(ctx.at((0,generator/* trimSlashes */.uT)(sidebar))) : undefined;
        const text = file !== undefined && ctx.isFile(file) ? await ctx.read(file) : undefined;
        if (file !== undefined && text !== undefined) {
            ctx.navigation.push(typeof text === 'string' ? parseSidebars(file, text, folder) : ctx.unreadable(file, 'docusaurus-sidebars', text.error));
            continue;
        }
        if (typeof sidebar === 'object') {
            const message = `the sidebarPath of the docs in ${folder} is computed by code (${sidebar.reason}, ${sidebar.at.file}:${sidebar.at.line}): its docs are taken as listed`;
            ctx.unverified.add({ cause: 'docusaurus-config-dynamic', message, unit: 'entries', key: 'links.contentRoot' });
        }
        // No sidebar file: Docusaurus generates the sidebar from the whole folder.
        ctx.navigation.push({ path: file ?? ctx.at(CONFIGS[0]), format: 'docusaurus-sidebars', entries: [], listsAll: [folder] });
    }
    return mounts;
}
/** Partials (`_x`) and drafts of the content plugins' folders, and blog posts (titled by their file name when they have no title). */
function contentIndex(pages, settings) {
    const mounts = settings.contentMounts.length > 0 ? settings.contentMounts : [{ prefix: settings.base, folder: settings.contentRoot }];
    const blogs = new Set((settings.docusaurus?.blogs ?? []).map((b) => b.folder));
    const index = { fragments: new Set(), drafts: new Set(), titledPages: new Set() };
    for (const page of pages) {
        const mount = mounts.find((m) => m.folder === '' || page.path.startsWith(`${m.folder}/`));
        if (!mount)
            continue;
        const inside = mount.folder === '' ? page.path : page.path.slice(mount.folder.length + 1);
        if (isPartial(inside.split('/')))
            index.fragments.add(page.path);
        else if (isDraft(page.frontmatter))
            index.drafts.add(page.path);
        else if (blogs.has(mount.folder))
            index.titledPages.add(page.path);
    }
    return index;
}
/**
 * Versioned docs (`versions.json`, `versioned_docs/version-<v>/`): the newest version is served at
 * the docs base, each older one at `<base>/<v>`, and `docs/` itself (the next version) at
 * `<base>/next`. Each version's sidebar is a frozen copy of the one it was cut with, so its pages
 * are listed (entry points), not orphans.
 */
async function versionMounts({ at, isFile, read, scan, navigation }, contentRoot, base) {
    const file = at('versions.json');
    if (!isFile(file))
        return [];
    const text = await read(file);
    let versions;
    try {
        versions = typeof text === 'string' ? JSON.parse(text) : undefined;
    }
    catch {
        versions = undefined;
    }
    if (!Array.isArray(versions) || !versions.every((v) => typeof v === 'string'))
        return [];
    const dirs = new Set(scan.dirs);
    const folders = versions.map((v) => at(`versioned_docs/version-${v}`));
    const mounts = versions.flatMap((v, i) => (dirs.has(folders[i]) ? [{ prefix: i === 0 ? base : (0,generator/* joinRoute */.u3)(base, v), folder: folders[i] }] : []));
    if (mounts.length === 0)
        return [];
    navigation.push({ path: file, format: 'docusaurus-sidebars', entries: [], listsAll: mounts.map((m) => m.folder) });
    return [{ prefix: (0,generator/* joinRoute */.u3)(base, 'next'), folder: contentRoot }, ...mounts];
}

;// CONCATENATED MODULE: ./src/sites/github/generator.ts
const github = {
    defaults: { contentRoot: '', base: '', staticRoots: [] },
    headingIds: 'github',
    trailingSlash: false,
    pageExtensions: ['.md', '.markdown', '.mdx'],
    indexNames: ['readme', 'index'],
    relativeLinks: 'file',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: true,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route: () => undefined,
};

// EXTERNAL MODULE: ./src/sites/settings.ts
var sites_settings = __webpack_require__(431);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/sites/hugo/fragments.ts
/**
 * Hugo documents that are no page of their own: headless bundles (`headless: true` on a leaf
 * bundle's `index.md`: it and the files in its folder are resources for other pages), pages Hugo
 * does not render (`build: { render: never }`, also `_build`, `false` in older Hugo), set on the
 * page or cascaded from a section's `_index.md` (`cascade`, with its `target`/`_target` `path`
 * glob; the section page itself too, unless it sets `build.render` itself), and Markdown in the site's `layouts/`, `archetypes/` and `themes/` (templates). Drafts
 * (`draft: true`) are pages not published yet.
 */

const asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** `build.render` (or `_build.render`) set to `never` (or `false`). */
function rendersNever(values) {
    for (const key of ['build', '_build']) {
        const render = asObject(values?.[key])?.render;
        if (render === 'never' || render === false)
            return true;
    }
    return false;
}
/** `build.render` (or `_build.render`) set at all. */
function setsRender(values) {
    return ['build', '_build'].some((key) => asObject(values?.[key])?.render !== undefined);
}
/** A section's cascades that stop rendering, each with the `path` glob its target limits it to (undefined: every descendant). */
function renderNeverCascades(frontmatter) {
    const cascade = frontmatter?.cascade;
    const entries = Array.isArray(cascade) ? cascade.map(asObject) : [asObject(cascade)];
    const out = [];
    for (const entry of entries) {
        if (!entry || !rendersNever(entry))
            continue;
        const target = asObject(entry.target) ?? asObject(entry._target);
        const path = typeof target?.path === 'string' ? target.path : undefined;
        // Hugo matches `path` against the page's path from the content root (`/docs/x`), as a glob (`{/a,/a/**}` too).
        const matches = path === undefined ? undefined : picomatch_default()(path, { dot: true });
        out.push(matches === undefined ? undefined : (logical) => matches(`/${logical}`));
    }
    return out;
}
/** A template folder of the site or of a theme: Markdown there is a template or an archetype, not content. */
const TEMPLATE_FOLDER = /(?:^|\/)(?:layouts|archetypes|themes)\//;
/** `pages`: the documents in content mounts (the others are templates only in a template folder). */
function hugoFragments(documents, pages) {
    const fragments = new Set();
    const content = new Set(pages.map((p) => p.path));
    for (const doc of documents)
        if (!content.has(doc.path) && TEMPLATE_FOLDER.test(doc.path))
            fragments.add(doc.path);
    const headless = [];
    const cascades = [];
    for (const page of pages) {
        if (page.index === 'index' && page.frontmatter?.headless === true)
            headless.push({ language: page.language, folder: page.folder });
        if (page.index === '_index')
            for (const matches of renderNeverCascades(page.frontmatter))
                cascades.push({ language: page.language, folder: page.folder, matches });
        if (rendersNever(page.frontmatter))
            fragments.add(page.path);
    }
    const under = (folder, inner) => folder === '' || inner === folder || inner.startsWith(`${folder}/`);
    for (const page of pages) {
        if (headless.some((h) => h.language === page.language && under(h.folder, page.folder)))
            fragments.add(page.path);
        else if (cascades.some((c) => c.language === page.language &&
            under(c.folder, page.folder) &&
            // The section page takes its own cascade too (Hugo cascades to self), unless its own `build` says otherwise.
            !(page.index === '_index' && page.folder === c.folder && setsRender(page.frontmatter)) &&
            (c.matches === undefined || c.matches(page.logical))))
            fragments.add(page.path);
    }
    return fragments;
}
function hugoDrafts(pages) {
    return new Set(pages.filter((p) => p.frontmatter?.draft === true).map((p) => p.path));
}

;// CONCATENATED MODULE: ./src/sites/hugo/pages.ts
/** Hugo's content pages of one scan: which mount and language site each belongs to, its folder and its logical path. */


/** Hugo's logical form of a path inside a content root: lowercase, spaces as `-`, a final `_index`/`index` dropped. */
function logicalKey(path, dropIndex = true) {
    const key = path.toLowerCase().replace(/ /g, '-');
    return dropIndex ? key.replace(/(?:^|\/)_?index$/, '') : key;
}
/** The extension of the last segment (`.md`, as written), '' when none. */
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot) : '';
}
/**
 * The folders Hugo reads content from, most specific first: the content mounts of its config, or
 * the content root with the default language's folder in it (`content/en`, served without prefix).
 */
function hugoContentMounts(settings) {
    if (settings.contentMounts.length > 0)
        return [...settings.contentMounts].sort((a, b) => b.folder.length - a.folder.length);
    const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
    const own = defaultLanguage === undefined
        ? []
        : [
            {
                prefix: (0,generator/* joinRoute */.u3)(settings.base, (0,sites_settings/* languagePrefix */.RJ)(settings, defaultLanguage)),
                folder: (0,generator/* joinRoute */.u3)(settings.contentRoot, defaultLanguage),
                language: defaultLanguage,
            },
        ];
    return [...own, { prefix: settings.base, folder: settings.contentRoot }];
}
/** Where a file sits in Hugo's content: its mount, language site and path in that site's content tree (extension kept); undefined outside every mount. */
function hugoPlace(path, settings, mounts = hugoContentMounts(settings)) {
    for (const mount of mounts) {
        if (mount.unverified !== undefined || !(0,generator/* within */.ux)(path, mount.folder) || path === mount.folder)
            continue;
        let inner = mount.folder === '' ? path : path.slice(mount.folder.length + 1);
        if (mount.accepts && !mount.accepts(inner))
            continue;
        let language = mount.language ?? settings.defaultLanguage ?? settings.languages[0] ?? '';
        if (mount.language === undefined) {
            const first = inner.slice(0, Math.max(0, inner.indexOf('/')));
            if (first !== '' && settings.languages.includes(first)) {
                language = first;
                inner = inner.slice(first.length + 1);
            }
        }
        return { mount, language, inner: (0,generator/* joinRoute */.u3)(mount.target, inner) };
    }
    return undefined;
}
/** True when Hugo renders the file at `path` as a content page: a page extension, in a content mount. */
function isHugoContent(path, settings, pageExtensions) {
    return pageExtensions.includes(extensionOf(path).toLowerCase()) && hugoPlace(path, settings) !== undefined;
}
/** Every document with a page extension in a content mount that Hugo builds (see isBuiltPage), in scan order. */
function hugoPages(documents, settings, pageExtensions) {
    const mounts = hugoContentMounts(settings);
    const pages = [];
    for (const doc of documents) {
        if (!(0,generator/* isBuiltPage */.WS)(doc))
            continue;
        const ext = extensionOf(doc.path);
        if (!pageExtensions.includes(ext.toLowerCase()))
            continue;
        const place = hugoPlace(doc.path, settings, mounts);
        if (place === undefined)
            continue;
        const inner = place.inner.slice(0, -ext.length);
        const slash = inner.lastIndexOf('/');
        const name = inner.slice(slash + 1);
        const index = name === '_index' || name === 'index' ? name : '';
        pages.push({
            path: doc.path,
            language: place.language,
            logical: logicalKey(inner),
            folder: slash < 0 ? '' : inner.slice(0, slash),
            index,
            frontmatter: doc.frontmatter,
        });
    }
    return pages;
}

// EXTERNAL MODULE: ./src/rules/links/resolve.ts
var resolve = __webpack_require__(5581);
;// CONCATENATED MODULE: ./src/sites/hugo/refs.ts
/**
 * Hugo's `ref`/`relref` lookup (hugolib/pagecollections.go, `getContentNode`), per language site,
 * over logical page paths (content path without extension, language folder and `_index`/`index`
 * name, lowercased, spaces as `-`):
 * 1. `#x` alone is the page itself; the fragment is never checked by Hugo (link-anchor checks it).
 * 2. A path without a leading `/` is first joined to the page's folder (a leaf bundle's
 *    `index.md` uses its parent folder, except for `../x.md` with an extension); with an
 *    extension, the file next to the page is tried too.
 * 3. A path starting with `.` stops there; otherwise it is looked up from the content root.
 * 4. A path with no `/` at all is last looked up by page name anywhere in the site; a name two
 *    pages share is ambiguous (Hugo fails the build).
 * No language fallback: `lang` picks the site, a page missing in it is REF_NOT_FOUND.
 */



const AMBIGUOUS = '\u0000ambiguous';
class HugoRefs {
    settings;
    byPath = new Map();
    /** language → logical path → page. */
    logical = new Map();
    /** language → page name → page (or AMBIGUOUS). */
    names = new Map();
    /** Site-absolute refs by language and target: they do not depend on the page, and pages repeat them (the link render hook asks for every unresolved link). */
    absolute = new Map();
    constructor(pages, settings) {
        this.settings = settings;
        for (const page of pages) {
            this.byPath.set(page.path, page);
            const tree = this.treeOf(this.logical, page.language);
            if (!tree.has(page.logical))
                tree.set(page.logical, page.path);
            if (page.logical === '')
                continue;
            const name = page.logical.slice(page.logical.lastIndexOf('/') + 1);
            const names = this.treeOf(this.names, page.language);
            names.set(name, names.has(name) && names.get(name) !== page.path ? AMBIGUOUS : page.path);
        }
    }
    /** The shortcode `{{< ref target >}}` (optionally with `lang`) written in the document at `fromPath`. */
    resolve(fromPath, target, lang) {
        const from = this.byPath.get(fromPath);
        // Hugo renders only content pages: a shortcode elsewhere (a repository README) is plain text.
        if (!from)
            return { kind: 'external' };
        const { path: written, fragment } = (0,resolve/* splitTarget */.Gd)(target);
        // Hugo trims trailing slashes; what is left of `/` is the home page.
        const ref = written.replace(/\/+$/, '') || (written === '' ? '' : '/');
        if (written === '' && fragment !== undefined)
            return { kind: 'same-document', fragment };
        let language = from.language;
        if (lang !== undefined && this.settings.languages.length > 0) {
            if (!this.settings.languages.includes(lang))
                return this.notFound(target, from, `names language "${lang}", which the site does not have: Hugo fails the build (REF_NOT_FOUND)`);
            language = lang;
        }
        if (!ref.startsWith('/'))
            return this.lookUp(from, fromPath, target, ref, fragment, language);
        const key = `${language}\u0000${target}`;
        let found = this.absolute.get(key);
        if (found === undefined)
            this.absolute.set(key, (found = this.lookUp(from, fromPath, target, ref, fragment, language)));
        return { ...found };
    }
    /** `resolve` once the page, the written path (`ref`, trailing slashes trimmed) and the language site are known. */
    lookUp(from, fromPath, target, ref, fragment, language) {
        const tree = this.logical.get(language) ?? new Map();
        const ext = extensionOf(ref);
        const bare = ext === '' ? ref : ref.slice(0, -ext.length);
        // `x/index` without an extension is first a bundle named `index` (`x/index/index.md`), then `x/index.md`.
        const keys = (joined) => [...new Set([...(ext === '' && /(?:^|\/)index$/.test(joined) ? [logicalKey(joined, false)] : []), logicalKey(joined)])];
        const find = (joined) => joined === undefined
            ? undefined
            : keys(joined)
                .map((k) => tree.get(k))
                .find((p) => p !== undefined);
        if (!ref.startsWith('/')) {
            // A leaf bundle's `index.md` stands for its folder, so its refs start from the folder above.
            const fromParent = from.index === 'index' && !(ext !== '' && ref.startsWith('../'));
            const base = fromParent ? from.folder.slice(0, Math.max(0, from.folder.lastIndexOf('/'))) : from.folder;
            const found = find((0,resolve/* joinSegments */.DI)(base, bare));
            if (found !== undefined)
                return { kind: 'path', path: found, fragment };
            if (ext !== '') {
                const file = (0,resolve/* joinSegments */.DI)(fromPath.slice(0, Math.max(0, fromPath.lastIndexOf('/'))), ref);
                const page = file === undefined ? undefined : this.byPath.get(file);
                const same = page === undefined ? undefined : tree.get(page.logical);
                if (same !== undefined)
                    return { kind: 'path', path: same, fragment };
            }
            if (ref.startsWith('.'))
                return this.notFound(target, from, 'finds no page next to this page (a path starting with "." is looked up only there): Hugo fails the build (REF_NOT_FOUND)', language);
        }
        const absolute = find((0,resolve/* joinSegments */.DI)('', bare.replace(/^\/+/, '')));
        if (absolute !== undefined)
            return { kind: 'path', path: absolute, fragment };
        if (ref !== '' && !ref.includes('/')) {
            const byName = this.names.get(language)?.get(logicalKey(bare));
            if (byName === AMBIGUOUS)
                return this.notFound(target, from, 'is ambiguous: several pages have that name, so Hugo fails the build', language);
            if (byName !== undefined)
                return { kind: 'path', path: byName, fragment };
        }
        return this.notFound(target, from, undefined, language);
    }
    /** A ref Hugo cannot resolve: a broken link with its own message (never a case variant, never a real file). */
    notFound(target, from, why, language = from.language) {
        const site = language === '' ? 'the site' : `the "${language}" site`;
        const problem = `Hugo ref "${target}" ${why ?? `finds no page in ${site}: Hugo fails the build (REF_NOT_FOUND)`}`;
        const root = this.settings.languages.includes(language) ? (0,generator/* joinRoute */.u3)(this.settings.contentRoot, language) : this.settings.contentRoot;
        const written = (0,resolve/* splitTarget */.Gd)(target).path.replace(/^\/+|\/+$/g, '');
        const looked = written === '' ? '_index.md' : extensionOf(written) === '' ? `${written}.md` : written;
        return { kind: 'path', path: (0,generator/* joinRoute */.u3)(root, looked), caseVariants: [], problem };
    }
    treeOf(trees, language) {
        let tree = trees.get(language);
        if (!tree) {
            tree = new Map();
            trees.set(language, tree);
        }
        return tree;
    }
}

// EXTERNAL MODULE: ./src/sites/hugo/layouts.ts
var hugo_layouts = __webpack_require__(4803);
;// CONCATENATED MODULE: ./src/sites/hugo/sections.ts
/**
 * What Hugo pages list with no link written. A section's `.Pages` are the regular pages and the
 * sections directly in it (gohugo.io: content-management/sections, methods/page/pages). A section
 * is a folder with an `_index.md` (top-level folders are sections even without one, but then no
 * document lists them); the home page's are the top-level sections and the root's pages. A page
 * belongs to the nearest section above it; files inside a leaf bundle (a folder with `index.md`)
 * are its resources, not pages. Pages Hugo does not build or list (`draft: true`,
 * `build: {list: never}`, `_build: {list: never}`) are not listed. A language site without its own
 * `_index.md` for a section uses the default language's (Hugo falls back to it).
 *
 * Which page shows which list comes from the site's templates (layouts.ts): a section or home
 * template naming `.Pages` lists the page's own; a template naming `.CurrentSection.Pages` lists
 * the current section's (a regular page's siblings); `site.Sections` the top-level sections. Without
 * templates in the scan, section pages list their pages and the home page nothing (a landing page).
 */


const parentOf = (folder) => folder.slice(0, Math.max(0, folder.lastIndexOf('/')));
/** `build.list` / `_build.list` set to `never` (or `false`, Hugo's older form), or a draft. */
function unlisted(page) {
    const fm = page.frontmatter;
    if (fm === undefined)
        return false;
    if (fm.draft === true)
        return true;
    for (const key of ['build', '_build']) {
        const build = fm[key];
        if (build === null || typeof build !== 'object' || Array.isArray(build))
            continue;
        const list = build.list;
        if (list === 'never' || list === false)
            return true;
    }
    return false;
}
/** Without templates: section pages list their own pages. */
const SECTION_DEFAULT = { own: 'pages' };
/** Page path → the pages it lists, for every page of the scan that lists some. */
function hugoSectionLists(pages, defaultLanguage, layouts) {
    const key = (language, folder) => `${language}\u0000${folder}`;
    // Per language: section folder → its `_index` page; leaf bundle folders.
    const sections = new Map();
    const leafBundles = new Set();
    for (const page of pages) {
        if (page.index === '_index')
            sections.set(key(page.language, page.folder), page.path);
        else if (page.index === 'index')
            leafBundles.add(key(page.language, page.folder));
    }
    const sectionPage = (language, folder) => sections.get(key(language, folder)) ?? (defaultLanguage === undefined ? undefined : sections.get(key(defaultLanguage, folder)));
    // Pages share folders: each folder's answer is worked out once.
    const leafBundled = new Map();
    const inLeafBundle = (language, folder) => {
        const at = key(language, folder);
        let inside = leafBundled.get(at);
        if (inside === undefined) {
            inside = false;
            for (let f = folder; f !== '' && !inside; f = parentOf(f))
                inside = leafBundles.has(key(language, f));
            leafBundled.set(at, inside);
        }
        return inside;
    };
    /** The section a folder's pages belong to: the nearest with a section page, a top-level folder (a section without one), or the home ('' ). */
    const sectionOf = (language, folder) => {
        for (let f = folder; f !== ''; f = parentOf(f))
            if (sectionPage(language, f) !== undefined || !f.includes('/'))
                return f;
        return '';
    };
    // Per language and section folder: the pages directly in it, and the sections among them.
    const children = new Map();
    for (const page of pages) {
        // A section or leaf bundle is listed by the section above its own folder; a regular page by its folder's.
        const own = page.index === '' ? page.folder : parentOf(page.folder);
        if (page.index === '_index' && page.folder === '')
            continue;
        if (page.index !== '_index' && inLeafBundle(page.language, own))
            continue;
        if (unlisted(page))
            continue;
        const at = key(page.language, sectionOf(page.language, own));
        let list = children.get(at);
        if (!list)
            children.set(at, (list = { pages: [], regular: [], sections: [] }));
        list.pages.push(page.path);
        (page.index === '_index' ? list.sections : list.regular).push(page.path);
    }
    const NONE = { pages: [], regular: [], sections: [] };
    const childrenOf = (language, folder) => children.get(key(language, folder)) ?? NONE;
    const pick = (language, folder, listed) => childrenOf(language, folder)[listed === 'pages' ? 'pages' : 'regular'];
    const lists = new Map();
    const add = (path, listed) => {
        if (listed.length === 0)
            return;
        const had = lists.get(path);
        lists.set(path, had ? [...had, ...listed] : listed);
    };
    // Section pages of a language that falls back to the default language's `_index.md` list that language's pages too.
    const owners = new Map();
    for (const at of children.keys()) {
        const [language, folder] = at.split('\u0000');
        const owner = folder === '' ? sections.get(key(language, '')) : sectionPage(language, folder);
        if (owner === undefined)
            continue;
        const list = owners.get(owner);
        if (list)
            list.push({ language, folder });
        else
            owners.set(owner, [{ language, folder }]);
    }
    // Pages share a few (kind, type, layout) triples: each one's template is looked up once.
    const templates = new Map();
    const templateOf = (page) => {
        const slash = page.folder.indexOf('/');
        const type = (0,generator/* stringKey */.bE)(page.frontmatter, 'type') ?? (slash < 0 ? page.folder : page.folder.slice(0, slash));
        const kind = page.index === '_index' ? (page.folder === '' ? 'home' : 'section') : 'page';
        const layout = (0,generator/* stringKey */.bE)(page.frontmatter, 'layout');
        const at = `${kind}\u0000${type}\u0000${layout === undefined ? '' : `=${layout}`}`;
        if (templates.has(at))
            return templates.get(at);
        const found = layouts === undefined ? undefined : (0,hugo_layouts/* templateFor */.a3)(layouts, { kind, type, layout });
        const lists = found !== undefined ? found.lists : kind === 'section' ? SECTION_DEFAULT : undefined;
        templates.set(at, lists);
        return lists;
    };
    for (const page of pages) {
        const template = templateOf(page);
        if (template === undefined)
            continue;
        const isSection = page.index === '_index';
        // A section's (and the home's) own pages, in every language whose section falls back to it.
        const ownPlaces = isSection ? (owners.get(page.path) ?? []) : [];
        const current = isSection ? template.currentSection : undefined;
        const ownListed = template.own === 'pages' || current === 'pages' ? 'pages' : (template.own ?? current);
        if (ownListed !== undefined)
            for (const place of ownPlaces)
                add(page.path, pick(place.language, place.folder, ownListed));
        // A regular page's current section: its siblings.
        if (!isSection && template.currentSection !== undefined) {
            const folder = page.index === 'index' ? parentOf(page.folder) : page.folder;
            add(page.path, pick(page.language, sectionOf(page.language, folder), template.currentSection));
        }
        if (template.siteSections)
            add(page.path, childrenOf(page.language, '').sections);
    }
    return lists;
}

// EXTERNAL MODULE: ./src/sites/hugo/shortcodes.ts
var shortcodes = __webpack_require__(558);
;// CONCATENATED MODULE: ./src/sites/hugo/generator.ts
/**
 * `hugo`: pages in the content mounts (`content/`, `content/<lang>/`, or `module.mounts`: config.ts),
 * URLs lowercased with a trailing slash, `_index.md` (sections) and `index.md` (leaf bundles) stand
 * for their folder, `slug` replaces the last segment and `url` the whole path; the default language
 * has no URL prefix (unless `defaultContentLanguageInSubdir`). Relative URLs resolve against the
 * page URL; `.md` links as Hugo's link render hook does (file first, then from the content root);
 * absolute links in the page's language site first. `aliases` and `redirects` are routes too.
 * `ref`/`relref` shortcodes: refs.ts; section lists: sections.ts; fragments and drafts: fragments.ts;
 * config and menus: config.ts, menus.ts.
 */







const PAGE_EXTENSIONS = ['.md', '.markdown', '.html'];
const hugo = {
    // Hugo's generic `config.*` names come last in detection (detect.ts orders generators).
    detect: {
        configs: [
            'hugo.toml',
            'hugo.yaml',
            'hugo.yml',
            'hugo.json',
            'config.toml',
            'config.yaml',
            'config.yml',
            'config.json',
            'config/_default/hugo.toml',
            'config/_default/config.toml',
            'config/_default/hugo.yaml',
            'config/_default/config.yaml',
        ],
        content: 'content',
    },
    defaults: { contentRoot: 'content', base: '', staticRoots: ['static'] },
    trailingSlash: true,
    pageExtensions: PAGE_EXTENSIONS,
    indexNames: ['_index', 'index'],
    relativeLinks: 'url',
    assetsFileRelative: false,
    pageLinksFromContentRoot: true,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    headingIds: 'goldmark',
    absoluteLinksInPageLanguage: true,
    route(segments, frontmatter, settings, mount) {
        let rest = segments;
        let language = mount?.language;
        if (language === undefined && settings.languages.includes(rest[0] ?? '')) {
            language = rest[0];
            rest = rest.slice(1);
        }
        const prefix = (0,sites_settings/* languagePrefix */.RJ)(settings, language ?? settings.defaultLanguage ?? settings.languages[0]);
        const url = (0,generator/* stringKey */.bE)(frontmatter, 'url');
        if (url !== undefined)
            return (0,generator/* joinRoute */.u3)(prefix, (0,generator/* trimSlashes */.uT)(url));
        const isSection = rest[rest.length - 1] === '_index';
        let parts = (0,generator/* dropIndex */.kD)(rest, this.indexNames);
        const slug = (0,generator/* stringKey */.bE)(frontmatter, 'slug');
        if (slug !== undefined && !isSection && parts.length > 0)
            parts = [...parts.slice(0, -1), slug];
        return (0,generator/* joinRoute */.u3)(prefix, mount?.target, ...parts.map((p) => p.toLowerCase()));
    },
    aliases(frontmatter, route, settings, mount) {
        // `aliases: [/old/, old-name]` (absolute from the language site, or relative to the page's folder); `redirects` likewise, strings or `{ from }`.
        if (frontmatter?.aliases === undefined && frontmatter?.redirects === undefined)
            return [];
        const written = [frontmatter?.aliases, frontmatter?.redirects].flatMap((list) => (Array.isArray(list) ? list : typeof list === 'string' ? [list] : []));
        const prefix = (0,sites_settings/* languagePrefix */.RJ)(settings, mount?.language ?? settings.defaultLanguage ?? settings.languages[0]);
        const folder = route.slice(0, Math.max(0, route.lastIndexOf('/')));
        const out = [];
        for (const item of written) {
            const from = typeof item === 'string' ? item : typeof item?.from === 'string' ? item.from : undefined;
            if (from === undefined || from.trim() === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(from.trim()))
                continue;
            const path = (0,generator/* trimSlashes */.uT)(from
                .trim()
                .replace(/[?#].*$/, '')
                .replace(/(?:^|\/)index\.html$/, ''));
            if (from.trim().startsWith('/')) {
                const first = path.split('/')[0];
                out.push(settings.languages.includes(first) ? path : (0,generator/* joinRoute */.u3)(prefix, path));
            }
            else
                out.push((0,generator/* joinRoute */.u3)(folder, path));
        }
        return out;
    },
    shortcodes: { isContent: (path, settings) => isHugoContent(path, settings, PAGE_EXTENSIONS) },
    async load(ctx) {
        // The config parsers (smol-toml, yaml) load only for Hugo sites.
        const { loadHugoConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(292), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 7879));
        await loadHugoConfig(ctx);
    },
    mounts(settings) {
        // Without content mounts in its config, Hugo serves the default language's folder (`content/en/`) at the site root.
        return settings.contentMounts.length > 0 ? [] : hugoContentMounts(settings).filter((m) => m.language !== undefined);
    },
    pageIndex(pages, settings) {
        const hugoSite = hugoPages(pages, settings, PAGE_EXTENSIONS);
        const refs = new HugoRefs(hugoSite, settings);
        const index = { resolveShortcode: (fromPath, target, lang) => refs.resolve(fromPath, target, lang) };
        if (settings.sectionLists)
            index.listedBy = hugoSectionLists(hugoSite, settings.defaultLanguage ?? settings.languages[0], settings.hugoLayouts);
        index.fragments = hugoFragments(pages, hugoSite);
        index.drafts = hugoDrafts(hugoSite);
        const calls = settings.hugoShortcodeAnchors;
        if (calls !== undefined) {
            const cause = (0,shortcodes/* shortcodeAnchorsCause */.N)([...new Set(Object.values(calls))].sort());
            index.codeAnchors = new Map(Object.keys(calls).map((page) => [page, cause]));
        }
        // Pages with a `menu`/`menus` frontmatter key are in a menu: entry points.
        index.entryPages = pages
            .filter((doc) => doc.frontmatter && (doc.frontmatter.menu !== undefined || doc.frontmatter.menus !== undefined))
            .map((doc) => doc.path);
        return index;
    },
};

;// CONCATENATED MODULE: ./src/sites/learn/generator.ts
/**
 * `learn` (docfx / Microsoft Learn): `.md` links are file-relative, `~/x` is `x` from the docset
 * (the content root, docfx.json's folder), site-absolute routes (`/azure/app-service/overview`)
 * are served from the folders `routes` maps them to, `.yml` pages (landing pages, `index.yml`)
 * count; absolute routes under no mapped prefix are other docsets on the same site: not checked.
 */

const XREF_LINKS = {
    cause: 'xref',
    rule: 'link-broken',
    message: 'xref: links name API ids that the docfx build resolves from its cross-reference maps (xrefService, xref files), which docward does not read',
    unit: 'links',
};
const learn = {
    detect: { configs: ['docfx.json'] },
    defaults: { contentRoot: '', base: '', staticRoots: [] },
    headingIds: 'markdig',
    trailingSlash: false,
    pageExtensions: ['.md', '.yml'],
    indexNames: ['index'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: true,
    tildeRoot: true,
    yamlPages: true,
    route: generator/* pathRoute */.f8,
    caseInsensitivePaths: true,
    unverifiedLink: (target) => (/^\s*xref:/i.test(target) ? XREF_LINKS : undefined),
    async load(ctx) {
        const { isFile, read, unreadable, scan, links, found, navigation, unverified } = ctx;
        const [{ parseDocfxContent }, { parseDocfxToc }, { loadRedirects }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(849)]).then(__webpack_require__.bind(__webpack_require__, 7849)),
            Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(559)]).then(__webpack_require__.bind(__webpack_require__, 559)),
            Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(760)]).then(__webpack_require__.bind(__webpack_require__, 1760)),
        ]);
        const docfx = scan.paths.filter((p) => p === 'docfx.json' || p.endsWith('/docfx.json')).sort((a, b) => a.split('/').length - b.split('/').length)[0];
        let tocs = [];
        if (docfx !== undefined) {
            found.contentRoot = docfx.includes('/') ? docfx.slice(0, docfx.lastIndexOf('/')) : '';
            // build.content says which folders are published under which URL prefix (links.routes, when set, wins).
            const text = await read(docfx);
            const parsed = typeof text === 'string' ? parseDocfxContent(docfx, text) : { mounts: [], tocs: [], error: { message: text.error, line: 1, column: 1 } };
            found.contentMounts = parsed.mounts;
            tocs = parsed.tocs;
            if (parsed.error)
                navigation.push({ path: docfx, format: 'docfx-json', entries: [], listsAll: [], error: parsed.error });
        }
        const contentRoot = links.contentRoot ?? found.contentRoot ?? '';
        const tocFiles = scan.paths.filter((p) => /(?:^|\/)toc\.ya?ml$/i.test(p) && isFile(p) && (contentRoot === '' || p.startsWith(`${contentRoot}/`)));
        for (const file of tocFiles) {
            const text = await read(file);
            navigation.push(typeof text === 'string' ? parseDocfxToc(file, text) : unreadable(file, 'docfx-toc', text.error));
        }
        // A folder whose toc.yml docfx.json publishes but the repository lacks: the build generates that TOC (reference docs).
        const present = new Set(tocFiles.map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '').toLowerCase()));
        const generated = [];
        for (const folder of [...new Set(tocs)].filter((f) => !present.has(f.toLowerCase()))) {
            const pages = scan.paths.filter((p) => p.startsWith(`${folder}/`) && /\.(?:md|ya?ml)$/i.test(p) && isFile(p)).length;
            if (pages === 0)
                continue;
            const cause = {
                cause: 'learn-generated-toc',
                message: `docfx.json publishes "${folder}/toc.yml", which the build generates (it is not in the repository): the navigation of "${folder}/" is unknown, so its pages are not orphans and links into it that match no file are not checked`,
                unit: 'pages',
            };
            unverified.add({ ...cause, rule: 'orphan' }, pages);
            generated.push(folder);
            for (const mount of found.contentMounts ?? [])
                if (mount.folder === folder)
                    mount.unverified = { ...cause, rule: 'link-broken', unit: 'links' };
        }
        if (generated.length > 0)
            navigation.push({ path: docfx, format: 'docfx-json', entries: [], listsAll: generated });
        const redirects = await loadRedirects(ctx);
        if (redirects !== undefined)
            found.redirects = redirects;
        // docfx.json's `dest` is relative to the docset's base path on Learn (`/powershell/`), which only the publishing service knows; absolute URLs in the redirect maps reveal it.
        const base = links.base !== undefined
            ? (0,generator/* trimSlashes */.uT)(links.base)
            : docsetBase([...(redirects?.values() ?? [])].map((r) => r.to), (found.contentMounts ?? []).map((m) => m.prefix));
        if (base !== undefined)
            for (const mount of found.contentMounts ?? [])
                mount.prefix = [base, mount.prefix].filter((p) => p !== '').join('/');
    },
};
/**
 * The docset's base path, from absolute redirect URLs: the segments before a published prefix
 * (`/powershell/windows/get-started` with a `windows` entry gives `powershell`), when most such
 * URLs agree; undefined when none does.
 */
function docsetBase(urls, prefixes) {
    const dests = [...new Set(prefixes.filter((p) => p !== '').map((p) => p.split('/')[0]))];
    const votes = new Map();
    for (const url of urls) {
        if (!url.startsWith('/') || url.startsWith('//'))
            continue;
        const segments = url
            .split(/[?#]/)[0]
            .split('/')
            .filter((s) => s !== '');
        for (let i = 1; i < segments.length; i++) {
            if (!dests.includes(segments[i]))
                continue;
            const base = segments.slice(0, i).join('/');
            votes.set(base, (votes.get(base) ?? 0) + 1);
            break;
        }
    }
    const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    return best !== undefined && best[1] * 2 > [...votes.values()].reduce((a, b) => a + b, 0) ? best[0] : undefined;
}

;// CONCATENATED MODULE: ./src/sites/mkdocs/generator.ts
/**
 * `mkdocs`: pages under `docs_dir` (`docs/`), links are file-relative `.md` paths (MkDocs rewrites
 * them); `use_directory_urls` routes (`a/b.md` → `/a/b/`), `index.md`/`README.md` stand for the
 * folder; headings ids from Python-Markdown's toc (attr_list `{#id}` respected).
 */

const mkdocs = {
    detect: { configs: ['mkdocs.yml', 'mkdocs.yaml'] },
    defaults: { contentRoot: 'docs', base: '', staticRoots: [] },
    headingIds: 'python-markdown',
    trailingSlash: true,
    pageExtensions: ['.md', '.markdown'],
    indexNames: ['index', 'readme'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route(segments, frontmatter, settings) {
        // mkdocs-static-i18n's suffix structure: `x.fr.md` is `x` in the `fr` site (the default language at the root).
        const last = segments[segments.length - 1] ?? '';
        const dot = last.lastIndexOf('.');
        const language = settings.languageSuffixes && dot > 0 ? last.slice(dot + 1) : undefined;
        if (language === undefined || !settings.languages.includes(language))
            return generator/* pathRoute */.f8.call(this, segments, frontmatter, settings);
        const prefix = language === settings.defaultLanguage ? settings.base : (0,generator/* joinRoute */.u3)(settings.base, language);
        return generator/* pathRoute */.f8.call(this, [...segments.slice(0, -1), last.slice(0, dot)], frontmatter, { ...settings, base: prefix });
    },
    languageFolderFallback: true,
    async load(ctx) {
        // The config reader (yaml) loads only for MkDocs sites.
        const { loadMkdocs } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(368)]).then(__webpack_require__.bind(__webpack_require__, 5368));
        await loadMkdocs(ctx);
    },
};

;// CONCATENATED MODULE: ./src/sites/routes/generator.ts
/**
 * `routes`: GitHub's file-relative rule, plus explicit `{ "/prefix/": "folder/" }` maps for
 * site-absolute links (`/guide/x` → `folder/x.md`, `x.mdx`, `x/index.md`, `x/README.md`).
 */

const routes = {
    defaults: { contentRoot: '', base: '', staticRoots: [] },
    headingIds: 'github',
    trailingSlash: false,
    pageExtensions: ['.md', '.mdx', '.markdown'],
    indexNames: ['index', 'readme'],
    relativeLinks: 'file',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: true,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route: generator/* pathRoute */.f8,
};

// EXTERNAL MODULE: ./node_modules/github-slugger/index.js + 1 modules
var github_slugger = __webpack_require__(2710);
;// CONCATENATED MODULE: ./src/sites/starlight/generator.ts
/**
 * `starlight` / `astro`: pages under `src/content/docs/` (`.md`, `.mdx`, `.mdoc`), each path segment
 * slugged as Astro's content collections do (github-slugger), `index` stands for its folder,
 * frontmatter `slug` replaces the whole route; URLs end in `/`; locale folders stay in the URL.
 */



const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'];
const starlight = {
    detect: { configs: ASTRO_CONFIGS, content: 'src/content/docs' },
    defaults: { contentRoot: 'src/content/docs', base: '', staticRoots: ['public'] },
    headingIds: 'github',
    trailingSlash: true,
    pageExtensions: ['.md', '.mdx', '.mdoc'],
    indexNames: ['index'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route(segments, frontmatter, settings) {
        const slug = (0,generator/* stringKey */.bE)(frontmatter, 'slug');
        if (slug !== undefined)
            return (0,generator/* joinRoute */.u3)(settings.base, (0,generator/* trimSlashes */.uT)(slug));
        return (0,generator/* joinRoute */.u3)(settings.base, ...(0,generator/* dropIndex */.kD)(segments, this.indexNames).map((s) => (0,github_slugger/* slug */.y)(s)));
    },
    pageIndex(pages, settings) {
        // The 404 page (one per locale) is served for every missing route: never linked, no orphan.
        const notFound = new RegExp(`^${settings.contentRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(?:[^/]+/)?404\\.(?:md|mdx|mdoc)$`);
        return { entryPages: pages.filter((p) => notFound.test(p.path)).map((p) => p.path) };
    },
    async load(ctx) {
        const { at, isFile, links, found, navigation, unverified, scan } = ctx;
        const contentRoot = links.contentRoot ?? found.contentRoot;
        const file = ASTRO_CONFIGS.map(at).find(isFile);
        if (!file)
            return;
        const [{ readStarlightConfig, inferLocales }, { scanModuleLoader }] = await Promise.all([__webpack_require__.e(/* import() */ 501).then(__webpack_require__.bind(__webpack_require__, 6501)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6957))]);
        const config = await readStarlightConfig(file, scanModuleLoader(ctx), contentRoot);
        // Without a `sidebar`, Starlight lists every page.
        navigation.push(...(config.entries === undefined
            ? [{ path: file, format: 'starlight-sidebar', entries: [], listsAll: [contentRoot] }]
            : (0,sites_navigation/* navigationByFile */.O)('starlight-sidebar', file, config.entries)));
        const code = config.sidebarDynamic[0];
        if (code) {
            found.navigationUnknown = {
                cause: 'starlight-sidebar-dynamic',
                unit: 'pages',
                message: `the sidebar is computed (${code.reason}, ${code.at.file}:${code.at.line}): which pages it lists is unknown, so pages no link reaches are not reported as orphans`,
                key: 'entryPoints',
            };
        }
        if (config.locales) {
            if (config.locales.languages.length > 0)
                Object.assign(found, config.locales);
        }
        else if (config.localesDynamic && links.languages === undefined) {
            // Unreadable locales: the language folders say which locales exist.
            const languages = inferLocales(scan.paths, contentRoot);
            found.languages = languages;
            // Pages in the content root itself are the root locale, where missing translations fall back.
            found.defaultLanguage = '';
            const why = config.localesDynamic;
            unverified.add({
                cause: 'starlight-locales-inferred',
                unit: 'entries',
                message: `locales are computed (${why.reason}, ${why.at.file}:${why.at.line}): locale folders inferred from the content (${languages.length === 0 ? 'none' : languages.map((l) => `${l}/`).join(', ')}), and links between locales checked with them`,
                key: 'links.languages',
            }, Math.max(1, languages.length));
        }
    },
};

;// CONCATENATED MODULE: ./src/sites/vitepress/rewrites.ts
/** VitePress `rewrites`: a source path in `srcDir` → the path it is served as. */
/** A `rewrites` key as a pattern over source paths (`:name` one segment part, `(.*)` anything), with its target. */
function rewriteTarget(path, rewrites) {
    for (const [from, to] of Object.entries(rewrites)) {
        const names = [];
        let pattern = '';
        for (const token of from.split(/(:[A-Za-z_]\w*|\(\.\*\))/)) {
            if (token.startsWith(':')) {
                names.push(token.slice(1));
                pattern += '([^/]+?)';
            }
            else if (token === '(.*)') {
                names.push(String(names.length));
                pattern += '(.*)';
            }
            else
                pattern += token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        const match = new RegExp(`^${pattern}$`).exec(path);
        if (!match)
            continue;
        let target = to;
        names.forEach((name, i) => {
            target = target.replaceAll(/^\d+$/.test(name) ? `(.*)` : `:${name}`, match[i + 1]);
        });
        return target;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sites/vitepress/generator.ts
/**
 * `vitepress`: the site folder holds `.vitepress/config.*`; pages are the `.md` files under `srcDir`
 * (default: the site folder) minus `srcExclude`, each served at its path (`guide/x.md` → `/guide/x`,
 * `guide/index.md` → `/guide/`), moved by `rewrites`; links reach a page as `/x`, `x`, `x.md` or
 * `x.html` (VitePress rewrites them; `base` is added by VitePress, never written); `<srcDir>/public`
 * is served at the root; `themeConfig.nav`/`sidebar` are navigation; `[param].md` pages are dynamic
 * routes (unverifiable); heading ids by VitePress's slugify and `{#id}`.
 */



const generator_CONFIGS = ['.vitepress/config.js', '.vitepress/config.ts', '.vitepress/config.mjs', '.vitepress/config.mts'];
const vitepress = {
    detect: { configs: generator_CONFIGS },
    defaults: { contentRoot: '', base: '', staticRoots: ['public'] },
    headingIds: 'vitepress',
    trailingSlash: false,
    indexTrailingSlash: true,
    sourceExtensionRoutes: true,
    dynamicSegments: { cause: 'vitepress-dynamic-route' },
    pageExtensions: ['.md'],
    indexNames: ['index'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route(segments, _frontmatter, settings) {
        const source = `${segments.join('/')}.md`;
        const served = rewriteTarget(source, settings.rewrites) ?? source;
        return (0,generator/* joinRoute */.u3)(settings.base, ...(0,generator/* dropIndex */.kD)(served.replace(/\.md$/, '').split('/'), this.indexNames));
    },
    pageIndex(pages) {
        // `page: true` (the page is a Vue component's: vuejs/theme): its title and anchors come from that component.
        return { componentPages: new Set(pages.filter((p) => p.frontmatter?.page === true).map((p) => p.path)) };
    },
    async load(ctx) {
        const { at, isFile, links, found, navigation } = ctx;
        const file = generator_CONFIGS.map(at).find(isFile);
        if (!file)
            return;
        const [{ readVitepressConfig }, { scanModuleLoader }] = await Promise.all([__webpack_require__.e(/* import() */ 562).then(__webpack_require__.bind(__webpack_require__, 8562)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6957))]);
        const config = await readVitepressConfig(file, scanModuleLoader(ctx));
        const srcDir = (0,generator/* trimSlashes */.uT)(config.srcDir ?? '.').replace(/^\.$/, '');
        const contentRoot = links.contentRoot ?? (0,generator/* trimSlashes */.uT)(at(srcDir));
        found.contentRoot = contentRoot;
        found.staticRoots = [(0,generator/* joinRoute */.u3)(contentRoot, 'public')];
        // VitePress never builds `public/` or `node_modules/` as pages.
        found.excluded = [...config.srcExclude, 'public/**', '**/node_modules/**'].map((glob) => (0,generator/* joinRoute */.u3)(contentRoot, glob.replace(/^\.\//, '')));
        found.rewrites = config.rewrites;
        navigation.push(...(0,sites_navigation/* navigationByFile */.O)('vitepress-config', file, config.entries));
        if (config.dynamic.length > 0) {
            const { what, part } = config.dynamic[0];
            const cause = {
                cause: 'vitepress-config-dynamic',
                unit: 'pages',
                message: `${what} in ${part.at.file}:${part.at.line} is computed (${part.reason}): which pages the navigation lists is unknown, so pages no link reaches are not reported as orphans`,
                key: 'entryPoints',
            };
            found.navigationUnknown = cause;
        }
    },
};

;// CONCATENATED MODULE: ./src/sites/mdbook/generator.ts
/**
 * `mdbook`: the folder holding `book.toml`; pages are the `.md` files under `[book] src` (`src/`),
 * built only when `SUMMARY.md` lists them (a page it does not list is an orphan, even when linked);
 * `x.md` and `x.html` links reach a chapter (mdBook renders `x.md` as `x.html`, `README.md` as
 * `index.html`); relative links resolve from the page's folder; heading ids as mdBook writes them.
 * `[output.html.redirect]` keys are routes that still reach readers (a link to one: a notice naming
 * the new target). Markdown outside every book is the repository's (GitHub rules), except what
 * another build renders (`renderedElsewhere`): a folder holding a book.toml whose `src` is elsewhere
 * (a print edition's), or documents linking `.html` files the repository lacks (stub pages another
 * repository's build renders next to the book, as rust-lang/rust does with rust-lang/book's `redirects/`).
 */


const mdbook = {
    detect: { configs: ['book.toml'] },
    defaults: { contentRoot: 'src', base: '', staticRoots: [] },
    headingIds: 'mdbook',
    trailingSlash: false,
    indexTrailingSlash: true,
    navigationOnly: true,
    navigationTitles: true,
    pageExtensions: ['.md'],
    indexNames: ['index', 'readme'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route(segments, _frontmatter, settings) {
        // SUMMARY.md is the book's table of contents, not a chapter.
        if (segments.length === 1 && segments[0] === 'SUMMARY')
            return undefined;
        return (0,generator/* joinRoute */.u3)(settings.base, ...(0,generator/* dropIndex */.kD)(segments, this.indexNames));
    },
    renderedElsewhere: {
        cause: 'mdbook-outside-book',
        message: "Markdown outside every book that another build renders (it links `.html` pages the repository lacks, or sits beside a book.toml whose `src` is elsewhere, as a print edition does): its links that match no file, its title and whether anything links it are that build's",
    },
    leavingLinks: {
        cause: 'mdbook-leaves-book',
        rule: 'link-broken',
        unit: 'links',
        message: 'relative links that climb out of the book (`../std/` on doc.rust-lang.org) go to other sites of the same host, which are not in the repository',
    },
    pageIndex(_pages, settings) {
        // Every book's SUMMARY.md is its navigation, not a page.
        const books = settings.contentMounts.length > 0 ? settings.contentMounts.map((m) => m.folder) : [settings.contentRoot];
        return { entryPages: books.map((folder) => (0,generator/* joinRoute */.u3)(folder, 'SUMMARY.md')) };
    },
    async load({ at, isFile, read, unreadable, links, found, navigation, scan }) {
        const { bookSource, parseSummary } = await Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(292), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 7905));
        const siteRoot = (0,generator/* trimSlashes */.uT)(at(''));
        // The book at the site root, and books nested in its folders (older editions): each is served under its folder.
        const tomls = [
            at('book.toml'),
            ...scan.paths.filter((p) => p.endsWith('/book.toml') && p !== at('book.toml') && (siteRoot === '' || p.startsWith(`${siteRoot}/`)) && isFile(p)),
        ];
        const books = [];
        const redirects = new Map();
        const foreignFolders = [];
        for (const toml of tomls.filter(isFile)) {
            const text = await read(toml);
            const folder = toml.slice(0, Math.max(0, toml.lastIndexOf('/')));
            if (typeof text !== 'string') {
                navigation.push(unreadable(toml, 'mdbook-summary', text.error));
                continue;
            }
            const book = bookSource(text);
            if (book.error)
                navigation.push({ path: toml, format: 'mdbook-summary', entries: [], listsAll: [], error: book.error });
            const src = (0,resolve/* joinSegments */.DI)(folder, (0,generator/* trimSlashes */.uT)(book.src));
            if (src === undefined)
                continue;
            // A book.toml whose sources are elsewhere builds them again (a print edition): the Markdown beside it is no book's.
            if (!(0,generator/* within */.ux)(src, folder))
                foreignFolders.push(folder);
            // A second book.toml over the same sources (a print edition's) adds no book.
            if (books.some((b) => b.folder === src))
                continue;
            books.push({ prefix: (0,generator/* trimSlashes */.uT)(siteRoot === '' ? folder : folder.slice(siteRoot.length)), folder: src });
            for (const [from, to] of Object.entries(book.redirects))
                addRedirect(redirects, src, from, { to, file: toml });
        }
        if (redirects.size > 0)
            found.redirects = redirects;
        if (foreignFolders.length > 0)
            found.foreignFolders = foreignFolders;
        if (books.length > 0)
            found.contentRoot = books[0].folder;
        if (links.contentRoot !== undefined || books.length === 0)
            books.splice(0, books.length, { prefix: '', folder: links.contentRoot ?? found.contentRoot });
        if (books.length > 1)
            found.contentMounts = books;
        const firstChapters = {};
        for (const { prefix, folder } of books) {
            const summary = (0,generator/* joinRoute */.u3)(folder, 'SUMMARY.md');
            const text = isFile(summary) ? await read(summary) : undefined;
            if (typeof text === 'string') {
                const nav = parseSummary(summary, text, folder);
                navigation.push(nav);
                // mdBook writes the first chapter as the book's index.html too (a README.md chapter has that route already).
                const first = nav.entries.find((e) => !(0,resolve/* isExternalTarget */.v6)(e.target));
                const page = first && (0,resolve/* joinSegments */.DI)(folder, (0,resolve/* splitTarget */.Gd)(first.target).path);
                if (page !== undefined)
                    firstChapters[(0,generator/* joinRoute */.u3)(books.length > 1 ? '' : (0,generator/* trimSlashes */.uT)(links.base ?? ''), prefix)] = page;
            }
            else if (text !== undefined)
                navigation.push(unreadable(summary, 'mdbook-summary', text.error));
            else
                found.navigationUnknown = {
                    cause: 'mdbook-summary-missing',
                    unit: 'pages',
                    message: `${summary} is not in the scan: which pages the book builds is unknown`,
                    key: 'links.contentRoot',
                };
        }
        if (Object.keys(firstChapters).length > 0)
            found.fileRoutes = firstChapters;
    },
};
/**
 * One `[output.html.redirect]` entry: its key is an output path from the book's root (`/x.html` or
 * `x.html`), written for the chapter that was `x.md`; a key with `#` moves an anchor, not a page.
 */
function addRedirect(map, src, from, target) {
    const output = (0,generator/* trimSlashes */.uT)(from.trim());
    if (output === '' || output.includes('#'))
        return;
    const path = (0,generator/* joinRoute */.u3)(src, output).toLowerCase();
    for (const key of [path, path.replace(/\.html?$/, '.md')])
        if (!map.has(key))
            map.set(key, target);
}

// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
;// CONCATENATED MODULE: ./src/sites/jekyll/generator.ts
/**
 * `jekyll` (GitHub Pages): the folder holding `_config.yml`; pages are its `.md`, `.markdown` and
 * `.html` files outside `_`/`.` folders and `exclude`, at their path (`about.md` → `/about.html`, also
 * served as `/about`), or at their front matter `permalink`; posts (`_posts/YYYY-MM-DD-title.md`) and
 * output collections (`_recipes/x.md`) by the configured permalink patterns; everything under
 * `baseurl`. `.md` links are file-relative (jekyll-relative-links, on by default on GitHub Pages);
 * `{% link %}` and `{% post_url %}` must name an existing file (else Jekyll's build fails);
 * `{{site.baseurl}}` in a target is expanded, other Liquid is counted; heading ids as kramdown's GFM
 * parser writes them (GitHub's) with `{#id}`. Navigation is built by layouts: orphans are counted.
 */



const jekyll_generator_CONFIGS = ['_config.yml', '_config.yaml'];
/** Jekyll's permalink styles (jekyll/lib/jekyll/utils.rb `permalink_style`); a pattern of placeholders otherwise. */
const STYLES = {
    date: '/:categories/:year/:month/:day/:title:output_ext',
    pretty: '/:categories/:year/:month/:day/:title/',
    ordinal: '/:categories/:year/:y_day/:title:output_ext',
    weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
    none: '/:categories/:title:output_ext',
};
const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;
/** A permalink pattern with its placeholders filled (`:output_ext` is the served `.html`, dropped from routes). */
function expand(pattern, values) {
    return pattern.replace(/:([a-z_]+)/g, (whole, name) => (name === 'output_ext' ? '' : (values[name] ?? whole)));
}
/** A permalink as a route: no slashes around it, `.html` and `index.html` dropped (both serve the route). */
const permalinkRoute = (base, permalink) => (0,generator/* joinRoute */.u3)(base, (0,generator/* trimSlashes */.uT)(permalink)
    .replace(/(?:^|\/)index\.html$/, '')
    .replace(/\.html$/, ''));
function categories(frontmatter) {
    const value = frontmatter?.categories ?? frontmatter?.category;
    if (typeof value === 'string')
        return value.split(/\s+/).filter((c) => c !== '');
    return Array.isArray(value) ? value.filter((c) => typeof c === 'string') : [];
}
const jekyll = {
    // Hexo (scaffolds/) and Jupyter Book (_toc.yml) also keep a `_config.yml`.
    detect: { configs: jekyll_generator_CONFIGS, unless: ['_toc.yml', 'scaffolds'] },
    defaults: { contentRoot: '', base: '', staticRoots: [] },
    headingIds: 'github-custom',
    trailingSlash: false,
    indexTrailingSlash: true,
    pageExtensions: ['.md', '.markdown', '.html'],
    indexNames: ['index', 'readme'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route(segments, frontmatter, settings) {
        const config = settings.jekyll ?? { permalink: 'date', collections: {} };
        const permalink = (0,generator/* stringKey */.bE)(frontmatter, 'permalink');
        const posts = segments.indexOf('_posts');
        if (posts >= 0) {
            if (segments.slice(0, posts).some((s) => /^[_.]/.test(s)))
                return undefined;
            if (permalink !== undefined)
                return permalinkRoute(settings.base, permalink);
            const date = POST_NAME.exec(segments[segments.length - 1]);
            // Jekyll skips a post whose name has no date.
            if (!date)
                return undefined;
            const [, year, month, day, title] = date;
            const own = config.collections.posts?.permalink;
            const pattern = own ?? STYLES[config.permalink] ?? config.permalink;
            const values = {
                categories: [...segments.slice(0, posts), ...categories(frontmatter)].join('/'),
                year,
                month,
                day,
                title,
                slug: title,
                i_month: String(Number(month)),
                i_day: String(Number(day)),
            };
            return permalinkRoute(settings.base, expand(pattern, values));
        }
        const first = segments[0];
        if (first.startsWith('_')) {
            const name = first.slice(1);
            const collection = config.collections[name];
            if (!collection?.output)
                return undefined;
            if (permalink !== undefined)
                return permalinkRoute(settings.base, permalink);
            const path = segments.slice(1).join('/');
            const last = segments[segments.length - 1];
            return permalinkRoute(settings.base, expand(collection.permalink ?? '/:collection/:path:output_ext', { collection: name, path, name: last, title: last, slug: last }));
        }
        if (segments.some((s) => /^[_.#~]/.test(s)))
            return undefined;
        if (permalink !== undefined)
            return permalinkRoute(settings.base, permalink);
        return (0,generator/* joinRoute */.u3)(settings.base, ...(0,generator/* dropIndex */.kD)(segments, this.indexNames));
    },
    aliases(frontmatter, _route, settings) {
        // jekyll-redirect-from (on by default on GitHub Pages): each old URL redirects to the page.
        const value = frontmatter?.redirect_from;
        const old = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
        return old.map((url) => permalinkRoute(settings.base, url));
    },
    directoryUrl(segments, frontmatter, settings) {
        const config = settings.jekyll ?? { permalink: 'date', collections: {} };
        const permalink = (0,generator/* stringKey */.bE)(frontmatter, 'permalink');
        if (permalink !== undefined)
            return permalink.endsWith('/');
        const first = segments[0] ?? '';
        const collection = segments.includes('_posts') ? config.collections.posts : first.startsWith('_') ? config.collections[first.slice(1)] : undefined;
        const pattern = collection?.permalink ?? STYLES[config.permalink] ?? config.permalink;
        // A page keeps its `.html` name unless the site's style is directory-like.
        return (segments.includes('_posts') || first.startsWith('_') || config.permalink === 'pretty') && pattern.endsWith('/');
    },
    pageIndex(pages, settings) {
        // Includes and layouts are pieces of other pages: no title of their own, never orphans.
        const pieces = ['_includes', '_layouts'].map((folder) => (0,generator/* joinRoute */.u3)(settings.contentRoot, folder));
        return { fragments: new Set(pages.filter((p) => pieces.some((f) => p.path.startsWith(`${f}/`))).map((p) => p.path)) };
    },
    expandTarget(target, settings) {
        const expanded = target.replace(/\{\{\s*site\.baseurl\s*\}\}/g, settings.base === '' ? '' : `/${settings.base}`);
        return /\{[{%]/.test(expanded) ? undefined : expanded;
    },
    async load({ at, isFile, read, links, found, navigation, scan }) {
        const file = jekyll_generator_CONFIGS.map(at).find(isFile);
        if (!file)
            return;
        const { parseJekyllConfig, liquidLinks, htmlFrontmatter, blockAttributeIds } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(694), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 1536));
        const text = await read(file);
        const config = parseJekyllConfig(typeof text === 'string' ? text : '');
        if (typeof text !== 'string' || config.error) {
            navigation.push({
                path: file,
                format: 'jekyll-config',
                entries: [],
                listsAll: [],
                error: typeof text === 'string' ? config.error : { message: text.error, line: 1, column: 1 },
            });
        }
        const root = links.contentRoot ?? (0,generator/* trimSlashes */.uT)(at(''));
        const inside = (p) => (root === '' ? p : p.startsWith(`${root}/`) ? p.slice(root.length + 1) : undefined);
        found.base = (0,generator/* trimSlashes */.uT)(config.baseurl);
        found.navigationUnknown = {
            cause: 'jekyll-navigation',
            unit: 'pages',
            message: 'the navigation is built by layouts and includes (site.pages, site.posts, _data menus in HTML and Liquid), which docward does not run: pages no link reaches are not reported as orphans',
            key: 'entryPoints',
        };
        found.jekyll = { permalink: config.permalink, collections: config.collections };
        // Folders Jekyll does not read as pages: `_`/`.` folders other than posts and output collections (drafts, includes, layouts, data, the built _site).
        const hidden = scan.dirs.filter((d) => {
            const rel = inside(d);
            if (rel === undefined || rel === '')
                return false;
            const name = rel.slice(rel.lastIndexOf('/') + 1);
            return (name.startsWith('_') && name !== '_posts' && !(rel === name && config.collections[name.slice(1)]?.output)) || name.startsWith('.');
        });
        found.excluded = [
            ...config.exclude.map((e) => (0,generator/* joinRoute */.u3)(root, (0,generator/* trimSlashes */.uT)(e))),
            ...config.exclude.map((e) => (0,generator/* joinRoute */.u3)(root, (0,generator/* trimSlashes */.uT)(e), '**')),
            ...hidden.map((d) => `${d}/**`),
        ];
        // `{% link %}` / `{% post_url %}` in every page: checked as links of that page.
        const posts = new Map();
        for (const p of scan.paths) {
            const rel = inside(p);
            const at = rel?.lastIndexOf('_posts/') ?? -1;
            if (rel !== undefined && at >= 0)
                posts.set(rel.slice(at + '_posts/'.length).replace(/\.[^./]+$/, ''), rel);
        }
        // HTML pages are no documents of the scan: their routes (front matter permalink, else their path) are read here.
        const excluded = (0,glob/* compileGlobs */.tI)(found.excluded.map((g) => `/${g}`));
        found.fileRoutes = {};
        for (const page of scan.paths) {
            if (!/\.(?:md|markdown|html)$/i.test(page) || inside(page) === undefined || !isFile(page) || excluded(page))
                continue;
            const body = await read(page);
            if (typeof body !== 'string')
                continue;
            if (/\.html$/i.test(page) && body.startsWith('---')) {
                const segments = inside(page)
                    .replace(/\.html$/i, '')
                    .split('/');
                const route = jekyll.route(segments, htmlFrontmatter(body), { ...(0,sites_settings/* linkSettings */.y_)('jekyll', links, found), base: found.base ?? '' });
                if (route !== undefined)
                    found.fileRoutes[route] = page;
            }
            const ids = body.includes('{:') ? blockAttributeIds(body) : [];
            if (ids.length > 0)
                (found.declaredAnchors ??= {})[page] = ids;
            if (!body.includes('{%'))
                continue;
            const entries = liquidLinks(body).map((l) => ({
                kind: 'file',
                target: l.tag === 'link' ? l.target : (posts.get(l.target) ?? `_posts/${l.target}.md`),
                base: root,
                line: l.line,
                column: l.column,
            }));
            if (entries.length > 0)
                navigation.push({ path: page, format: 'jekyll-liquid', entries, listsAll: [], ofDocument: true });
        }
    },
};

;// CONCATENATED MODULE: ./src/sites/nextjs/generator.ts
/**
 * `nextjs`: a folder holding `next.config.*`. Markdown/MDX pages of the Pages router (`pages/` or
 * `src/pages/`: `x.mdx` → `/x`, `index` = folder, `[slug]` dynamic) or the App router (`app/**`
 * `/page.mdx` → its folder, `(group)` and `@slot` folders dropped) are routed; other page files
 * (`.tsx`, `.jsx`, `.js`, `.ts`) serve routes too; `public/` is served at the root. Navigation lives
 * in React components: which pages it lists is unknown (orphans counted), except Nextra, whose
 * sidebar lists every page. Markdown outside the router (read by code: next-mdx-remote,
 * contentlayer) has routes docward cannot model: its site-absolute links and orphans are counted
 * (one notice each); its relative file links are still checked.
 */

const nextjs_generator_CONFIGS = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs', 'next.config.mts'];
const PAGE_FILE = /\.(?:mdx|md|tsx|jsx|js|ts)$/;
const MARKDOWN = /\.(?:mdx|md)$/;
const APP_ROUTER = /(?:^|\/)app$/;
/** App-router folders that are not URL segments: route groups `(x)`, parallel slots `@x`, private `_x`. */
const routeSegments = (segments) => segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
const nextjs = {
    detect: { configs: nextjs_generator_CONFIGS },
    defaults: { contentRoot: 'pages', base: '', staticRoots: ['public'] },
    // rehype-slug / github-slugger, and react.dev's `## Title {/*custom-id*/}` (remark-header-custom-ids).
    headingIds: 'mdx-comment',
    trailingSlash: false,
    // A catch-all page may compile the content folder's `.md` with an MDX compiler.
    decidesMdx: true,
    dynamicSegments: { cause: 'nextjs-dynamic-route' },
    // Frontmatter is read by the site's code (gray-matter, then `new Date(date)`).
    frontmatterDates: 'javascript',
    // A page listed in a JSON sidebar takes its title from the entry when its frontmatter has none (react.dev's Page.tsx).
    navigationTitles: true,
    pageExtensions: ['.mdx', '.md'],
    indexNames: ['index'],
    relativeLinks: 'url',
    assetsFileRelative: true,
    pageLinksFromContentRoot: false,
    rootFiles: false,
    unknownRoutesExternal: false,
    tildeRoot: false,
    yamlPages: false,
    route(segments, _frontmatter, settings) {
        if (segments.some((s) => s.startsWith('_')) || segments[0] === 'api')
            return undefined;
        if (APP_ROUTER.test(settings.contentRoot)) {
            // App router: only `page.mdx` is a page; it serves its folder.
            if (segments[segments.length - 1] !== 'page')
                return undefined;
            return (0,generator/* joinRoute */.u3)(settings.base, ...routeSegments(segments.slice(0, -1)));
        }
        return (0,generator/* joinRoute */.u3)(settings.base, ...(0,generator/* dropIndex */.kD)(segments, this.indexNames));
    },
    async load(ctx) {
        const { at, isFile, scan, links, found, navigation } = ctx;
        const inFolder = (folder) => scan.paths.filter((p) => p.startsWith(`${folder}/`));
        const holdsMarkdown = (folder) => inFolder(folder).some((p) => MARKDOWN.test(p));
        const routers = ['pages', 'src/pages', 'app', 'src/app'].map(at).filter((f) => scan.dirs.includes(f));
        const router = routers.find(holdsMarkdown) ?? routers[0];
        const pageRoot = links.contentRoot ?? router ?? at('pages');
        const app = APP_ROUTER.test(pageRoot);
        // Every page file serves a route (code pages too: `setup.tsx`); dynamic ones (`[slug].tsx`) are patterns.
        const dynamicPages = {};
        found.fileRoutes = {};
        for (const file of inFolder(pageRoot)) {
            if (!PAGE_FILE.test(file) || MARKDOWN.test(file))
                continue;
            const segments = file
                .slice(pageRoot.length + 1)
                .replace(PAGE_FILE, '')
                .split('/');
            if (segments.some((s) => s.startsWith('_')) || segments[0] === 'api' || (app && segments[segments.length - 1] !== 'page'))
                continue;
            const route = (app ? routeSegments(segments.slice(0, -1)) : (0,generator/* dropIndex */.kD)(segments, ['index'])).join('/');
            if (route.includes('['))
                dynamicPages[route] = file;
            else
                found.fileRoutes[route] = file;
        }
        // Markdown outside the router that a catch-all page reads (react.dev's src/content): that folder is the content root.
        const { findContentCatchAll } = await __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 234));
        const catchAll = links.contentRoot === undefined && router !== undefined && !holdsMarkdown(router)
            ? await findContentCatchAll(dynamicPages, router, ctx, holdsMarkdown)
            : undefined;
        const contentRoot = catchAll?.folder ?? pageRoot;
        found.contentRoot = contentRoot;
        if (catchAll && links.base === undefined)
            found.base = catchAll.prefix;
        // react.dev compiles its `.md` pages with @mdx-js/mdx: they follow MDX's grammar.
        if (catchAll?.compilesMdx)
            found.mdx = [`${contentRoot}/**/*.md`];
        found.dynamicRoutes = Object.keys(dynamicPages).filter((route) => route !== catchAll?.route);
        // Ids that MDX components render from their attributes (`<Recipes titleId="x">`) are anchors of their page.
        // So are ids a component's own code sets (`<Challenges>`'s default `titleId`), found through the MDX components map.
        const { componentIds } = await __webpack_require__.e(/* import() */ 335).then(__webpack_require__.bind(__webpack_require__, 335));
        const { componentCodeIds, pageCodeIds } = await __webpack_require__.e(/* import() */ 567).then(__webpack_require__.bind(__webpack_require__, 1567));
        const codeIds = await componentCodeIds({ paths: scan.paths, isFile, read: ctx.read }, (0,generator/* trimSlashes */.uT)(at('')) === '' ? '' : `${(0,generator/* trimSlashes */.uT)(at(''))}/`);
        for (const page of inFolder(contentRoot).filter((p) => MARKDOWN.test(p))) {
            const text = await ctx.read(page);
            const ids = typeof text === 'string' ? [...(await componentIds(text)), ...pageCodeIds(text, codeIds)] : [];
            if (ids.length > 0)
                (found.declaredAnchors ??= {})[page] = ids;
        }
        const nextra = scan.paths.some((p) => /(?:^|\/)_meta\.(?:json|js|ts|tsx|jsx)$/.test(p) || /(?:^|\/)theme\.config\.(?:js|jsx|ts|tsx)$/.test(p));
        const config = nextjs_generator_CONFIGS.map(at).find(isFile);
        // JSON sidebars the catch-all page imports (react.dev): their entries are checked and reach pages, but headers, footers and
        // other components link pages too, so orphans stay counted. Nextra's sidebar lists every page of the router.
        const sidebars = (catchAll?.jsonImports ?? []).filter(isFile);
        const { readJsonSidebar } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 2310));
        for (const file of sidebars) {
            const text = await ctx.read(file);
            navigation.push(typeof text === 'string' ? readJsonSidebar(file, text) : ctx.unreadable(file, 'nextjs-sidebar', text.error));
        }
        if (nextra && sidebars.length === 0)
            navigation.push({ path: config, format: 'nextjs-router', entries: [], listsAll: [contentRoot] });
        else {
            found.navigationUnknown = {
                cause: 'nextjs-navigation',
                unit: 'pages',
                message: `the navigation is in React components, which docward does not run${sidebars.length > 0 ? ' (the JSON sidebars the catch-all page imports are read)' : ''}: pages no link reaches are not reported as orphans`,
                key: 'entryPoints',
            };
            found.navigationUnknownIn = (0,generator/* trimSlashes */.uT)(at(''));
        }
        const { readNextConfig } = await __webpack_require__.e(/* import() */ 29).then(__webpack_require__.bind(__webpack_require__, 9029));
        let unmodelled = await readNextConfig(config, ctx);
        const vercel = at('vercel.json');
        if (isFile(vercel)) {
            const { readVercelRedirects } = await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(440)]).then(__webpack_require__.bind(__webpack_require__, 7440));
            const text = await ctx.read(vercel);
            const read = typeof text === 'string' ? readVercelRedirects(vercel, text, contentRoot, found.base ?? '') : text;
            if ('error' in read)
                navigation.push(ctx.unreadable(vercel, 'nextjs-redirects', read.error));
            else {
                if (read.redirects.size > 0)
                    found.redirects = read.redirects;
                navigation.push({ path: vercel, format: 'nextjs-redirects', entries: read.destinations, listsAll: [] });
                const files = read.fileDestinations;
                if (files.length > 0)
                    ctx.unverified.add({
                        cause: 'nextjs-redirect-file',
                        rule: 'link-broken',
                        unit: 'entries',
                        message: `${vercel} redirects to files (${files[0]}${files.length > 1 ? ', …' : ''}) that the build may generate: not checked`,
                        key: 'links.staticRoots',
                    }, files.length);
                if (read.patterns > 0)
                    unmodelled ??= `${vercel} has ${read.patterns} redirects with patterns`;
                if (read.rewrites > 0)
                    unmodelled ??= `${vercel} sets rewrites`;
            }
        }
        const modelled = (catchAll !== undefined || (router !== undefined && holdsMarkdown(router))) && unmodelled === undefined;
        if (modelled)
            return;
        found.routesUnknown = {
            cause: 'nextjs-routes',
            rule: 'link-broken',
            unit: 'links',
            message: `site-absolute links to routes no Markdown page, page file or public/ file serves: ${unmodelled ?? 'the Markdown is outside the router, rendered by code (next-mdx-remote, contentlayer)'}, which docward cannot model`,
            key: 'links.routes',
        };
    },
};

;// CONCATENATED MODULE: ./src/sites/index.ts
/** Every site generator by mode name (`links.mode`); one folder each under src/sites/ (see README.md). */











const GENERATORS = {
    github: github,
    hugo: hugo,
    starlight: starlight,
    astro: starlight,
    docusaurus: docusaurus,
    mkdocs: mkdocs,
    learn: learn,
    routes: routes,
    vitepress: vitepress,
    mdbook: mdbook,
    jekyll: jekyll,
    nextjs: nextjs,
};


/***/ }),

/***/ 2146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ loadSite),
/* harmony export */   s: () => (/* binding */ siteDecidesMdx)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _unverified_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4416);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6253);
/* harmony import */ var _gitignored_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5056);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8261);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(431);
/**
 * The link mode for one scan: `links.mode` from the config, or detected from the scanned files;
 * then the generator's navigation files are read (menus, sidebars, nav, TOCs) for the resolver.
 * Only files the scan listed are read (excluded or ignored ones do not exist for docward).
 */







// One detection per listing: the pipeline asks before loading the site (siteDecidesMdx), then loadSite.
const detections = new WeakMap();
function siteMode(scan, links) {
    const explicit = links.mode !== undefined && links.mode !== 'auto' ? links.mode : undefined;
    let detected = detections.get(scan.paths);
    if (detected === undefined) {
        detected = (0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .detectMode */ .X)(scan.paths, scan.dirs);
        detections.set(scan.paths, detected);
    }
    return { explicit, detected, mode: explicit ?? detected.mode };
}
/** Whether loading this site may decide which `.md` are read as MDX (then extraction must wait for loadSite). */
function siteDecidesMdx(scan, links) {
    return _index_js__WEBPACK_IMPORTED_MODULE_5__/* .GENERATORS */ .D[siteMode(scan, links).mode].decidesMdx === true;
}
/** `unverified`: where the generator's config leaves something docward cannot check (the pipeline's tally, shared with the rules). */
async function loadSite(root, scan, links, unverified = new _unverified_js__WEBPACK_IMPORTED_MODULE_2__/* .UnverifiedTally */ .mg()) {
    const listed = new Set(scan.paths);
    const dirs = new Set(scan.dirs);
    const isFile = (p) => listed.has(p) && !dirs.has(p);
    const read = async (p) => {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, p), 'utf8');
        }
        catch (error) {
            return { error: `cannot read: ${error.message}` };
        }
    };
    const unreadable = (p, format, message) => ({
        path: p,
        format,
        entries: [],
        listsAll: [],
        error: { message, line: 1, column: 1 },
    });
    const { explicit, detected, mode } = siteMode(scan, links);
    const siteRoot = explicit === undefined || explicit === detected.mode ? detected.siteRoot : '';
    const at = (p) => (siteRoot === '' ? p : `${siteRoot}/${p}`);
    const base = (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .linkSettings */ .y_)(mode);
    const contentRoot = mode === detected.mode && detected.contentRoot !== undefined ? detected.contentRoot : at(base.contentRoot);
    const found = { contentRoot, staticRoots: base.staticRoots.map(at) };
    const navigation = [];
    const context = { at, isFile, read, unreadable, scan, links, found, navigation, unverified };
    await _index_js__WEBPACK_IMPORTED_MODULE_5__/* .GENERATORS */ .D[mode].load?.(context);
    const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .linkSettings */ .y_)(mode, links, found);
    // A link to a build output the repository ignores names a file that exists only after a local build.
    const ignored = await (0,_gitignored_js__WEBPACK_IMPORTED_MODULE_4__/* .gitIgnored */ .V)(scan.paths, read);
    if (ignored !== undefined)
        settings.gitIgnored = ignored;
    // Sites nested in the tree (example projects) are judged by their own build, not this site's; none when the config chose another mode than detected.
    settings.nestedSites =
        explicit === undefined || explicit === detected.mode
            ? (0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .nestedSiteContent */ .i)(scan.paths, scan.dirs, {
                siteRoot,
                ...(mode === 'github' ? {} : { contentRoot: settings.contentRoot }),
                navigation: navigation.map((n) => n.path),
                mounts: settings.contentMounts.map((m) => m.folder),
            })
            : [];
    if (explicit === undefined && detected.unmodelled) {
        const { name, config } = detected.unmodelled;
        const message = `${config} is a ${name} site, a generator docward does not model: links are resolved file by file as GitHub renders them, so site-absolute links, routes and navigation are not checked as the site serves them`;
        unverified.add({ cause: 'site-generator-unmodelled', message, unit: 'entries', key: 'links.mode' });
        return {
            site: { settings, navigation },
            notice: `docward: ${message}; set links.mode in .docward.yml (e.g. routes with links.routes) to check them as published.`,
        };
    }
    const notice = explicit === undefined && mode !== 'github'
        ? `docward: links resolve as a ${mode} site (detected from ${detected.evidence.join(' and ')}; content in "${settings.contentRoot || '.'}"); set links.mode in .docward.yml to change it.`
        : undefined;
    return { site: { settings, navigation }, notice };
}


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ navigationByFile),
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
/** Navigation files (menus, sidebars, nav trees, TOCs) as plain data: entry points for `orphan`, link sources for `link-broken`. */
/** 1-based line and column of a character offset in `text` (columns in code points). */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}
/** One NavigationFile per module that wrote entries (findings point at the module and line that wrote each), `main` first even when empty. */
function navigationByFile(format, main, entries) {
    const files = new Map([[main, { path: main, format, entries: [], listsAll: [] }]]);
    for (const { file, ...entry } of entries) {
        let nav = files.get(file);
        if (!nav)
            files.set(file, (nav = { path: file, format, entries: [], listsAll: [] }));
        nav.entries.push(entry);
    }
    return [...files.values()];
}


/***/ }),

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ SITE_MODES),
/* harmony export */   RJ: () => (/* binding */ languagePrefix),
/* harmony export */   y_: () => (/* binding */ linkSettings)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8261);
/* harmony import */ var _generator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9857);


/** The `links` config section: which site generator's rules resolve links, anchors and orphans. */
const SITE_MODES = [
    'github',
    'hugo',
    'starlight',
    'astro',
    'docusaurus',
    'mkdocs',
    'learn',
    'routes',
    'vitepress',
    'mdbook',
    'jekyll',
    'nextjs',
];
/** Fills the defaults of `mode` under what the config says (config keys win). */
function linkSettings(mode, config = {}, detected = {}) {
    const d = _index_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATORS */ .D[mode].defaults;
    const pick = (key) => config[key] ?? detected[key];
    const routes = {};
    for (const [prefix, folder] of Object.entries(pick('routes') ?? {}))
        routes[(0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(prefix)] = (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(folder);
    return {
        mode,
        contentRoot: (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(pick('contentRoot') ?? d.contentRoot),
        base: (0,_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT)(pick('base') ?? d.base),
        staticRoots: (pick('staticRoots') ?? d.staticRoots).map(_generator_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlashes */ .uT),
        languages: pick('languages') ?? [],
        defaultLanguage: pick('defaultLanguage'),
        defaultLanguageInSubdir: pick('defaultLanguageInSubdir') ?? false,
        routes,
        contentMounts: config.routes === undefined ? (detected.contentMounts ?? []) : [],
        sectionLists: pick('sectionLists') ?? true,
        excluded: detected.excluded ?? [],
        ...(detected.jekyll !== undefined ? { jekyll: detected.jekyll } : {}),
        ...(detected.docusaurus !== undefined ? { docusaurus: detected.docusaurus } : {}),
        ...(detected.mdx !== undefined ? { mdx: detected.mdx } : {}),
        ...(detected.hugoLayouts !== undefined ? { hugoLayouts: detected.hugoLayouts } : {}),
        ...(detected.hugoShortcodeAnchors !== undefined ? { hugoShortcodeAnchors: detected.hugoShortcodeAnchors } : {}),
        rewrites: detected.rewrites ?? {},
        navigationUnknown: detected.navigationUnknown,
        ...(detected.navigationUnknownIn !== undefined ? { navigationUnknownIn: detected.navigationUnknownIn } : {}),
        ...(detected.dynamicRoutes !== undefined ? { dynamicRoutes: detected.dynamicRoutes } : {}),
        ...(detected.dynamicRoutesCause !== undefined ? { dynamicRoutesCause: detected.dynamicRoutesCause } : {}),
        ...(detected.fileRoutes !== undefined ? { fileRoutes: detected.fileRoutes } : {}),
        ...(detected.foreignFolders !== undefined ? { foreignFolders: detected.foreignFolders } : {}),
        ...(detected.declaredAnchors !== undefined ? { declaredAnchors: detected.declaredAnchors } : {}),
        routesUnknown: config.routes === undefined ? detected.routesUnknown : undefined,
        ...(config.defaultLanguage === undefined && detected.languageFallback !== undefined ? { languageFallback: detected.languageFallback } : {}),
        ...(detected.languageFallbackOff ? { languageFallbackOff: true } : {}),
        ...(detected.languageSuffixes ? { languageSuffixes: true } : {}),
        ...(detected.linkRenderHook !== undefined ? { linkRenderHook: detected.linkRenderHook } : {}),
        ...(detected.redirects !== undefined ? { redirects: detected.redirects } : {}),
        ...(detected.unverifiedAnchors !== undefined ? { unverifiedAnchors: detected.unverifiedAnchors } : {}),
    };
}
/** The URL prefix of a language site: none for the default language (unless `defaultLanguageInSubdir`), else its code. */
function languagePrefix(settings, language) {
    const defaultLanguage = settings.defaultLanguage ?? settings.languages[0];
    if (language === undefined || (language === defaultLanguage && !settings.defaultLanguageInSubdir))
        return '';
    return language;
}


/***/ }),

/***/ 3693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cJ: () => (/* binding */ GITHUB_SITE),
  rk: () => (/* binding */ SiteLinks),
  q: () => (/* binding */ isInternalLink),
  PL: () => (/* binding */ pageFacts)
});

// EXTERNAL MODULE: ./src/rules/links/resolve.ts
var resolve = __webpack_require__(5581);
// EXTERNAL MODULE: ./src/sites/generator.ts
var generator = __webpack_require__(9857);
// EXTERNAL MODULE: ./src/sites/index.ts + 19 modules
var sites = __webpack_require__(8261);
// EXTERNAL MODULE: ./src/sites/settings.ts
var settings = __webpack_require__(431);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/rules/links/anchors.ts
var links_anchors = __webpack_require__(4495);
;// CONCATENATED MODULE: ./src/sites/github/web-routes.ts
/** Route names under `github.com/<owner>/<repo>/`, with how many segments must follow (a ref and a path for `blob`). */
const ROUTES = new Map([
    ...['issues', 'pulls', 'pull', 'actions', 'wiki', 'graphs', 'releases', 'security', 'discussions', 'compare', 'commits', 'commit'].map((r) => [r, 0]),
    ...['tags', 'branches', 'pulse', 'projects', 'milestones', 'labels', 'network', 'stargazers', 'watchers', 'forks', 'contributors'].map((r) => [r, 0]),
    ['tree', 1],
    ['blob', 2],
    ['raw', 2],
]);
const GITHUB_WEB_ROUTES = {
    cause: 'github-web-route',
    rule: 'link-broken',
    message: 'relative links to GitHub web routes of the repository (`../../issues`, `../../graphs/contributors`, `../tree/HEAD/x`: pages GitHub serves beside the files, or other refs) are not files of the tree: not checked',
    unit: 'links',
};
/**
 * True when `path` (a link's decoded path, written in the document at `fromPath`) climbs with `../`
 * from the file's page (`github.com/<owner>/<repo>/blob/<ref>/<folders>/`) exactly to the
 * repository's page and goes on to one of its routes: `../../issues` from a root file.
 */
function isGithubWebRoute(fromPath, path) {
    if (!path.startsWith('../'))
        return false;
    const segments = path.split('/');
    let climb = 0;
    while (segments[climb] === '..')
        climb++;
    // Folders of the file, then `<ref>` and `blob`.
    const depth = fromPath.split('/').length - 1;
    if (climb !== depth + 2)
        return false;
    const needs = ROUTES.get(segments[climb]);
    return needs !== undefined && segments.slice(climb + 1).filter((s) => s !== '').length >= needs;
}

// EXTERNAL MODULE: ./src/sites/gitignored.ts
var gitignored = __webpack_require__(5056);
;// CONCATENATED MODULE: ./src/sites/site-links.ts








/** The frontmatter keys any mode's routes, doc ids or navigation read (`stringKey` calls in the generators, Hugo menus), and what Hugo section lists skip (hugo/sections.ts). */
const PAGE_KEYS = [
    'id',
    'slug',
    'url',
    'permalink',
    'categories',
    'category',
    'redirect_from',
    'page',
    'menu',
    'menus',
    'draft',
    'build',
    '_build',
    'headless',
    'cascade',
    'aliases',
    'redirects',
    'layout',
    'type',
];
/** The part of a document a site's routes need (kept for every document until the routes are built). */
function pageFacts(doc) {
    const data = frontmatterOf(doc);
    // Left undefined without any of the keys (readers only look keys up): no empty object kept per page.
    let frontmatter;
    if (data !== undefined)
        for (const key of PAGE_KEYS)
            if (Object.hasOwn(data, key))
                (frontmatter ??= {})[key] = data[key];
    let htmlLinks;
    for (const link of doc.links)
        if (link.kind !== 'shortcode' && isRelativeHtml(link.target))
            (htmlLinks ??= []).push(link.target);
    return { path: doc.path, problem: doc.problem?.kind, frontmatter, ...(htmlLinks ? { htmlLinks } : {}) };
}
/** `htm` or a percent escape (`%2Ehtml`): only such targets can name an `.html` file. */
const MAYBE_HTML = /htm|%/i;
/** A relative link to an `.html` file (`x.html`, `../y/index.html#z`): what a document written for a rendered site links. */
function isRelativeHtml(target) {
    if (!MAYBE_HTML.test(target) || (0,resolve/* isExternalTarget */.v6)(target))
        return false;
    const path = (0,resolve/* splitTarget */.Gd)(target).path;
    return path !== '' && !path.startsWith('/') && /\.html?$/i.test(path);
}
const GITHUB_SITE = { settings: (0,settings/* linkSettings */.y_)('github'), navigation: [] };
/** True when the mount publishes `path` (a path inside its folder). */
const publishes = (mount, path) => mount.accepts === undefined || mount.accepts(rest(path, mount.folder));
const rest = (path, folder) => (folder === '' ? path : path.slice(folder.length + 1));
const lastSegment = (path) => path.slice(path.lastIndexOf('/') + 1);
/** The extension of a path's last segment (`.md`), lowercase; '' when it has none (`a.b/c`, `.env`). */
function extensionOf(path) {
    const name = lastSegment(path);
    const dot = name.lastIndexOf('.');
    return dot > 0 && /^\.[A-Za-z0-9]+$/.test(name.slice(dot)) ? name.slice(dot).toLowerCase() : '';
}
const SHORTCODE_IN_TARGET = /\{\{[<%]/;
/**
 * True when the link rules check `link`, written in the document at `fromPath`, as a link into the
 * repository or site (the score's internal links): a shortcode only in a content page of a
 * generator with shortcodes (elsewhere it is text), and there no Markdown link whose target holds a shortcode.
 */
function isInternalLink(link, fromPath, settings) {
    const shortcodes = sites/* GENERATORS */.D[settings.mode].shortcodes;
    if (link.kind === 'shortcode')
        return shortcodes !== undefined && shortcodes.isContent(fromPath, settings);
    if (shortcodes && SHORTCODE_IN_TARGET.test(link.target))
        return false;
    return !(0,resolve/* isExternalTarget */.v6)(link.target);
}
const NONE = [];
/** A dynamic route (`packages/[pkg]`, `docs/[...slug]`, `[[...slug]]`) as a pattern over `/`+route, or undefined for a static one. */
function dynamicPattern(segments) {
    if (!segments.some((s) => /^\[.+\]$/.test(s)))
        return undefined;
    const part = (s) => /^\[\[\.\.\..+\]\]$/.test(s)
        ? '(?:/.*)?'
        : /^\[\.\.\..+\]$/.test(s)
            ? '/.+'
            : /^\[.+\]$/.test(s)
                ? '/[^/]+'
                : `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    return new RegExp(`^${segments.map(part).join('')}/?$`);
}
const FRAGMENT_RELATIVE_LINKS = {
    cause: 'fragment-relative-link',
    rule: 'link-broken',
    message: 'relative links in fragments (Hugo headless bundles, pages that are not rendered, templates) resolve against the page that includes them, which is not known: those that match no file are not checked',
    unit: 'links',
};
const TEMPLATE_TARGETS = {
    cause: 'template-link-target',
    rule: 'link-broken',
    message: 'link targets the build computes with template code (Liquid `{{ ... }}` other than site.baseurl) are not checked',
    unit: 'links',
};
const COMPONENT_PAGE_ANCHORS = {
    cause: 'component-page-anchor',
    rule: 'link-anchor',
    message: 'anchors into pages a theme component renders (VitePress `page: true`): their ids come from code docward does not run',
    unit: 'anchors',
};
const COMPONENT_PAGE_ORPHANS = {
    cause: 'component-page',
    rule: 'orphan',
    message: 'pages a theme component renders (VitePress `page: true`) that no Markdown link reaches: components link them, which docward does not run',
    unit: 'pages',
    key: 'entryPoints',
};
const FRAGMENT_ANCHORS = {
    cause: 'fragment-anchor',
    rule: 'link-anchor',
    message: 'same-page anchors (#x) in fragments (Hugo headless bundles, pages that are not rendered, templates) name headings of the page that includes them, which is not known',
    unit: 'anchors',
};
/** The most routes `lookup` remembers (a bound on its memory in a tree with many distinct links). */
const LOOKUPS_KEPT = 20_000;
/** `x/index.html` and `x.html` as the route `x` (static site output names). */
const cleanRoute = (route) => route.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '');
class SiteLinks {
    settings;
    mode;
    navigation;
    files;
    mounts;
    /** route → page (first document in scan order wins a shared route). */
    routes = new Map();
    lowerRoutes = new Map();
    /** page → its route. */
    pageRoutes = new Map();
    /** page → its language site, for pages of a mount with a language (Hugo). */
    pageLanguages = new Map();
    /** Pages whose URL ends in `/` by the generator's say (Jekyll permalinks), whatever `trailingSlash` says. */
    directoryPages = new Set();
    /** page → the URL prefix of the mount serving it (where relative links may climb to). */
    pagePrefixes = new Map();
    docIds = new Map();
    /** What the generator builds from every page (Hugo: ref lookup, section lists, menu pages); shortcodes are text without it. */
    pageIndex = {};
    /** Files the generator's config excludes from the build (no pages, no orphans). */
    excluded;
    documentLinks;
    navigationPages;
    /** Dynamic routes (pages with `[param]` segments): route pattern → the page. */
    dynamicRoutes = [];
    /** Documents outside the site that another build renders (the generator's `renderedElsewhere`). */
    foreign = new Set();
    /** `lookup` by written route. */
    lookups = new Map();
    /** `resolveAbsolute` by language and path, without the fragment. */
    absolutes = new Map();
    /** `missing` by route: where an absent page was expected. */
    missingRoutes = new Map();
    /** `pages`: every document's page facts in scan order (site modes only; GitHub routes need none). */
    constructor(files, input, pages = []) {
        this.files = files;
        this.settings = input.settings;
        this.mode = sites/* GENERATORS */.D[input.settings.mode];
        this.navigation = input.navigation;
        const s = this.settings;
        const generatorMounts = this.mode.mounts?.(s) ?? [];
        const routeMounts = [...Object.entries(s.routes).map(([prefix, folder]) => ({ prefix, folder })), ...s.contentMounts];
        // Declared content entries (docfx.json) are all that is published: no catch-all content root then.
        const rootMount = s.contentMounts.length > 0 ? [] : [{ prefix: s.base, folder: s.contentRoot }];
        this.mounts = [...routeMounts, ...generatorMounts, ...rootMount].sort((a, b) => b.folder.length - a.folder.length);
        this.excluded = (0,glob/* compileGlobs */.tI)(s.excluded.map((glob) => `/${glob}`));
        for (const route of s.dynamicRoutes ?? NONE) {
            const pattern = dynamicPattern(route.split('/'));
            if (pattern)
                this.dynamicRoutes.push({ pattern, page: '' });
        }
        if (this.mode.pageIndex)
            this.pageIndex = this.mode.pageIndex(pages, s);
        if (s.mode === 'github')
            return;
        // The settings a mount's pages are routed with (its URL prefix as the base): one object per mount, not per page.
        const mountSettings = new Map();
        for (const doc of pages) {
            const fm = doc.frontmatter;
            if (!(0,generator/* isBuiltPage */.WS)(doc) || this.excluded(doc.path))
                continue;
            const ext = extensionOf(doc.path);
            if (!this.mode.pageExtensions.includes(ext))
                continue;
            const mount = this.mounts.find((m) => (0,generator/* within */.ux)(doc.path, m.folder) && publishes(m, doc.path));
            if (!mount)
                continue;
            const inside = rest(doc.path, mount.folder);
            const segments = inside.slice(0, inside.length - ext.length).split('/');
            const dynamic = this.mode.dynamicSegments
                ? dynamicPattern([...mount.prefix.split('/').filter((p) => p !== ''), ...(0,generator/* dropIndex */.kD)(segments, this.mode.indexNames)])
                : undefined;
            if (dynamic) {
                this.dynamicRoutes.push({ pattern: dynamic, page: doc.path });
                continue;
            }
            let routed = mountSettings.get(mount);
            if (routed === undefined)
                mountSettings.set(mount, (routed = { ...s, base: mount.prefix }));
            const route = this.mode.route(segments, fm, routed, mount);
            if (route === undefined)
                continue;
            this.pageRoutes.set(doc.path, route);
            if (mount.prefix !== '')
                this.pagePrefixes.set(doc.path, mount.prefix);
            if (this.mode.directoryUrl?.(segments, fm, s))
                this.directoryPages.add(doc.path);
            if (mount.language !== undefined)
                this.pageLanguages.set(doc.path, mount.language);
            for (const served of [route, ...(this.mode.aliases?.(fm, route, s, mount) ?? [])]) {
                if (!this.routes.has(served))
                    this.routes.set(served, doc.path);
                const lower = served.toLowerCase();
                const sameLower = this.lowerRoutes.get(lower);
                if (sameLower)
                    sameLower.push(doc.path);
                else
                    this.lowerRoutes.set(lower, [doc.path]);
            }
            const id = this.mode.docId?.(segments, fm);
            if (id !== undefined && !this.docIds.has(id))
                this.docIds.set(id, doc.path);
            // Sidebars name ids of their own docs folder (Docusaurus docs instances, versions): looked up there first.
            if (id !== undefined && !this.docIds.has(`${mount.folder}\u0000${id}`))
                this.docIds.set(`${mount.folder}\u0000${id}`, doc.path);
        }
        for (const [route, file] of Object.entries(s.fileRoutes ?? {}))
            if (!this.routes.has(route))
                this.routes.set(route, file);
        if (this.mode.renderedElsewhere)
            this.findRenderedElsewhere(pages);
        // Pages a navigation file generates (docusaurus category index pages) resolve to that file.
        for (const nav of this.navigation) {
            for (const generated of nav.generatedRoutes ?? []) {
                const route = (0,generator/* joinRoute */.u3)(s.base, generated);
                if (!this.routes.has(route))
                    this.routes.set(route, nav.path);
            }
        }
    }
    /**
     * Documents outside every content folder that another build renders: those `isRenderedElsewhere`
     * says, and the others of a folder where they are more than half of its documents (a build
     * renders a folder: rust-lang/rust renders every file of rust-lang/book's `redirects/`).
     */
    findRenderedElsewhere(pages) {
        const outside = pages.filter((doc) => !this.mounts.some((m) => (0,generator/* within */.ux)(doc.path, m.folder)));
        const folders = new Map();
        const folderOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
        for (const doc of outside) {
            const counts = folders.get(folderOf(doc.path)) ?? { foreign: 0, all: 0 };
            folders.set(folderOf(doc.path), counts);
            counts.all++;
            if (!this.isRenderedElsewhere(doc))
                continue;
            this.foreign.add(doc.path);
            counts.foreign++;
        }
        for (const doc of outside) {
            const { foreign, all } = folders.get(folderOf(doc.path));
            if (foreign * 2 > all)
                this.foreign.add(doc.path);
        }
    }
    /**
     * A document outside every content folder that another build renders: it sits in a folder the
     * generator names (a print edition's), or links `.html` files the repository lacks (pages of a
     * rendered site, which GitHub would not serve either).
     */
    isRenderedElsewhere(doc) {
        if (this.settings.foreignFolders?.some((folder) => (0,generator/* within */.ux)(doc.path, folder)))
            return true;
        return (doc.htmlLinks ?? NONE).some((target) => {
            const file = (0,resolve/* resolveLinkTarget */.w0)(doc.path, target);
            return file.kind === 'path' && !this.files.exists(file.path);
        });
    }
    /** Why the document's links that match no file, its title and its orphan status are not checked (another build renders it), or undefined. */
    renderedElsewhere(path, rule, unit) {
        const foreign = this.mode.renderedElsewhere;
        return foreign && this.foreign.has(path) ? { ...foreign, rule, unit } : undefined;
    }
    /** The page's URL path (no slashes around it), or undefined when the document is not a page of the site. */
    routeOf(path) {
        return this.pageRoutes.get(path);
    }
    /** Resolves a link of the document at `fromPath`: Hugo shortcodes by Hugo's ref lookup, every other link by its target. */
    resolveLink(fromPath, link) {
        const unverified = this.mode.unverifiedLink?.(link.target);
        if (unverified !== undefined)
            return { kind: 'external', unverified };
        return this.settle(this.resolveWritten(fromPath, link));
    }
    resolveWritten(fromPath, link) {
        const shortcodes = this.pageIndex.resolveShortcode;
        if (link.kind === 'shortcode')
            return shortcodes ? shortcodes(fromPath, link.target, link.lang) : { kind: 'external' };
        // Hugo expands a shortcode inside a destination (`[x](<{{< ref "a" >}}>)`) before rendering; the shortcode's own link is checked.
        if (shortcodes && SHORTCODE_IN_TARGET.test(link.target))
            return { kind: 'external' };
        const template = this.mode.expandTarget && /\{[{%]/.test(link.target) ? this.mode.expandTarget(link.target, this.settings) : link.target;
        if (template === undefined)
            return { kind: 'path', path: link.target, unverified: TEMPLATE_TARGETS };
        const resolved = this.resolve(fromPath, template);
        // A page another build renders: where its links lead is that build's, which docward does not see.
        if (resolved.kind === 'path' && resolved.unverified === undefined) {
            const foreign = this.renderedElsewhere(fromPath, 'link-broken', 'links');
            if (foreign)
                return { ...resolved, unverified: foreign };
        }
        // `#x` in a fragment names a heading of the page that includes it, which docward does not know.
        if (resolved.kind === 'same-document' && resolved.fragment !== undefined && this.pageIndex.fragments?.has(fromPath))
            return { kind: 'external', unverified: FRAGMENT_ANCHORS };
        if (resolved.kind !== 'path' || resolved.unverified !== undefined)
            return resolved;
        const absolute = link.target.trim().startsWith('/');
        // A fragment's relative links resolve against the page that includes it, which docward does not know.
        if (!absolute && this.pageIndex.fragments?.has(fromPath))
            return { ...resolved, unverified: FRAGMENT_RELATIVE_LINKS };
        const hook = this.settings.linkRenderHook;
        if (hook !== undefined &&
            shortcodes &&
            (this.pageRoutes.has(fromPath) || this.pageIndex.fragments?.has(fromPath)) &&
            !(this.files.exists(resolved.path) && !this.files.isDir(resolved.path))) {
            // The site's link render hook rewrites destinations: it may look pages up as `ref` does (Hugo's own hook does, ignoring case); beyond that docward cannot tell for relative ones.
            const page = shortcodes(fromPath, link.target, undefined);
            if (page.kind === 'path' && page.problem === undefined)
                return page;
            // A bare name (`g`, `glossary`: no `/`, no extension) may be a keyword of the hook; a path is checked as the hook's page lookup would find it.
            const written = (0,resolve/* splitTarget */.Gd)(link.target).path;
            if (!absolute && !written.includes('/') && extensionOf(written) === '') {
                return {
                    ...resolved,
                    unverified: {
                        cause: 'link-render-hook',
                        rule: 'link-broken',
                        message: `bare link names (no "/", no extension) that match no page may be keywords of the site's link render hook "${hook}", which docward does not evaluate: not checked`,
                        unit: 'links',
                    },
                };
            }
        }
        return resolved;
    }
    /** Resolves `target` written in the document at `fromPath`. */
    resolve(fromPath, target) {
        if ((0,resolve/* isExternalTarget */.v6)(target))
            return { kind: 'external' };
        if (this.settings.mode === 'github')
            return this.onGithub(fromPath, target);
        const { path: decoded, fragment } = (0,resolve/* splitTarget */.Gd)(target);
        if (decoded === '')
            return { kind: 'same-document', fragment };
        if (this.mode.tildeRoot && decoded.startsWith('~/')) {
            const path = (0,resolve/* joinSegments */.DI)(this.settings.contentRoot, decoded.slice(2));
            return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
        }
        if (decoded.startsWith('/'))
            return this.resolveAbsolute(decoded, fragment, this.pageLanguages.get(fromPath));
        const fromRoute = this.pageRoutes.get(fromPath);
        if (fromRoute === undefined)
            return this.onGithub(fromPath, target);
        const ext = extensionOf(decoded);
        const isPage = ext !== '' && this.mode.pageExtensions.includes(ext);
        const fileFirst = this.mode.relativeLinks === 'file' || isPage || (ext !== '' && this.mode.assetsFileRelative);
        // The file next to the page: tried first for these, else the answer only when the site serves no route (most URL links find one).
        if (fileFirst) {
            const file = (0,resolve/* resolveLinkTarget */.w0)(fromPath, target);
            if (file.kind === 'path' &&
                this.files.exists(file.path) &&
                !this.excluded(file.path) &&
                (this.mode.relativeLinks === 'file' || !this.files.isDir(file.path)))
                return file;
        }
        if (isPage && this.mode.pageLinksFromContentRoot) {
            for (const root of this.contentRootsFor(fromPath)) {
                const path = (0,resolve/* joinSegments */.DI)(root, decoded);
                if (path !== undefined && this.files.exists(path) && !this.files.isDir(path))
                    return { kind: 'path', path, fragment };
            }
        }
        if (this.mode.relativeLinks === 'url' && !isPage) {
            const ownUrl = this.mode.trailingSlash || this.directoryPages.has(fromPath) || (this.mode.indexTrailingSlash === true && this.isIndexPage(fromPath));
            const dir = ownUrl ? fromRoute : fromRoute.slice(0, Math.max(0, fromRoute.lastIndexOf('/')));
            const route = (0,resolve/* joinSegments */.DI)(dir, decoded);
            const leaving = this.mode.leavingLinks;
            if (leaving && (route === undefined || !(0,generator/* within */.ux)(route, this.pagePrefixes.get(fromPath) ?? ''))) {
                // Another site of the repository may serve it (an mdBook edition linking the current book): checked where a page matches.
                const sibling = route === undefined ? undefined : this.lookup(route);
                return sibling && sibling.caseVariants === undefined ? { ...sibling, fragment } : { kind: 'path', path: decoded, fragment, unverified: leaving };
            }
            if (route === undefined)
                return { kind: 'outside-root' };
            const found = this.lookup(route);
            if (found)
                return { ...found, fragment };
            if (ext === '')
                return this.unresolved(route, fragment);
        }
        return (0,resolve/* resolveLinkTarget */.w0)(fromPath, target);
    }
    /** A link of a document read on GitHub (no page of the site): file-relative, or one of GitHub's web routes of the repository. */
    onGithub(fromPath, target) {
        const file = (0,resolve/* resolveLinkTarget */.w0)(fromPath, target);
        if (file.kind !== 'outside-root')
            return file;
        return isGithubWebRoute(fromPath, (0,resolve/* splitTarget */.Gd)(target).path) ? { kind: 'external', unverified: GITHUB_WEB_ROUTES } : file;
    }
    /**
     * What the host makes of a path no file serves: the file that differs only in case where paths
     * are served ignoring case, else the redirect map's entry for it.
     */
    settle(resolved) {
        if (resolved.kind !== 'path' || resolved.problem !== undefined || resolved.unverified !== undefined || this.files.exists(resolved.path))
            return resolved;
        if (this.mode.caseInsensitivePaths) {
            const variants = (resolved.caseVariants?.length ? resolved.caseVariants : undefined) ?? this.files.caseVariants(resolved.path);
            if (variants.length > 0)
                return { ...resolved, path: variants[0], caseVariants: undefined, caseFolded: resolved.path };
        }
        if (this.settings.gitIgnored?.(resolved.path))
            return { ...resolved, unverified: gitignored/* GITIGNORED_TARGETS */.O };
        // A file inside a folder the build fills (generated reference pages) or that is absent: unknown.
        const unseen = this.mounts.find((m) => m.unverified !== undefined && (0,generator/* within */.ux)(resolved.path, m.folder));
        // A folder the scan holds keeps its Markdown sources (the build converts them): a missing `.md` there is broken.
        if (unseen !== undefined && !(this.files.isDir(unseen.folder) && extensionOf(resolved.path) === '.md'))
            return { ...resolved, unverified: unseen.unverified };
        const fallback = this.languageFolderFallback(resolved.path);
        if (fallback !== undefined) {
            const unseen = this.settings.languageFallback;
            return unseen ? { ...resolved, unverified: unseen } : { ...resolved, path: fallback };
        }
        const redirects = this.settings.redirects;
        if (redirects !== undefined && redirects.size > 0) {
            const base = resolved.path.toLowerCase();
            const names = [
                base,
                ...this.mode.pageExtensions.map((e) => `${base}${e}`),
                ...this.mode.indexNames.flatMap((i) => this.mode.pageExtensions.map((e) => (0,generator/* joinRoute */.u3)(base, `${i}${e}`))),
            ];
            for (const name of names) {
                const redirect = redirects.get(name);
                if (redirect !== undefined)
                    return { ...resolved, redirect };
            }
        }
        return resolved;
    }
    /** The default language's file at the same place as `path`, a file missing in another language's folder (MkDocs per-language docs_dir), when it exists. */
    languageFolderFallback(path) {
        return this.settings.languageFallbackOff ? undefined : this.defaultLanguageOriginal(path);
    }
    /** The file at the same place as `path` (in another language's folder) in the default language's folder, when it exists (MkDocs per-language docs_dir). */
    defaultLanguageOriginal(path) {
        if (!this.mode.languageFolderFallback)
            return undefined;
        const from = this.mounts.find((m) => m.language !== undefined && m.language !== this.settings.defaultLanguage && (0,generator/* within */.ux)(path, m.folder));
        const to = this.mounts.find((m) => m.language !== undefined && m.language === this.settings.defaultLanguage);
        if (from === undefined || to === undefined)
            return undefined;
        const file = (0,generator/* joinRoute */.u3)(to.folder, rest(path, from.folder));
        return this.files.exists(file) && !this.files.isDir(file) ? file : undefined;
    }
    /** The files at the same place as `path` (in the default language's folder) in the other languages' folders (MkDocs per-language docs_dir). */
    translationsOf(path) {
        if (!this.mode.languageFolderFallback)
            return [];
        const own = this.mounts.find((m) => m.language !== undefined && m.language === this.settings.defaultLanguage && (0,generator/* within */.ux)(path, m.folder));
        if (own === undefined)
            return [];
        return this.mounts
            .filter((m) => m.language !== undefined && m !== own)
            .map((m) => (0,generator/* joinRoute */.u3)(m.folder, rest(path, own.folder)))
            .filter((file) => this.files.exists(file) && !this.files.isDir(file));
    }
    /**
     * A navigation entry resolved like a link (doc ids and folders by their own rules). An entry for
     * every language names its page in the default language when the site has no root-language pages.
     */
    resolveNav(entry) {
        const resolved = this.resolveNavOnce(entry);
        const fallback = this.settings.defaultLanguage;
        if (!entry.perLanguage || !fallback || !this.isMissing(resolved))
            return resolved;
        const localized = this.resolveNavOnce(this.localized(entry, fallback));
        return this.isMissing(localized) ? resolved : localized;
    }
    /** A per-language entry's target in the language `lang` (`guides/x` → `fr/guides/x`, `/guides/x/` → `/fr/guides/x/`). */
    localized(entry, lang) {
        // A language site with a folder of its own (MkDocs per-language docs_dir): the same path in that folder.
        const folder = entry.kind === 'file' && this.mode.languageFolderFallback
            ? this.mounts.find((m) => m.language === lang && m.language !== this.settings.defaultLanguage)?.folder
            : undefined;
        if (folder !== undefined)
            return { ...entry, base: folder };
        // A translation beside its page (`x.md` → `x.fr.md`: mkdocs-static-i18n's suffix structure).
        if (entry.kind === 'file' && this.settings.languageSuffixes)
            return { ...entry, target: entry.target.replace(/(\.[A-Za-z0-9]+)$/, `.${lang}$1`) };
        const target = entry.kind === 'link' ? `/${(0,generator/* joinRoute */.u3)(lang, entry.target)}${entry.target.endsWith('/') ? '/' : ''}` : (0,generator/* joinRoute */.u3)(lang, entry.target);
        return { ...entry, target };
    }
    isMissing(resolved) {
        return resolved.kind === 'path' && !this.files.exists(resolved.path) && (resolved.caseVariants ?? []).length === 0;
    }
    resolveNavOnce(entry) {
        return this.settle(this.resolveNavWritten(entry));
    }
    resolveNavWritten(entry) {
        if (entry.kind === 'doc-id') {
            const id = (0,generator/* trimSlashes */.uT)(entry.target);
            const byId = this.docIds.get(`${entry.base}\u0000${id}`) ?? this.docIds.get(id);
            if (byId !== undefined)
                return { kind: 'path', path: byId };
            const found = this.lookup((0,generator/* joinRoute */.u3)(this.settings.base, id));
            return found ? { ...found } : this.missing((0,generator/* joinRoute */.u3)(this.settings.base, id), undefined);
        }
        if ((0,resolve/* isExternalTarget */.v6)(entry.target))
            return { kind: 'external' };
        if (entry.kind === 'content')
            return this.resolveContentPath(entry.target);
        if (this.mode.tildeRoot && entry.target.startsWith('~/'))
            return this.resolve(`${this.settings.contentRoot}/_`, entry.target);
        if (entry.kind === 'link')
            return this.resolveAbsolute(`/${(0,resolve/* splitTarget */.Gd)(entry.target).path.replace(/^\/+/, '')}`, (0,resolve/* splitTarget */.Gd)(entry.target).fragment);
        const { path: decoded, fragment } = (0,resolve/* splitTarget */.Gd)(entry.target);
        const path = (0,resolve/* joinSegments */.DI)(entry.base, decoded);
        return path === undefined ? { kind: 'outside-root' } : { kind: 'path', path, fragment };
    }
    /** Pages the document lists by itself, with no link written (a Hugo section page's list of its pages). */
    pagesListedBy(path) {
        return this.pageIndex.listedBy?.get(path) ?? NONE;
    }
    /** True for a document that is no page of its own (a Hugo headless bundle or template): it needs no title and is never an orphan. */
    isFragment(path) {
        return this.pageIndex.fragments?.has(path) ?? false;
    }
    /** True when a fragment document has the anchor `id` (a page that includes it would have it too). */
    fragmentHasAnchor(id, anchorsOf, numberOf) {
        for (const path of this.pageIndex.fragments ?? NONE) {
            const number = numberOf(path);
            const anchors = number === undefined ? undefined : anchorsOf(number);
            if (anchors !== undefined && (0,links_anchors/* hasAnchor */.q1)(anchors, id))
                return true;
            // Ids the site's config declares for the fragment (Hugo definition terms) are included with it too.
            if (this.settings.declaredAnchors?.[path]?.includes(id))
                return true;
        }
        return false;
    }
    /** Documents the site does not publish as pages (fragments, drafts): never orphans. */
    unpublished() {
        return [...(this.pageIndex.fragments ?? NONE), ...(this.pageIndex.drafts ?? NONE)];
    }
    /** Documents the site's navigation lists: navigation entries, listed folders, home pages, Hugo `menu` pages. */
    entryDocuments() {
        const entries = new Set();
        const addFolder = (folder) => {
            for (const path of this.files.documentPaths)
                if ((0,generator/* within */.ux)(path, folder))
                    entries.add(path);
        };
        for (const nav of this.navigation) {
            if (nav.ofDocument)
                continue;
            for (const folder of nav.listsAll)
                addFolder(folder);
            for (const written of nav.entries) {
                const external = written.kind === 'link' && (0,resolve/* isExternalTarget */.v6)(written.target);
                const each = written.perLanguage && !external ? [written, ...this.settings.languages.map((l) => this.localized(written, l))] : [written];
                for (const entry of each) {
                    const resolved = this.resolveNavOnce(entry);
                    if (resolved.kind !== 'path')
                        continue;
                    if (entry.kind === 'folder')
                        addFolder(resolved.path);
                    else
                        entries.add(resolved.path);
                }
            }
        }
        if (this.settings.mode === 'github')
            return entries;
        const homes = [this.settings.base, ...this.settings.languages.map((l) => (0,generator/* joinRoute */.u3)(this.settings.base, l))];
        for (const home of homes) {
            const page = this.routes.get(home);
            if (page !== undefined)
                entries.add(page);
        }
        for (const page of this.pageIndex.entryPages ?? NONE)
            entries.add(page);
        return entries;
    }
    /** `/x` from a page of `language`: in that language site first (`/fr/x`) where the generator says so, then as written. */
    resolveAbsolute(decoded, fragment, language) {
        // Pages link the same absolute paths over and over (opentelemetry.io: 6.7k links, 1.6k paths by language); the fragment only rides along.
        const key = language === undefined ? decoded : `${language}\u0000${decoded}`;
        let found = this.absolutes.get(key);
        if (found === undefined) {
            found = this.absoluteRoute(decoded, language);
            if (this.absolutes.size < LOOKUPS_KEPT)
                this.absolutes.set(key, found);
        }
        return found.kind === 'path' ? { ...found, fragment } : { ...found };
    }
    /** `resolveAbsolute` without a fragment (what it returns is memoized, as `lookup`'s objects are: `resolveAbsolute` copies). */
    absoluteRoute(decoded, language) {
        const route = (0,resolve/* joinSegments */.DI)('', decoded);
        if (route === undefined)
            return { kind: 'outside-root' };
        const prefix = this.mode.absoluteLinksInPageLanguage ? (0,settings/* languagePrefix */.RJ)(this.settings, language) : '';
        if (prefix !== '' && !this.settings.languages.includes(route.split('/')[0])) {
            const own = this.lookup((0,generator/* joinRoute */.u3)(prefix, route));
            if (own && own.caseVariants === undefined)
                return own;
            // Unresolved in both: what decides is where the page's own language site would serve it (an absent mount there is unverified).
            if (!this.lookup(route)) {
                const missing = this.missing((0,generator/* joinRoute */.u3)(prefix, route), undefined);
                if (missing.unverified)
                    return missing;
            }
        }
        const found = this.lookup(route);
        if (found)
            return found;
        if (this.mode.rootFiles && this.files.exists(route))
            return { kind: 'path', path: route };
        if (this.mode.unknownRoutesExternal && !this.mounts.some((m) => m.prefix !== '' && (0,generator/* within */.ux)(route, m.prefix)))
            return { kind: 'external' };
        return this.unresolved(route, undefined);
    }
    /** A route no page serves: unverified when a dynamic route or routing docward does not model may serve it, else missing. */
    unresolved(route, fragment) {
        const clean = cleanRoute(route);
        const dynamic = this.dynamicRoutes.find((d) => d.pattern.test(`/${clean}`));
        // Routes the generator's config says the build generates (Docusaurus blog tags and pages) have a cause of their own.
        if (dynamic && dynamic.page === '' && this.settings.dynamicRoutesCause)
            return { ...this.missing(route, fragment), unverified: this.settings.dynamicRoutesCause };
        if (dynamic && this.mode.dynamicSegments) {
            const { cause, key } = this.mode.dynamicSegments;
            const message = 'links to routes that dynamic pages (a [param] segment in the file name) generate at build time: which values exist is not in the repository';
            return { ...this.missing(route, fragment), unverified: { cause, rule: 'link-broken', unit: 'links', key, message } };
        }
        if (this.settings.routesUnknown)
            return { ...this.missing(route, fragment), unverified: this.settings.routesUnknown };
        return this.missing(route, fragment);
    }
    /** The page's file name (extension dropped) is one of the generator's index names. */
    isIndexPage(path) {
        const name = lastSegment(path);
        const dot = name.lastIndexOf('.');
        return this.mode.indexNames.includes((dot > 0 ? name.slice(0, dot) : name).toLowerCase());
    }
    /**
     * Why the document's orphan status cannot be known (a dynamic page, a site whose navigation is
     * unknown), or undefined when it can. Excluded documents are no pages: never orphans (`'excluded'`).
     */
    orphanUnverified(path) {
        if (this.excluded(path))
            return 'excluded';
        const foreign = this.renderedElsewhere(path, 'orphan', 'pages');
        if (foreign)
            return foreign;
        if (this.mode.dynamicSegments && (this.renderedByDynamicCode(path) || this.dynamicRoutes.some((d) => d.page === path))) {
            const { cause, key } = this.mode.dynamicSegments;
            return {
                cause,
                unit: 'pages',
                key,
                message: 'dynamic pages (a [param] segment in the file name): the build generates their routes, so whether links reach them is unknown',
            };
        }
        // A page a theme component renders is linked from components too (which docward does not run).
        if (this.pageIndex.componentPages?.has(path))
            return COMPONENT_PAGE_ORPHANS;
        const unknown = this.settings.navigationUnknown;
        if (unknown && (0,generator/* within */.ux)(path, this.settings.navigationUnknownIn ?? this.settings.contentRoot))
            return unknown;
        return undefined;
    }
    /** Pages a document links through the generator's own syntax (Jekyll `{% link %}`), by document: `orphan` follows them like links. */
    linkedByDocument(path) {
        if (!this.documentLinks) {
            this.documentLinks = new Map();
            for (const nav of this.navigation) {
                if (!nav.ofDocument)
                    continue;
                const targets = nav.entries.map((e) => this.resolveNav(e)).flatMap((r) => (r.kind === 'path' ? [r.path] : []));
                this.documentLinks.set(nav.path, targets);
            }
        }
        return this.documentLinks.get(path) ?? NONE;
    }
    /** Why a page's anchors are unknown: a theme component renders it (VitePress `page: true`), or it calls code that writes headings (a Hugo shortcode); else undefined. */
    anchorsByCode(path) {
        return this.pageIndex.componentPages?.has(path) ? COMPONENT_PAGE_ANCHORS : this.pageIndex.codeAnchors?.get(path);
    }
    /** The site gives the page its title: its navigation (mdBook: a chapter SUMMARY.md lists), a theme component (VitePress `page: true`) or its file name (Docusaurus blog posts). */
    titledBySite(path) {
        if (this.pageIndex.componentPages?.has(path) || this.pageIndex.titledPages?.has(path))
            return true;
        if (this.renderedByCode(path))
            return true;
        if (!this.mode.navigationTitles)
            return false;
        this.navigationPages ??= new Set(this.navigation.filter((n) => !n.ofDocument).flatMap((n) => n.entries.map((e) => this.resolveNav(e)).flatMap((r) => (r.kind === 'path' ? [r.path] : []))));
        return this.navigationPages.has(path);
    }
    /** A page whose route a dynamic code page serves (Next.js `errors/[code].tsx` reading `errors/*.md`): that code renders it. */
    renderedByDynamicCode(path) {
        const route = this.pageRoutes.get(path);
        return route !== undefined && this.dynamicRoutes.some((d) => d.page === '' && d.pattern.test(`/${cleanRoute(route)}`));
    }
    /** A page whose route a code page serves (Next.js `pages/errors/index.tsx` or `[code].tsx` reading the Markdown): the code gives its title. */
    renderedByCode(path) {
        const route = this.pageRoutes.get(path);
        return route !== undefined && ((this.settings.fileRoutes?.[route] ?? undefined) !== undefined || this.renderedByDynamicCode(path));
    }
    /** mdBook: a page is reached only through the navigation, never by a link (`orphan` follows no link into a page). */
    get navigationOnly() {
        return this.mode.navigationOnly === true;
    }
    /** The page or file serving `route`, with language fallback and a case-insensitive hint: the memo's object, which callers copy before changing or returning it. */
    lookup(written) {
        let found = this.lookups.get(written);
        if (found === undefined && !this.lookups.has(written)) {
            found = this.lookupRoute(written);
            // Pages link the same routes over and over (a Hugo site: ~10 links per distinct absolute route); the tables are fixed once built.
            if (this.lookups.size < LOOKUPS_KEPT)
                this.lookups.set(written, found);
        }
        return found;
    }
    lookupRoute(written) {
        const ext = this.mode.sourceExtensionRoutes ? extensionOf(written) : '';
        const route = cleanRoute(ext !== '' && this.mode.pageExtensions.includes(ext) ? written.slice(0, -ext.length).replace(/(?:^|\/)index$/, '') : written);
        const found = this.lookupExact(route);
        if (found !== undefined)
            return { kind: 'path', path: found, route };
        const [first, ...others] = route.split('/');
        const fallback = this.settings.defaultLanguage ?? this.settings.languages[0];
        if (first !== undefined && first !== this.settings.defaultLanguage && this.settings.languages.includes(first) && !this.settings.languageFallbackOff) {
            // A page missing in one language is served from the default language (Hugo, Starlight
            // fallback): its folder, or the content root itself (Hugo's default language, Starlight's root locale).
            const candidates = fallback !== undefined && fallback !== first ? [(0,generator/* joinRoute */.u3)(fallback, ...others), (0,generator/* joinRoute */.u3)(...others)] : [(0,generator/* joinRoute */.u3)(...others)];
            for (const candidate of candidates) {
                const page = this.lookupExact(candidate);
                if (page === undefined)
                    continue;
                // Served only if a build step docward cannot see copies the page: counted, not resolved.
                const unseen = this.settings.languageFallback;
                return unseen ? { ...this.missing(route, undefined), unverified: unseen } : { kind: 'path', path: page, route };
            }
        }
        const variants = this.lowerRoutes.get(route.toLowerCase());
        if (variants)
            return { ...this.missing(route, undefined), caseVariants: variants };
        return undefined;
    }
    lookupExact(route) {
        const page = this.routes.get(route);
        if (page !== undefined)
            return page;
        const exists = (p) => this.files.exists(p) && !this.files.isDir(p) && !this.excluded(p);
        for (const mount of this.mountsFor(route)) {
            const isFile = (p) => exists(p) && publishes(mount, p);
            const base = (0,generator/* joinRoute */.u3)(mount.folder, rest(route, mount.prefix));
            if (isFile(base))
                return base;
            // Route-mapped folders (learn, routes) serve files that are not documents, such as `.yml` pages.
            if (this.routes.size > 0 && !this.mode.yamlPages && this.settings.mode !== 'routes')
                continue;
            for (const ext of this.mode.pageExtensions) {
                if (isFile(`${base}${ext}`))
                    return `${base}${ext}`;
                for (const index of this.mode.indexNames) {
                    for (const name of [index, index.toUpperCase()])
                        if (isFile((0,generator/* joinRoute */.u3)(base, `${name}${ext}`)))
                            return (0,generator/* joinRoute */.u3)(base, `${name}${ext}`);
                }
            }
        }
        // Static folders are served as they are, whatever the generator excludes from its pages.
        for (const folder of this.settings.staticRoots) {
            const file = (0,generator/* joinRoute */.u3)(folder, route);
            if (this.files.exists(file) && !this.files.isDir(file))
                return file;
        }
        return undefined;
    }
    /** Mounts whose prefix contains `route`, most specific folder first. */
    mountsFor(route) {
        const first = route.split('/')[0];
        const otherLanguage = this.settings.languages.includes(first);
        return this.mounts.filter((m) => (0,generator/* within */.ux)(route, m.prefix) && !(m.language !== undefined && otherLanguage && first !== m.language));
    }
    /** A route no page serves: reported with the path under the mount it falls in. */
    missing(route, fragment) {
        let where = this.missingRoutes.get(route);
        if (where === undefined) {
            where = this.missingRoute(route);
            // Many pages link the same absent routes (a mounted folder not checked out); the mounts are fixed once built.
            if (this.missingRoutes.size < LOOKUPS_KEPT)
                this.missingRoutes.set(route, where);
        }
        return { kind: 'path', path: where.path, fragment, route: where.route, ...(where.unverified ? { unverified: where.unverified } : {}) };
    }
    missingRoute(route) {
        // The most specific URL prefix names the folder the page was expected in.
        const candidates = this.mountsFor(route);
        const mount = candidates.reduce((best, m) => (best === undefined || m.prefix.length > best.prefix.length ? m : best), undefined);
        // Any folder that may serve the route but cannot be seen (absent, generated by the build) leaves it unknown.
        const unseen = candidates.find((m) => m.unverified !== undefined)?.unverified;
        const path = mount ? (0,generator/* joinRoute */.u3)(mount.folder, rest(route, mount.prefix)) : (0,generator/* joinRoute */.u3)(this.settings.contentRoot, route);
        return {
            path: path === '' ? `/${route}` : path,
            route: `/${route}${route === '' ? '' : this.mode.trailingSlash ? '/' : ''}`,
            unverified: unseen,
        };
    }
    /** A page named by its path in the content root, extension and index file optional (`/docs/x` → `content/docs/x.md`, `…/x/_index.md`). */
    resolveContentPath(target) {
        const { path: decoded, fragment } = (0,resolve/* splitTarget */.Gd)(target);
        const isFile = (p) => this.files.exists(p) && !this.files.isDir(p);
        let first;
        for (const root of this.contentRootsFor(this.settings.contentRoot)) {
            const base = (0,resolve/* joinSegments */.DI)(root, decoded.replace(/^\/+/, ''));
            if (base === undefined)
                return { kind: 'outside-root' };
            first ??= base;
            const names = [
                base,
                ...this.mode.pageExtensions.map((e) => `${base}${e}`),
                ...this.mode.indexNames.flatMap((i) => this.mode.pageExtensions.map((e) => (0,generator/* joinRoute */.u3)(base, `${i}${e}`))),
            ];
            const found = names.find(isFile);
            if (found !== undefined)
                return { kind: 'path', path: found, fragment };
        }
        return { kind: 'path', path: `${first ?? decoded}.md`, fragment };
    }
    /** Folders `.md` links are looked up from: the page's language folder, the default language's, the content root. */
    contentRootsFor(fromPath) {
        const root = this.settings.contentRoot;
        const roots = [];
        const first = rest(fromPath, root).split('/')[0];
        const fallback = this.settings.defaultLanguage ?? this.settings.languages[0];
        // Folders mounted at the root of a language site (Hugo content mounts): the page's language, then the default.
        const mountedRoots = (language) => this.mounts.filter((m) => language !== undefined && m.language === language && !m.target && !m.unverified).map((m) => m.folder);
        roots.push(...mountedRoots(this.pageLanguages.get(fromPath)));
        if (first !== undefined && this.settings.languages.includes(first))
            roots.push((0,generator/* joinRoute */.u3)(root, first));
        roots.push(...mountedRoots(fallback));
        if (fallback !== undefined)
            roots.push((0,generator/* joinRoute */.u3)(root, fallback));
        roots.push(root);
        return [...new Set(roots)];
    }
}
function frontmatterOf(doc) {
    const data = doc.frontmatter?.data;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
}


/***/ }),

/***/ 6957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Call: () => (/* binding */ Call),
/* harmony export */   Dynamic: () => (/* binding */ Dynamic),
/* harmony export */   ModuleLoader: () => (/* binding */ ModuleLoader),
/* harmony export */   dynamicParts: () => (/* binding */ dynamicParts),
/* harmony export */   isObject: () => (/* binding */ isObject),
/* harmony export */   locationOf: () => (/* binding */ locationOf),
/* harmony export */   scanModuleLoader: () => (/* binding */ scanModuleLoader),
/* harmony export */   unwrapCalls: () => (/* binding */ unwrapCalls)
/* harmony export */ });
/* harmony import */ var _rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5581);

/** A value docward cannot compute statically (a call, a function, an import from a package). */
class Dynamic {
    reason;
    at;
    returns;
    constructor(reason, at, 
    /** A method without parameters whose body is one `return x` (`async rewrites() { return [...] }`): `x`, evaluated. */
    returns) {
        this.reason = reason;
        this.at = at;
        this.returns = returns;
    }
}
/** A call of a named function (`defineConfig({...})`, `starlight({...})`): its callee and arguments, evaluated. */
class Call {
    callee;
    from;
    args;
    at;
    constructor(
    /** The callee as written (`starlight`, `defineConfig`, `x.y`). */
    callee, 
    /** The module the callee was imported from (`@astrojs/starlight`), when it was imported. */
    from, args, at) {
        this.callee = callee;
        this.from = from;
        this.args = args;
        this.at = at;
    }
}
/** Location of each element or property value of the arrays and objects the evaluator built. */
const LOCATIONS = new WeakMap();
/** Where `container[key]` was written (an element or property of an evaluated array or object). */
function locationOf(container, key) {
    return LOCATIONS.get(container)?.get(key);
}
function locate(container, key, at) {
    if (at === undefined)
        return;
    let map = LOCATIONS.get(container);
    if (!map)
        LOCATIONS.set(container, (map = new Map()));
    map.set(key, at);
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Dynamic) && !(v instanceof Call);
const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js', '/index.mjs'];
/** The deepest chain of imports followed (a cycle or a deep tree stops there, as Dynamic). */
const MAX_DEPTH = 16;
const dirname = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** Loads and evaluates modules, each once per loader (imports shared between modules are read once). */
class ModuleLoader {
    read;
    cache = new Map();
    constructor(read) {
        this.read = read;
    }
    /** The module at `path` (scan-relative, extension optional as in an import), or undefined when no such file exists. */
    load(path, depth = 0) {
        let found = this.cache.get(path);
        if (!found) {
            found = this.open(path, depth);
            this.cache.set(path, found);
        }
        return found;
    }
    async open(path, depth) {
        for (const ext of EXTENSIONS) {
            const file = `${path}${ext}`;
            const text = await this.read(file);
            if (text !== undefined)
                return new ModuleEvaluator(file, text, file.endsWith('.json') ? undefined : await loadParser(), this, depth);
        }
        return undefined;
    }
}
let parser;
/** @babel/parser (half a MB of code) is loaded by the first JS config read, not by every scan's start-up. */
const loadParser = () => (parser ??= __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429)).then((m) => m.parse));
class ModuleEvaluator {
    loader;
    depth;
    file;
    error;
    program;
    scope = new Map();
    exports = new Map();
    starExports = [];
    defaultNode;
    values = new Map();
    evaluating = new Set();
    json;
    constructor(file, text, parse, loader, depth) {
        this.loader = loader;
        this.depth = depth;
        this.file = file;
        if (parse === undefined) {
            try {
                this.json = JSON.parse(text);
            }
            catch (error) {
                this.error = { message: error.message, line: 1, column: 1 };
            }
            return;
        }
        try {
            this.program = parse(text, { sourceType: 'unambiguous', plugins: ['typescript'], errorRecovery: false }).program;
        }
        catch (error) {
            const e = error;
            this.error = { message: e.message.replace(/\s*\(\d+:\d+\)$/, ''), line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1 };
            return;
        }
        this.collect(this.program);
    }
    at(node) {
        return { file: this.file, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
    }
    dynamic(node, reason) {
        return new Dynamic(reason, this.at(node));
    }
    /** Top-level bindings and exports (declaration order does not matter: bindings are looked up lazily). */
    collect(program) {
        const declare = (decl) => {
            if (decl.type === 'VariableDeclaration') {
                for (const d of decl.declarations) {
                    if (d.id.type === 'Identifier')
                        this.scope.set(d.id.name, { node: d.init ?? d, kind: decl.kind === 'const' ? 'const' : 'other' });
                }
            }
            else if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id) {
                this.scope.set(decl.id.name, { node: decl, kind: 'function' });
            }
        };
        const names = (decl) => decl.type === 'VariableDeclaration'
            ? decl.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []))
            : 'id' in decl && decl.id?.type === 'Identifier'
                ? [decl.id.name]
                : [];
        for (const statement of program.body) {
            switch (statement.type) {
                case 'ImportDeclaration':
                    if (statement.importKind === 'type')
                        break;
                    for (const s of statement.specifiers) {
                        const imported = s.type === 'ImportDefaultSpecifier'
                            ? 'default'
                            : s.type === 'ImportNamespaceSpecifier'
                                ? '*'
                                : s.imported.type === 'Identifier'
                                    ? s.imported.name
                                    : s.imported.value;
                        this.scope.set(s.local.name, { node: s, kind: 'import', imported, source: statement.source.value });
                    }
                    break;
                case 'VariableDeclaration':
                case 'FunctionDeclaration':
                case 'ClassDeclaration':
                    declare(statement);
                    break;
                case 'ExportNamedDeclaration':
                    if (statement.declaration) {
                        declare(statement.declaration);
                        for (const name of names(statement.declaration))
                            this.exports.set(name, { type: 'Identifier', name });
                    }
                    for (const s of statement.specifiers) {
                        const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
                        if (s.type !== 'ExportSpecifier')
                            continue;
                        if (statement.source)
                            this.exports.set(exported, { reexport: statement.source.value, name: s.local.name });
                        else
                            this.exports.set(exported, s.local);
                    }
                    break;
                case 'ExportAllDeclaration':
                    this.starExports.push(statement.source.value);
                    break;
                case 'ExportDefaultDeclaration':
                    this.defaultNode = statement.declaration;
                    break;
                case 'ExpressionStatement': {
                    // CommonJS: `module.exports = {...}` and `module.exports.x = ...`.
                    const e = statement.expression;
                    if (e.type === 'AssignmentExpression' && e.operator === '=') {
                        const target = memberPath(e.left);
                        if (target === 'module.exports')
                            this.defaultNode = e.right;
                        else if (target?.startsWith('module.exports.') || target?.startsWith('exports.'))
                            this.exports.set(target.slice(target.lastIndexOf('.') + 1), e.right);
                    }
                    break;
                }
                case 'TSExportAssignment':
                    this.defaultNode = statement.expression;
                    break;
            }
        }
    }
    async defaultExport() {
        if (this.json !== undefined)
            return this.json;
        if (this.error)
            return new Dynamic(`${this.file} is not valid JavaScript/TypeScript: ${this.error.message}`, {
                file: this.file,
                line: this.error.line,
                column: this.error.column,
            });
        return this.defaultNode ? this.evaluate(this.defaultNode) : undefined;
    }
    async named(name) {
        if (this.json !== undefined)
            return isObject(this.json) ? this.json[name] : undefined;
        if (this.error)
            return new Dynamic(`${this.file} is not valid JavaScript/TypeScript: ${this.error.message}`, {
                file: this.file,
                line: this.error.line,
                column: this.error.column,
            });
        const node = this.exports.get(name);
        if (node && 'reexport' in node)
            return this.fromModule(node.reexport, node.name, { file: this.file, line: 1, column: 1 });
        if (node)
            return this.evaluate(node);
        for (const source of this.starExports) {
            const value = await this.fromModule(source, name, { file: this.file, line: 1, column: 1 });
            if (value !== undefined)
                return value;
        }
        return undefined;
    }
    /** Export `name` of the module `source` imports (relative modules only: packages are not in the scan). */
    async fromModule(source, name, at) {
        if (!source.startsWith('./') && !source.startsWith('../'))
            return new Dynamic(`"${name}" is imported from the package "${source}"`, at);
        if (this.depth >= MAX_DEPTH)
            return new Dynamic(`imports nest deeper than ${MAX_DEPTH} modules`, at);
        const path = (0,_rules_links_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .joinSegments */ .DI)(dirname(this.file), source);
        // TypeScript sources import `./x.js` for the file `./x.ts`.
        const stripped = path?.replace(/\.(?:m?js|cjs)$/, '');
        let module = path === undefined ? undefined : await this.loader.load(path, this.depth + 1);
        if (!module && stripped !== undefined && stripped !== path)
            module = await this.loader.load(stripped, this.depth + 1);
        if (!module)
            return new Dynamic(`"${source}" (imported by ${this.file}) is not in the scan`, at);
        if (name === '*')
            return new Dynamic(`a namespace import of "${source}"`, at);
        return name === 'default' ? module.defaultExport() : module.named(name);
    }
    evaluate(node) {
        // Evaluation is depth-first: a node met again while it is being evaluated is a cycle (Dynamic, never a hang).
        if (this.evaluating.has(node))
            return Promise.resolve(this.dynamic(node, 'a value defined in terms of itself'));
        let value = this.values.get(node);
        if (!value) {
            this.evaluating.add(node);
            value = this.compute(node).finally(() => this.evaluating.delete(node));
            this.values.set(node, value);
        }
        return value;
    }
    async compute(node) {
        switch (node.type) {
            case 'StringLiteral':
                return node.value;
            case 'NumericLiteral':
                return node.value;
            case 'BooleanLiteral':
                return node.value;
            case 'NullLiteral':
                return null;
            case 'TemplateLiteral': {
                let out = node.quasis[0]?.value.cooked ?? '';
                for (let i = 0; i < node.expressions.length; i++) {
                    const part = await this.evaluate(node.expressions[i]);
                    if (typeof part !== 'string' && typeof part !== 'number')
                        return part instanceof Dynamic ? part : this.dynamic(node, 'a template string with a computed part');
                    out += String(part) + (node.quasis[i + 1]?.value.cooked ?? '');
                }
                return out;
            }
            case 'TSAsExpression':
            case 'TSSatisfiesExpression':
            case 'TSNonNullExpression':
            case 'TSTypeAssertion':
            case 'ParenthesizedExpression':
                return this.evaluate(node.expression);
            case 'ArrayExpression': {
                const out = [];
                for (const element of node.elements) {
                    if (element === null)
                        out.push(undefined);
                    else if (element.type === 'SpreadElement') {
                        const spread = await this.evaluate(element.argument);
                        if (!Array.isArray(spread))
                            return spread instanceof Dynamic ? spread : this.dynamic(element, 'a spread of something that is not an array');
                        for (let i = 0; i < spread.length; i++) {
                            locate(out, out.length, locationOf(spread, i));
                            out.push(spread[i]);
                        }
                    }
                    else {
                        locate(out, out.length, this.at(element));
                        out.push(await this.evaluate(element));
                    }
                }
                return out;
            }
            case 'ObjectExpression': {
                const out = Object.create(null);
                for (const property of node.properties) {
                    if (property.type === 'SpreadElement') {
                        const spread = await this.evaluate(property.argument);
                        if (!isObject(spread))
                            return spread instanceof Dynamic ? spread : this.dynamic(property, 'a spread of something that is not an object');
                        for (const [key, value] of Object.entries(spread)) {
                            locate(out, key, locationOf(spread, key));
                            out[key] = value;
                        }
                        continue;
                    }
                    const key = await this.key(property);
                    if (typeof key !== 'string')
                        return key;
                    // Methods (`transform() {}`) are code: their key holds a Dynamic value, the rest of the object stays readable.
                    const value = property.type === 'ObjectMethod' ? await this.method(property, key) : await this.evaluate(property.value);
                    locate(out, key, this.at(property.type === 'ObjectMethod' ? property : property.value));
                    out[key] = value;
                }
                return out;
            }
            case 'Identifier':
                return this.identifier(node);
            case 'MemberExpression': {
                const object = await this.evaluate(node.object);
                const key = node.computed ? await this.evaluate(node.property) : node.property.type === 'Identifier' ? node.property.name : undefined;
                if (object instanceof Dynamic)
                    return object;
                if (typeof key !== 'string' && typeof key !== 'number')
                    return this.dynamic(node, 'a computed property access');
                if (Array.isArray(object) && key === 'length')
                    return object.length;
                if (isObject(object) || Array.isArray(object))
                    return object[key];
                return this.dynamic(node, `"${memberPath(node) ?? 'a property'}" is not a static value`);
            }
            case 'BinaryExpression': {
                if (node.operator !== '+' || node.left.type === 'PrivateName')
                    return this.dynamic(node, `the operator ${node.operator}`);
                const [left, right] = [await this.evaluate(node.left), await this.evaluate(node.right)];
                if (left instanceof Dynamic)
                    return left;
                if (right instanceof Dynamic)
                    return right;
                if ((typeof left === 'string' || typeof left === 'number') && (typeof right === 'string' || typeof right === 'number'))
                    return left + right;
                return this.dynamic(node, 'a sum of values that are not strings or numbers');
            }
            case 'UnaryExpression':
                if (node.operator === '-' && node.argument.type === 'NumericLiteral')
                    return -node.argument.value;
                if (node.operator === '!' && node.argument.type === 'NumericLiteral')
                    return !node.argument.value;
                return this.dynamic(node, `the operator ${node.operator}`);
            case 'CallExpression': {
                const callee = memberPath(node.callee) ?? 'a computed function';
                const binding = node.callee.type === 'Identifier' ? this.scope.get(node.callee.name) : undefined;
                const args = [];
                for (const arg of node.arguments)
                    args.push(arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder' ? this.dynamic(arg, 'a spread argument') : await this.evaluate(arg));
                return new Call(callee, binding?.kind === 'import' ? binding.source : undefined, args, this.at(node));
            }
            case 'ArrowFunctionExpression':
            case 'FunctionExpression':
            case 'FunctionDeclaration':
            case 'ClassDeclaration':
            case 'ClassExpression':
                return this.dynamic(node, 'a function');
            case 'VariableDeclarator':
                return this.dynamic(node, 'a variable declared without a value');
            default:
                return this.dynamic(node, `a ${describe(node.type)}`);
        }
    }
    /** A method is code (Dynamic); one without parameters that only returns a value also carries that value. */
    async method(property, key) {
        const only = property.params.length === 0 && property.body.body.length === 1 ? property.body.body[0] : undefined;
        const returns = only?.type === 'ReturnStatement' && only.argument ? await this.evaluate(only.argument) : undefined;
        return new Dynamic(`"${key}" is a function`, this.at(property), returns);
    }
    async key(property) {
        const k = property.key;
        if (!property.computed) {
            if (k.type === 'Identifier')
                return k.name;
            if (k.type === 'StringLiteral')
                return k.value;
            if (k.type === 'NumericLiteral')
                return String(k.value);
        }
        const value = await this.evaluate(k);
        if (typeof value === 'string' || typeof value === 'number')
            return String(value);
        return value instanceof Dynamic ? value : this.dynamic(k, 'a computed key');
    }
    async identifier(node) {
        if (node.name === 'undefined')
            return undefined;
        const binding = this.scope.get(node.name);
        if (!binding)
            return this.dynamic(node, `"${node.name}" is not defined in ${this.file}`);
        if (binding.kind === 'import')
            return this.fromModule(binding.source, binding.imported, this.at(node));
        if (binding.kind === 'function')
            return this.dynamic(node, `"${node.name}" is a function`);
        if (binding.kind !== 'const')
            return this.dynamic(node, `"${node.name}" is a variable that may change (not const)`);
        return this.evaluate(binding.node);
    }
}
/** `a.b.c` for an identifier or a chain of plain member accesses, else undefined. */
function memberPath(node) {
    if (node.type === 'Identifier')
        return node.name;
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
        const object = memberPath(node.object);
        return object === undefined ? undefined : `${object}.${node.property.name}`;
    }
    return undefined;
}
/** `ConditionalExpression` → `conditional expression`. */
const describe = (type) => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
/** The first argument inside wrapper calls (`defineConfig({...})`, `withPlugin(defineConfig({...}))`): the config object they wrap. */
function unwrapCalls(value) {
    let current = value;
    while (current instanceof Call && current.args.length > 0)
        current = current.args[0];
    return current;
}
/** Every Dynamic value inside `value` (arrays and objects searched; calls count as Dynamic at their position). */
function dynamicParts(value) {
    if (value instanceof Dynamic)
        return [value];
    if (value instanceof Call)
        return [new Dynamic(`the result of calling ${value.callee}()`, value.at)];
    if (Array.isArray(value))
        return value.flatMap(dynamicParts);
    if (isObject(value))
        return Object.values(value).flatMap(dynamicParts);
    return [];
}
/** A loader reading only files the scan listed (through a site's load context). */
function scanModuleLoader(files) {
    return new ModuleLoader(async (path) => {
        if (!files.isFile(path))
            return undefined;
        const text = await files.read(path);
        return typeof text === 'string' ? text : undefined;
    });
}


/***/ }),

/***/ 4416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ unverifiedLine),
/* harmony export */   mg: () => (/* binding */ UnverifiedTally)
/* harmony export */ });
/* unused harmony exports compareUnverified, countText */
/**
 * What docward could not check, and why ("unknown is not broken"): where it cannot see how something
 * is published (content mounted from a folder absent from the checkout, navigation the build
 * generates, a config it cannot evaluate, a dynamic route), it reports one notice per cause with the
 * number of links or pages concerned and the config key that makes them checkable, never a finding
 * per link. Rules and site models add to a tally; reporters list it (JSON `unverified`, stderr, the
 * job summary and the PR comment).
 */
/** Counts unverified items by cause and message: many calls for one cause become one notice. */
class UnverifiedTally {
    entries = new Map();
    add(cause, count = 1) {
        if (count <= 0)
            return;
        const id = `${cause.cause}\u0000${cause.rule ?? ''}\u0000${cause.message}`;
        const entry = this.entries.get(id);
        if (entry)
            entry.count += count;
        else {
            // Key order of the JSON report: cause, rule, message, count, unit, key.
            const { cause: id_, rule, message, unit, key } = cause;
            this.entries.set(id, { cause: id_, ...(rule === undefined ? {} : { rule }), message, count, unit, ...(key === undefined ? {} : { key }) });
        }
    }
    get size() {
        return this.entries.size;
    }
    /** Entries by rule, cause, then message (stable across runs and engines). */
    list() {
        return [...this.entries.values()].sort(compareUnverified);
    }
}
function compareUnverified(a, b) {
    return cmp(a.rule ?? '', b.rule ?? '') || cmp(a.cause, b.cause) || cmp(a.message, b.message);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const SINGULAR = { links: 'link', pages: 'page', anchors: 'anchor', entries: 'entry' };
/** `not checked: 412 links — content mounted from themes/x is absent from the checkout (set links.mounts)` */
function unverifiedLine(entry) {
    const key = entry.key ? ` (to check them, set ${entry.key})` : '';
    return `not checked: ${countText(entry)}${entry.rule ? ` (${entry.rule})` : ''}: ${entry.message}${key}`;
}
/** `1 link`, `1,204 pages`. */
function countText({ count, unit }) {
    return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${count === 1 ? SINGULAR[unit] : unit}`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ NATIVE_WIRE_VERSION),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The docward version, kept in step with package.json by test/version.test.ts. */
const VERSION = '0.1.0';
/**
 * The wire version this bundle speaks with the native binary (napi functions and the batch encoding
 * of native/src/batch.rs); equal to native/WIRE_VERSION (test/version.test.ts). The loader refuses a
 * binary whose `version()` differs: bundle and binaries ship together, so no older format is decoded.
 */
const NATIVE_WIRE_VERSION = '5';


/***/ })

};
