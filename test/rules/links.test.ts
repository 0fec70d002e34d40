import { describe, expect, it } from 'vitest';
import { resolveLinkTarget } from '../../src/rules/links/resolve.js';
import { brief, check, configWith, doc, heading, link, NOW, scanOf } from './facts.js';
import { runRules } from '../../src/rules/run.js';
import { linkSettings } from '../../src/sites/settings.js';

describe('resolveLinkTarget (GitHub rendering)', () => {
  it.each([
    ['docs/a.md', 'b.md', { kind: 'path', path: 'docs/b.md' }],
    ['docs/a.md', '../README.md#intro', { kind: 'path', path: 'README.md', fragment: 'intro' }],
    ['docs/a.md', '/specs/x.md?plain=1', { kind: 'path', path: 'specs/x.md' }],
    ['docs/a.md', './My%20Doc.md', { kind: 'path', path: 'docs/My Doc.md' }],
    ['docs/a.md', 'sub/', { kind: 'path', path: 'docs/sub' }],
    ['a.md', '/', { kind: 'path', path: '' }],
    ['a.md', '#top', { kind: 'same-document', fragment: 'top' }],
    ['a.md', '../x.md', { kind: 'outside-root' }],
    ['a.md', 'mailto:me@x.org', { kind: 'external' }],
    ['a.md', 'HTTPS://x.org/a.md', { kind: 'external' }],
    ['a.md', '//cdn.example/x.png', { kind: 'external' }],
    ['a.md', 'javascript:void(0)', { kind: 'external' }],
    ['a.md', 'bad%zz.md', { kind: 'path', path: 'bad%zz.md' }],
  ])('%s -> %s', (from, target, expected) => {
    expect(resolveLinkTarget(from, target)).toEqual(expected);
  });
});

describe('link-broken', () => {
  const rules = { 'link-broken': 'error' };
  it('reports missing files, climbing above the root, and images; names the target', async () => {
    const d = doc('docs/a.md', {
      links: [link('missing.md', 3, 5), link('../../up.md', 4), link('img/x.png', 6, 1, true), link('b.md'), link('https://x.org/nope')],
    });
    const findings = await check([d, doc('docs/b.md')], rules);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '3:5 link target "missing.md" does not exist (resolved to "docs/missing.md")',
      '4:1 link target "../../up.md" climbs above the repository root',
      '6:1 image target "img/x.png" does not exist (resolved to "docs/img/x.png")',
    ]);
  });
  it('accepts directories, the root, non-Markdown files and root-relative links', async () => {
    const d = doc('docs/a.md', { links: [link('../specs/'), link('/'), link('/src/main.ts#L3'), link('../docs'), link('/specs/')] });
    expect(await check([d], rules, ['specs/', 'src/main.ts'])).toEqual([]);
  });
  it('leaves a case-only mismatch to link-case', async () => {
    const findings = await check([doc('a.md', { links: [link('Docs/Guide.md')] }), doc('docs/guide.md')], { 'link-broken': 'error', 'link-case': 'error' });
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'link-case: link target "Docs/Guide.md" exists only as "docs/guide.md" (letter case differs; breaks on Linux and GitHub)',
    ]);
  });
  it('lists every case variant in listing order, the all-lowercase path among those with capitals', async () => {
    // The Kelvin sign lowercases to `k` but sorts after it: `kb.md` is listed between two variants with capitals.
    const docs = [doc('a.md', { links: [link('Kb.md')] }), doc('KB.md'), doc('kb.md'), doc('\u212ab.md')];
    const findings = await check(docs, { 'link-broken': 'error', 'link-case': 'error' });
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      'link-case: link target "Kb.md" exists only as "KB.md", "kb.md", "\u212ab.md" (letter case differs; breaks on Linux and GitHub)',
    ]);
  });
  it('reports javascript:, vbscript: and data: targets, which GitHub strips, however they are disguised', async () => {
    const targets = [
      'javascript:alert(1)',
      'JavaScript:void(0)',
      ' java\tscript:x',
      'vbscript:msgbox',
      'data:text/html;base64,PHNjcmlwdD4=',
      `data:image/png;base64,${'A'.repeat(100)}`,
    ];
    const d = doc('a.md', { links: [...targets.map((t, i) => link(t, i + 1)), link('https://example.com', 9), link('mailto:a@b.c', 10)] });
    const findings = await check([d], rules);
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([
      '1 link target "javascript:alert(1)" uses the javascript: scheme, which GitHub removes when rendering (the link goes nowhere)',
      '2 link target "JavaScript:void(0)" uses the javascript: scheme, which GitHub removes when rendering (the link goes nowhere)',
      '3 link target " java\tscript:x" uses the javascript: scheme, which GitHub removes when rendering (the link goes nowhere)',
      '4 link target "vbscript:msgbox" uses the vbscript: scheme, which GitHub removes when rendering (the link goes nowhere)',
      '5 link target "data:text/html;base64,PHNjcmlwdD4=" uses the data: scheme, which GitHub removes when rendering (the link goes nowhere)',
      `6 link target "data:image/png;base64,${'A'.repeat(58)}…" uses the data: scheme, which GitHub removes when rendering (the link goes nowhere)`,
    ]);
  });
  it('honours ignore patterns on the raw target', async () => {
    expect(await check([doc('a.md', { links: [link('generated/api.md')] })], { 'link-broken': { ignore: ['^generated/'] } })).toEqual([]);
  });
});

