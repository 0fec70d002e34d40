import { describe, expect, it } from 'vitest';
import { filterByChanges, type ChangedFiles } from '../../src/filters/changed-lines.js';
import type { Finding } from '../../src/findings.js';

const f = (path: string, line: number): Finding => ({ rule: 'orphan', severity: 'error', path, line, column: 1, message: 'm' });

describe('filterByChanges (reviewdog filter modes)', () => {
  const changed: ChangedFiles = new Map([
    ['docs/a.md', { added: new Set([5]), hunk: new Set([3, 4, 5, 6, 7]), wholeFile: false }],
    ['docs/bin.md', { added: new Set<number>(), hunk: new Set<number>(), wholeFile: true }],
  ]);
  // Findings are relative to the scan root `docs`; changed files to the repository root.
  const findings = [f('a.md', 5), f('a.md', 7), f('a.md', 40), f('bin.md', 9), f('other.md', 1)];
  const lines = (mode: Parameters<typeof filterByChanges>[1]) => filterByChanges(findings, mode, changed, 'docs').reported.map((x) => `${x.path}:${x.line}`);

  it('added: only added lines (and files without line information)', () => {
    expect(lines('added')).toEqual(['a.md:5', 'bin.md:9']);
  });
  it('diff_context: any line shown in a hunk', () => {
    expect(lines('diff_context')).toEqual(['a.md:5', 'a.md:7', 'bin.md:9']);
  });
  it('file: anything in a changed file', () => {
    expect(lines('file')).toEqual(['a.md:5', 'a.md:7', 'a.md:40', 'bin.md:9']);
    expect(filterByChanges(findings, 'file', changed, 'docs').outOfScope).toBe(1);
  });
  it('nofilter, or an unknown scope, keeps everything', () => {
    expect(lines('nofilter')).toHaveLength(5);
    expect(filterByChanges(findings, 'added', undefined).reported).toHaveLength(5);
  });
});
