export const id = 856;
export const ids = [856];
export const modules = {

/***/ 8856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigText: () => (/* binding */ parseConfigText)
});

// UNUSED EXPORTS: checkRuleSettings

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/rules/index.ts + 23 modules
var rules = __webpack_require__(3198);
// EXTERNAL MODULE: ./src/config/error.ts
var config_error = __webpack_require__(8004);
;// CONCATENATED MODULE: ./src/config/suggest.ts
/** "Did you mean" for misspelt rule ids and keys: the closest candidate by edit distance, if close enough. */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./src/rules/presets/index.ts + 2 modules
var presets = __webpack_require__(6396);
// EXTERNAL MODULE: ./src/sites/settings.ts
var settings = __webpack_require__(431);
;// CONCATENATED MODULE: ./src/config/schema.ts
/** The JSON Schema of `.docward.yml`, built from the rule registry (schema/docward.schema.json is this, written out). */



const severity = { enum: ['error', 'warning', 'notice', 'off'] };
const globs = { type: 'array', items: { type: 'string' } };
function ruleSettings() {
    const properties = {};
    for (const rule of rules/* RULES */.y) {
        properties[rule.id] = {
            description: rule.description,
            oneOf: [
                severity,
                {
                    type: 'object',
                    properties: { severity, ...rule.optionsSchema.properties },
                    additionalProperties: false,
                },
            ],
        };
    }
    return { type: 'object', properties, additionalProperties: false };
}
function buildConfigSchema() {
    const rules = ruleSettings();
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/docward/docward/schema/docward.schema.json',
        title: 'docward configuration (.docward.yml)',
        type: 'object',
        properties: {
            $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
            extends: { description: 'Preset to start from (default: recommended).', enum: [...presets/* PRESETS */.f.keys()] },
            preset: { description: 'Same as extends.', enum: [...presets/* PRESETS */.f.keys()] },
            include: { ...globs, description: 'Globs of documents to check.' },
            exclude: { ...globs, description: 'Globs removed from include and from the known paths.' },
            entryPoints: { ...globs, description: 'Globs of documents the orphan check starts from.' },
            testFixtures: {
                ...globs,
                description: "Globs of test fixtures (inputs of the project's tests, often broken on purpose): not checked. Default: test/, tests/, __tests__/, fixtures/, __fixtures__/, testdata/, __e2e__/, __snapshots__/ folders.",
            },
            templates: {
                ...globs,
                description: 'Globs of template documents (placeholders by design): only file problems, frontmatter syntax and suppressions are checked there. Default: folders and files whose name contains "template".',
            },
            repositoryFiles: {
                ...globs,
                description: 'Globs of repository files read by name on GitHub or a package registry, not reached by links: never orphans. Default: CHANGELOG, CHANGES, HISTORY, LICENSE, COPYING, NOTICE files at any depth, CODE_OF_CONDUCT, CONTRIBUTING, SECURITY, SUPPORT at the root and in docs/, and README variants (README.zh-CN.md, OMZ-README.md).',
            },
            toolInputs: {
                ...globs,
                description: "Globs of documents a tool reads as input (changesets), not pages: only file problems, frontmatter syntax and suppressions are checked. Default: .changeset/*.md and the check-spelling action's .github/actions/spelling/advice.md (pasted into pull-request comments).",
            },
            nestedSites: {
                ...globs,
                description: "Globs of the pages of nested sites (a folder with its own site generator config, e.g. an example project): their links and orphans are not judged against the scanned site. Default: detected from the generators' config files; [] judges them as the scanned site's.",
            },
            mdx: {
                ...globs,
                description: 'Globs of documents read with the MDX grammar besides *.mdx (JSX lines open no HTML block, {/* */} is a comment). Default: the .md files the site generator compiles with MDX (Docusaurus 3 unless markdown.format is detect or md; a Next.js page compiling Markdown with @mdx-js/mdx or next-mdx-remote); [] reads every .md as CommonMark.',
            },
            maxFileBytes: { type: 'integer', minimum: 1, description: 'Larger files are reported (file-problem), not read.' },
            links: {
                type: 'object',
                description: 'How links, anchors and orphans resolve: GitHub rendering or a site generator (docs/rules.md#site-generators).',
                properties: {
                    mode: { enum: ['auto', ...settings/* SITE_MODES */.LJ], description: 'auto (default): detected from the files in the scan.' },
                    contentRoot: { type: 'string', description: "Folder of the site's pages (mode default: content, src/content/docs, docs...)." },
                    base: { type: 'string', description: 'URL path the pages are served under (docusaurus routeBasePath, astro base).' },
                    staticRoots: { ...globs, description: 'Folders served at the site root as they are.' },
                    languages: { ...globs, description: 'Language folders directly under the content root.' },
                    defaultLanguage: { type: 'string', description: 'The language missing translations fall back to.' },
                    defaultLanguageInSubdir: {
                        type: 'boolean',
                        description: 'The default language is served under its own prefix too (/en/x), as Hugo defaultContentLanguageInSubdir.',
                    },
                    routes: {
                        type: 'object',
                        description: 'URL prefix → repository folder, e.g. { "/azure/": "articles/" }.',
                        additionalProperties: { type: 'string' },
                    },
                    sectionLists: { type: 'boolean', description: 'hugo: a reached section page (_index.md) reaches the pages its list shows (default true).' },
                },
                additionalProperties: false,
            },
            rules,
            overrides: {
                type: 'array',
                description: 'Per-path rule settings; later entries win.',
                items: {
                    type: 'object',
                    properties: { files: { ...globs, minItems: 1 }, rules },
                    required: ['files', 'rules'],
                    additionalProperties: false,
                },
            },
        },
        additionalProperties: false,
    };
}

