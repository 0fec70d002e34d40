// The too-complex guard (contract TooComplex) on both engines: the engines must split text blocks and count markers
// identically. Each tricky snippet is followed by a paragraph of exactly the inline budget (3,000 markers): any
// marker the snippet's text blocks hold pushes the sum over, and the message carries the exact sum, so the two
// engines agree on the snippet's squared counts or the test fails.
import { describe, expect, it } from 'vitest';
import type { DocumentFacts } from '../../src/engine/contract.js';
import { chargedPrefixColumns, containerProblem } from '../../src/engine/js/complexity.js';
import { extractDocument } from '../../src/engine/js/index.js';
import { LineIndex } from '../../src/engine/js/positions.js';
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

/** Container snippet → its charged sum by the contract (TooComplex 1), worked out by hand. */
const CONTAINER_SNIPPETS: [string, string, number][] = [
  ['indented JSON in a top-level fence is free', '```json\n{\n      "a": 1\n}\n```', 0],
  ["a fence in a list item: only the item's 2 columns", '- x\n\n  ```json\n  {\n        "a": 1\n  }\n  ```', 6 * 4],
  ['YAML sequences in a fence open no items', '```yaml\n- a:\n    - b\n        - c\n```', 0],
  ['indented code is free', '    code\n        more', 0],
  ['a fence in a block quote is not tracked', '> ```\n> - a\n> ```', 4 + 16 + 4],
  ['a less indented line ends the fence', '- x\n  ```\n- - y\n  ```', 4 + 4 + 16 + 4],
  ['a marker 4 columns past the open item is text', '- x\n      - y', 4 + 4],
  ['after a blank line, less indentation closes items', '- - - x\n\ntext\n      indented', 36],
  ['a backtick in the info string: no fence', '``` a`b\n- - x', 16],
  ['a tilde fence may have backticks in its info', '~~~ a`b\n- - x\n~~~', 0],
  ['continuation of real nested items is charged', '- a\n  - b\n    text', 4 + 16 + 16],
];
/** Lazy-run snippet → its sum of squared run lengths by the contract (TooComplex 1), worked out by hand. */
const LAZY_SNIPPETS: [string, string, number][] = [
  ['lines after a quote without `>`', '> a\nb\nc', 4],
  ['a nested quote continued by the outer one only', '>> a\n> b\n> c\n> d', 9],
  ['unindented lines after a list item', '- a\nb', 1],
  ['list items are never lazy, even less indented', '- a\n  - b\n- c\n- d', 0],
  ['indented code with shrinking indentation is not lazy', '    a\n        b\n    c', 0],
  ['a blank line ends a run; runs add their squares', '> a\nb\nc\n\n> d\ne', 4 + 1],
  ['fence content is never lazy (its opening and closing lines are runs of one)', '- a\n```\nx\ny\n```', 1 + 1],
];
const LAZY_FILLER = `> quote\n${'lazy\n'.repeat(2_000)}`; // one run of 2,000 lazy lines: exactly the budget
const CONTAINER_FILLER = `${'- '.repeat(200)}a\n`.repeat(25); // 25 lines of 400 columns: exactly the budget

