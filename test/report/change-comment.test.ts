// The comment and summary of a change: limits hold with thousands of introduced findings, repeated causes group.
import { describe, expect, it } from 'vitest';
import { renderComment, COMMENT_MAX_CHARS } from '../../src/report/comment.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js';
import type { ChangeView } from '../../src/report/change.js';
import type { Explanation } from '../../src/change/causes.js';
import type { Finding } from '../../src/findings.js';
import { finding, makeReport, manyFindings } from './make-report.js';

function view(
  introduced: Finding[],
  options: { fixed?: Finding[]; already?: Finding[]; explanations?: Map<Finding, Explanation>; patch?: string } = {},
): ChangeView {
  return {
    gate: 'new',
    baseSha: 'c'.repeat(40),
    introduced,
    brokenElsewhere: new Set(introduced.filter((f) => f.path.startsWith('untouched/'))),
    fixed: options.fixed ?? [],
    alreadyTouched: options.already ?? [],
    alreadyElsewhere: 7,
    explanations: options.explanations ?? new Map(),
    patch: options.patch ?? '',
    patched: options.patch ? 1 : 0,
    annotationNote: () => undefined,
    suggestions: () => [],
  };
}

describe('the comment of a change', () => {
  it('stays under 65,536 characters with 3,000 introduced findings, a long patch and old debt, and says where the rest is', () => {
    const introduced = manyFindings(3000, 300);
    const already = manyFindings(2000, 200).map((f) => ({ ...f, path: `old/${f.path}` }));
    const patch = Array.from({ length: 2000 }, (_, i) => `--- a/x${i}.md\n+++ b/x${i}.md\n@@ -1 +1 @@\n-[a](old.md)\n+[a](new.md)\n`).join('');
    const report = makeReport([...introduced, ...already]);
    const body = renderComment(report, {
      marker: '<!-- m -->',
      failOn: 'error',
      gated: introduced,
      change: view(introduced, { already, patch }),
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toMatch(/^<!-- m -->\n\n### ❌ docward: this change introduces 1,?000 errors, 1,?000 warnings, 1,?000 notices \(fails on error\)/);
    expect(body).toContain('_and 2,950 more introduced findings: see the job summary and the JSON report_');
    expect(body).toContain('the patch is too long to show here. Run `npx docward fix --since cccccccccccc --write`');
    const summary = renderSummary(report, { failOn: 'error', gated: introduced, change: view(introduced, { already, patch }) });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
  });

  it('groups more than three findings with one cause into one line with their count', () => {
    const introduced = Array.from({ length: 12 }, (_, i) =>
      finding('untouched/WEEK-2025-W47.md', 3 + i, 'link-broken', 'error', `link target "guide.md" does not exist ${i}`),
    );
    const explanations = new Map(introduced.map((f) => [f, { cause: { kind: 'renamed', from: 'docs/guide.md', to: 'docs/manual.md' } } as Explanation]));
    const body = renderComment(makeReport(introduced), { marker: '', failOn: 'error', gated: introduced, change: view(introduced, { explanations }) });
    expect(body).toContain('**12 findings** in untouched/WEEK-2025-W47.md: `docs/guide.md` was renamed to `docs/manual.md` in this change');
    expect(body.match(/\| 🔴 `link-broken` \|/g)).toHaveLength(12);
    expect(body).toContain('<details><summary>the 12 findings</summary>');
  });
});
