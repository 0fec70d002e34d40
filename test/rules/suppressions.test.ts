import { describe, expect, it } from 'vitest';
import { check, doc, link } from './facts.js';

const sup = (directive: string, rules: string[], line: number) => ({ directive, rules, line, column: 1 });
const rules = { 'link-broken': 'error', 'heading-h1': 'warning', 'suppression-invalid': 'warning', 'suppression-unused': 'warning' };

describe('inline suppressions', () => {
  it('disable-next-line, disable/enable ranges and disable-file suppress matching findings only', async () => {
    const d = doc('a.md', {
      links: [link('x1.md', 3), link('x2.md', 6), link('x3.md', 8), link('x4.md', 11)],
      suppressions: [
        sup('disable-next-line', ['link-broken'], 2),
        sup('disable', ['link-broken'], 5),
        sup('enable', [], 7),
        sup('disable-file', ['heading-h1'], 20),
      ],
    });
    const findings = await check([d], rules);
    expect(findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '8 link-broken link target "x3.md" does not exist (resolved to "x3.md")',
      '11 link-broken link target "x4.md" does not exist (resolved to "x4.md")',
    ]);
  });

  it('a disable without rules covers every rule until enable', async () => {
    const d = doc('a.md', { links: [link('x1.md', 3)], suppressions: [sup('disable', [], 1)] });
    expect(await check([d], rules)).toEqual([]);
  });

  it('an enable naming another rule does not end the range', async () => {
    const d = doc('a.md', { links: [link('x1.md', 5)], suppressions: [sup('disable', ['link-broken'], 1), sup('enable', ['heading-h1'], 3)] });
    const findings = await check([d], { ...rules, 'heading-h1': 'off' });
    expect(findings).toEqual([]);
  });

  it('reports unknown directives, unknown rules and suppressions that suppressed nothing', async () => {
    const d = doc('a.md', {
      links: [link('x1.md', 3)],
      suppressions: [
        sup('disable-line', ['link-broken'], 2),
        sup('disable-next-line', ['link-brokn', 'link-broken'], 2),
        sup('disable-next-line', ['link-anchor'], 9),
      ],
    });
    const findings = await check([d], { ...rules, 'heading-h1': 'off' });
    expect(findings.map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
      '2 suppression-invalid unknown directive "docward-disable-line"; use docward-disable, docward-enable, docward-disable-next-line, docward-disable-file',
      '2 suppression-invalid unknown rule "link-brokn" in docward-disable-next-line',
      '9 suppression-unused docward-disable-next-line link-anchor suppressed nothing; remove it',
    ]);
  });

  it('reports nothing about suppressions when those rules are off', async () => {
    const d = doc('a.md', { suppressions: [sup('nonsense', [], 2)] });
    expect(await check([d], { 'link-broken': 'error' })).toEqual([]);
  });
});

describe('per-path severity (overrides)', () => {
  it("applies matching overrides in order to a rule's severity and options", async () => {
    const docs = [doc('a.md', { links: [link('x.md')] }), doc('docs/b.md', { links: [link('x.md')] }), doc('docs/keep/c.md', { links: [link('x.md')] })];
    const findings = await check(docs, { 'link-broken': 'error' }, [], {
      overrides: [
        { files: ['docs/**'], rules: { 'link-broken': 'off' } },
        { files: ['docs/keep/**'], rules: { 'link-broken': { severity: 'notice', ignore: ['^y'] } } },
      ],
    });
    expect(findings.map((f) => `${f.path} ${f.severity}`)).toEqual(['a.md error', 'docs/keep/c.md notice']);
  });
});
