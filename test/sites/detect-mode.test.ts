/** Auto-detection of the link mode from the files a scan lists, and its one notice through the pipeline. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMode } from '../../src/sites/detect.js';
import { runDocward } from '../../src/pipeline.js';
import { writeTree } from '../helpers/tree.js';

/** `files` and every folder above them, as a scan lists them (folders end with `/` in `files`). */
function listing(files: string[]): { paths: string[]; dirs: string[] } {
  const dirs = new Set<string>();
  const paths = new Set<string>();
  for (const f of files) {
    const clean = f.replace(/\/$/, '');
    if (f.endsWith('/')) dirs.add(clean);
    paths.add(clean);
    const parts = clean.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const d of dirs) paths.add(d);
  return { paths: [...paths].sort(), dirs: [...dirs].sort() };
}

const detect = (files: string[]) => {
  const { paths, dirs } = listing(files);
  return detectMode(paths, dirs);
};

describe('detectMode', () => {
  it.each([
    [['hugo.toml', 'content/_index.md'], 'hugo', ''],
    [['config.toml', 'content/posts/a.md'], 'hugo', ''],
    [['config/_default/hugo.toml', 'content/a.md'], 'hugo', ''],
    [['astro.config.mjs', 'src/content/docs/index.mdx'], 'starlight', ''],
    [['docusaurus.config.ts', 'docs/intro.md'], 'docusaurus', ''],
    [['website/docusaurus.config.js', 'website/docs/intro.md', 'README.md'], 'docusaurus', 'website'],
    [['mkdocs.yml', 'docs/index.md'], 'mkdocs', ''],
    [['docfx.json', 'articles/a.md'], 'learn', ''],
    [['docs/docfx.json', 'docs/a.md'], 'learn', 'docs'],
    [['docs/.vitepress/config.mts', 'docs/index.md'], 'vitepress', 'docs'],
    [['book/book.toml', 'book/src/SUMMARY.md'], 'mdbook', 'book'],
    [['_config.yml', 'index.md', '_posts/2024-01-01-a.md'], 'jekyll', ''],
    [['next.config.mjs', 'pages/index.mdx'], 'nextjs', ''],
    // VitePress's config is more specific than a Jekyll _config.yml beside it.
    [['_config.yml', '.vitepress/config.ts', 'index.md'], 'vitepress', ''],
  ])('%j is %s (site root %j)', (files, mode, siteRoot) => {
    expect(detect(files)).toMatchObject({ mode, siteRoot });
  });

  it.each([
    [['README.md', 'docs/a.md']],
    // A generator's config without its content folder is not that site (config.toml is common).
    [['config.toml', 'docs/a.md']],
    // Too deep to be the repository's documentation site.
    [['a/b/c/mkdocs.yml', 'a/b/c/docs/index.md']],
    // A folder named like a config file is not one.
    [['mkdocs.yml/', 'mkdocs.yml/x.md']],
  ])('%j is a plain GitHub repository', (files) => {
    expect(detect(files)).toEqual({ mode: 'github', siteRoot: '', evidence: [] });
  });

  it.each([
    [['astro.config.mjs', 'src/pages/index.astro'], 'Astro (without Starlight)', 'astro.config.mjs'],
    [['docusaurus.config.js', 'blog/a.md'], 'Docusaurus (no docs/ folder)', 'docusaurus.config.js'],
    [['docs/.vuepress/config.js', 'docs/README.md'], 'VuePress', 'docs/.vuepress/config.js'],
    // Jupyter Book and Hexo keep a _config.yml too: not read as Jekyll.
    [['_config.yml', '_toc.yml', 'intro.md'], 'Jupyter Book', '_toc.yml'],
    [['_config.yml', 'scaffolds/post.md', 'source/_posts/a.md'], 'Hexo', '_config.yml'],
  ])('%j is a site docward does not model (%s): GitHub rules, named', (files, name, config) => {
    expect(detect(files)).toEqual({ mode: 'github', siteRoot: '', evidence: [], unmodelled: { name, config } });
  });

  it('prefers the shallowest site, and a specific generator over a generic config.toml in the same folder', () => {
    expect(detect(['config.toml', 'content/a.md', 'docusaurus.config.js', 'docs/a.md'])).toMatchObject({ mode: 'docusaurus' });
    expect(detect(['mkdocs.yml', 'site/docusaurus.config.js', 'site/docs/a.md'])).toMatchObject({ mode: 'mkdocs', siteRoot: '' });
  });
});

