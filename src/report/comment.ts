/** The sticky PR comment body: verdict, score delta, new findings, findings per file; ≤ 65,536 characters. */
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../findings.js';
import { compareRuns, fingerprintFindings } from './fingerprint.js';
import { countsText, fileSections, findingRow, scoreText, unverifiedSection, verdictHeading, type MarkdownOptions } from './markdown.js';
import { changeText, encodeRunData, type RunData } from './previous-run.js';
import { markdownCode } from './escape.js';
import { plural } from './text.js';
import type { ReportScope } from './summary.js';
import type { ChangeView } from './change.js';
import { changeCounts, changeVerdict, fixedSection, introducedSection, patchSection } from './change-markdown.js';
import { rulesTable } from './markdown.js';

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
  /** The findings the verdict counts (gate `new`: those the change introduced); default: `reported`. */
  gated?: readonly Finding[];
  /** The change judged against its base (pull requests and merge queues with a readable base commit). */
  change?: ChangeView;
}

const chars = (text: string) => text.length;

export function renderComment(report: Report, context: CommentContext): string {
  if (context.change) return renderChangeComment(report, context, context.change);
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

  const footer = commentFooter(report, context, fingerprints);
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

/** The hidden run data and the footer line every comment ends with. */
function commentFooter(report: Report, context: CommentContext, fingerprints: string[]): string {
  let data = context.marker ? encodeRunData({ score: report.score.total, fingerprints }) : '';
  if (data.length > RUN_DATA_MAX_CHARS) data = encodeRunData({ score: report.score.total });
  const run = context.runUrl ? ` · [workflow run and full summary](${context.runUrl})` : '';
  return `\n<sub>docward ${markdownCode(report.version)} · ${report.engine} engine · ${plural(report.stats.documents, 'document')}${run}</sub>\n${data}\n`;
}

/**
 * A change's comment, most important first: verdict, counts and score (once), what the change introduced with
 * causes and fixes, the patch, what it fixed, the debt already in the files it touched (folded), a per-rule rollup.
 */
function renderChangeComment(report: Report, context: CommentContext, change: ChangeView): string {
  const findings = context.reported ?? report.findings;
  const fingerprints = fingerprintFindings(findings);
  const footer = commentFooter(report, context, fingerprints);
  const max = (context.maxChars ?? COMMENT_MAX_CHARS) - footer.length - 500;
  const facts = [changeCounts(change), scoreText(report.score.total, context.previous?.score)];
  const parts: string[] = [
    ...(context.marker ? [context.marker] : []),
    changeVerdict(change, context.failOn, context.gated ?? findings, '###'),
    facts.join(' · '),
  ];
  let used = parts.join('\n\n').length;
  const add = (block: string | undefined): boolean => {
    if (!block || used + block.length + 2 > max) return false;
    parts.push(block);
    used += block.length + 2;
    return true;
  };
  let dropped: string[] = [];
  if (!add(introducedSection(change, context)) && !add(introducedSection(change, context, 10))) dropped.push('the introduced findings');
  const patch = patchSection(change, Math.min(20_000, Math.max(0, max - used - 200)));
  if (patch && !add(patch)) dropped.push('the patch');
  if (!add(fixedSection(change, context))) dropped = change.fixed.length ? [...dropped, 'the fixed findings'] : dropped;
  if (change.alreadyTouched.length) {
    const title = `<details><summary><b>Already there</b> (files you touched): ${countsText(change.alreadyTouched)}, not counted against this change</summary>\n\n`;
    const sections = fileSections(change.alreadyTouched, { ...context, rowsPerFile: 50 }, Math.max(0, max - used - title.length - 400), chars);
    const omitted = sections.omittedFiles
      ? `\n_${plural(sections.omittedFindings, 'more finding')} in ${plural(sections.omittedFiles, 'file')}: see the job summary_\n`
      : '';
    add(`${title}${sections.text}${omitted}\n</details>`);
    if (sections.omittedFiles) dropped.push(`${plural(sections.omittedFindings, 'finding')} already there`);
  }
  if (findings.length) add(`<details><summary>By rule (every reported finding)</summary>\n\n${rulesTable(findings, context)}\n\n</details>`);
  const unverified = unverifiedSection(report.unverified);
  if (unverified) add(unverified);
  const truncation = dropped.length
    ? `\n\n> [!WARNING]\n> Comment truncated to GitHub's ${COMMENT_MAX_CHARS.toLocaleString('en-US')}-character limit: ${dropped.join(', ')} did not fit. The job summary${context.runUrl ? ` ([workflow run](${context.runUrl}))` : ''}, the annotations and the JSON report (\`report-file\` output) have every finding.`
    : '';
  return parts.join('\n\n') + truncation + '\n' + footer;
}
