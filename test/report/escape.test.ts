import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { markdownText, plainLine, urlPath } from '../../src/report/escape.js';

const parse = (md: string): Root => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const types = (node: Nodes): string[] => ['children' in node ? node.children.flatMap(types) : [], node.type].flat();
const ZWSP = /\u200b/g;

describe('markdownText', () => {
  it('renders as literal text: no HTML, links, emphasis, code or images for any input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab <>[]()!*_`~|\\&#@:/.-=+\n\r\t$'.split(''), 'www.', 'http://', '<img src=x>', '&amp;', '\u0000', '\u202e') }),
        (input) => {
          const tree = parse(`x ${markdownText(input)} x`);
          const allowed = new Set(['root', 'paragraph', 'text']);
          expect(types(tree).filter((t) => !allowed.has(t))).toEqual([]);
          expect(toString(tree).replace(ZWSP, '')).toBe(`x ${plainLine(input)} x`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no email autolink either, even where a domain starts with a dot (a@.a: a random seed found it)', () => {
    for (const input of ['a@.a', 'me@example.org', 'x a@b.c']) expect(types(parse(`x ${markdownText(input)} x`)).filter((t) => t === 'link')).toEqual([]);
  });

  it('stays inside one table cell', () => {
    const tree = parse(`| a | b |\n|---|---|\n| ${markdownText('x | y\n| z')} | 2 |`);
    const table = tree.children[0];
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.children[1]!.children).toHaveLength(2);
    expect(toString(table.children[1]!.children[0]!).replace(ZWSP, '')).toBe('x | y | z');
  });

  it('breaks @mentions, #references and bare URLs that GitHub links after rendering', () => {
    // What GitHub's post-render linkers see: the text with entities decoded.
    const out = markdownText('ping @octocat about #12 at https://evil.example and www.evil.example').replace(/&#(\d+);/g, (_, n: string) =>
      String.fromCodePoint(Number(n)),
    );
    expect(out.replace(ZWSP, '')).toBe('ping @octocat about #12 at https://evil.example and www.evil.example');
    expect(out).not.toMatch(/@[\w-]/);
    expect(out).not.toMatch(/#\d/);
    expect(out).not.toMatch(/:\/\//);
    expect(out).not.toMatch(/www\./i);
  });

  it('neutralises a file name crafted as HTML', () => {
    expect(markdownText('<details open><summary>x</summary>')).not.toContain('<');
  });
});

describe('plainLine', () => {
  it('removes line breaks, terminal escapes and bidi overrides', () => {
    expect(plainLine('a\r\nb\nc\u001b[31m\u202ed')).toBe('a b c\uFFFD[31m\uFFFDd');
  });
});

describe('urlPath', () => {
  it('encodes characters that would end a Markdown link destination', () => {
    expect(urlPath('docs/a (1)/b c.md')).toBe('docs/a%20%281%29/b%20c.md');
  });
});