describe('the detected mode reaches the user once', () => {
  const repo = (files: Record<string, string>) => writeTree('docward-detect-', files);

  it('names the mode and the files that decided it', async () => {
    const root = repo({ 'mkdocs.yml': 'site_name: x\n', 'docs/index.md': '# Home\n\n[a](a.md)\n', 'docs/a.md': '# A\n' });
    const { notices, report } = await runDocward({ root, engine: 'js' });
    expect(notices.filter((n) => n.includes('links resolve'))).toEqual([
      'docward: links resolve as a mkdocs site (detected from mkdocs.yml; content in "docs"); set links.mode in .docward.yml to change it.',
    ]);
    expect(report.findings).toEqual([]);
  });

  it('names a site generator docward does not model, and the key to set', async () => {
    const root = repo({ 'gatsby-config.js': 'module.exports = {};\n', 'README.md': '# R\n' });
    const { notices, report } = await runDocward({ root, engine: 'js' });
    expect(notices).toEqual([
      'docward: gatsby-config.js is a Gatsby site, a generator docward does not model: links are resolved file by file as GitHub renders them, so site-absolute links, routes and navigation are not checked as the site serves them; set links.mode in .docward.yml (e.g. routes with links.routes) to check them as published.',
    ]);
    expect(report.unverified).toMatchObject([{ cause: 'site-generator-unmodelled', key: 'links.mode', count: 1 }]);
    const set = repo({ '.docward.yml': 'links:\n  mode: github\n', 'gatsby-config.js': 'module.exports = {};\n', 'README.md': '# R\n' });
    expect((await runDocward({ root: set, engine: 'js' })).notices).toEqual([]);
  });

  it('says nothing for a plain repository or when links.mode is set', async () => {
    const plain = repo({ 'README.md': '# R\n' });
    expect((await runDocward({ root: plain, engine: 'js' })).notices).toEqual([]);
    const set = repo({ '.docward.yml': 'links:\n  mode: mkdocs\n', 'mkdocs.yml': 'site_name: x\n', 'docs/index.md': '# Home\n' });
    expect((await runDocward({ root: set, engine: 'js' })).notices).toEqual([]);
  });

  it('links.mode: github turns a detected site back into GitHub rendering', async () => {
    const root = repo({
      '.docward.yml': 'links:\n  mode: github\n',
      'mkdocs.yml': 'site_name: x\n',
      'docs/index.md': '# Home\n\n[u](usage/)\n',
      'docs/usage.md': '# U\n',
    });
    const { report } = await runDocward({ root, engine: 'js' });
    // GitHub has no usage/ folder, and no nav lists the pages, so usage.md is an orphan too.
    expect(report.findings.map((f) => `${f.rule} ${f.path}:${f.line}`)).toEqual(['link-broken docs/index.md:3', 'orphan docs/usage.md:1']);
  });
});

describe('the links section of .docward.yml', () => {
  it('rejects an unknown mode and an unknown key, naming the line', async () => {
    const { loadConfig, ConfigError } = await import('../../src/config/load.js');
    const root = mkdtempSync(path.join(tmpdir(), 'docward-links-'));
    writeFileSync(path.join(root, '.docward.yml'), 'links:\n  mode: gatsby\n');
    await expect(loadConfig(root, {})).rejects.toThrow(ConfigError);
    await expect(loadConfig(root, {})).rejects.toThrow(/\.docward\.yml:2: links\.mode: must be equal to one of the allowed values: auto, github, hugo/);
    writeFileSync(path.join(root, '.docward.yml'), 'links:\n  mode: hugo\n  langs: [en]\n');
    await expect(loadConfig(root, {})).rejects.toThrow(
      /\.docward\.yml:3: links\.langs: unknown key "langs"; known: mode, contentRoot, base, staticRoots, languages, defaultLanguage, defaultLanguageInSubdir, routes/,
    );
  });

  it('keeps what the file says for the resolver', async () => {
    const { loadConfig } = await import('../../src/config/load.js');
    const root = mkdtempSync(path.join(tmpdir(), 'docward-links-'));
    writeFileSync(path.join(root, '.docward.yml'), 'links:\n  mode: learn\n  routes: { "/azure/": "articles/" }\n');
    expect((await loadConfig(root, {})).links).toEqual({ mode: 'learn', routes: { '/azure/': 'articles/' } });
  });
});

describe('Hugo languages from its config', () => {
  it('every languages.<lang>.contentDir under one folder gives the languages and the fallback', async () => {
    const { loadSite } = await import('../../src/sites/load.js');
    const root = mkdtempSync(path.join(tmpdir(), 'docward-hugo-'));
    const toml = 'defaultContentLanguage = "fr"\n[languages.en]\ncontentDir = "site/en"\n[languages.fr]\ncontentDir = "./site/fr/"\n';
    writeFileSync(path.join(root, 'hugo.toml'), toml);
    const dirs = ['content', 'site', 'site/en', 'site/fr', 'fr-content'];
    const scan = { schema: 1 as const, paths: [...dirs, 'hugo.toml'], dirs, documents: [] };
    const { site } = await loadSite(root, scan, {});
    expect(site.settings).toMatchObject({ mode: 'hugo', contentRoot: 'site', languages: ['en', 'fr'], defaultLanguage: 'fr' });
    // Each language's folder is a content mount of that language site; the default language has no URL prefix.
    expect(site.settings.contentMounts.map((m) => [m.folder, m.language, m.prefix])).toEqual([
      ['site/en', 'en', 'en'],
      ['site/fr', 'fr', ''],
    ]);
    // Language folders elsewhere: still one mount each; the default language's folder is the content root.
    writeFileSync(path.join(root, 'hugo.toml'), '[languages.en]\ncontentDir = "content"\n[languages.fr]\ncontentDir = "fr-content"\n');
    const apart = (await loadSite(root, scan, {})).site.settings;
    expect(apart).toMatchObject({ contentRoot: 'content', languages: ['en', 'fr'], defaultLanguage: 'en' });
    expect(apart.contentMounts.map((m) => [m.folder, m.language, m.prefix])).toEqual([
      ['content', 'en', ''],
      ['fr-content', 'fr', 'fr'],
    ]);
    // What the user configures wins.
    expect((await loadSite(root, scan, { languages: ['de'], contentRoot: 'x' })).site.settings).toMatchObject({ contentRoot: 'x', languages: ['de'] });
  });
});