describe.each([
  ['js', (name: string, text: string): DocumentFacts => extractDocument(name, Buffer.from(text))],
  [
    'native',
    (name: string, text: string): DocumentFacts => {
      if (!native.ok) throw new Error(`native engine not loaded: ${native.reason}`);
      return JSON.parse(native.binding.extractBytes(name, Buffer.from(text))) as DocumentFacts;
    },
  ],
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

  // Each filler is exactly its budget and ends the document, so any charge of the snippet passes it on the filler's last line.
  it.each([
    ...CONTAINER_SNIPPETS.map(([name, snippet, sum]) => ['containers', name, snippet, sum] as const),
    ...LAZY_SNIPPETS.map(([name, snippet, sum]) => ['lazy runs', name, snippet, sum] as const),
  ])('%s: %s', (kind, _name, snippet, sum) => {
    const filler = kind === 'containers' ? CONTAINER_FILLER : LAZY_FILLER;
    const doc = extract('x.md', `${snippet}\n\n${filler}`);
    if (sum === 0) {
      expect(doc.problem).toBeUndefined();
      return;
    }
    const line = snippet.split('\n').length + 1 + filler.split('\n').length - 1;
    const total = 4_000_000 + sum;
    const message =
      kind === 'containers'
        ? `nesting too deep: by line ${line}, the squared widths of line prefixes (block quote markers, list markers, indentation) add up to ${total}, over the limit of 4000000`
        : `lazy continuation too long: by line ${line}, the squared lengths of runs of lines continuing a paragraph without its block quote or list prefix add up to ${total}, over the limit of 4000000`;
    expect(doc.problem).toEqual({ kind: 'too-complex', message, line });
  });

  it('the filler alone is exactly the budget: facts, no problem', () => {
    expect(extract('x.md', `# T\n\n${FILLER}\n`).problem).toBeUndefined();
    expect(extract('x.md', `# T\n\n${LAZY_FILLER}`).problem).toBeUndefined();
    expect(extract('x.md', `# T\n\n${CONTAINER_FILLER}`).problem).toBeUndefined();
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

/** An 8-deep pretty-printed JSON example (indentation up to 34 spaces), as in generated API references. */
function jsonExample(depth: number): unknown {
  return depth === 0 ? { id: 1, name: 'x', tags: ['a', 'b'] } : { level: depth, child: jsonExample(depth - 1), items: [jsonExample(0), jsonExample(0)] };
}
/** A Kubernetes-like YAML tree of nested sequences, 4 columns per level. */
function yamlTree(depth: number, indent: string): string[] {
  const item = [`${indent}- name: level${depth}`, `${indent}  value: 1`];
  if (depth === 0) return item;
  return [...item, `${indent}  items:`, ...yamlTree(depth - 1, `${indent}    `), ...yamlTree(depth - 1, `${indent}    `)];
}
const MB = 1024 * 1024;
/** Repeats `section(i)` until the document is about `bytes` long. */
function grow(head: string, bytes: number, section: (i: number) => string): string {
  const parts = [head];
  for (let size = head.length, i = 0; size < bytes; i++) {
    const part = section(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}
const json = JSON.stringify(jsonExample(8), null, 2);
const inItem = (block: string): string => block.replace(/^/gm, '  ');
const yaml = ['spec:', ...yamlTree(7, '')].join('\n');
const deepYaml = Array.from({ length: 30 }, (_, d) => `${' '.repeat(20 + 2 * (d % 21))}key${d}: value`).join('\n');

// micromark parses each of these in linear time (about 1–3 s per MB): none may be refused up to the 10 MB size limit.
const LARGE_DOCS: [string, string][] = [
  ['API reference: fenced JSON under headings', grow('# API\n', 9.5 * MB, (i) => `\n## Endpoint ${i}\n\nReturns the object.\n\n\`\`\`json\n${json}\n\`\`\`\n`)],
  [
    'API reference inside list items',
    grow('# API\n', 9.5 * MB, (i) => `\n- Endpoint ${i}\n\n  Returns the object.\n\n${inItem(`\`\`\`json\n${json}\n\`\`\``)}\n`),
  ],
  ['nested YAML sequences in fences', grow('# Manifests\n', 9.5 * MB, (i) => `\n## Manifest ${i}\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`)],
  ['YAML indented 20–60 columns in fences', grow('# Config\n', 9.5 * MB, () => `\n\`\`\`yaml\n${deepYaml}\n\`\`\`\n`)],
  ['a table of 150,000 rows', grow('# Table\n\n| a | b | c |\n|---|---|---|\n', 9.5 * MB, (i) => `| ${i} | [x](y${i}.md) | text |\n`)],
  ['a config dump as indented code', grow('# Dump\n', 9.5 * MB, () => `\n${inItem(inItem(deepYaml))}\n`)],
];

describe('large generated documents are not too complex', () => {
  it.each(LARGE_DOCS)('%s (about 9.5 MB): both engines', (_name, text) => {
    expect(text.length).toBeGreaterThan(9.5 * MB);
    expect(containerProblem(text, 0, new LineIndex(text))).toBeUndefined();
    if (!native.ok) throw new Error(`native engine not loaded: ${native.reason}`);
    const doc = JSON.parse(native.binding.extractBytes('big.md', Buffer.from(text))) as DocumentFacts;
    expect(doc.problem).toBeUndefined();
    expect(doc.codeBlocks.length + doc.links.length).toBeGreaterThan(0);
  });

  it('20 levels of real list nesting with continuation paragraphs are still refused (micromark: 0.45 MB 5.5 s, 0.9 MB 15 s)', () => {
    const chain = (i: number): string =>
      `${Array.from({ length: 20 }, (_, d) => `${'  '.repeat(d)}- item ${i}.${d}\n`).join('')}${`${'  '.repeat(20)}continuation of a long paragraph\n`.repeat(8)}\n`;
    const text = grow('# Deep\n\n', 0.5 * MB, chain);
    const js = containerProblem(text, 0, new LineIndex(text));
    expect(js?.kind).toBe('too-complex');
    if (!native.ok) throw new Error(`native engine not loaded: ${native.reason}`);
    expect((JSON.parse(native.binding.extractBytes('deep.md', Buffer.from(text))) as DocumentFacts).problem).toEqual(js);
  });
});
