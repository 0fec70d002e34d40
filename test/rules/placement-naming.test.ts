import { describe, expect, it } from 'vitest';
import { check, doc, fm } from './facts.js';

describe('placement-root', () => {
  const rules = { 'placement-root': { allow: ['README.md', 'AGENTS.md'], reportPatterns: ['^SUMMARY.*\\.md$', '^SESSION.*\\.md$'] } };
  it('reports root documents off the allowlist and names report-like files', async () => {
    const findings = await check([doc('README.md'), doc('AGENTS.md'), doc('notes.md'), doc('Summary_phase2.md'), doc('docs/x.md')], rules);
    expect(findings.map((f) => `${f.path} ${f.message}`)).toEqual([
      'Summary_phase2.md "Summary_phase2.md" is not allowed in the repository root (a report/notes name matching /^SUMMARY.*\\.md$/: move it under a docs folder); allowed: README.md, AGENTS.md',
      'notes.md "notes.md" is not allowed in the repository root; allowed: README.md, AGENTS.md',
    ]);
  });
  it('compares names exactly (readme.md is not README.md)', async () => {
    expect((await check([doc('readme.md')], rules)).length).toBe(1);
  });
});

describe('placement-dir', () => {
  const rules = { 'placement-dir': { dirs: ['docs', 'specs/*', 'agent-docs/sessions'], files: ['/agent-docs/README.md'] } };
  it('matches whole path segments: docs-old/ is not docs/', async () => {
    const findings = await check(
      [
        doc('docs/a.md'),
        doc('docs/deep/b.md'),
        doc('docs-old/c.md'),
        doc('specs/auth/spec.md'),
        doc('specs/x.md'),
        doc('agent-docs/README.md'),
        doc('agent-docs/other/x.md'),
        doc('root.md'),
      ],
      rules,
    );
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual([
      'agent-docs/other/x.md: "agent-docs/other/" is not an allowed documentation directory; allowed: docs, specs/*, agent-docs/sessions',
      'docs-old/c.md: "docs-old/" is not an allowed documentation directory; allowed: docs, specs/*, agent-docs/sessions',
      'specs/x.md: "specs/" is not an allowed documentation directory; allowed: docs, specs/*, agent-docs/sessions',
    ]);
  });
});

describe('placement-type-dir', () => {
  const rules = { 'placement-type-dir': { map: { design: ['specs/design'], guide: ['docs'] } } };
  it('reports a type in the wrong directory at the key line; ignores unmapped values', async () => {
    const findings = await check(
      [
        doc('specs/designs/a.md', { frontmatter: fm({ title: 'A', type: 'design' }) }),
        doc('specs/design/b.md', { frontmatter: fm({ type: 'design' }) }),
        doc('docs/c.md', { frontmatter: fm({ type: 'other' }) }),
      ],
      rules,
    );
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([
      'specs/designs/a.md:3 type "design" belongs under specs/design/, not "specs/designs/a.md"',
    ]);
  });
  it('treats values named like Object.prototype members as unmapped (found by the preset property test)', async () => {
    const values = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const findings = await check(
      values.map((type, i) => doc(`docs/p${i}.md`, { frontmatter: fm({ type }) })),
      rules,
    );
    expect(findings).toEqual([]);
  });
});

describe('naming-pattern', () => {
  it('defaults to kebab-case with community files exempt', async () => {
    const findings = await check(
      [doc('README.md'), doc('docs/good-name-2.md'), doc('docs/Bad_Name.md'), doc('docs/has space.md'), doc('.github/PULL_REQUEST_TEMPLATE.md')],
      { 'naming-pattern': 'warning' },
    );
    expect(findings.map((f) => f.message)).toEqual(['file name "Bad_Name.md" is not kebab-case', 'file name "has space.md" is not kebab-case']);
  });
  it('applies every matching entry (dated names in a folder)', async () => {
    const rules = { 'naming-pattern': { patterns: [{ files: ['log/**'], pattern: '-\\d{4}-\\d{2}-\\d{2}\\.md$', name: 'dated' }] } };
    const findings = await check([doc('log/session-2025-11-01.md'), doc('log/session.md')], rules);
    expect(findings.map((f) => `${f.path} ${f.message}`)).toEqual(['log/session.md file name "session.md" is not dated']);
  });
});
