/** Link resolution per mode on hand-built scans: routes, overrides, fallbacks, heading ids. */
import { describe, expect, it } from 'vitest';
import { doc, fm, heading, scanOf } from '../rules/facts.js';
import { headingIds, pythonMarkdownSlug, splitCommentId, splitCustomId } from '../../src/rules/links/anchors.js';
import { linkSettings, type LinksConfig, type SiteMode } from '../../src/sites/settings.js';
import { ScanIndex } from '../../src/rules/scan-index.js';
import { listingOf } from '../../src/rules/run.js';
import type { DocumentFacts } from '../../src/engine/contract.js';

function site(mode: SiteMode, docs: DocumentFacts[], extra: string[] = [], config: LinksConfig = {}) {
  const scan = scanOf(docs, extra);
  const index = new ScanIndex(listingOf(scan), { settings: linkSettings(mode, config), navigation: [] });
  for (const d of scan.documents) index.keep(d);
  index.buildSite();
  return (from: string, target: string) => index.site.resolve(from, target);
}

describe('hugo', () => {
  const resolve = site(
    'hugo',
    [
      doc('content/en/docs/a.md'),
      doc('content/en/docs/b.md', { frontmatter: fm({ slug: 'bee' }) }),
      doc('content/en/docs/Sub/_index.md'),
      doc('content/en/docs/bundle/index.md'),
      doc('content/en/docs/moved.md', { frontmatter: fm({ url: '/elsewhere/' }) }),
      doc('content/fr/docs/a.md'),
    ],
    ['content/en/docs/bundle/img.png', 'static/css/site.css'],
    { languages: ['en', 'fr'], defaultLanguage: 'en' },
  );
  it.each([
    ['content/en/docs/a.md', '../bee/', 'content/en/docs/b.md'],
    ['content/en/docs/a.md', '../sub/', 'content/en/docs/Sub/_index.md'],
    ['content/en/docs/a.md', '/elsewhere/', 'content/en/docs/moved.md'],
    ['content/en/docs/a.md', '/docs/bundle/img.png', 'content/en/docs/bundle/img.png'],
    ['content/en/docs/bundle/index.md', 'img.png', 'content/en/docs/bundle/img.png'],
    ['content/en/docs/a.md', '/css/site.css', 'static/css/site.css'],
    ['content/en/docs/a.md', 'b.md', 'content/en/docs/b.md'],
    ['content/en/docs/bundle/index.md', 'docs/a.md', 'content/en/docs/a.md'],
    ['content/fr/docs/a.md', '../bee/', 'content/en/docs/b.md'],
    ['content/fr/docs/a.md', '/fr/docs/a/', 'content/fr/docs/a.md'],
  ])('%s → %s is %s', (from, target, path) => {
    expect(resolve(from, target)).toMatchObject({ kind: 'path', path });
  });
  it('a page-relative link is not file-relative: b/ from a.md is /docs/a/b/', () => {
    expect(resolve('content/en/docs/a.md', 'b/')).toMatchObject({ kind: 'path', route: '/docs/a/b/', path: 'content/en/docs/a/b' });
  });
  it('climbing above the site root is outside the root', () => {
    expect(resolve('content/en/docs/a.md', '../../../x/')).toEqual({ kind: 'outside-root' });
  });
});

describe('docusaurus', () => {
  const resolve = site('docusaurus', [
    doc('docs/intro.md'),
    doc('docs/guides/01-install.md'),
    doc('docs/guides/guides.md'),
    doc('docs/x.md', { frontmatter: fm({ id: 'why' }) }),
    doc('docs/y/z.md', { frontmatter: fm({ slug: 'zed' }) }),
  ]);
  it.each([
    ['docs/intro.md', '/docs/guides/install', 'docs/guides/01-install.md'],
    ['docs/intro.md', 'guides/install', 'docs/guides/01-install.md'],
    ['docs/intro.md', '/docs/guides', 'docs/guides/guides.md'],
    ['docs/intro.md', '/docs/why', 'docs/x.md'],
    ['docs/intro.md', '/docs/y/zed', 'docs/y/z.md'],
    ['docs/intro.md', './guides/01-install.md', 'docs/guides/01-install.md'],
  ])('%s → %s is %s', (from, target, path) => {
    expect(resolve(from, target)).toMatchObject({ kind: 'path', path });
  });
  it('a route matching a page only ignoring case names it for link-case', () => {
    expect(resolve('docs/intro.md', '/docs/Intro')).toMatchObject({ caseVariants: ['docs/intro.md'] });
  });
});

describe('starlight', () => {
  const resolve = site('starlight', [
    doc('src/content/docs/index.mdx'),
    doc('src/content/docs/A Guide/Step One.md'),
    doc('src/content/docs/s.md', { frontmatter: fm({ slug: 'en/special' }) }),
  ]);
  it.each([
    ['src/content/docs/index.mdx', '/a-guide/step-one/', 'src/content/docs/A Guide/Step One.md'],
    ['src/content/docs/index.mdx', '/en/special/', 'src/content/docs/s.md'],
    ['src/content/docs/s.md', '/', 'src/content/docs/index.mdx'],
  ])('%s → %s is %s', (from, target, path) => {
    expect(resolve(from, target)).toMatchObject({ kind: 'path', path });
  });
});

