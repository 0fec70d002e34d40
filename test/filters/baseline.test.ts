import { describe, expect, it } from 'vitest';
import { applyBaseline, parseBaseline, BaselineError } from '../../src/filters/baseline.js';
import { renderJson } from '../../src/report/json.js';
import { compareFindings, type Finding } from '../../src/findings.js';
import { finding, makeReport } from '../report/make-report.js';

const sorted = (findings: Finding[]) => [...findings].sort(compareFindings);

describe('baseline', () => {
  const before = [
    finding('docs/a.md', 3, 'link-broken', 'error', 'link target "x.md" does not exist'),
    finding('docs/a.md', 9, 'link-broken', 'error', 'link target "x.md" does not exist'),
    finding('docs/b.md', 1, 'orphan', 'warning', 'not reachable'),
  ];
  const baseline = parseBaseline(renderJson(makeReport(before)), '.docward-baseline.json');

  it('reports only findings the baseline does not have, even when lines moved', () => {
    const now = sorted([
      ...before.map((f) => ({ ...f, line: f.line + 5 })),
      finding('docs/a.md', 30, 'link-broken', 'error', 'link target "y.md" does not exist'),
    ]);
    const result = applyBaseline(now, baseline);
    expect(result.reported.map((f) => f.message)).toEqual(['link target "y.md" does not exist']);
    expect(result).toMatchObject({ baselined: 3, stale: 0 });
  });

  it('a third copy of a baselined finding is new; fixed entries are counted as stale', () => {
    const now = sorted([...before.slice(0, 2), finding('docs/a.md', 20, 'link-broken', 'error', 'link target "x.md" does not exist')]);
    const result = applyBaseline(now, baseline);
    expect(result.reported).toHaveLength(1);
    expect(result).toMatchObject({ baselined: 2, stale: 1 });
  });

  it('names the file and what is wrong with it', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{', 'b.json')).toThrow(/^b.json: not JSON/);
    expect(() => parseBaseline('{"findings": 3}', 'b.json')).toThrow('b.json: no "findings" list; write it with docward scan --format json');
    expect(() => parseBaseline('{"findings": [{"rule": "x"}]}', 'b.json')).toThrow(
      'b.json: findings[0] is not a finding (needs rule, severity, path, line, column, message)',
    );
  });
});
