import { describe, expect, it } from 'vitest';
import { check, doc, fm, heading } from './facts.js';

describe('doc-size', () => {
  const rules = { 'doc-size': { severity: 'error', recommendedLines: 1000, maxLines: 1500, maxBytes: 50_000 } };
  it('warns past the recommended size and errors past the maximum', async () => {
    const findings = await check(
      [doc('a.md', { lines: 1000 }), doc('b.md', { lines: 1001 }), doc('c.md', { lines: 1501 }), doc('d.md', { bytes: 50_001 })],
      rules,
    );
    expect(findings.map((f) => `${f.path} ${f.severity} ${f.message}`)).toEqual([
      'b.md warning 1001 lines; at most 1000 recommended',
      'c.md error 1501 lines; the maximum is 1500: split the document',
      'd.md error 50001 bytes; the maximum is 50000: split the document',
    ]);
  });
});

describe('doc-short', () => {
  it('reports stubs by words of prose', async () => {
    const metrics = (words: number) => ({ words, headings: 0, links: 0, codeBlocks: 0 });
    const findings = await check([doc('a.md', { metrics: metrics(19) }), doc('b.md', { metrics: metrics(20) })], { 'doc-short': { minWords: 20 } });
    expect(findings.map((f) => `${f.path} ${f.message}`)).toEqual(['a.md only 19 words; a document needs at least 20']);
  });
});

describe('heading-h1', () => {
  const rules = { 'heading-h1': 'warning' };
  it('reports no title and second H1s; a frontmatter title counts', async () => {
    const findings = await check(
      [
        doc('none.md', { headings: [heading(2, 'Sub', 3)] }),
        doc('two.md', { headings: [heading(1, 'A', 1), heading(1, 'B', 5)] }),
        doc('fm.md', { frontmatter: fm({ title: 'T' }), headings: [heading(2, 'Sub', 5)] }),
        doc('one.md', { headings: [heading(1, 'A', 1), heading(2, 'B', 3)] }),
      ],
      rules,
    );
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([
      'none.md:1 no H1 heading and no frontmatter "title"',
      'two.md:5 second H1 "B": a document has one title (first at line 1)',
    ]);
  });
});

describe('heading-increment / heading-depth', () => {
  it('reports skipped levels, not returns to higher levels', async () => {
    const headings = [heading(1, 'T', 1), heading(3, 'Skip', 3), heading(4, 'Ok', 5), heading(2, 'Back', 7), heading(4, 'Skip again', 9)];
    const findings = await check([doc('a.md', { headings })], { 'heading-increment': 'warning' });
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      '3 H3 "Skip" follows an H1; expected H2 or higher',
      '9 H4 "Skip again" follows an H2; expected H3 or higher',
    ]);
  });
  it('reports headings deeper than the maximum', async () => {
    const headings = [heading(1, 'T', 1), heading(2, 'A', 2), heading(3, 'B', 3), heading(4, 'C', 4)];
    const findings = await check([doc('a.md', { headings })], { 'heading-depth': { maxLevel: 3 } });
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual(['4 H4 "C" is deeper than H3']);
  });
});
