/** Markdown of a change for the comment and the job summary: verdict, introduced (with causes and fixes), patch, fixed. */
import type { Finding, Severity } from '../findings.js';
import { reaches, SEVERITIES } from '../findings.js';
import { causeText } from '../change/causes.js';
import type { ChangeView } from './change.js';
import { countBySeverity, fileLink, SEVERITY_ICON, type MarkdownOptions } from './markdown.js';
import { markdownCode, markdownCodeSpan, markdownText } from './escape.js';
import { repoPath } from './repo-path.js';
import { plural } from './text.js';

/** More findings than this with one cause are one line with their count (the rows fold away). */
const GROUP_AT = 3;

/** `❌ docward: this change introduces 1 error (fails on error)` */
export function changeVerdict(view: ChangeView, failOn: Severity | 'never', gated: readonly Finding[], level: string): string {
  const fails = gated.some((f) => reaches(f.severity, failOn));
  const icon = fails ? '❌' : view.introduced.length ? '⚠️' : '✅';
  const counts = countBySeverity(view.introduced);
  const introduced = SEVERITIES.filter((s) => counts[s]).map((s) => plural(counts[s], s));
  const what = introduced.length ? `this change introduces ${introduced.join(', ')}` : 'this change introduces no findings';
  const gate = failOn === 'never' ? 'never fails' : fails ? `fails on ${failOn}` : `passes: nothing it introduced reaches ${failOn}`;
  return `${level} ${icon} docward: ${what} (${gate})`;
}

/** `1 introduced · 2 fixed · 3 already there in files you touched · 40 elsewhere in the tree` */
export function changeCounts(view: ChangeView): string {
  return [
    `**${view.introduced.length}** introduced`,
    `**${view.fixed.length}** fixed`,
    `${view.alreadyTouched.length} already there in files you touched`,
    `${view.alreadyElsewhere} elsewhere in the tree`,
  ].join(' · ');
}

function causeOf(view: ChangeView, finding: Finding, options: MarkdownOptions): string {
  const explanation = view.explanations.get(finding);
  const repo = (p: string) => repoPath(options.pathPrefix ?? '', p);
  const parts: string[] = [];
  if (view.brokenElsewhere.has(finding)) parts.push('**broken by this change** (file not touched)');
  if (explanation?.cause) parts.push(causeText(explanation.cause, { repo, code: markdownCodeSpan }));
  if (explanation?.fix) parts.push(`suggested: ${markdownCodeSpan(explanation.fix.to)}`);
  return parts.join(': ').replace(/: (suggested)/, '; $1');
}

function row(view: ChangeView, finding: Finding, options: MarkdownOptions): string {
  const where = `${markdownText(repoPath(options.pathPrefix ?? '', finding.path))}:${finding.line}`;
  return `| ${fileLink(finding.path, finding.line, options, where)} | ${SEVERITY_ICON[finding.severity]} ${markdownCode(finding.rule)} | ${markdownText(finding.message)} | ${causeOf(view, finding, options)} |`;
}

const HEAD = '| Where | Rule | Message | Cause and fix |\n|---|---|---|---|';

/**
 * "Introduced by this change": every finding as a row (open: a small change's findings need no click), except
 * that more than GROUP_AT findings sharing one cause become one line with the count and their rows folded.
 */
export function introducedSection(view: ChangeView, options: MarkdownOptions, maxRows = 50): string {
  if (!view.introduced.length) return '#### Introduced by this change\n\nNothing: the change adds no finding.';
  const repo = (p: string) => repoPath(options.pathPrefix ?? '', p);
  const groups = new Map<string, Finding[]>();
  const single: Finding[] = [];
  for (const finding of view.introduced) {
    const cause = view.explanations.get(finding)?.cause;
    const key = cause ? causeText(cause, { repo, code: markdownCodeSpan }) : '';
    if (key) groups.set(key, [...(groups.get(key) ?? []), finding]);
    else single.push(finding);
  }
  const blocks: string[] = ['#### Introduced by this change'];
  const rows: string[] = [];
  let shown = 0;
  for (const [cause, list] of groups) {
    if (list.length <= GROUP_AT) {
      single.push(...list);
      continue;
    }
    const files = new Set(list.map((f) => f.path));
    const inFiles = files.size === 1 ? `in ${markdownText(repo(list[0]!.path))}` : `in ${plural(files.size, 'file')}`;
    const folded = list.slice(0, maxRows).map((f) => row(view, f, options));
    blocks.push(
      `**${plural(list.length, 'finding')}** ${inFiles}: ${cause}\n\n<details><summary>the ${list.length} findings</summary>\n\n${HEAD}\n${folded.join('\n')}\n\n</details>`,
    );
  }
  single.sort((a, b) => (view.brokenElsewhere.has(a) === view.brokenElsewhere.has(b) ? 0 : view.brokenElsewhere.has(a) ? -1 : 1));
  for (const finding of single) {
    if (shown++ >= maxRows) break;
    rows.push(row(view, finding, options));
  }
  if (rows.length) blocks.splice(1, 0, `${HEAD}\n${rows.join('\n')}`);
  if (single.length > maxRows) blocks.push(`_and ${plural(single.length - maxRows, 'more introduced finding')}: see the job summary and the JSON report_`);
  return blocks.join('\n\n');
}

/** The fixes for lines outside the diff as a patch to apply (a suggestion block cannot reach them). */
export function patchSection(view: ChangeView, maxChars: number): string | undefined {
  if (!view.patch) return undefined;
  const command = '<code>git apply docward.patch</code>';
  if (view.patch.length > maxChars) {
    return `**Fix:** ${plural(view.patched, 'link')} can be fixed automatically; the patch is too long to show here. Run \`npx docward fix --since ${view.baseSha.slice(0, 12)} --write\` in your checkout.`;
  }
  const fence = '`'.repeat(Math.max(3, ...[...view.patch.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [
    `<details open><summary><b>Fix</b>: ${plural(view.patched, 'link')} on lines outside this change: save as <code>docward.patch</code> and run ${command} (or <code>npx docward fix --since ${view.baseSha.slice(0, 12)} --write</code>)</summary>`,
    '',
    `${fence}diff`,
    view.patch.trimEnd(),
    fence,
    '',
    '</details>',
  ].join('\n');
}

/** "Fixed": base findings the change removed (collapsed past ten). */
export function fixedSection(view: ChangeView, options: MarkdownOptions, maxRows = 30): string | undefined {
  if (!view.fixed.length) return undefined;
  const repo = (p: string) => repoPath(options.pathPrefix ?? '', p);
  const rows = view.fixed
    .slice(0, maxRows)
    .map((f) => `| ${markdownText(repo(f.path))}:${f.line} | ${SEVERITY_ICON[f.severity]} ${markdownCode(f.rule)} | ${markdownText(f.message)} |`);
  if (view.fixed.length > maxRows) rows.push(`| _and ${plural(view.fixed.length - maxRows, 'more')}_ | | |`);
  const table = `| Where (before) | Rule | Message |\n|---|---|---|\n${rows.join('\n')}`;
  return view.fixed.length > 10
    ? `<details><summary><b>Fixed</b>: ${plural(view.fixed.length, 'finding')} this change removed 🎉</summary>\n\n${table}\n\n</details>`
    : `#### Fixed 🎉\n\n${table}`;
}
