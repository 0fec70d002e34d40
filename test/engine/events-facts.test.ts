/**
 * The js engine reads facts from micromark events (no mdast): the cases where mdast-util-from-markdown
 * did something the walk must mirror, with facts worked out by hand from CommonMark + the contract,
 * and the native engine held to the same answer.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/engine/js/index.js';
import { nativeForTests } from '../helpers/native.js';
import type { DocumentFacts } from '../../src/engine/contract.js';

const encode = (s: string) => new TextEncoder().encode(s);
const js = (name: string, source: string): DocumentFacts => JSON.parse(JSON.stringify(extractDocument(name, encode(source))));
const native = nativeForTests();
const rust = (name: string, source: string): DocumentFacts | undefined =>
  native ? (JSON.parse(native.extractBytes(name, Buffer.from(encode(source)))) as DocumentFacts) : undefined;

/** Both engines' facts for one document (without a binary, the js half runs and the helper's test says why). */
function facts(name: string, source: string): DocumentFacts {
  const mine = js(name, source);
  const theirs = rust(name, source);
  if (theirs) expect(mine, 'js vs native').toEqual(theirs);
  return mine;
}

describe('facts from micromark events', () => {
  it('a hard break in a setext heading is one space (its line ending is part of the break)', () => {
    const doc = facts('a.md', 'alpha\\\nbeta\n===\n');
    expect(doc.headings).toEqual([{ level: 1, text: 'alpha beta', line: 1, column: 1, style: 'setext' }]);
    expect(doc.metrics.words).toBe(2);
  });

  it('a code span keeps its line ending in heading text (as a space) and breaks words', () => {
    const doc = facts('a.md', 'x`a\nb`y\n---\n');
    expect(doc.headings).toEqual([{ level: 2, text: 'xa by', line: 1, column: 1, style: 'setext' }]);
    expect(doc.metrics.words).toBe(2);
  });

  it('a setext heading after definitions is found at its text, and references resolve from later definitions', () => {
    const doc = facts('a.md', '[d]: /u\nTitle [x][Some  LABEL]\n===\n\n[some label]: /v\n');
    expect(doc.headings).toEqual([{ level: 1, text: 'Title x', line: 2, column: 1, style: 'setext' }]);
    expect(doc.links).toEqual([{ kind: 'reference', image: false, target: '/v', line: 2, column: 7 }]);
  });

  it('character references are decoded before words are counted; destinations decode escapes and entities', () => {
    const doc = facts('a.md', 'a&#32;b [c](x\\_y&amp;z)d\n');
    expect(doc.metrics.words).toBe(3);
    expect(doc.links).toEqual([{ kind: 'inline', image: false, target: 'x_y&z', line: 1, column: 9 }]);
  });

  it('footnote calls contribute no words and do not split one; autolinks are text and links', () => {
    const doc = facts('a.md', 'a[^n]b <me@x.org>\n\n[^n]: note\n');
    expect(doc.metrics.words).toBe(3);
    expect(doc.links).toEqual([{ kind: 'autolink', image: false, target: 'mailto:me@x.org', line: 1, column: 8 }]);
  });

  it('bare task markers are not words; a checked item with text is', () => {
    const doc = facts('a.md', '- [x]\n- [ ] \n- [x] done\n');
    expect(doc.metrics.words).toBe(1);
  });

  it('an MDX ESM paragraph gives nothing but still separates the indented code blocks around it', () => {
    const source = '    one\n\nimport x from "y"\n\n    two\n';
    const blocks = [
      { lang: '', fenced: false, line: 1, endLine: 1 },
      { lang: '', fenced: false, line: 5, endLine: 5 },
    ];
    const mdx = facts('a.mdx', source);
    expect(mdx.codeBlocks).toEqual(blocks);
    expect(mdx.metrics.words).toBe(0);
    const md = facts('a.md', source);
    expect(md.codeBlocks).toEqual(blocks);
    expect(md.metrics.words).toBe(4);
  });

  it('indented code that micromark splits line by line after a block quote is one block', () => {
    const doc = facts('a.md', '>     a\n    b\n    c\n');
    expect(doc.codeBlocks).toEqual([
      { lang: '', fenced: false, line: 1, endLine: 1 },
      { lang: '', fenced: false, line: 2, endLine: 3 },
    ]);
  });
});
