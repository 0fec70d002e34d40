/**
 * Templates and placeholders are not defects: template documents get only their syntax checked,
 * placeholder values are counted as unverified (one entry per rule), and each can be switched
 * back on. Both engines on fixtures/rules/templates, then the recogniser itself.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { jsEngine, selectEngine } from '../../src/engine/index.js';
import { runRules } from '../../src/rules/run.js';
import { isPlaceholder } from '../../src/rules/placeholder.js';
import { classOf, documentClasses, type DocumentClass } from '../../src/config/per-path.js';
import { UnverifiedTally } from '../../src/unverified.js';
import { linkSettings } from '../../src/sites/settings.js';
import { brief, NOW } from './facts.js';
import { runDocward } from '../../src/pipeline.js';
import { findingLines, tempRepo } from '../helpers/temp-repo.js';

const ROOT = path.join(import.meta.dirname, '../../fixtures/rules/templates');
const engines = [jsEngine, selectEngine('native').engine].map((e) => [e.name, e] as const);

async function scanFixture(engine: (typeof engines)[number][1], change: (config: Awaited<ReturnType<typeof loadConfig>>) => void = () => {}) {
  const config = await loadConfig(ROOT, {});
  change(config);
  const scan = await engine.scan({ root: ROOT, include: config.include, exclude: config.exclude });
  const unverified = new UnverifiedTally();
  const findings = runRules(scan, config, { now: NOW, unverified });
  return { findings: brief(findings), unverified: unverified.list().map((u) => `${u.cause} ${u.rule ?? '-'} ${u.count} ${u.key}`) };
}

describe('fixtures/rules/templates', () => {
  it.each(engines)('%s engine: templates and placeholders are counted, not reported', async (_name, engine) => {
    const { unverified } = await scanFixture(engine);
    expect(unverified).toEqual([
      'template - 4 templates',
      'test-fixture - 1 testFixtures',
      'placeholder frontmatter-date 1 rules.frontmatter-date.checkPlaceholders',
      'placeholder link-broken 2 rules.link-broken.checkPlaceholders',
    ]);
  });

  it.each(engines)('%s engine: `templates: []` and checkPlaceholders bring every finding back', async (_name, engine) => {
    const { findings, unverified } = await scanFixture(engine, (config) => {
      config.templates = [];
      config.templatesConfigured = true;
      config.testFixtures = [];
      config.testFixturesConfigured = true;
      for (const id of ['link-broken', 'frontmatter-date']) config.rules[id]!.options.checkPlaceholders = true;
    });
    expect(unverified).toEqual([]);
    expect(findings).toEqual([
      '.github/ISSUE_TEMPLATE/bug.md:6 link-broken',
      '.github/ISSUE_TEMPLATE/bug.md:6 link-broken',
      '.github/pull_request_template.md:3 link-broken',
      'docs/guide.md:2 frontmatter-date',
      'docs/guide.md:3 frontmatter-date',
      'docs/guide.md:7 link-broken',
      'docs/guide.md:7 link-broken',
      'docs/guide.md:9 link-broken',
      'templates/adr-template.md:1 heading-h1',
      'templates/adr-template.md:10 heading-increment',
      'templates/adr-template.md:2 frontmatter-date',
      'templates/adr-template.md:8 link-broken',
      'templates/adr-template.md:8 link-broken',
      'templates/adr-template.md:8 link-broken',
      'templates/broken-yaml-template.md:1 orphan',
      'templates/broken-yaml-template.md:4 frontmatter-invalid',
      'tests/data/sample.md:1 heading-h1',
      'tests/data/sample.md:1 orphan',
      'tests/data/sample.md:4 frontmatter-invalid',
      'tests/data/sample.md:6 link-broken',
    ]);
  });
});

describe('documentClasses', () => {
  const causeOf = (classes: DocumentClass[]) => (path: string) => classOf(classes, path)?.cause ?? '-';
  it('templates and test fixtures by their default globs; in a site mode a published page is a page (Hugo documents its templates)', async () => {
    const config = await loadConfig('/nonexistent-docward-root', {});
    const hugo = causeOf(documentClasses(config, 'hugo', linkSettings('hugo', {}).contentRoot));
    // Hugo archetypes are Go templates (front matter included): a class of their own, which keeps no YAML check.
    expect(
      ['content/en/templates/introduction.md', 'archetypes/template.md', 'content/en/tests/x.md', 'test/fixtures/a.md', 'content/archetypes/a.md'].map(hugo),
    ).toEqual(['-', 'hugo-archetype', '-', 'test-fixture', '-']);
    const archetype = documentClasses(config, 'hugo', 'content')[0]!;
    expect(['file-problem', 'suppression-invalid', 'frontmatter-invalid', 'heading-h1'].filter((id) => archetype.checks(id))).toEqual([
      'file-problem',
      'suppression-invalid',
    ]);
    expect(['archetypes/a.md'].map(causeOf(documentClasses(config, 'github', '')))).toEqual(['-']);
    const github = causeOf(documentClasses(config, 'github', ''));
    expect(['docs/templates/a.md', '.github/ISSUE_TEMPLATE/bug.md', 'pull_request_template.md', 'docs/ADR-Template.md'].map(github)).toEqual([
      'template',
      'template',
      'template',
      'template',
    ]);
    expect(['test/a.md', 'pkg/__tests__/b.md', 'x/testdata/c.md', 'e/__e2e__/fixtures/d.md'].map(github)).toEqual([
      'test-fixture',
      'test-fixture',
      'test-fixture',
      'test-fixture',
    ]);
    expect(['docs/temples.md', 'docs/tmpl.md', 'docs/testing.md', 'docs/latest/a.md'].map(github)).toEqual(['-', '-', '-', '-']);
  });
  it('configured globs apply everywhere, and [] turns a class off', async () => {
    const config = {
      ...(await loadConfig('/nonexistent-docward-root', {})),
      testFixtures: ['content/samples/**'],
      testFixturesConfigured: true,
      templates: [],
      templatesConfigured: true,
    };
    const hugo = causeOf(documentClasses(config, 'hugo', 'content'));
    expect(['content/samples/a.md', 'archetypes/template.md', 'test/a.md'].map(hugo)).toEqual(['test-fixture', 'hugo-archetype', '-']);
  });
});

describe('isPlaceholder', () => {
  it.each([
    'YYYY-MM-DD',
    'yyyy/mm/dd',
    'YYYY-MM-DDTHH:MM:SS',
    'XXXX-XX-XX',
    '[DATE]',
    '[Author Name]',
    '<date>',
    '<your-name>',
    '{{ .Date }}',
    '{date}',
    'draft|active|archived',
    'a|b',
    'path/to/file.md',
    './path/to/x',
    '/path/to/',
    'url',
    'URL',
    'link',
    ' url ',
    'ENGLISH_VERSION_URL',
    'DOCS_LINK',
    'YOUR_PROJECT',
  ])('%j is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each([
    '2025-01-02',
    '2025-13-01',
    'draft',
    'docs/path/to.md',
    'urls.md',
    'link.md',
    'https://x.org',
    '[x](y)',
    'a | b',
    'path/tofu.md',
    '|a',
    'mylink',
    '../README.md',
    'CODE_OF_CONDUCT',
    'CONTRIBUTING',
    'MY_URL_NOTES.md',
    'ENGLISH_VERSION_URL/x',
  ])('%j is not', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('fragments a build script fills in (no heading, a link to a script token)', () => {
  const files = {
    'README.md': '# R\n',
    'partials/banner.md': 'Read the [English version](ENGLISH_VERSION_URL).\n',
    'partials/titled.md': '# Titled\n\n[English](ENGLISH_VERSION_URL) [gone](gone.md)\n',
    'partials/plain.md': 'No title, no token.\n',
  };

  it('count as templates (no finding); a titled page with a token stays a page (the token is a placeholder)', async () => {
    const { report } = await runDocward({ root: tempRepo(files), engine: 'js' });
    expect(findingLines(report.findings)).toEqual([
      'heading-h1 partials/plain.md:1',
      'link-broken partials/titled.md:3',
      'orphan partials/plain.md:1',
      'orphan partials/titled.md:1',
    ]);
    expect(report.unverified.map((u) => [u.cause, u.count])).toEqual([
      ['template', 1],
      ['placeholder', 1],
    ]);
  });

  it('a configured templates list replaces the detection', async () => {
    const { report } = await runDocward({ root: tempRepo({ ...files, '.docward.yml': 'templates: []\n' }), engine: 'js' });
    expect(findingLines(report.findings).filter((l) => l.includes('banner'))).toEqual(['heading-h1 partials/banner.md:1', 'orphan partials/banner.md:1']);
  });
});
