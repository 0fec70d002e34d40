/** mdBook pieces: book.toml's redirect map, and which Markdown outside every book another build renders. */
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import { bookSource } from '../../src/sites/mdbook/summary.js';
import { writeTree } from '../helpers/tree.js';

const BOOK = {
  'book.toml': '[book]\ntitle = "T"\n',
  'src/SUMMARY.md': '# Summary\n\n- [One](one.md)\n',
  'src/one.md': '# One\n',
  'README.md': '# T\n\n[book](src/SUMMARY.md), [notes](notes/a.md), [site](site/b.md)\n',
};

describe('mdBook', () => {
  it('reads [output.html.redirect] string entries beside [book] src', () => {
    const toml = '[book]\nsrc = "pages"\n[output.html.redirect]\n"/a.html" = "b.html"\n"c.html" = 3\n';
    expect(bookSource(toml)).toEqual({ src: 'pages', redirects: { '/a.html': 'b.html' } });
    expect(bookSource('[book\n')).toMatchObject({ src: 'src', redirects: {}, error: { line: 1 } });
  });

  it('checks Markdown outside the book as GitHub shows it unless it links .html files the repository lacks (or most of its folder does)', async () => {
    const root = writeTree('docward-mdbook-', {
      ...BOOK,
      // Links an .html file that exists (GitHub serves it): a repository document, its missing .md link is broken.
      'notes/a.md': '# A\n\n[page](page.html) [gone](gone.md)\n',
      'notes/page.html': '<p>x</p>\n',
      // Links an .html page no file is: written for a build docward does not see, counted.
      'site/b.md': '% B\n\n[chapter](one.html) [gone](gone.md)\n',
      // Its folder's other document is another build's, but that is not more than half: GitHub's rules.
      'site/c.md': '% C\n\nNo links.\n',
    });
    const { report } = await runDocward({ root, engine: 'js' });
    expect(report.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.path}:${f.line} ${f.rule}`)).toEqual([
      'notes/a.md:3 link-broken',
      'site/c.md:1 heading-h1',
      'site/c.md:1 orphan',
    ]);
    expect(report.unverified.filter((u) => u.cause === 'mdbook-outside-book').map((u) => `${u.rule} ${u.count} ${u.unit}`)).toEqual([
      'heading-h1 1 pages',
      'link-broken 2 links',
    ]);
  });
});
