/** What the reporters show of a change: introduced, fixed and pre-existing findings, causes, a `git apply` patch and review suggestions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings.js';
import type { ChangeAnalysis } from '../change/analyse.js';
import { causeText, type Explanation, type LinkFix } from '../change/causes.js';
import { applyLinkFixes, filePatch } from '../fix/apply.js';
import type { ChangedFiles } from '../filters/changed-lines.js';
import { repoPath } from './repo-path.js';
import { markdownCodeSpan, plainLine } from './escape.js';

export interface ChangeView {
  gate: 'new' | 'all';
  baseSha: string;
  /** Findings the change introduced (after the baseline), anywhere in the tree. */
  introduced: Finding[];
  /** The introduced findings in files the change did not touch. */
  brokenElsewhere: ReadonlySet<Finding>;
  /** Base findings the change fixed (paths as in the base). */
  fixed: Finding[];
  /** Pre-existing findings in files the change touched. */
  alreadyTouched: Finding[];
  /** Pre-existing findings elsewhere (counted, not listed). */
  alreadyElsewhere: number;
  explanations: ReadonlyMap<Finding, Explanation>;
  /** Fixes on lines outside the diff, as one patch for `git apply` ('' when there are none). */
  patch: string;
  /** Findings whose fix the patch holds. */
  patched: number;
  /** Plain text added to an introduced finding's annotation (cause and fix). */
  annotationNote(finding: Finding): string | undefined;
  /** Fixes on lines the change added: one review suggestion per line. */
  suggestions(changed: ChangedFiles): Suggestion[];
}

/** A GitHub review comment with a suggestion block: the whole line as it should read. */
export interface Suggestion {
  /** Repository path. */
  path: string;
  line: number;
  body: string;
}

export interface ChangeViewOptions {
  /** Findings after the baseline (what may be reported). */
  findings: readonly Finding[];
  gate: 'new' | 'all';
  /** The scan root on disk (the head's files are read from there for patches). */
  root: string;
  pathPrefix: string;
  changed?: ChangedFiles;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function changeView(analysis: ChangeAnalysis, options: ChangeViewOptions): ChangeView {
  const kept = new Set(options.findings);
  const repo = (p: string) => repoPath(options.pathPrefix, p);
  const introduced = analysis.classification.introduced.filter((f) => kept.has(f));
  const pre = analysis.classification.preExisting.filter((f) => kept.has(f));
  const alreadyTouched = pre.filter((f) => analysis.touched.has(f.path));
  const fixes = introduced.flatMap((f) => {
    const fix = analysis.explanations.get(f)?.fix;
    return fix ? [fix] : [];
  });
  const onAddedLine = (fix: LinkFix, changed: ChangedFiles | undefined) => {
    const file = changed?.get(repo(fix.path));
    return !!file && !file.wholeFile && file.added.has(fix.line);
  };
  // Lines outside the diff cannot take a review suggestion: they get the patch.
  const outside = fixes.filter((fix) => !onAddedLine(fix, options.changed));
  const { patch, patched } = buildPatch(outside, options.root, repo);
  return {
    gate: options.gate,
    baseSha: analysis.baseSha,
    introduced,
    brokenElsewhere: new Set(analysis.brokenElsewhere),
    fixed: analysis.classification.fixed,
    alreadyTouched,
    alreadyElsewhere: pre.length - alreadyTouched.length,
    explanations: analysis.explanations,
    patch,
    patched,
    annotationNote(finding) {
      const explanation = analysis.explanations.get(finding);
      const elsewhere = analysis.touched.has(finding.path) ? '' : 'broken by this change';
      const cause = explanation?.cause ? causeText(explanation.cause, { repo }) : '';
      const fix = explanation?.fix ? `suggested target: ${explanation.fix.to}` : '';
      const parts = [[elsewhere, cause].filter(Boolean).join(': '), fix].filter(Boolean);
      return parts.length ? plainLine(parts.join('; ')) : undefined;
    },
    suggestions(changed) {
      const mine = fixes.filter((fix) => onAddedLine(fix, changed));
      return suggestionsFor(mine, options.root, repo);
    },
  };
}

/** The fixes grouped by file, applied to the head's text, as one multi-file patch. */
function buildPatch(fixes: readonly LinkFix[], root: string, repo: (p: string) => string): { patch: string; patched: number } {
  const byFile = new Map<string, LinkFix[]>();
  for (const fix of fixes) byFile.set(fix.path, [...(byFile.get(fix.path) ?? []), fix]);
  let patch = '';
  let patched = 0;
  for (const [file, list] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const before = readText(path.join(root, file));
    if (before === undefined) continue;
    const result = applyLinkFixes(before, list);
    if (!result.applied.length) continue;
    patch += filePatch(repo(file), before, result.text);
    patched += result.applied.length;
  }
  return { patch, patched };
}

function suggestionsFor(fixes: readonly LinkFix[], root: string, repo: (p: string) => string): Suggestion[] {
  const byLine = new Map<string, LinkFix[]>();
  for (const fix of fixes) byLine.set(`${fix.path}\0${fix.line}`, [...(byLine.get(`${fix.path}\0${fix.line}`) ?? []), fix]);
  const suggestions: Suggestion[] = [];
  for (const list of byLine.values()) {
    const { path: file, line } = list[0]!;
    const text = readText(path.join(root, file));
    if (text === undefined) continue;
    const lines = text.split('\n');
    const result = applyLinkFixes(
      lines[line - 1] ?? '',
      list.map((fix) => ({ ...fix, line: 1 })),
    );
    if (!result.applied.length) continue;
    const fence = '`'.repeat(Math.max(3, ...[...result.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const targets = result.applied.map((fix) => `${markdownCodeSpan(fix.from)} → ${markdownCodeSpan(fix.to)}`).join(', ');
    suggestions.push({ path: repo(file), line, body: `docward: ${targets}\n\n${fence}suggestion\n${result.text.replace(/\r$/, '')}\n${fence}` });
  }
  return suggestions;
}