;// CONCATENATED MODULE: ./src/config/validate.ts
/** Parsing and validating a config file's text: YAML errors, unknown keys and rules, option schemas. */







let compiled;
/** Compiled on first use: a scan without a config file never pays for ajv. */
function validators() {
    if (compiled)
        return compiled;
    // verbose: errors carry their schema, so an unknown key can be matched against the known ones.
    const ajv = new dist_ajv.Ajv({ allErrors: false, strict: false, verbose: true });
    dist_default()(ajv);
    // Rules compile patterns with the `u` flag, so a pattern is valid only if it compiles with it.
    ajv.addFormat('regex', (value) => {
        try {
            new RegExp(value, 'u');
            return true;
        }
        catch {
            return false;
        }
    });
    const severity = { enum: ['error', 'warning', 'notice', 'off'] };
    compiled = {
        topLevel: ajv.compile(topLevelSchema()),
        settings: new Map(rules/* RULES */.y.map((rule) => [rule.id, ajv.compile({ type: 'object', properties: { severity, ...rule.optionsSchema.properties }, additionalProperties: false })])),
    };
    return compiled;
}
/** The config schema with rule maps loosened: rule entries get their own, more precise, messages. */
function topLevelSchema() {
    const schema = structuredClone(buildConfigSchema());
    schema.properties.rules = { type: 'object' };
    const overrides = schema.properties.overrides;
    overrides.items.properties.rules = { type: 'object' };
    delete schema.$id;
    return schema;
}
function keyLinesOf(doc, counter) {
    return (keyPath) => {
        let node = doc.contents;
        let line;
        for (const segment of keyPath) {
            if ((0,yaml_dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    break;
                const range = (0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key.range : undefined;
                if (range)
                    line = counter.linePos(range[0]).line;
                node = pair.value;
            }
            else if ((0,yaml_dist/* isSeq */.oP)(node)) {
                const item = node.items[Number(segment)];
                if (!item)
                    break;
                if (item.range)
                    line = counter.linePos(item.range[0]).line;
                node = item;
            }
            else
                break;
        }
        return line;
    };
}
/** Parses and validates the file's text; throws ConfigError on the first problem. */
function parseConfigText(file, text) {
    const counter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist.parseDocument)(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const line = yamlError.linePos?.[0].line ?? counter.linePos(yamlError.pos[0]).line;
        throw new config_error/* ConfigError */.x(file, `invalid YAML: ${yamlError.message.split('\n')[0]}`, line);
    }
    const lines = keyLinesOf(doc, counter);
    const value = doc.toJS() ?? {};
    const { topLevel } = validators();
    if (!topLevel(value))
        throw schemaError(file, topLevel.errors[0], [], lines);
    const layer = value;
    checkRuleSettings(file, layer.rules ?? {}, ['rules'], lines);
    (layer.overrides ?? []).forEach((o, i) => checkRuleSettings(file, o.rules, ['overrides', i, 'rules'], lines));
    return { layer, lines };
}
/** Throws ConfigError for an unknown rule, a bad severity or options that fail the rule's schema. */
function checkRuleSettings(file, settings, at, lines = () => undefined) {
    for (const [id, setting] of Object.entries(settings)) {
        const keyPath = [...at, id];
        if (!rules/* RULES_BY_ID */.k.has(id)) {
            const guess = closest(id, rules/* RULES_BY_ID */.k.keys());
            const hint = guess ? `did you mean "${guess}"?` : 'see docs/rules.md for the rule ids';
            throw new config_error/* ConfigError */.x(file, `unknown rule "${id}"; ${hint}`, lines(keyPath), keyPath.join('.'));
        }
        if (typeof setting === 'string') {
            if (!['error', 'warning', 'notice', 'off'].includes(setting)) {
                throw new config_error/* ConfigError */.x(file, `severity must be error, warning, notice or off; got "${setting}"`, lines(keyPath), keyPath.join('.'));
            }
            continue;
        }
        if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
            throw new config_error/* ConfigError */.x(file, 'expected a severity or a mapping of { severity, ...options }', lines(keyPath), keyPath.join('.'));
        }
        const validate = validators().settings.get(id);
        if (!validate(setting))
            throw schemaError(file, validate.errors[0], keyPath, lines);
    }
}
function schemaError(file, error, at, lines) {
    const keyPath = [
        ...at,
        ...error.instancePath
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
    ];
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
        const extra = error.params.additionalProperty;
        keyPath.push(extra);
        const known = Object.keys(error.parentSchema?.properties ?? {});
        const guess = closest(extra, known);
        message = `unknown key "${extra}"${guess ? `; did you mean "${guess}"?` : known.length > 0 ? `; known: ${known.join(', ')}` : ''}`;
    }
    else if (error.keyword === 'enum') {
        message += `: ${error.params.allowedValues.join(', ')}`;
    }
    return new config_error/* ConfigError */.x(file, message, lines(keyPath), keyPath.join('.') || undefined);
}


/***/ })

};
