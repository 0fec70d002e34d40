/** Hugo ref/relref lookup, section page lists and docfx.json routes on hand-built scans. */
import { describe, expect, it } from 'vitest';
import { doc, fm, NOW, scanOf } from '../rules/facts.js';
import type { DocumentFacts, Link, ProblemKind } from '../../src/engine/contract.js';
import { linkSettings, type LinksConfig, type SiteMode } from '../../src/sites/settings.js';
import { parseDocfxContent } from '../../src/sites/learn/docfx.js';
import { ScanIndex } from '../../src/rules/scan-index.js';
import { listingOf, runRules } from '../../src/rules/run.js';
import { loadConfig } from '../../src/config/load.js';

function indexOf(mode: SiteMode, docs: DocumentFacts[], extra: string[] = [], config: LinksConfig = {}, detected = {}) {
  const scan = scanOf(docs, extra);
  const index = new ScanIndex(listingOf(scan), { settings: linkSettings(mode, config, detected), navigation: [] });
  for (const d of scan.documents) index.keep(d);
  index.buildSite();
  return index;
}

const ref = (target: string, lang?: string): Link => ({ kind: 'shortcode', image: false, target, ...(lang === undefined ? {} : { lang }), line: 1, column: 1 });

const pages = [
  doc('content/en/_index.md'),
  doc('content/en/about.md'),
  doc('content/en/docs/_index.md'),
  doc('content/en/docs/install.md'),
  doc('content/en/docs/My Page.md'),
  doc('content/en/docs/guide/index.md'),
  doc('content/en/docs/guide/extra.md'),
  doc('content/en/docs/sub/_index.md'),
  doc('content/en/docs/sub/deep.md'),
  doc('content/en/docs/sub/install.md'),
  doc('content/en/docs/hidden.md', { frontmatter: fm({ build: { list: 'never' } }) }),
  doc('content/en/docs/wip.md', { frontmatter: fm({ draft: true }) }),
  doc('content/fr/docs/install.md'),
  doc('README.md'),
];

describe('hugo ref/relref', () => {
  const index = indexOf('hugo', pages, [], { languages: ['en', 'fr'], defaultLanguage: 'en' });
  const resolve = (from: string, target: string, lang?: string) => index.site.resolveLink(from, ref(target, lang));
  it.each([
    // page folder first, then the content root, with or without extension; `_index`/`index` by folder
    ['content/en/docs/install.md', 'sub/deep', 'content/en/docs/sub/deep.md'],
    ['content/en/docs/install.md', 'about.md', 'content/en/about.md'],
    ['content/en/docs/install.md', '/docs/sub', 'content/en/docs/sub/_index.md'],
    ['content/en/docs/install.md', '/docs/sub/_index.md', 'content/en/docs/sub/_index.md'],
    ['content/en/docs/install.md', 'guide/', 'content/en/docs/guide/index.md'],
    ['content/en/docs/install.md', 'my-page', 'content/en/docs/My Page.md'],
    ['content/en/docs/install.md', '/', 'content/en/_index.md'],
    // a section page's own folder; a leaf bundle's parent folder (its `../x.md` from its own folder)
    ['content/en/docs/sub/_index.md', 'deep.md', 'content/en/docs/sub/deep.md'],
    ['content/en/docs/guide/index.md', 'install', 'content/en/docs/install.md'],
    ['content/en/docs/guide/index.md', '../install.md', 'content/en/docs/install.md'],
    // relative wins over the name index; a bare name anywhere in the language site
    ['content/en/docs/sub/deep.md', 'install', 'content/en/docs/sub/install.md'],
    ['content/en/about.md', 'deep', 'content/en/docs/sub/deep.md'],
    // another language site
    ['content/en/about.md', 'docs/install.md', 'content/fr/docs/install.md', 'fr'],
  ])('%s: ref %s is %s', (from, target, path, lang?: string) => {
    expect(resolve(from, target, lang)).toMatchObject({ kind: 'path', path });
  });
  it('keeps the fragment for link-anchor; `#x` alone is the page itself', () => {
    expect(resolve('content/en/about.md', '/docs/install#setup')).toMatchObject({ path: 'content/en/docs/install.md', fragment: 'setup' });
    expect(resolve('content/en/about.md', '#top-x')).toEqual({ kind: 'same-document', fragment: 'top-x' });
  });
  it.each([
    ['content/en/about.md', 'install', undefined, 'is ambiguous'],
    ['content/en/about.md', 'missing.md', undefined, 'finds no page in the "en" site'],
    ['content/en/docs/install.md', './about.md', undefined, 'looked up only there'],
    ['content/en/about.md', 'docs/sub/deep.md', 'fr', 'finds no page in the "fr" site'],
    ['content/en/about.md', 'about.md', 'de', 'names language "de"'],
  ])('%s: ref %s (lang %s) is broken: %s', (from, target, lang, why) => {
    const resolved = resolve(from, target, lang);
    expect(resolved).toMatchObject({ kind: 'path', caseVariants: [] });
    expect((resolved as { problem?: string }).problem).toContain(why);
  });
  it('is not checked outside the content root, and a destination holding a shortcode is left to the shortcode', () => {
    expect(resolve('README.md', 'missing.md')).toEqual({ kind: 'external' });
    const inline: Link = { kind: 'html', image: false, target: '{{< ref "missing.md" >}}', line: 1, column: 1 };
    expect(index.site.resolveLink('content/en/about.md', inline)).toEqual({ kind: 'external' });
  });
  it('is text in every other mode', () => {
    const github = indexOf('github', pages);
    expect(github.site.resolveLink('content/en/about.md', ref('missing.md'))).toEqual({ kind: 'external' });
    const html: Link = { kind: 'html', image: false, target: '{{< ref "missing.md" >}}', line: 1, column: 1 };
    expect(github.site.resolveLink('content/en/about.md', html)).toMatchObject({ kind: 'path' });
  });
});

