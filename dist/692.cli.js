export const id = 692;
export const ids = [692];
export const modules = {

/***/ 3692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSarif: () => (/* binding */ buildSarif)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, renderSarif

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/fingerprint.ts
/** Stable finding fingerprints: survive line moves, so runs can be compared (SARIF, sticky comment new/fixed). */

/**
 * One fingerprint per finding, same order: hash of rule, path and message (not line, so edits above a finding
 * keep it), plus `:n` for the n-th repeat of an identical finding in the same file.
 */
function fingerprintFindings(findings) {
    const seen = new Map();
    return findings.map((finding) => {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(`${finding.rule}\0${finding.path}\0${finding.message}`).digest('hex').slice(0, 16);
        const repeat = seen.get(hash) ?? 0;
        seen.set(hash, repeat + 1);
        return repeat === 0 ? hash : `${hash}:${repeat}`;
    });
}
function compareRuns(previous, current) {
    const before = new Set(previous);
    const now = new Set(current);
    const added = current.flatMap((fp, index) => (before.has(fp) ? [] : [index]));
    const fixed = previous.filter((fp) => !now.has(fp)).length;
    return { added, fixed };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report/repo-path.ts
/** Finding paths are relative to the scan root; GitHub wants them relative to the repository root. */

/** `prefix` is the scan root relative to the repository root (`''` or `.` when they are the same). */
function repoPath(prefix, findingPath) {
    const clean = prefix.replace(/\\/g, '/').replace(/^\.\/?|\/$/g, '');
    return clean ? external_node_path_default().posix.join(clean, findingPath) : findingPath;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/unverified.ts
var unverified = __webpack_require__(4416);
;// CONCATENATED MODULE: ./src/report/sarif.ts




const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key under `partialFingerprints`; bump the version if the fingerprint recipe changes. */
const FINGERPRINT_KEY = 'docwardFindingHash/v1';
function buildSarif(report, options = {}) {
    const catalog = options.catalog ?? [];
    const rules = [...catalog];
    for (const finding of report.findings) {
        if (!rules.some((rule) => rule.id === finding.rule))
            rules.push({ id: finding.rule, description: finding.rule });
    }
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const fingerprints = fingerprintFindings(report.findings);
    return {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'docward',
                        version: report.version,
                        semanticVersion: report.version,
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.id,
                            shortDescription: { text: rule.description },
                            fullDescription: { text: rule.description },
                            help: {
                                text: `${rule.description}\n\nSilence one occurrence with <!-- docward-disable-next-line ${rule.id} --> on the line above, or configure the rule in .docward.yml.`,
                                markdown: `${rule.description}\n\nSilence one occurrence with \`<!-- docward-disable-next-line ${rule.id} -->\` on the line above, or configure the rule in \`.docward.yml\`.`,
                            },
                            properties: { tags: ['documentation'] },
                        })),
                    },
                },
                columnKind: 'unicodeCodePoints',
                results: report.findings.map((finding, index) => ({
                    ruleId: finding.rule,
                    ruleIndex: ruleIndex.get(finding.rule) ?? 0,
                    level: LEVEL[finding.severity],
                    message: { text: finding.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: (0,report_escape/* urlPath */.Lx)(repoPath(options.pathPrefix ?? '', finding.path)), uriBaseId: '%SRCROOT%' },
                                region: { startLine: finding.line, startColumn: finding.column },
                            },
                        },
                    ],
                    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] ?? '' },
                })),
                // What was not checked, as tool notifications (never results: unknown is not broken).
                ...(report.unverified.length
                    ? {
                        invocations: [
                            {
                                executionSuccessful: true,
                                toolExecutionNotifications: report.unverified.map((entry) => ({
                                    level: 'note',
                                    descriptor: { id: entry.cause },
                                    message: { text: (0,unverified/* unverifiedLine */.Et)(entry) },
                                })),
                            },
                        ],
                    }
                    : {}),
            },
        ],
    };
}
function renderSarif(report, options = {}) {
    return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}


/***/ })

};
