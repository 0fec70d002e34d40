/** Docusaurus pieces: blog post routes (plugin-content-blog's file-name rules) and the content plugins read from the config. */
import { describe, expect, it } from 'vitest';
import { blogPathSlug, blogRoute } from '../../src/sites/docusaurus/blog.js';
import { readDocusaurusConfig } from '../../src/sites/docusaurus/config.js';
import { ModuleLoader } from '../../src/sites/static-module.js';

describe('Docusaurus blog routes', () => {
  it('turns a date in the file or folder name into the date path, as parseBlogFileName does', () => {
    expect(blogPathSlug(['2016-07-27-jest-14'])).toBe('2016/07/27/jest-14');
    expect(blogPathSlug(['2024-03-09-folder-post', 'index'])).toBe('2024/03/09/folder-post');
    expect(blogPathSlug(['2019', '05', '30', 'welcome'])).toBe('2019/05/30/welcome');
    // Folders before the date stay, after the date path.
    expect(blogPathSlug(['release', '2021-01-02-v2'])).toBe('2021/01/02/release/v2');
    expect(blogPathSlug(['notes'])).toBe('notes');
    expect(blogPathSlug(['guides', 'index'])).toBe('guides');
  });

  it('lets `slug` front matter replace the path slug, from the blog base either way', () => {
    expect(blogRoute(['2024-02-01-hello'], { slug: 'welcome' }, 'blog')).toBe('blog/welcome');
    expect(blogRoute(['2024-02-01-hello'], { slug: '/welcome/' }, 'news')).toBe('news/welcome');
    expect(blogRoute(['2024-02-01-hello'], {}, 'blog')).toBe('blog/2024/02/01/hello');
    expect(blogRoute(['2024-02-01-hello'], {}, '')).toBe('2024/02/01/hello');
  });
});

describe('Docusaurus config', () => {
  const read = (text: string) =>
    readDocusaurusConfig('website/docusaurus.config.js', new ModuleLoader(async (p) => (p === 'website/docusaurus.config.js' ? text : undefined)));

  it('reads the preset docs, blog and pages options and extra blog plugins', async () => {
    const config = await read(
      [
        "const path = require('path');",
        'module.exports = {',
        "  presets: [['@docusaurus/preset-classic', ({ docs: { path: '../docs', routeBasePath: 'guide', sidebarPath: path.resolve('./s.js') }, blog: { routeBasePath: 'news' } })]],",
        "  plugins: [['@docusaurus/plugin-content-blog', { id: 'changelog', path: 'changelog' }], '@docusaurus/plugin-pwa',",
        "    ['@docusaurus/plugin-content-docs', { id: 'a', path: 'a', routeBasePath: 'a', sidebarPath: path.resolve(__dirname, './sa.js') }],",
        "    ['@docusaurus/plugin-content-docs', { id: 'b', path: 'b', sidebarPath: false }], ['@docusaurus/plugin-content-docs', { id: 'c', path: 'c', sidebarPath: sidebarFor('c') }]],",
        '};',
      ].join('\n'),
    );
    expect(config?.docs).toEqual({ path: '../docs', routeBasePath: 'guide' });
    expect(config?.blogs).toEqual([
      { path: 'blog', routeBasePath: 'news' },
      { path: 'changelog', routeBasePath: 'blog' },
    ]);
    expect(config?.pages).toEqual({ path: 'src/pages', routeBasePath: '' });
    expect(
      config?.docsInstances.map(({ path, routeBasePath, sidebarPath }) => [path, routeBasePath, typeof sidebarPath === 'object' ? 'code' : sidebarPath]),
    ).toEqual([
      ['a', 'a', './sa.js'],
      ['b', 'docs', false],
      ['c', 'docs', 'code'],
    ]);
    expect(config?.dynamic).toEqual([]);
  });

  it('knows disabled plugins, and reports presets computed by code (classic defaults assumed)', async () => {
    const off = await read("export default { presets: [['classic', { docs: false, blog: false, pages: false }]] };");
    expect(off).toMatchObject({ docs: false, blogs: [], pages: false });
    const resolved = await read("module.exports = { presets: [[require.resolve('@docusaurus/preset-classic'), { blog: { path: 'news' } }]] };");
    expect(resolved?.blogs).toEqual([{ path: 'news', routeBasePath: 'blog' }]);
    const named = await read('export default { presets: [[presetName(), {}]] };');
    expect(named).toMatchObject({ blogs: [{ path: 'blog', routeBasePath: 'blog' }], pages: { path: 'src/pages', routeBasePath: '' } });
    expect(named?.dynamic.map((d) => d.what)).toEqual(['a preset']);
    const computed = await read('export default { presets: makePresets() };');
    expect(computed?.blogs).toEqual([{ path: 'blog', routeBasePath: 'blog' }]);
    expect(computed?.dynamic.map((d) => [d.what, d.part.at.line])).toEqual([['presets', 1]]);
  });
});
