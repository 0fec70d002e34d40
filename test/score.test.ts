import { describe, expect, it } from 'vitest';
import { computeScore, ScoreCounts } from '../src/score.js';
import type { Finding } from '../src/findings.js';
import type { Link } from '../src/engine/contract.js';
import { linkSettings } from '../src/sites/settings.js';
import { doc, link, scanOf } from './rules/facts.js';

const finding = (rule: string, path: string): Finding => ({ rule, severity: 'error', path, line: 1, column: 1, message: 'm' });

describe('computeScore', () => {
  it('is 100 with every part at 1 for a clean scan', () => {
    expect(computeScore(ScoreCounts.of(scanOf([doc('a.md', { links: [link('b.md')] }), doc('b.md')]).documents), [])).toEqual({
      total: 100,
      parts: { metadata: 1, links: 1, orphans: 1, size: 1 },
    });
  });

  it('weights each part by the documented formula', () => {
    const scan = scanOf([
      doc('a.md', { links: [link('b.md'), link('c.md'), link('https://x.org'), link('mailto:a@b.c'), link('#x'), link('d.md')] }),
      doc('b.md'),
      doc('c.md'),
      doc('d.md'),
    ]);
    const findings = [
      finding('frontmatter-missing', 'b.md'),
      finding('frontmatter-required', 'b.md'),
      finding('link-broken', 'a.md'),
      finding('orphan', 'c.md'),
      finding('orphan', 'd.md'),
      finding('doc-size', 'a.md'),
      finding('heading-h1', 'a.md'),
    ];
    // metadata 1 - 1/4; links 1 - 1/4 (4 internal links: 3 paths + #x); orphans 1 - 2/4; size 1 - 1/4
    const score = computeScore(ScoreCounts.of(scan.documents), findings);
    expect(score.parts).toEqual({ metadata: 0.75, links: 0.75, orphans: 0.5, size: 0.75 });
    expect(score.total).toBe(Math.round(100 * (0.3 * 0.75 + 0.35 * 0.75 + 0.2 * 0.5 + 0.15 * 0.75)));
  });

  it('never goes below 0 when a link part has more findings than links', () => {
    const scan = scanOf([doc('a.md', { links: [link('x.md')] })]);
    const score = computeScore(ScoreCounts.of(scan.documents), [finding('link-broken', 'a.md'), finding('link-anchor', 'a.md')]);
    expect(score.parts.links).toBe(0);
  });

  it('counts a Hugo ref shortcode as an internal link only in a hugo content page, and in hugo mode not a Markdown link whose target holds one', () => {
    const shortcode: Link = { kind: 'shortcode', image: false, target: 'docs/install.md', line: 3, column: 1 };
    const wrapped = link('{{< ref "docs/install.md" >}}');
    const docs = [doc('content/a.md', { links: [link('b.md'), shortcode, wrapped, link('https://x.org')] })];
    // github: b.md and the wrapped target (a relative path on GitHub); hugo: b.md and the shortcode.
    expect(ScoreCounts.of(docs, linkSettings('github')).internalLinks).toBe(2);
    expect(ScoreCounts.of(docs, linkSettings('mkdocs')).internalLinks).toBe(2);
    const hugo = ScoreCounts.of(docs, linkSettings('hugo'));
    expect(hugo.internalLinks).toBe(2);
    expect(computeScore(hugo, [finding('link-broken', 'content/a.md')]).parts.links).toBe(0.5);
    // Outside the content root Hugo renders nothing: the shortcode is text there too.
    expect(ScoreCounts.of([doc('README.md', { links: [shortcode] })], linkSettings('hugo')).internalLinks).toBe(0);
    expect(ScoreCounts.of([doc('content/x/b.markdown', { links: [shortcode] })], linkSettings('hugo')).internalLinks).toBe(1);
  });

  it('is 100 for a scan with no documents', () => {
    expect(computeScore(ScoreCounts.of(scanOf([]).documents), []).total).toBe(100);
  });
});
