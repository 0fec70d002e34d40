/** Markdown building blocks shared by the job summary and the PR comment. Every user-controlled string is escaped here. */
import type { Finding, Severity } from '../findings.js';
import { SEVERITIES, reaches } from '../findings.js';
import { describeRule, type RuleCatalog } from './rule-info.js';
import { markdownCode, markdownText, urlPath } from './escape.js';
import { repoPath } from './repo-path.js';
import { plural } from './text.js';
import { countText, type Unverified } from '../unverified.js';

/** Where links to files point: `${serverUrl}/${repository}/blob/${sha}/path?plain=1#Lline`. */
export interface LinkTarget {
  serverUrl: string;
  /** `owner/repo`. */
  repository: string;
  sha: string;
}

export interface MarkdownOptions {
  catalog?: RuleCatalog;
  pathPrefix?: string;
  links?: LinkTarget;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', notice: '🔵' };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function countsText(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.map((severity) => plural(counts[severity], severity)).join(', ');
}

export function failed(findings: readonly Finding[], failOn: Severity | 'never'): boolean {
  return findings.some((finding) => reaches(finding.severity, failOn));
}

/** `❌ docward: 2 errors, 1 warning, 0 notices (fails on error)` */
export function verdictHeading(findings: readonly Finding[], failOn: Severity | 'never', level = '##'): string {
  const icon = failed(findings, failOn) ? '❌' : findings.length ? '⚠️' : '✅';
  const what = findings.length ? countsText(findings) : 'no findings';
  const gate = failOn === 'never' ? 'never fails' : failed(findings, failOn) ? `fails on ${failOn}` : `passes: nothing reaches ${failOn}`;
  return `${level} ${icon} docward: ${what} (${gate})`;
}

export function scoreText(score: number, previous?: number): string {
  if (previous === undefined) return `Score **${score}**/100`;
  const delta = score - previous;
  const change = delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : '= no change';
  return `Score **${score}**/100 (${change} since the previous run: ${previous})`;
}

export function fileLink(findingPath: string, line: number, options: MarkdownOptions, text: string): string {
  if (!options.links) return text;
  const { serverUrl, repository, sha } = options.links;
  // `?plain=1`: GitHub renders Markdown by default, where `#L<n>` highlights nothing.
  const plain = /\.(md|markdown|mdx)$/i.test(findingPath) ? '?plain=1' : '';
  const target = `${serverUrl}/${repository}/blob/${sha}/${urlPath(repoPath(options.pathPrefix ?? '', findingPath))}${plain}#L${line}`;
  return `[${text}](${target})`;
}

export function rulesTable(findings: readonly Finding[], options: MarkdownOptions): string {
  const byRule = new Map<string, Record<Severity, number>>();
  for (const finding of findings) {
    const counts = byRule.get(finding.rule) ?? { error: 0, warning: 0, notice: 0 };
    counts[finding.severity] += 1;
    byRule.set(finding.rule, counts);
  }
  const rows = [...byRule].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
  const lines = ['| Rule | Findings | 🔴 | 🟠 | 🔵 | What it checks |', '|---|---:|---:|---:|---:|---|'];
  for (const [rule, counts] of rows) {
    const description = describeRule(options.catalog ?? [], rule) ?? '';
    lines.push(`| ${markdownCode(rule)} | ${total(counts)} | ${counts.error} | ${counts.warning} | ${counts.notice} | ${markdownText(description)} |`);
  }
  return lines.join('\n');
}

export function topFilesTable(findings: readonly Finding[], options: MarkdownOptions, limit = 10): string {
  const groups = groupByFile(findings);
  const lines = ['| File | Findings | 🔴 | 🟠 | 🔵 |', '|---|---:|---:|---:|---:|'];
  for (const [file, list] of groups.slice(0, limit)) {
    const counts = countBySeverity(list);
    lines.push(
      `| ${fileLink(file, 1, options, markdownText(repoPath(options.pathPrefix ?? '', file)))} | ${list.length} | ${counts.error} | ${counts.warning} | ${counts.notice} |`,
    );
  }
  if (groups.length > limit) lines.push(`| _and ${plural(groups.length - limit, 'more file')}_ | | | | |`);
  return lines.join('\n');
}

