// The too-complex guard (contract TooComplex) on both engines: the engines must split text blocks and count markers
// identically. Each tricky snippet is followed by a paragraph of exactly the inline budget (3,000 markers): any
// marker the snippet's text blocks hold pushes the sum over, and the message carries the exact sum, so the two
// engines agree on the snippet's squared counts or the test fails.
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../src/engine/contract.js';
import { chargedPrefixColumns } from '../../src/engine/js/complexity.js';
import { extractDocument } from '../../src/engine/js/index.js';
import { loadNative } from '../../src/engine/native.js';

const native = loadNative();
const FILLER = ']'.repeat(3_000);

/** Snippet → the sum of squared marker counts of its text blocks, by the contract. */
const SNIPPETS: [string, string, number][] = [
  ['definitions before a paragraph are not counted', '[a]: /u\n[b]: </v> "t"\ntext *x*', 4],
  ['definitions before a setext heading', '[a]: /u\nTitle *x*\n===', 4],
  ['ATX heading with a closing sequence', '# H *x* `c` #', 16],
  ['tight list items with task markers', '- [x] done *a*\n- [ ] todo\n  more _b_', 16 + 16],
  ['loose list items with task markers', '- [x] done *a*\n\n- [ ] todo', 16 + 4],
  ['table cells are separate blocks', '| *a* | [b] |\n|---|---|\n| `c` | <d> ~e~ |', 4 + 4 + 4 + 9],
  ['block quote with lazy continuation', '> quote *a*\nlazy [b]\n> > inner `c`', 16 + 4],
  ['footnote definition and reference', 'ref[^1] here\n\n[^1]: note *a*', 4 + 4],
  ['inline HTML and autolinks', 'a <span>x</span> <https://x.y> <!-- c -->', 16],
  ['code blocks and HTML blocks are not text blocks', '```\n*a* [b]\n```\n\n    *indented*\n\n<div>\n*x*\n</div>', 0],
  ['escaped markers count as source characters', '\\* \\[ \\_', 9],
  ['hard breaks and soft breaks inside one paragraph', 'a *b*  \nc [d]\\\ne', 16],
];

describe.each([
  ['js', (name: string, text: string): DocumentFacts => extractDocument(name, Buffer.from(text))],
  ['native', (name: string, text: string): DocumentFacts => {
    if (!native.ok) throw new Error(`native engine not loaded: ${native.reason}`);
    return JSON.parse(native.binding.extractBytes(name, Buffer.from(text))) as DocumentFacts;
  }],
] as const)('%s engine', (_engine, extract) => {
  it.each(SNIPPETS)('%s', (_name, snippet, sum) => {
    const text = `${snippet}\n\n${FILLER}\n`;
    const line = snippet.split('\n').length + 2;
    const doc = extract('x.md', text);
    if (sum === 0) {
      expect(doc.problem).toBeUndefined();
      return;
    }
    expect(doc.problem).toEqual({
      kind: 'too-complex',
      message: `too many inline markers: by the text block starting on line ${line}, the squared counts of * _ ~ [ ] < \` per text block add up to ${9_000_000 + sum}, over the limit of 9000000`,
      line,
    });
  });

  it('the filler alone is exactly the budget: facts, no problem', () => {
    expect(extract('x.md', `# T\n\n${FILLER}\n`).problem).toBeUndefined();
  });

  it('frontmatter is not counted, and an .mdx ESM paragraph is', () => {
    expect(extract('x.md', `---\nt: "${FILLER}"\n---\n${FILLER}\n`).problem).toBeUndefined();
    expect(extract('x.mdx', `import a from '[b]'\n\n${FILLER}\n`).problem?.line).toBe(3);
  });
});

describe('charged container prefix columns (contract TooComplex 1)', () => {
  it.each([
    ['> > - 1. 22) x', 0, 13],
    ['\t- x', 0, 0],
    ['\t- x', 4, 6],
    ['* * *', 0, 4],
    ['-x', 0, 0],
    ['1234567890. x', 0, 0],
    ['>>> a', 0, 4],
    ['    code', 0, 0],
    ['      code past the item', 2, 2],
    ['  - nested', 2, 4],
    ['      - no item: 4 columns past the open one', 2, 2],
  ])('%j with list content open to column %i: %i', (line, open, columns) => {
    expect(chargedPrefixColumns(line, 0, { column: open })).toBe(columns);
  });
});
