/** The job summary (`$GITHUB_STEP_SUMMARY`): verdict, counts, score, charts, tables and every finding, under 1 MiB. */
import type { Finding, Report, Severity } from '../findings.js';
import { SEVERITIES } from '../findings.js';
import { markdownCode, markdownText } from './escape.js';
import { compareRuns, fingerprintFindings } from './fingerprint.js';
import {
  countBySeverity,
  fileSections,
  rulesTable,
  scoreText,
  topFilesTable,
  unverifiedSection,
  verdictHeading,
  SEVERITY_ICON,
  type MarkdownOptions,
} from './markdown.js';
import { changeText, type RunData } from './previous-run.js';
import { ANNOTATIONS_PER_SEVERITY } from './annotations.js';
import { plural } from './text.js';
import type { ChangeView } from './change.js';
import { changeCounts, changeVerdict, fixedSection, introducedSection, patchSection } from './change-markdown.js';

/** GitHub rejects step summaries above 1 MiB; keep a margin for what other steps' tools may append. */
export const SUMMARY_MAX_BYTES = 1000 * 1000;

export interface ReportScope {
  filterMode: string;
  /** Findings in the scan that the filter left out. */
  outOfScope: number;
  /** Changed files in the pull request, when known. */
  changedFiles?: number;
}

export interface SummaryContext extends MarkdownOptions {
  failOn: Severity | 'never';
  /** Findings after filter-mode (what is reported); default: every finding in the report. */
  reported?: readonly Finding[];
  scope?: ReportScope;
  /** Findings whose annotation GitHub would not show (per-step cap). */
  hiddenAnnotations?: Record<Severity, number>;
  previous?: RunData;
  /** Plain-text notes for the reader (engine fallback, baseline); escaped here. */
  notes?: readonly string[];
  /** Plain-text warnings (API trouble); escaped here. */
  warnings?: readonly string[];
  maxBytes?: number;
  /** The findings the verdict counts (gate `new`: those the change introduced); default: `reported`. */
  gated?: readonly Finding[];
  /** The change judged against its base. */
  change?: ChangeView;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export function renderSummary(report: Report, context: SummaryContext): string {
  const findings = context.reported ?? report.findings;
  const change = context.change;
  // Verdict, what the change introduced, then the details.
  const head: string[] = [change ? changeVerdict(change, context.failOn, context.gated ?? findings, '##') : verdictHeading(findings, context.failOn)];
  const facts = [...(change ? [changeCounts(change)] : []), scoreText(report.score.total, context.previous?.score)];
  if (context.previous?.fingerprints) facts.push(changeText(compareRuns(context.previous.fingerprints, fingerprintFindings(findings))));
  head.push(facts.join(' · '));
  if (change) {
    head.push(introducedSection(change, context, 500));
    const patch = patchSection(change, 200_000);
    if (patch) head.push(patch);
    const fixed = fixedSection(change, context, 500);
    if (fixed) head.push(fixed);
  }
  if (context.scope && context.scope.filterMode !== 'nofilter') {
    const changed = context.scope.changedFiles === undefined ? '' : ` (${plural(context.scope.changedFiles, 'changed file')})`;
    head.push(
      `Reporting with filter-mode ${markdownCode(context.scope.filterMode)}${changed}: ${plural(context.scope.outOfScope, 'finding')} outside the pull request's changes ${context.scope.outOfScope === 1 ? 'is' : 'are'} not reported. The whole tree was scanned.`,
    );
  }
  const hidden = context.hiddenAnnotations;
  const hiddenTotal = hidden ? SEVERITIES.reduce((sum, s) => sum + hidden[s], 0) : 0;
  if (hidden && hiddenTotal) {
    const parts = SEVERITIES.filter((s) => hidden[s]).map((s) => plural(hidden[s], s));
    head.push(
      `> [!NOTE]\n> GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} annotations of each severity per step: ${parts.join(', ')} ${hiddenTotal === 1 ? 'is' : 'are'} not shown as annotations (the most important are). Every finding is listed below.`,
    );
  }
  for (const note of context.notes ?? []) head.push(`> [!NOTE]\n> ${markdownText(note)}`);
  for (const warning of context.warnings ?? []) head.push(`> [!WARNING]\n> ${markdownText(warning)}`);
  const unverified = unverifiedSection(report.unverified);
  if (unverified) head.push(unverified);

  const counts = countBySeverity(findings);
  head.push(
    [
      `| ${SEVERITIES.map((s) => `${SEVERITY_ICON[s]} ${s}s`).join(' | ')} | Documents |`,
      '|---:|---:|---:|---:|',
      `| ${SEVERITIES.map((s) => counts[s]).join(' | ')} | ${report.stats.documents} |`,
    ].join('\n'),
  );
  if (findings.length) {
    // Severity by rule, every rule named: a chart's "other" slice hid the rules that mattered.
    head.push('### By rule', rulesTable(findings, context));
    head.push('### Files with the most findings', topFilesTable(findings, context));
    head.push('### Findings per file');
  }
  const footer = `<sub>docward ${markdownText(report.version)} · ${report.engine} engine · ${plural(report.stats.documents, 'document')}, ${(report.stats.bytes / 1024).toFixed(1)} KiB · ${report.stats.durationMs} ms</sub>\n`;

  const top = head.join('\n\n') + '\n\n';
  const reserve = 600; // room for the truncation note
  const budget = (context.maxBytes ?? SUMMARY_MAX_BYTES) - bytes(top) - bytes(footer) - reserve;
  const sections = fileSections(findings, context, Math.max(0, budget), bytes);
  let truncation = '';
  if (sections.omittedFiles) {
    truncation = `> [!WARNING]\n> Summary truncated to stay under GitHub's 1 MiB limit: ${plural(sections.omittedFindings, 'finding')} in ${plural(sections.omittedFiles, 'more file')} not shown here. The annotations (every finding with \`check-run: true\`), the JSON report (\`report-file\` output) and SARIF have them all.\n\n`;
  }
  return top + sections.text + truncation + footer;
}
