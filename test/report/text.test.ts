import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plural, renderText, summaryLine } from '../../src/report/text.js';
import { renderJson } from '../../src/report/json.js';
import { finding, makeReport } from './make-report.js';

describe('renderText', () => {
  const report = makeReport([finding('docs/a.md', 3, 'link-broken', 'error', 'broken link to ./x.md', 5), finding('b.md', 1, 'orphan', 'warning', 'orphan')]);

  it('lists path:line:column, severity, message and rule, then a summary line', () => {
    expect(renderText(report)).toBe(
      'b.md:1:1  warning  orphan  orphan\ndocs/a.md:3:5  error    broken link to ./x.md  link-broken\n1 error, 1 warning, 0 notices in 12 documents · score 80/100 · native engine, 42 ms\n',
    );
  });

  it('colours only when asked', () => {
    expect(renderText(report)).not.toContain('\u001b[');
    expect(renderText(report, { color: true })).toContain('\u001b[31merror  \u001b[0m');
  });

  it('a file name cannot send terminal escapes', () => {
    const text = renderText(makeReport([finding('\u001b]0;pwned\u0007.md', 1, 'orphan', 'notice', 'x\u001b[2J')]));
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
  });

  it('summary line counts every severity', () => {
    expect(summaryLine(makeReport([]))).toBe('0 errors, 0 warnings, 0 notices in 12 documents · score 80/100 · native engine, 42 ms');
    const many = makeReport(Array.from({ length: 1234 }, (_, i) => finding(`f${i}.md`, 1, 'orphan', 'warning', 'x')));
    expect(summaryLine(many)).toMatch(/^0 errors, 1,234 warnings, 0 notices/);
  });

  it('groups digits as en-US does, without loading ICU', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => plural(n, 'x') === `${n.toLocaleString('en-US')} x${n === 1 ? '' : 's'}`),
      { numRuns: 2000 },
    );
  });
});

describe('renderJson', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(renderJson(report()))).toEqual(report());
  });
});

function report() {
  return makeReport([finding('a.md', 1, 'orphan', 'notice', 'x')]);
}
