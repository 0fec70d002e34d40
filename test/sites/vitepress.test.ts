/** VitePress pieces: its heading slugs, `rewrites` patterns, and the config read statically (nav, sidebar, what is code). */
import { describe, expect, it } from 'vitest';
import { mdbookSlug, vitepressSlug } from '../../src/rules/links/anchors.js';
import { ModuleLoader } from '../../src/sites/static-module.js';
import { readVitepressConfig } from '../../src/sites/vitepress/config.js';
import { rewriteTarget } from '../../src/sites/vitepress/rewrites.js';

describe('VitePress', () => {
  it('slugs headings as @mdit-vue/shared does', () => {
    expect(vitepressSlug('Café & Crème')).toBe('cafe-creme');
    expect(vitepressSlug('2nd step')).toBe('_2nd-step');
    expect(vitepressSlug('  `config.ts` (optional)  ')).toBe('config-ts-optional');
    expect(vitepressSlug('日本語 見出し')).toBe('日本語-見出し');
  });

  it('slugs headings as mdBook does (only ASCII lowercased)', () => {
    expect(mdbookSlug('Über uns')).toBe('Über-uns');
    expect(mdbookSlug('C++ & Rust_2')).toBe('c--rust_2');
  });

  it('applies static and parameterised rewrites', () => {
    const rewrites = { 'guide/old.md': 'guide/new.md', 'packages/:pkg/src/(.*)': ':pkg/(.*)' };
    expect(rewriteTarget('guide/old.md', rewrites)).toBe('guide/new.md');
    expect(rewriteTarget('packages/core/src/intro.md', rewrites)).toBe('core/intro.md');
    expect(rewriteTarget('guide/other.md', rewrites)).toBeUndefined();
  });

  it('reads nav and sidebar entries with the module and line that wrote them, and reports code', async () => {
    const files: Record<string, string> = {
      '.vitepress/config.ts': [
        "import { defineConfig } from 'vitepress';",
        "import { guide } from './guide';",
        'export default defineConfig({',
        "  srcDir: './src',",
        "  themeConfig: { nav: [{ text: 'A', items: [{ text: 'B', link: '/b' }] }], sidebar: { '/guide/': { base: '/guide/', items: guide }, '/api/': makeApi() } },",
        '});',
      ].join('\n'),
      '.vitepress/guide.ts': "export const guide = [\n  { text: 'Intro', link: 'intro' },\n];",
    };
    const config = await readVitepressConfig('.vitepress/config.ts', new ModuleLoader(async (p) => files[p]));
    expect(config.srcDir).toBe('./src');
    expect(config.entries.map((e) => `${e.file}:${e.line} ${e.target}`)).toEqual(['.vitepress/config.ts:5 /b', '.vitepress/guide.ts:2 /guide/intro']);
    expect(config.dynamic.map((d) => `${d.what} ${d.part.at.line} ${d.part.reason}`)).toEqual(['themeConfig.sidebar 5 the result of calling makeApi()']);
  });
});
