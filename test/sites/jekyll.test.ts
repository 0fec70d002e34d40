/** Jekyll pieces: _config.yml as Jekyll reads it, and the Liquid link tags of a page (liquidjs's tokenizer). */
import { describe, expect, it } from 'vitest';
import { blockAttributeIds, liquidLinks, parseJekyllConfig } from '../../src/sites/jekyll/config.js';

describe('Jekyll', () => {
  it('reads baseurl, permalink, collections (list or map) and adds exclude to the defaults', () => {
    const config = parseJekyllConfig(
      'baseurl: /x\npermalink: pretty\nexclude: [notes.md]\ncollections:\n  a:\n    output: true\n    permalink: /:collection/:name/\n  b: {}\n',
    );
    expect(config).toMatchObject({
      baseurl: '/x',
      permalink: 'pretty',
      collections: { a: { output: true, permalink: '/:collection/:name/' }, b: { output: false } },
    });
    expect(config.exclude).toContain('notes.md');
    expect(config.exclude).toContain('Gemfile');
    expect(parseJekyllConfig('collections: [c]\n').collections).toEqual({ c: { output: false } });
    expect(parseJekyllConfig('a: [\n').error?.line).toBeGreaterThan(0);
  });

  it('finds {% link %} and {% post_url %} with their positions, not inside raw or comment blocks, not computed ones', () => {
    const text =
      'a {% link docs/a.md %}\n{% raw %}{% link no.md %}{% endraw %}\n  {%- post_url 2024-01-01-x -%}\n{% comment %}{% link c.md %}{% endcomment %}{% link {{ page.x }} %}';
    expect(liquidLinks(text)).toEqual([
      { tag: 'link', target: 'docs/a.md', line: 1, column: 3 },
      { tag: 'post_url', target: '2024-01-01-x', line: 3, column: 3 },
    ]);
  });

  it('reads the ids of kramdown block attribute lists (alone on their line), not inline ones', () => {
    expect(blockAttributeIds('## 4.4.1 / 2025\n{: #v4-4-1}\n\ntext {: #inline}\n   {: .note #tip title="x"}\n{:toc}\n')).toEqual(['v4-4-1', 'tip']);
  });
});