describe('learn', () => {
  const resolve = site('learn', [doc('articles/a.md'), doc('articles/sub/b.md')], ['articles/index.yml', 'articles/sub/index.yml'], {
    routes: { '/product/': 'articles/' },
  });
  it.each([
    ['articles/a.md', '/product/sub/b', 'articles/sub/b.md'],
    ['articles/a.md', '/product/sub/', 'articles/sub/index.yml'],
    ['articles/a.md', '/product', 'articles/index.yml'],
    ['articles/sub/b.md', '~/articles/a.md', 'articles/a.md'],
  ])('%s → %s is %s', (from, target, path) => {
    expect(resolve(from, target)).toMatchObject({ kind: 'path', path });
  });
  it('routes under no mapped prefix are other docsets: external', () => {
    expect(resolve('articles/a.md', '/dotnet/api/system.string')).toEqual({ kind: 'external' });
  });
});

describe('routes', () => {
  const resolve = site('routes', [doc('README.md'), doc('site/guide/README.md'), doc('site/guide/a.mdx')], ['LICENSE'], {
    routes: { '/guide/': 'site/guide/' },
  });
  it.each([
    ['README.md', '/guide/', 'site/guide/README.md'],
    ['README.md', '/guide/a', 'site/guide/a.mdx'],
    ['README.md', '/LICENSE', 'LICENSE'],
    ['site/guide/a.mdx', 'README.md', 'site/guide/README.md'],
  ])('%s → %s is %s', (from, target, path) => {
    expect(resolve(from, target)).toMatchObject({ kind: 'path', path });
  });
});

describe('heading ids', () => {
  const headings = (...texts: string[]) => doc('a.md', { headings: texts.map((t, i) => heading(2, t, i + 1)) });
  it('splits a trailing attribute list holding an id', () => {
    expect(splitCustomId('Install {#setup}')).toEqual({ text: 'Install', id: 'setup' });
    expect(splitCustomId('Install {: #setup .wide }')).toEqual({ text: 'Install', id: 'setup' });
    expect(splitCustomId('Install {#setup .wide data-x=1}')).toEqual({ text: 'Install', id: 'setup' });
    expect(splitCustomId('Set {a, b}')).toEqual({ text: 'Set {a, b}' });
  });
  it('GitHub keeps {#id} in the slug; custom-id generators use the id', () => {
    expect(headingIds(headings('Install {#setup}', 'Install {#setup}'), 'github')).toEqual(['install-setup', 'install-setup-1']);
    expect(headingIds(headings('Install {#setup}', 'Install', 'Install'), 'github-custom')).toEqual(['setup', 'install', 'install-1']);
  });
  it('a trailing MDX comment {/*id*/} is the id (react.dev), read as written or with its stars taken as emphasis', () => {
    expect(splitCommentId('Install React {/*install-react*/}')).toEqual({ text: 'Install React', id: 'install-react' });
    expect(splitCommentId('Install React {/install-react/}')).toEqual({ text: 'Install React', id: 'install-react' });
    expect(splitCommentId('Install {/* install */} React')).toEqual({ text: 'Install {/* install */} React' });
    expect(headingIds(headings('Install React {/install/}', 'Install React', 'Install React'), 'mdx-comment')).toEqual([
      'install',
      'install-react',
      'install-react-1',
    ]);
    expect(headingIds(headings('Install {#setup}'), 'mdx-comment')).toEqual(['install-setup']);
  });
  it("Python-Markdown's toc: ASCII slugs, _1 for duplicates, explicit ids kept and avoided", () => {
    expect(pythonMarkdownSlug('Café & Crème — 2.0!')).toBe('cafe-creme-20');
    expect(headingIds(headings('Run it', 'Run it'), 'python-markdown')).toEqual(['run-it', 'run-it_1']);
    expect(headingIds(headings('Run it', 'Run it', 'Other {#run-it}'), 'python-markdown')).toEqual(['run-it_1', 'run-it_2', 'run-it']);
  });
});

describe('language fallback', () => {
  it("Starlight's root locale: a missing /de/ page falls back to the page in the content root", () => {
    const resolve = site('starlight', [doc('src/content/docs/guide.md'), doc('src/content/docs/de/start.md')], [], { languages: ['de'] });
    expect(resolve('src/content/docs/de/start.md', '/de/guide/')).toMatchObject({ kind: 'path', path: 'src/content/docs/guide.md' });
    expect(resolve('src/content/docs/de/start.md', '/de/missing/')).toMatchObject({ kind: 'path', route: '/de/missing/' });
  });
  it('locale folders for every language: /fr/x/ falls back to /en/x/', () => {
    const resolve = site('starlight', [doc('src/content/docs/en/x.md'), doc('src/content/docs/fr/y.md')], [], {
      languages: ['en', 'fr'],
      defaultLanguage: 'en',
    });
    expect(resolve('src/content/docs/fr/y.md', '/fr/x/')).toMatchObject({ kind: 'path', path: 'src/content/docs/en/x.md' });
  });
});
