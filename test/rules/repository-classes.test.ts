/**
 * Repository-level documents that are not pages of the linked doc set: repository files read by
 * name, tool inputs (changesets), nested sites, numbered record sets, GitHub web routes, symlinked
 * documents and git-ignored link targets (end to end: fixtures/sites/github-build-outputs). Each
 * is counted in one unverified entry, never reported per page or link, and its config key brings
 * the findings back. Both engines on fixtures/rules/repository, then the detectors on hand-built trees.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ResolvedConfig } from '../../src/config/load.js';
import { jsEngine, selectEngine } from '../../src/engine/index.js';
import { runRules } from '../../src/rules/run.js';
import { UnverifiedTally } from '../../src/unverified.js';
import { nestedSiteContent } from '../../src/sites/detect.js';
import { isGithubWebRoute } from '../../src/sites/github/web-routes.js';
import { gitIgnored } from '../../src/sites/gitignored.js';
import { classOf, documentClasses } from '../../src/config/per-path.js';
import { brief, NOW } from './facts.js';

const ROOT = path.join(import.meta.dirname, '../../fixtures/rules/repository');
const engines = [jsEngine, selectEngine('native').engine].map((e) => [e.name, e] as const);

async function scanFixture(engine: (typeof engines)[number][1], change: (config: ResolvedConfig) => void = () => {}) {
  const config = await loadConfig(ROOT, {});
  change(config);
  const scan = await engine.scan({ root: ROOT, include: config.include, exclude: config.exclude });
  const unverified = new UnverifiedTally();
  const findings = runRules(scan, config, { now: NOW, unverified });
  return {
    findings: brief(findings),
    unverified: unverified.list().map((u) => `${u.cause} ${u.rule ?? '-'} ${u.count} ${u.key ?? '-'}`),
    list: unverified.list(),
  };
}

describe('fixtures/rules/repository', () => {
  it.each(engines)('%s engine: each pattern is one unverified entry with its count', async (_name, engine) => {
    const { unverified, list } = await scanFixture(engine);
    expect(unverified).toEqual([
      'nested-site - 2 nestedSites',
      'repository-file - 3 repositoryFiles',
      'tool-input - 2 toolInputs',
      'github-web-route link-broken 4 -',
      'orphan-record-set orphan 6 rules.orphan.recordSetMinPages',
    ]);
    expect(list.find((u) => u.cause === 'nested-site')!.message).toContain('examples/starters/site/src/content/docs/');
    expect(list.find((u) => u.cause === 'orphan-record-set')!.message).toMatch(/^"oteps\/" holds numbered records/);
  });

  it.each(engines)('%s engine: the config keys bring every finding back', async (_name, engine) => {
    const { findings, unverified } = await scanFixture(engine, (config) => {
      config.repositoryFiles = [];
      config.repositoryFilesConfigured = true;
      config.toolInputs = [];
      config.toolInputsConfigured = true;
      config.nestedSites = [];
      config.rules.orphan!.options.recordSetMinPages = 0;
    });
    expect(unverified).toEqual(['github-web-route link-broken 4 -']);
    expect(findings).toEqual([
      '.changeset/brave-lions-sing.md:1 heading-h1',
      '.changeset/brave-lions-sing.md:1 orphan',
      '.changeset/broken-frontmatter.md:1 heading-h1',
      '.changeset/broken-frontmatter.md:1 orphan',
      '.changeset/broken-frontmatter.md:3 frontmatter-invalid',
      'README.md:7 link-broken',
      'README.zh-CN.md:1 orphan',
      'adr/0001-use-docward.md:1 orphan',
      'docs/guide.md:5 link-broken',
      'docs/lost.md:1 orphan',
      'examples/starters/site/README.md:4 link-broken',
      'examples/starters/site/src/content/docs/guides/example.md:1 orphan',
      'examples/starters/site/src/content/docs/index.md:5 link-broken',
      'oteps/0001-first.md:1 orphan',
      'oteps/0002-second.md:1 orphan',
      'oteps/0003-third.md:1 orphan',
      'oteps/0004-fourth.md:1 orphan',
      'oteps/0005-fifth.md:1 orphan',
      'oteps/notes.md:1 orphan',
      'oteps/trace/0006-sampling.md:1 orphan',
      'packages/pkg/CHANGELOG.md:1 orphan',
      'packages/pkg/LICENSE.md:1 orphan',
      'steps/01-intro.md:1 orphan',
    ]);
  });
});

describe('repository files', () => {
  it('conventional names at any depth and README variants, not the READMEs themselves', async () => {
    const config = await loadConfig('/nonexistent-docward-root', {});
    const causeOf = (p: string) => classOf(documentClasses(config, 'github', ''), p)?.cause ?? '-';
    expect(['History.markdown', 'packages/a/CHANGELOG.md', 'LICENSE.md', 'CONTRIBUTING.md', 'docs/SECURITY.md', 'docs/changelog.md'].map(causeOf)).toEqual(
      Array(6).fill('repository-file'),
    );
    // Community health files only where GitHub looks for them; names GitHub does not show need a link.
    expect(['packages/a/CONTRIBUTING.md', 'RELEASING.md', 'GOVERNANCE.md', 'src/SUPPORT.md'].map(causeOf)).toEqual(Array(4).fill('-'));
    expect(['README.zh-CN.md', 'x/OMZ-README.md', 'README_ja.md'].map(causeOf)).toEqual(Array(3).fill('repository-file'));
    expect(['README.md', 'x/readme.md', 'docs/upgrading.md', 'docs/readme-guide.md', 'docs/licensing.md'].map(causeOf)).toEqual(Array(5).fill('-'));
    // In a site mode a published page is a page: the class gives way under the content root.
    const starlight = (p: string) => classOf(documentClasses(config, 'starlight', 'docs/src/content/docs'), p)?.cause ?? '-';
    expect(['docs/src/content/docs/changelog.md', 'packages/a/CHANGELOG.md'].map(starlight)).toEqual(['-', 'repository-file']);
  });
});

describe('nestedSiteContent', () => {
  const tree = (paths: string[]) => {
    const dirs = new Set<string>();
    for (const p of paths) {
      const parts = p.split('/');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    }
    return { paths: [...paths, ...dirs], dirs: [...dirs] };
  };
  const { paths, dirs } = tree([
    'docs/astro.config.mjs',
    'docs/src/content/docs/index.md',
    'examples/basics/astro.config.mjs',
    'examples/basics/src/content/docs/index.md',
    'examples/blog/astro.config.mjs',
    'examples/blog/src/pages/index.astro',
    'examples/book/book.toml',
    'examples/book/src/SUMMARY.md',
    'tools/config.yaml',
  ]);

  it('finds the content folder of every site below the scanned one, and none that lacks its content folder', () => {
    const outer = { siteRoot: 'docs', contentRoot: 'docs/src/content/docs' };
    expect(nestedSiteContent(paths, dirs, outer)).toEqual(['examples/basics/src/content/docs', 'examples/book/src']);
    // A GitHub-mode scan: the docs/ site is nested too.
    expect(nestedSiteContent(paths, dirs, { siteRoot: '' })).toEqual(['docs/src/content/docs', 'examples/basics/src/content/docs', 'examples/book/src']);
    // A site whose content is the whole tree publishes every folder itself.
    expect(nestedSiteContent(paths, dirs, { siteRoot: '', contentRoot: '' })).toEqual([]);
    // A site whose navigation the scanned site's model reads (mdBook's several books) is part of it.
    expect(nestedSiteContent(paths, dirs, { ...outer, navigation: ['docs/astro.config.mjs', 'examples/book/src/SUMMARY.md'] })).toEqual([
      'examples/basics/src/content/docs',
    ]);
  });
});

describe('isGithubWebRoute', () => {
  it('a climb from the file page exactly to the repository page, then a route name', () => {
    expect(isGithubWebRoute('README.md', '../../graphs/contributors')).toBe(true);
    expect(isGithubWebRoute('README.md', '../../issues')).toBe(true);
    expect(isGithubWebRoute('docs/a.md', '../../../blob/main/x.md')).toBe(true);
    expect(isGithubWebRoute('docs/a/b.md', '../../../../tree/v2')).toBe(true);
  });
  it('not a route: a climb that stays in the tree or overshoots, an unknown name, a ref route without its ref and path', () => {
    expect(isGithubWebRoute('docs/a.md', 'issues/x.md')).toBe(false);
    expect(isGithubWebRoute('.github/actions/spelling/advice.md', '../tree/HEAD/README.md')).toBe(false);
    expect(isGithubWebRoute('README.md', '../../../issues')).toBe(false);
    expect(isGithubWebRoute('README.md', '../../elsewhere/x.md')).toBe(false);
    expect(isGithubWebRoute('docs/a.md', '../../../blob/main')).toBe(false);
    expect(isGithubWebRoute('README.md', '../../tree')).toBe(false);
  });
});

describe('gitIgnored', () => {
  const files: Record<string, string> = { '.gitignore': 'out/\n*.log\n!keep.log\n', 'pkg/.gitignore': 'build/\n' };
  const matcher = () => gitIgnored(['.gitignore', 'README.md', 'pkg/.gitignore'], async (p) => files[p] ?? { error: 'absent' });
  it('as git: the deepest file decides, a negation re-includes, an ignored folder cannot be re-included', async () => {
    const ignored = (await matcher())!;
    expect(['out/index.html', 'a/debug.log', 'pkg/build/x.js', 'pkg/out/y'].map(ignored)).toEqual([true, true, true, true]);
    expect(['a/keep.log', 'pkg/src/x.js', 'build/x.js', 'docs/missing.md'].map(ignored)).toEqual([false, false, false, false]);
    expect(ignored('out/keep.log')).toBe(true);
  });
  it('folder verdicts are remembered: the same answers in any order, asked again', async () => {
    const paths = ['out/a/b.md', 'pkg/build/x.js', 'pkg/src/x.js', 'out/keep.log', 'a/keep.log', 'a/b/c.log', 'pkg/out/y', 'docs/x.md'];
    const forward = (await matcher())!;
    const backward = (await matcher())!;
    const first = paths.map(forward);
    expect([...paths].reverse().map(backward).reverse()).toEqual(first);
    expect(paths.map(forward)).toEqual(first);
    expect(first).toEqual([true, true, false, true, false, true, true, false]);
  });
  it('no .gitignore: no matcher', async () => {
    expect(await gitIgnored(['README.md'], async () => '')).toBeUndefined();
  });
});