/** Files ordered by their worst severity, then by number of findings, then path. */
export function groupByFile(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.path) ?? [];
    list.push(finding);
    groups.set(finding.path, list);
  }
  const worst = (list: Finding[]) => Math.min(...list.map((f) => SEVERITIES.indexOf(f.severity)));
  return [...groups].sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

/** One table row; `withPath` names the file too (for lists that mix files). */
export function findingRow(finding: Finding, options: MarkdownOptions, withPath = false): string {
  const where = `${withPath ? `${markdownText(repoPath(options.pathPrefix ?? '', finding.path))}:` : ''}${finding.line}:${finding.column}`;
  return `| ${fileLink(finding.path, finding.line, options, where)} | ${SEVERITY_ICON[finding.severity]} ${finding.severity} | ${markdownCode(finding.rule)} | ${markdownText(finding.message)} |`;
}

const FINDING_TABLE_HEAD = '| Line | Severity | Rule | Message |\n|---|---|---|---|';

/** Text length in the unit a channel limits: UTF-8 bytes for the job summary, characters for comments. */
export type Measure = (text: string) => number;

/** One `<details>` block per file, most important first, while they fit in `budget`; reports what was left out. */
export function fileSections(
  findings: readonly Finding[],
  options: MarkdownOptions & { open?: boolean; rowsPerFile?: number },
  budget: number,
  measure: Measure,
): { text: string; omittedFiles: number; omittedFindings: number } {
  const groups = groupByFile(findings);
  const rowsPerFile = options.rowsPerFile ?? 200;
  let text = '';
  let used = 0;
  let index = 0;
  for (; index < groups.length; index++) {
    const [file, list] = groups[index]!;
    const rows = list.slice(0, rowsPerFile).map((finding) => findingRow(finding, options));
    if (list.length > rowsPerFile) rows.push(`| | | | _${plural(list.length - rowsPerFile, 'more finding')} in this file: see the JSON report_ |`);
    const section = [
      `<details${options.open ? ' open' : ''}><summary><b>${markdownText(repoPath(options.pathPrefix ?? '', file))}</b>: ${countsText(list)}</summary>`,
      '',
      FINDING_TABLE_HEAD,
      ...rows,
      '',
      '</details>',
      '',
      '',
    ].join('\n');
    const size = measure(section);
    if (used + size > budget) break;
    used += size;
    text += section;
  }
  const omitted = groups.slice(index);
  return { text, omittedFiles: omitted.length, omittedFindings: omitted.reduce((sum, [, list]) => sum + list.length, 0) };
}

function total(counts: Record<Severity, number>): number {
  return counts.error + counts.warning + counts.notice;
}

/**
 * What the scan could not check ("unknown is not broken"): a collapsed list, one line per cause with
 * its count and the config key that makes it checkable; undefined when everything was checked.
 */
export function unverifiedSection(entries: readonly Unverified[]): string | undefined {
  if (!entries.length) return undefined;
  const total = entries.reduce((sum, e) => sum + e.count, 0);
  const rows = entries.map((e) => {
    const key = e.key ? ` — to check them, set ${markdownCode(e.key)}` : '';
    const rule = e.rule ? ` (${markdownCode(e.rule)})` : '';
    return `- **${countText(e)}**${rule}: ${markdownText(e.message)}${key}`;
  });
  const summary = `ℹ️ Not checked: ${plural(total, 'item')} whose publishing docward cannot see (${plural(entries.length, 'cause')}); none is reported as a finding`;
  return [`<details><summary>${summary}</summary>`, '', ...rows, '', '</details>'].join('\n');
}
