import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js';
import { fingerprintFindings } from '../../src/report/fingerprint.js';
import { finding, makeReport, manyFindings } from './make-report.js';

const links = { serverUrl: 'https://github.com', repository: 'octo/docs', sha: 'abc123' };

describe('renderSummary', () => {
  const findings = [
    finding('docs/guide.md', 12, 'link-broken', 'error', 'broken link to ./gone.md'),
    finding('docs/guide.md', 30, 'orphan', 'warning', 'no page links to this document'),
    finding('README.md', 1, 'frontmatter-required', 'notice', 'missing key "owner"'),
  ];

  it('gives the verdict, counts, the score once, a severity by rule table (no pie), tables and findings per file', () => {
    const report = makeReport(findings, 77);
    const previous = { score: 80, fingerprints: fingerprintFindings(findings.slice(1)).concat(['0000000000000000']) };
    const md = renderSummary(report, {
      failOn: 'error',
      previous,
      links,
      pathPrefix: 'site',
      catalog: [{ id: 'link-broken', description: 'Relative links must resolve.' }],
    });
    expect(md).toMatch(/^## ❌ docward: 1 error, 1 warning, 1 notice \(fails on error\)/);
    expect(md).toContain('Score **77**/100 (▼ -3 since the previous run: 80)');
    expect(md).toContain('1 new, 1 fixed since the previous run');
    expect(md).not.toContain('```mermaid');
    expect(md.match(/Score/g)).toHaveLength(1);
    expect(md).toContain('| `link-broken` | 1 | 1 | 0 | 0 | Relative links must resolve. |');
    expect(md).toContain('[12:1](https://github.com/octo/docs/blob/abc123/site/docs/guide.md?plain=1#L12)');
    expect(md).toContain('<details><summary><b>site/docs/guide.md</b>: 1 error, 1 warning, 0 notices</summary>');
    expect(md).toContain('<sub>docward 0.1.0 · native engine · 12 documents');
  });

  it('passes with a clean verdict when nothing reaches fail-on, and says how many annotations GitHub hides', () => {
    const md = renderSummary(makeReport(findings), { failOn: 'never', hiddenAnnotations: { error: 4, warning: 0, notice: 1 } });
    expect(md).toMatch(/^## ⚠️ docward: .* \(never fails\)/);
    expect(md).toContain('4 errors, 1 notice are not shown as annotations');
    expect(renderSummary(makeReport([]), { failOn: 'error' })).toMatch(/^## ✅ docward: no findings \(passes: nothing reaches error\)/);
  });

  it('reports the filter-mode scope', () => {
    const md = renderSummary(makeReport(findings), {
      failOn: 'error',
      reported: findings.slice(0, 1),
      scope: { filterMode: 'added', outOfScope: 2, changedFiles: 4 },
    });
    expect(md).toContain('Reporting with filter-mode `added` (4 changed files): 2 findings outside');
    expect(md).toMatch(/^## ❌ docward: 1 error, 0 warnings, 0 notices/);
  });

  it('escapes user-controlled file names and messages', () => {
    const evil = [finding('docs/<img src=x onerror=alert(1)>.md', 1, 'link-broken', 'error', '[click](https://evil.example) @admin')];
    const md = renderSummary(makeReport(evil), { failOn: 'error' });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('[click]');
    expect(md).not.toMatch(/@admin/);
  });

  it('stays under 1 MiB with 40,000 findings and says what it left out', () => {
    const md = renderSummary(makeReport(manyFindings(40_000, 4000)), { failOn: 'error', links });
    const size = Buffer.byteLength(md);
    expect(size).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(size).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.9);
    const note = /Summary truncated to stay under GitHub's 1 MiB limit: ([\d,]+) findings in ([\d,]+) more files not shown/.exec(md);
    expect(note).not.toBeNull();
    const shownFiles = md.split('<details>').length - 1;
    expect(shownFiles + Number(note![2]!.replace(/,/g, ''))).toBe(4000);
  });
});
