/** filter-mode, as reviewdog defines it: which findings are reported given the pull request's changes. */
import type { Finding } from '../findings.js';
import { repoPath } from '../report/repo-path.js';

/** `added`: on added/modified lines · `diff_context`: on any line of a diff hunk · `file`: in a changed file · `nofilter`: all. */
export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';
export const FILTER_MODES: readonly FilterMode[] = ['added', 'diff_context', 'file', 'nofilter'];

/** One changed file on the new side of the diff (lines are new-file line numbers). */
export interface ChangedFile {
  added: Set<number>;
  /** Every new-side line shown in a hunk: added and unchanged context lines. */
  hunk: Set<number>;
  /** No line information (binary, or a patch too large for the API): every line counts as changed. */
  wholeFile: boolean;
}

/** Changed files by path relative to the repository root. */
export type ChangedFiles = Map<string, ChangedFile>;

export interface FilterResult {
  reported: Finding[];
  outOfScope: number;
}

/** Keeps the findings that `mode` reports; `changed` undefined means the scope is unknown and nothing is filtered. */
export function filterByChanges(findings: readonly Finding[], mode: FilterMode, changed: ChangedFiles | undefined, pathPrefix = ''): FilterResult {
  if (mode === 'nofilter' || !changed) return { reported: [...findings], outOfScope: 0 };
  const reported = findings.filter((finding) => {
    const file = changed.get(repoPath(pathPrefix, finding.path));
    if (!file) return false;
    if (mode === 'file' || file.wholeFile) return true;
    return (mode === 'added' ? file.added : file.hunk).has(finding.line);
  });
  return { reported, outOfScope: findings.length - reported.length };
}