describe('hugo section lists', () => {
  const listed = (config: LinksConfig = {}) => {
    const index = indexOf('hugo', pages, [], { languages: ['en', 'fr'], defaultLanguage: 'en', ...config });
    return (path: string) => [...index.site.pagesListedBy(path)].sort();
  };
  it('a section page lists its regular pages, leaf bundles and subsections, not bundle resources, unlisted pages or drafts', () => {
    // content/fr/docs/ has no _index.md of its own: the French section uses the default language's.
    expect(listed()('content/en/docs/_index.md')).toEqual([
      'content/en/docs/My Page.md',
      'content/en/docs/guide/index.md',
      'content/en/docs/install.md',
      'content/en/docs/sub/_index.md',
      'content/fr/docs/install.md',
    ]);
    expect(listed()('content/en/docs/sub/_index.md')).toEqual(['content/en/docs/sub/deep.md', 'content/en/docs/sub/install.md']);
  });
  it('the home page and regular pages list nothing; links.sectionLists: false turns lists off', () => {
    expect(listed()('content/en/_index.md')).toEqual([]);
    expect(listed()('content/en/docs/install.md')).toEqual([]);
    expect(listed({ sectionLists: false })('content/en/docs/_index.md')).toEqual([]);
  });
});

describe('hugo section lists in the orphan graph', () => {
  // The home page refs the docs section; from there only section lists reach pages.
  const site = pages.map((d) => (d.path === 'content/en/_index.md' ? { ...d, links: [ref('/docs')] } : d));
  const orphans = async (config: LinksConfig, batchSize: number) => {
    const ctx = { now: NOW, site: { settings: linkSettings('hugo', { languages: ['en', 'fr'], defaultLanguage: 'en', ...config }), navigation: [] } };
    // Only the home page starts the graph (no `index.md` entry points).
    const rules = { ...(await loadConfig('/nonexistent-docward-root', {})), entryPoints: ['README.md'] };
    const findings = runRules(scanOf(site), rules, ctx, batchSize);
    return findings.filter((f) => f.rule === 'orphan').map((f) => f.path);
  };
  // wip.md is a draft: unpublished, so no orphan whatever links it.
  const unlisted = ['content/en/about.md', 'content/en/docs/guide/extra.md', 'content/en/docs/hidden.md'];
  it.each([1, 5, pages.length])('a reached section page reaches the pages its list shows (batches of %i)', async (size) => {
    expect(await orphans({}, size)).toEqual(unlisted);
  });
  it('with links.sectionLists: false only the linked section page is reached', async () => {
    const listed = [
      'content/en/docs/My Page.md',
      'content/en/docs/guide/index.md',
      'content/en/docs/install.md',
      'content/en/docs/sub/_index.md',
      'content/en/docs/sub/deep.md',
      'content/en/docs/sub/install.md',
      'content/fr/docs/install.md',
    ];
    expect((await orphans({ sectionLists: false }, 1)).sort()).toEqual([...unlisted, ...listed].sort());
  });
});

