/** SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): rules with help text, stable fingerprints. */
import type { Report, Severity } from '../findings.js';
import type { RuleCatalog, RuleInfo } from './rule-info.js';
import { fingerprintFindings } from './fingerprint.js';
import { repoPath } from './repo-path.js';
import { urlPath } from './escape.js';
import { unverifiedLine } from '../unverified.js';

export interface SarifOptions {
  catalog?: RuleCatalog;
  /** The scan root relative to the repository root, so URIs resolve from the checkout. */
  pathPrefix?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key under `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'docwardFindingHash/v1';

export function buildSarif(report: Report, options: SarifOptions = {}) {
  const catalog = options.catalog ?? [];
  const rules: RuleInfo[] = [...catalog];
  for (const finding of report.findings) {
    if (!rules.some((rule) => rule.id === finding.rule)) rules.push({ id: finding.rule, description: finding.rule });
  }
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprints = fingerprintFindings(report.findings);
  return {
    $schema: SCHEMA_URI,
    version: '2.1.0' as const,
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
        columnKind: 'unicodeCodePoints' as const,
        results: report.findings.map((finding, index) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIndex.get(finding.rule) ?? 0,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: urlPath(repoPath(options.pathPrefix ?? '', finding.path)), uriBaseId: '%SRCROOT%' },
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
                    level: 'note' as const,
                    descriptor: { id: entry.cause },
                    message: { text: unverifiedLine(entry) },
                  })),
                },
              ],
            }
          : {}),
      },
    ],
  };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}
