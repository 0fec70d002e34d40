/** The sticky PR comment body: verdict, score delta, new findings, findings per file; ≤ 65,536 characters. */
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../findings.js';
import { compareRuns, fingerprintFindings } from './fingerprint.js';
import { fileSections, findingRow, scoreText, unverifiedSection, verdictHeading, type MarkdownOptions } from './markdown.js';
import { changeText, encodeRunData, type RunData } from './previous-run.js';
import { markdownCode } from './escape.js';
import { plural } from './text.js';
import type { ReportScope } from './summary.js';

/** GitHub rejects issue comments longer than this (422 "Body is too long"). */
export const COMMENT_MAX_CHARS = 65_536;
/** Fingerprints are kept in the comment only while they fit in this many characters. */
const RUN_DATA_MAX_CHARS = 24_000;
const NEW_FINDINGS_SHOWN = 30;

/** The hidden marker that finds this workflow's comment for this scan path again (hashed: names may hold `-->`). */
export function stickyMarker(workflow: string, scanPath: string): string {
  const key = createHash('sha256').update(`${workflow}\0${scanPath}`).digest('hex').slice(0, 16);
  return `<!-- docward:sticky:${key} -->`;
}

export interface CommentContext extends MarkdownOptions {
  /** The sticky marker; '' for a body that is not a sticky comment (a check run's summary). */
  marker: string;
  failOn: Severity | 'never';
  reported?: readonly Finding[];
  scope?: ReportScope;
  previous?: RunData;
  /** Link to the workflow run, for the full job summary. */
  runUrl?: string;
  maxChars?: number;
}

const chars = (text: string) => text.length;

export function renderComment(report: Report, context: CommentContext): string {
  const findings = context.reported ?? report.findings;
  const fingerprints = fingerprintFindings(findings);
  // No marker (a check run's summary): nothing to find again, so no run data either.
  const parts: string[] = [...(context.marker ? [context.marker] : []), verdictHeading(findings, context.failOn, '###')];
  const facts = [scoreText(report.score.total, context.previous?.score)];
  const comparison = context.previous?.fingerprints ? compareRuns(context.previous.fingerprints, fingerprints) : undefined;
  if (comparison) facts.push(changeText(comparison));
  if (context.scope && context.scope.filterMode !== 'nofilter') {
    facts.push(`filter-mode ${markdownCode(context.scope.filterMode)}: ${plural(context.scope.outOfScope, 'finding')} outside the changes not shown`);
  }
  parts.push(facts.join(' · '));
  const unverified = unverifiedSection(report.unverified);
  if (unverified) parts.push(unverified);

  let data = context.marker ? encodeRunData({ score: report.score.total, fingerprints }) : '';
  if (data.length > RUN_DATA_MAX_CHARS) data = encodeRunData({ score: report.score.total });
  const run = context.runUrl ? ` · [workflow run and full summary](${context.runUrl})` : '';
  const footer = `\n<sub>docward ${markdownCode(report.version)} · ${report.engine} engine · ${plural(report.stats.documents, 'document')}${run}</sub>\n${data}\n`;
  const max = (context.maxChars ?? COMMENT_MAX_CHARS) - footer.length - 400; // 400: room for the truncation note
  let used = parts.join('\n\n').length + 2;

  if (comparison && comparison.added.length) {
    const rows = comparison.added.slice(0, NEW_FINDINGS_SHOWN).map((i) => findingRow(findings[i]!, context, true));
    const more = comparison.added.length - rows.length;
    const table = [
      `#### New since the previous run`,
      '| Where | Severity | Rule | Message |\n|---|---|---|---|',
      rows.join('\n') + (more ? `\n\n_and ${plural(more, 'more new finding')}, listed per file below_` : ''),
    ].join('\n');
    if (used + table.length + 2 <= max) {
      parts.push(table);
      used += table.length + 2;
    }
  }
  let truncation = '';
  if (findings.length) {
    const title = '#### Findings per file';
    parts.push(title);
    used += title.length + 2;
    const sections = fileSections(findings, { ...context, rowsPerFile: 100 }, Math.max(0, max - used), chars);
    parts.push(sections.text.trimEnd());
    if (sections.omittedFiles) {
      truncation = `\n\n> [!WARNING]\n> Comment truncated to GitHub's ${COMMENT_MAX_CHARS.toLocaleString('en-US')}-character limit: ${plural(sections.omittedFindings, 'finding')} in ${plural(sections.omittedFiles, 'more file')} not shown. The job summary, annotations and JSON report have them.`;
    }
  }
  return parts.join('\n\n') + truncation + '\n' + footer;
}
