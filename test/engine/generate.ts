/** Extractor test inputs: seeded random Markdown documents mixing the tricky constructs, and
 * the entries of fixture repos that git cannot hold. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const WORDS = [
  'alpha',
  'beta',
  'gamma',
  'délta',
  '日本語',
  '😀',
  'e\u0301',
  '𝔘𝔫𝔦',
  'x',
  'a_b',
  'foo*bar*',
  'tab\there',
  '&amp;',
  '&copy;',
  '&nbsp;',
  '\\*',
  'AT&T',
  'v1.',
  '#',
  '~tilde~',
  'under_score_',
];
const TARGETS = [
  'a.md',
  '../b.md#sec',
  'docs/c d.md',
  'https://example.com/x?y=1&z=2',
  'mailto:me@example.com',
  '#anchor',
  'img/p.png',
  'caf&#233;.md',
  'a\\_b.md',
  '',
];
const LABELS = ['Ref', 'ref', 'Other Label', 'ÄÖÜ', 'x'];

function words(r: Rand, n = int(r, 1, 6)): string {
  return Array.from({ length: n }, () => pick(r, WORDS)).join(' ');
}

function target(r: Rand): string {
  const t = pick(r, TARGETS);
  return t.includes(' ') || t === '' ? `<${t}>` : t;
}

function inline(r: Rand, depth = 0): string {
  switch (int(r, 0, 17)) {
    case 0:
      return `[${words(r, 2)}](${target(r)})`;
    case 1:
      return `![${words(r, 2)}](${target(r)} "title")`;
    case 2:
      return `[${pick(r, LABELS)}][${pick(r, LABELS)}]`;
    case 3:
      return `[${pick(r, LABELS)}][]`;
    case 4:
      return `[${pick(r, LABELS)}]`;
    case 5:
      return `<https://auto.example/${int(r, 0, 9)}>`;
    case 6:
      return `<user${int(r, 0, 9)}@example.org>`;
    case 7:
      return `\`${pick(r, ['code', '[x](y)', '` a `', '<a href="z">'])}\``;
    case 8:
      return depth < 2 ? `[${inline(r, depth + 1)} ${words(r, 1)}](${target(r)})` : words(r, 1);
    case 9:
      return `<a href="${pick(r, ['h.md', 'x&amp;y', "q'uote"])}" id="i${int(r, 0, 5)}">${words(r, 1)}</a>`;
    case 10:
      return `<img src='${pick(r, ['p.png', 'a b.png'])}' name=n${int(r, 0, 3)}>`;
    case 11:
      return `<!-- docward-${pick(r, ['disable', 'enable', 'disable-next-line', 'disable-file', 'oops'])} ${pick(r, ['', 'r1', 'r1, r2', 'a,b c'])} -->`;
    case 12:
      return `*${words(r, 2)}* **${words(r, 1)}** ~~${words(r, 1)}~~`;
    case 13:
      return `\\[not](link.md)`;
    case 14:
      return `[^${pick(r, ['1', 'note', 'missing'])}]`;
    case 15:
      return `![a \`code\` b](${target(r)})`;
    case 16:
      return `<span name="s${int(r, 0, 3)}" id=u${int(r, 0, 3)}>`;
    default:
      return words(r);
  }
}

function paragraph(r: Rand): string {
  const parts = Array.from({ length: int(r, 1, 5) }, () => (r() < 0.5 ? inline(r) : words(r)));
  let text = parts.join(' ');
  if (r() < 0.2) text += pick(r, ['  \nhard break', '\\\nbackslash break', '\nsoft ' + words(r, 2)]);
  return text;
}

function block(r: Rand, depth = 0): string {
  switch (int(r, 0, 26)) {
    case 0:
      return `${'#'.repeat(int(r, 1, 6))} ${paragraph(r)}${r() < 0.2 ? ' ##' : ''}`;
    case 1:
      return `${paragraph(r)}\n${pick(r, ['===', '---', '  ==='])}`;
    case 2:
      return '```' + pick(r, ['', 'js', 'rust ignore', 'a&amp;b']) + `\n# not heading\n[x](y)\n${words(r)}\n` + '```';
    case 3:
      return `~~~~${pick(r, ['', 'py'])}\n~~~\ncode\n~~~~`;
    case 4:
      return `    indented ${words(r)}\n    [x](y)`;
    case 5:
      return depth < 2
        ? block(r, depth + 1)
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')
        : paragraph(r);
    case 6:
      return depth < 2
        ? `- ${pick(r, ['', '[ ] ', '[x] '])}${paragraph(r)}\n  - ${paragraph(r)}\n- ${block(r, depth + 1)
            .split('\n')
            .join('\n  ')}`
        : paragraph(r);
    case 7:
      return `1. ${paragraph(r)}\n2. ${pick(r, ['', '[x] '])}${paragraph(r)}`;
    case 8:
      return `| ${words(r, 1)} | ${words(r, 1)} |\n| --- | :-: |\n| ${inline(r)} | a \\| b |\n| \`c \\| d\` | ${inline(r)} |`;
    case 9:
      return `[${pick(r, LABELS)}]: ${target(r)}${pick(r, ['', ' "t"', " 'x'"])}`;
    case 10:
      return `[^${pick(r, ['1', 'note'])}]: ${paragraph(r)}`;
    case 11:
      return `<div id="d${int(r, 0, 5)}">\n<a href="${pick(r, ['blk.md', 'https://e.x/?a=1&amp;b=2'])}" name="n">x</a>\n<!-- docward-disable r${int(r, 0, 3)} -->\n</div>`;
    case 12:
      return `<!-- ${pick(r, ['docward-enable', 'docward-disable a, b', 'plain comment'])} -->`;
    case 13:
      return `\t${pick(r, ['tab code', '- not list'])}`;
    case 14:
      return pick(r, ['***', '- - -', '___']);
    case 15:
      return `<p align="center">\n  <img src="logo.png" id="logo">\n</p>`;
    case 16:
      return pick(r, [
        '<pre>\n<a href="in-pre.md">x</a>\n\n# still html\n</pre>',
        '<!--\ndocward-disable multi\nline -->',
        '<?php echo "<a href=\'pi.md\'>"; ?>',
        '<!DOCTYPE html>',
        '<script>\nlet a = "<a href=\'s.md\'>";\n</script>',
        '</div>\n<a href="after-close.md">',
        '<a\n  href="split.md"\n  id="split">x</a>',
        '<details id="d">\n<summary>Sum</summary>\n\n[inside](details.md)\n\n</details>',
      ]);
    case 17:
      return `[${pick(r, LABELS)}]:\n  ${target(r)}\n  "multi\nline title"`;
    case 18:
      return `${paragraph(r)}\n${pick(r, ['> lazy? ' + words(r, 2), '    not code ' + words(r, 1), '# interrupts', '- interrupts', '1) starts', '2. no interrupt', '<div>', '```', '***'])}`;
    case 19:
      return `${'`'.repeat(int(r, 1, 3))}${pick(r, ['a`b', ' `` ', '[x](y)', ' x '])}${'`'.repeat(int(r, 1, 3))} ${words(r, 2)}`;
    case 20:
      return pick(r, ['*a **b** c*', '**a*', '_a_b_', '***x***', '*[link](e.md)*', '~~a ~b~ c~~', '\\', 'a\\\nb']) + ' ' + words(r, 2);
    case 21:
      return `${'#'.repeat(int(r, 1, 7))}${pick(r, ['', ' ', '\t'])}${words(r, 2)}${pick(r, ['', ' #', ' ##   ', '#', ' \\#'])}`;
    case 22:
      return `[${pick(r, ['ẞ', 'ss', 'SS', 'Ǆ', 'ǆ', 'İ'])}]: ${target(r)}\n\n[${pick(r, ['ẞ', 'ss', 'SS', 'Ǆ', 'ǆ', 'İ'])}][]`;
    case 23:
      return `<${pick(r, ['https://x.example/a b', 'http://a.b/<c', 'a@b', 'foo:bar', 'made-up+scheme:x', 'http://é.example/ü', 'mailto:x@y'])}> ${words(r, 1)}`;
    case 24:
      return `- ${paragraph(r)}\n\n  ${paragraph(r)}\n- \n  ${words(r, 2)}\n-\tx`;
    default:
      return paragraph(r);
  }
}

const FRONTMATTER = [
  '',
  '---\ntitle: Gen\ntags: [a, b]\n---\n',
  '---\n---\n',
  '---\n- list\n---\n',
  '---\ntitle: [broken\n---\n',
  '---\na: 1\na: 2\n---\n',
  '---\nbase: &b {x: 1}\ncopy: *b\n...\n',
  '---\nnever closed\n',
  '---\ndate: 2024-01-01\nyes: no\nn: 0x10\n---\n',
];

/** One document's bytes; `seed` fully determines it. */
export function generateDocument(seed: number): Uint8Array {
  const r = rng(seed);
  const blocks = Array.from({ length: int(r, 1, 12) }, () => block(r));
  let text = pick(r, FRONTMATTER) + blocks.join(pick(r, ['\n\n', '\n\n', '\n', '\n\n\n']));
  if (r() < 0.3) text += '\n```\nunclosed fence\n';
  else if (r() < 0.8) text += '\n';
  if (r() < 0.15) text = text.replace(/\n/g, '\r\n');
  const bytes = new TextEncoder().encode(text);
  if (r() < 0.1) {
    const withBom = new Uint8Array(bytes.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(bytes, 3);
    return withBom;
  }
  return bytes;
}

/** Entries git cannot hold: symlinks (inside and outside the root) and a `.git` folder. */
export function addTestTimeEntries(root: string, outside: string): void {
  writeFileSync(path.join(outside, 'outside.md'), '# Outside\n');
  symlinkSync('docs/guide.md', path.join(root, 'link-inside.md'));
  symlinkSync(path.join(outside, 'outside.md'), path.join(root, 'link-outside.md'));
  symlinkSync('docs', path.join(root, 'linked-dir'));
  mkdirSync(path.join(root, '.git'), { recursive: true });
  writeFileSync(path.join(root, '.git', 'HEAD.md'), '# not scanned\n');
}
