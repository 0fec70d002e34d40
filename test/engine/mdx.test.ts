/** The contract's MDX masking (src/engine/js/mdx.ts; native/src/mdx.rs has the same cases). */
import { describe, expect, it } from 'vitest';
import { maskMdx } from '../../src/engine/js/mdx.js';

describe('maskMdx', () => {
  it('blanks JSX-only lines and comment lines, keeping lengths and line endings', () => {
    const body = '<Tabs>\n  <TabItem label="a"> </TabItem>\n<Aside>text</Aside>\n{/* c\n# x */}\n{/* no */} text\n</>\n';
    const m = maskMdx(body);
    expect(m.body).toBe(`${' '.repeat(6)}\n${' '.repeat(32)}\n<Aside>text</Aside>\n${' '.repeat(5)}\n${' '.repeat(7)}\n{/* no */} text\n   \n`);
    expect(m.tags.map((t) => body.slice(t.start, t.end))).toEqual(['<Tabs>', '<TabItem label="a">', '</TabItem>', '</>']);
    expect(m.comments.map((c) => c.comment)).toEqual([' c\n# x ']);
    expect(maskMdx(body, new Set([m.comments[0]!.start])).comments).toEqual([]);
  });

  it('leaves a line with text after its tags and an unclosed comment; a tag may span CRLF lines', () => {
    expect(maskMdx('<Card /> text\n{/* open\n').body).toBe('<Card /> text\n{/* open\n');
    expect(maskMdx('<A>\r\n<B\r\n  x="1" />\r\nz').body).toBe(`   \r\n  \r\n${' '.repeat(10)}\r\nz`);
  });
});
