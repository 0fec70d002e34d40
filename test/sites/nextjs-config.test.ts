/** Next.js routing read statically: rewrites that leave page routes alone, vercel.json redirects, the catch-all page that serves a content folder. */
import { describe, expect, it } from 'vitest';
import { readNextConfig } from '../../src/sites/nextjs/config.js';
import { readVercelRedirects } from '../../src/sites/nextjs/vercel.js';
import { findContentCatchAll } from '../../src/sites/nextjs/catch-all.js';
import { readJsonSidebar } from '../../src/sites/nextjs/sidebars.js';
import { componentIds } from '../../src/sites/nextjs/component-ids.js';
import { componentCodeIds, pageCodeIds } from '../../src/sites/nextjs/component-code-ids.js';

const files = (map: Record<string, string>) => ({
  isFile: (p: string) => p in map,
  read: async (p: string) => map[p] ?? { error: 'absent' },
});

describe('next.config routing', () => {
  it('rewrites that are conditional or answer only file URLs leave routes modelled; others, redirects and code do not', async () => {
    const only = (body: string) => files({ 'next.config.js': `module.exports = { async rewrites() { return ${body}; } };` });
    expect(await readNextConfig('next.config.js', only("[{ source: '/:path*.md', destination: '/api/md/:path*' }]"))).toBeUndefined();
    expect(
      await readNextConfig('next.config.js', only("{ beforeFiles: [{ source: '/:p*', has: [{ type: 'header', key: 'accept' }], destination: '/x' }] }")),
    ).toBeUndefined();
    expect(await readNextConfig('next.config.js', only("[{ source: '/docs/:slug', destination: '/d/:slug' }]"))).toBe('next.config.js sets rewrites');
    const computed = files({ 'next.config.js': 'module.exports = { async rewrites() { return load(); }, async redirects() { return []; } };' });
    expect(await readNextConfig('next.config.js', computed)).toBe('next.config.js sets rewrites, redirects');
  });
});

describe('vercel.json redirects', () => {
  it('keys literal sources as the paths of their routes in the content folder; patterns and conditional ones are not routes', () => {
    const text = JSON.stringify({
      redirects: [
        { source: '/learn/Old', destination: '/learn/new' },
        { source: '/link/:name', destination: '/learn/:name' },
        { source: '/x', destination: '/y', has: [{ type: 'host', value: 'a' }] },
      ],
      rewrites: [{ source: '/a', destination: '/b' }],
    });
    const read = readVercelRedirects('vercel.json', text, 'src/content', '');
    expect('error' in read).toBe(false);
    if ('error' in read) return;
    expect([...read.redirects]).toEqual([['src/content/learn/old', { to: '/learn/new', file: 'vercel.json' }]]);
    expect(read.destinations.map((d) => d.target)).toEqual(['/learn/new']);
    expect(read.destinations[0]).toMatchObject({ kind: 'link', line: 1 });
    expect(read.patterns).toBe(1);
    expect(read.rewrites).toBe(1);
    expect(readVercelRedirects('vercel.json', '{ "redirects": [', 'src/content', '')).toHaveProperty('error');
  });
});

describe('catch-all page serving a content folder', () => {
  const scan = { paths: ['src/content/a.md', 'src/lib/x.ts'], dirs: ['src', 'src/content', 'src/lib', 'src/pages'] };
  const ctx = (page: string, modules: Record<string, string> = {}) => ({
    at: (p: string) => p,
    read: async (p: string) => modules[p] ?? page,
    isFile: (p: string) => p in modules,
    scan,
  });
  const holds = (f: string) => scan.paths.some((p) => p.startsWith(`${f}/`) && p.endsWith('.md'));
  it('takes the folder a string literal of the page names, when it holds Markdown', async () => {
    const page = "import nav from '../sidebar.json';\nconst root = process.cwd() + '/src/content/';\nexport default function P() { return nav; }";
    expect(await findContentCatchAll({ '[[...path]]': 'src/pages/[[...path]].js' }, 'src/pages', ctx(page), holds)).toEqual({
      page: 'src/pages/[[...path]].js',
      route: '[[...path]]',
      prefix: '',
      folder: 'src/content',
      jsonImports: ['src/sidebar.json'],
      compilesMdx: false,
    });
    expect(await findContentCatchAll({ 'docs/[...slug]': 'src/pages/docs/[...slug].js' }, 'src/pages', ctx(page), holds)).toMatchObject({ prefix: 'docs' });
  });
  it('reads the Markdown as MDX when the page or a module it imports (relative, or from src/ as baseUrl) compiles with MDX', async () => {
    const catchAll = async (page: string, modules: Record<string, string> = {}) =>
      (await findContentCatchAll({ '[[...path]]': 'src/pages/[[...path]].js' }, 'src/pages', ctx(page, modules), holds))?.compilesMdx;
    const reads = "const root = process.cwd() + '/src/content/';\n";
    expect(await catchAll(`${reads}import { compile } from '@mdx-js/mdx';`)).toBe(true);
    expect(await catchAll(`${reads}import compileMDX from 'utils/compileMDX';`, { 'src/utils/compileMDX.ts': "const m = await import('@mdx-js/mdx');" })).toBe(
      true,
    );
    expect(
      await catchAll(`${reads}import c from '../lib/compile';`, { 'src/lib/compile.js': "const { serialize } = require('next-mdx-remote/serialize');" }),
    ).toBe(true);
    expect(await catchAll(`${reads}import c from '../lib/compile';`, { 'src/lib/compile.js': "import { marked } from 'marked';" })).toBe(false);
    expect(await catchAll(`${reads}import { marked } from 'marked';`)).toBe(false);
  });
  it('finds nothing without such a literal, for a folder without Markdown, or for a page that is no catch-all', async () => {
    expect(await findContentCatchAll({ '[[...path]]': 'p.js' }, 'src/pages', ctx("fetch('/api/page')"), holds)).toBeUndefined();
    expect(await findContentCatchAll({ '[[...path]]': 'p.js' }, 'src/pages', ctx("read('src/lib')"), holds)).toBeUndefined();
    expect(await findContentCatchAll({ 'blog/[slug]': 'p.js' }, 'src/pages', ctx("read('src/content')"), holds)).toBeUndefined();
  });
});