describe('link-anchor', () => {
  const rules = { 'link-anchor': 'error' };
  const target = doc('docs/guide.md', {
    headings: [heading(1, 'Guide', 2), heading(2, 'Install & Run', 4), heading(2, 'FAQ', 6), heading(2, 'FAQ', 8), heading(3, 'Café', 9)],
    anchors: [{ id: 'custom-id', line: 10, column: 1 }],
  });
  it('accepts GitHub slugs, duplicate suffixes, percent-encoded slugs, HTML ids and #top', async () => {
    const source = doc('README.md', {
      links: ['install--run', 'faq', 'faq-1', 'custom-id', 'caf%C3%A9', '', 'user-content-faq']
        .map((f) => link(`docs/guide.md#${f}`))
        .concat([link('#top'), link('#readme-title')]),
      headings: [heading(1, 'Readme Title', 1)],
    });
    expect(await check([source, target], rules)).toEqual([]);
  });
  it('reports a missing slug, a case mismatch, a third duplicate and a same-document miss', async () => {
    const source = doc('README.md', {
      links: [link('docs/guide.md#nope', 2), link('docs/guide.md#FAQ', 3), link('docs/guide.md#faq-2', 4), link('#missing', 5)],
    });
    const findings = await check([source, target], rules);
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.message}`)).toEqual([
      '2 error anchor "#nope" not found in "docs/guide.md"',
      '3 notice anchor "#FAQ" matches "#faq" in "docs/guide.md" only ignoring case: github.com follows it, other renderers may not',
      '4 error anchor "#faq-2" not found in "docs/guide.md"',
      '5 error anchor "#missing" not found in this document',
    ]);
  });
  it('a case-only mismatch stays an error where a generated site serves the page (browsers match ids exactly)', async () => {
    const page = doc('docs/guide.md', { headings: [heading(1, 'Guide', 1), heading(2, 'FAQ', 3)] });
    const source = doc('docs/a.md', { links: [link('guide.md#FAQ', 2), link('guide.md#faq', 3)] });
    const site = { settings: linkSettings('mkdocs', { contentRoot: 'docs' }), navigation: [] };
    const findings = runRules(scanOf([source, page]), await configWith(rules), { now: NOW, site });
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.message}`)).toEqual([
      '2 error anchor "#FAQ" not found in "docs/guide.md" (heading ids are lowercase: "#faq")',
    ]);
  });
  it('does not judge fragments of non-documents (#L10 in code) or broken targets', async () => {
    const source = doc('a.md', { links: [link('src/x.ts#L10'), link('gone.md#x')] });
    expect(brief(await check([source], rules, ['src/x.ts']))).toEqual([]);
  });
});

describe('link-anchor on folders', () => {
  it('checks a folder fragment against the README GitHub renders for it', async () => {
    const readme = doc('docs/README.md', { headings: [heading(1, 'Docs', 1), heading(2, 'Layout', 3)] });
    const source = doc('a.md', { links: [link('docs/#layout', 2), link('docs#missing', 3), link('other/#x', 4)] });
    const findings = await check([source, readme], { 'link-anchor': 'error' }, ['other/']);
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual(['3 anchor "#missing" not found in "docs/README.md"']);
  });
});
