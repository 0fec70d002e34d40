import { describe, expect, it } from 'vitest';
import { renderComment, stickyMarker, COMMENT_MAX_CHARS } from '../../src/report/comment.js';
import { decodeRunData } from '../../src/report/previous-run.js';
import { fingerprintFindings } from '../../src/report/fingerprint.js';
import { finding, makeReport, manyFindings } from './make-report.js';

const marker = stickyMarker('Docs', '.');

describe('stickyMarker', () => {
  it('is one hidden comment per workflow and path, whatever their characters', () => {
    expect(marker).toMatch(/^<!-- docward:sticky:[0-9a-f]{16} -->$/);
    expect(stickyMarker('Docs', 'site')).not.toBe(marker);
    expect(stickyMarker('Other', '.')).not.toBe(marker);
    expect(stickyMarker('x --> <b>', '.')).toMatch(/^<!-- docward:sticky:[0-9a-f]{16} -->$/);
  });
});

describe('renderComment', () => {
  const first = [finding('a.md', 1, 'link-broken', 'error', 'broken link to b.md'), finding('c.md', 2, 'orphan', 'warning', 'orphan')];

  it('carries the marker and the run data the next run compares against', () => {
    const body = renderComment(makeReport(first, 70), { marker, failOn: 'error' });
    expect(body.startsWith(marker)).toBe(true);
    expect(decodeRunData(body)).toEqual({ score: 70, fingerprints: fingerprintFindings(first) });
  });

  it('shows new and fixed findings and the score delta since the previous comment', () => {
    const previousBody = renderComment(makeReport(first, 70), { marker, failOn: 'error' });
    const now = [first[0]!, finding('d.md', 9, 'stale', 'notice', 'last reviewed 2024-01-01')];
    const body = renderComment(makeReport(now, 74), { marker, failOn: 'error', previous: decodeRunData(previousBody) });
    expect(body).toContain('Score **74**/100 (▲ +4 since the previous run: 70) · 1 new, 1 fixed since the previous run');
    expect(body).toContain('#### New since the previous run');
    expect(body).toContain('| d.md:9:1 | 🔵 notice | `stale` |');
  });

  it('fits 5,000 findings in 65,536 characters with an explicit truncation note', () => {
    const body = renderComment(makeReport(manyFindings(5000, 500)), { marker, failOn: 'error', runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toMatch(/Comment truncated to GitHub's 65,536-character limit: [\d,]+ findings in \d+ more files not shown/);
    // Too many fingerprints to store: the score is kept, new/fixed is then unknown rather than wrong.
    expect(decodeRunData(body)).toEqual({ score: 80, fingerprints: undefined });
  });

  it('without a marker (a check run summary) carries no run data', () => {
    const body = renderComment(makeReport(first), { marker: '', failOn: 'error' });
    expect(body.startsWith('### ❌ docward: 1 error, 1 warning, 0 notices')).toBe(true);
    expect(decodeRunData(body)).toBeUndefined();
  });

  it('ignores malformed run data in an edited comment', () => {
    expect(decodeRunData('<!-- docward:data:bm90IGpzb24= -->')).toBeUndefined();
    expect(decodeRunData('no data')).toBeUndefined();
  });
});