describe('JSON sidebars', () => {
  it('lists every site-absolute path or href of the tree at its line; other strings and external links are no entries', () => {
    const text = [
      '{',
      '  "path": "/learn",',
      '  "routes": [',
      '    { "title": "/not-a-route", "path": "/learn/a" },',
      '    { "href": "https://x.test/b" },',
      '    { "href": "/learn/c" }',
      '  ]',
      '}',
    ].join('\n');
    const nav = readJsonSidebar('s.json', text);
    expect(nav.entries.map((e) => `${e.line}:${e.column} ${e.target}`)).toEqual(['2:11 /learn', '4:40 /learn/a', '6:15 /learn/c']);
    expect(readJsonSidebar('s.json', '{ "path": ').error?.message).toMatch(/^invalid JSON/);
  });
});

describe('component ids', () => {
  it('reads id, …Id and permalink string attributes of component tags alone on their line', async () => {
    const text = [
      '<Recipes titleText="Examples of x" titleId="examples-x">',
      '<TeamMember name="A B" permalink="a-b" group="Docs & Community" />',
      'Text <Inline titleId="inline-id"> in a paragraph.',
      '<div id="lowercase-html">',
      '<Broken titleId="x" {...spread}',
      '<Computed titleId={id}>',
    ].join('\n');
    expect(await componentIds(text)).toEqual(['examples-x', 'a-b']);
    expect(await componentIds('<Recipes titleText="x">')).toEqual([]);
  });
});

describe('ids set in component code', () => {
  it('follows the MDX components map through relative imports and re-exports to id literals; others give none', async () => {
    const map: Record<string, string> = {
      'site/src/components/MDX/MDXComponents.tsx':
        "import {Challenges} from './Challenges';\nimport Box from './Box';\nimport Far from 'components/Far';\nfunction Local() { return <p id={`local`} />; }\nexport const MDXComponents = { Challenges, Box, Far, Local, Plain: Box };",
      'site/src/components/MDX/Challenges/index.tsx': "export {Challenges} from './Challenges';",
      'site/src/components/MDX/Challenges/Challenges.tsx':
        "export function Challenges({titleId = isRecipes ? 'examples' : 'challenges', isRecipes}: {titleId?: string; isRecipes?: boolean}) { return <h2 id={titleId} className=\"x\">t</h2>; }",
      'site/src/components/MDX/Box.tsx': "export default function Box({id}: {id: string}) { return <div id={id} aria-labelledby={id ?? 'box'} title='no' />; }",
      'site/src/components/Far.tsx': "export default function Far() { return <div id='far' />; }",
    };
    const ids = await componentCodeIds({ paths: Object.keys(map), ...files(map) }, 'site/');
    expect(Object.fromEntries(ids)).toEqual({ Challenges: ['examples', 'challenges'], Local: ['local'] });
    expect(pageCodeIds('Text <Challenges> inline\n\n<Challenges>\n\n</Challenges>\n<Local />', ids)).toEqual(['examples', 'challenges', 'local']);
    expect(pageCodeIds('No tag: Challenges', ids)).toEqual([]);
    expect(await componentCodeIds({ paths: ['site/src/x.tsx'], ...files({}) }, 'site/')).toEqual(new Map());
  });
});