describe('docfx.json build.content', () => {
  const text =
    '{ "build": { "content": [\n  { "files": ["**/*.md"], "exclude": ["drafts/**"], "src": "articles", "dest": "contoso" },\n  { "files": "*.md", "src": "./shared/", "dest": "/contoso/shared/" }\n] } }\n';
  const docs = [
    doc('docs/articles/a.md'),
    doc('docs/articles/drafts/b.md'),
    doc('docs/shared/g.md'),
    doc('docs/shared/deep/n.md'),
    doc('docs/articles/other.md'),
  ];
  const { mounts } = parseDocfxContent('docs/docfx.json', text);
  it('reads src (from docfx.json folder), dest and the globs of each entry', () => {
    expect(mounts.map((m) => [m.prefix, m.folder])).toEqual([
      ['contoso', 'docs/articles'],
      ['contoso/shared', 'docs/shared'],
    ]);
    expect([mounts[0]!.accepts('x/y.md'), mounts[0]!.accepts('drafts/b.md'), mounts[1]!.accepts('g.md'), mounts[1]!.accepts('deep/n.md')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
  it('serves routes from them; explicit links.routes wins', () => {
    const derived = indexOf('learn', docs, [], { contentRoot: 'docs' }, { contentMounts: mounts });
    const from = 'docs/articles/other.md';
    expect(derived.site.resolve(from, '/contoso/a')).toMatchObject({ kind: 'path', path: 'docs/articles/a.md' });
    expect(derived.site.resolve(from, '/contoso/shared/g')).toMatchObject({ kind: 'path', path: 'docs/shared/g.md' });
    for (const unpublished of ['/contoso/drafts/b', '/contoso/shared/deep/n'])
      expect(derived.exists((derived.site.resolve(from, unpublished) as { path: string }).path)).toBe(false);
    const explicit = indexOf('learn', docs, [], { contentRoot: 'docs', routes: { '/contoso/': 'docs/shared/' } }, { contentMounts: mounts });
    expect(explicit.site.resolve(from, '/contoso/g')).toMatchObject({ kind: 'path', path: 'docs/shared/g.md' });
  });
  it('an entry at the docset root publishes only what its globs match', () => {
    const root = parseDocfxContent('docfx.json', '{ "build": { "content": [ { "files": ["**/*.md"], "exclude": ["drafts/**"] } ] } }').mounts;
    const index = indexOf('learn', [doc('a.md'), doc('drafts/b.md')], [], {}, { contentMounts: root });
    expect(index.site.resolve('a.md', '/a')).toMatchObject({ kind: 'path', path: 'a.md' });
    expect(index.exists((index.site.resolve('a.md', '/drafts/b') as { path: string }).path)).toBe(false);
  });
  it('reports JSON it cannot parse with a position', () => {
    expect(parseDocfxContent('docfx.json', '{\n  "build": [,\n}').error).toMatchObject({ line: 2 });
  });
});

describe('pages docward could not extract are still pages', () => {
  const problem = (kind: ProblemKind) => ({ problem: { kind, message: `not checked (${kind})` } });
  const docs = [
    doc('content/_index.md'),
    doc('content/about.md'),
    doc('content/heavy.md', problem('too-complex')),
    doc('content/huge.md', problem('too-large')),
    doc('content/latin1.md', problem('encoding')),
    doc('content/nul.md', problem('binary')),
    doc('content/linked.md', problem('symlink')),
    doc('content/locked.md', problem('unreadable')),
  ];
  const index = indexOf('hugo', docs);
  const inline = (target: string): Link => ({ kind: 'inline', image: false, target, line: 1, column: 1 });
  it.each(['heavy', 'huge', 'latin1', 'nul'])('Hugo builds %s.md: its ref and its route resolve', (name) => {
    expect(index.site.resolveLink('content/about.md', ref(name))).toEqual(expect.objectContaining({ kind: 'path', path: `content/${name}.md` }));
    expect(index.site.resolveLink('content/about.md', ref(name))).not.toHaveProperty('problem');
    expect(index.site.resolveLink('content/about.md', inline(`/${name}/`))).toEqual(expect.objectContaining({ kind: 'path', path: `content/${name}.md` }));
  });
  it.each(['linked', 'locked'])('a %s.md symlink or unreadable file is no page', (name) => {
    expect((index.site.resolveLink('content/about.md', ref(name)) as { problem?: string }).problem).toContain('finds no page');
  });
});
