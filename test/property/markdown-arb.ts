/** fast-check arbitraries: Markdown documents mixing the contract's constructs (links, headings, code, HTML, tables, lists, frontmatter). */
import fc from 'fast-check';

const word = fc.constantFrom(
  'alpha',
  'Beta',
  'délta',
  '日本語',
  '😀',
  'e\u0301',
  'a_b',
  'x',
  '&amp;',
  '&copy;',
  '&#35;',
  '\\*',
  'AT&T',
  '1.',
  '-',
  '+',
  'tab\tx',
  '\u00a0',
  '|',
);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const target = fc.constantFrom(
  'a.md',
  '../b.md#sec',
  '<c d.md>',
  'https://example.com/x?y=1&z=2',
  'mailto:me@example.com',
  '#anchor',
  'img/p.png',
  'caf&#233;.md',
  'a\\_b.md',
  'javascript:alert(1)',
  'data:text/html,x',
  '../../../../etc/passwd',
  '<>',
);
const label = fc.constantFrom('Ref', 'ref', 'Other Label', 'ÄÖÜ');

const inline: fc.Arbitrary<string> = fc.oneof(
  words,
  fc.tuple(words, target).map(([t, d]) => `[${t}](${d})`),
  fc.tuple(words, target).map(([t, d]) => `![${t}](${d} "title")`),
  fc.tuple(label, label).map(([a, b]) => `[${a}][${b}]`),
  label.map((l) => `[${l}][]`),
  fc.nat(9).map((n) => `<https://auto.example/${n}>`),
  fc.nat(9).map((n) => `<user${n}@example.org>`),
  fc.constantFrom('`code`', '`[x](y)`', '`` a ` b ``', '`<a href="z">`'),
  fc.tuple(fc.constantFrom('h.md', 'x&amp;y', "q'uote"), fc.nat(5), words).map(([h, i, t]) => `<a href="${h}" id="i${i}">${t}</a>`),
  fc.constantFrom("<img src='p.png' name=n1>", '<span id=x>', '</span>', '<br/>', '<!-- c -->'),
  fc
    .tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-file', 'oops'), fc.constantFrom('', 'r1', 'r1, r2'))
    .map(([d, r]) => `<!-- docward-${d} ${r} -->`),
  words.map((t) => `*${t}* **${t}** ~~${t}~~`),
  fc.constantFrom('\\[not](link.md)', '[^1]', 'text  ', 'a\\', '[[nested](a.md)](b.md)'),
  // Hugo ref/relref shortcodes (contract: LinkKind `shortcode`), valid and near misses, split or joined by the generator.
  fc.constantFrom(
    '[r]({{< ref "a.md" >}})',
    '{{% relref path="b#x" lang=fr %}}',
    '{{</* ref "c" */>}}',
    '{{< ref `d e` />}}',
    '{{< ref "é\\"f" >}}',
    '{{< ref "{{g" >}}',
    '{{<ref',
    'h>}}',
    '{{',
  ),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    line,
    fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
    fc.tuple(line, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`),
    fc
      .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'ts title="x"', 'a&amp;b'), line)
      .map(([f, l, t]) => `${f}${l}\n# not a heading\n${t}\n${f}`),
    // Followed by a paragraph: after indented code, micromark applies paragraph-interruption rules to the
    // next line (known difference, native/vendor/pulldown-cmark/PATCHES.md).
    line.map((t) => `    ${t}\n\nafter code`),
    fc
      .tuple(fc.constantFrom('- ', '* ', '1. ', '1) ', '- [ ] ', '- [x] '), fc.array(tie('block'), { minLength: 1, maxLength: 3 }))
      .map(([m, items]) => items.map((b) => m + b.replace(/\n/g, `\n${' '.repeat(m.length)}`)).join('\n')),
    tie('block').map((b) => b.replace(/^/gm, '> ')),
    fc.tuple(words, words).map(([a, b]) => `| ${a} | b |\n|---|:-:|\n| ${b} | [l](t.md) |`),
    fc.tuple(label, target).map(([l, d]) => `[${l}]: ${d}`),
    line.map((t) => `[^1]: ${t}`),
    fc.tuple(fc.nat(5), target).map(([i, d]) => `<div id="d${i}">\n<a href="${d}">x</a>\n</div>`),
    fc.constantFrom('***', '<!-- docward-disable-file r -->', ''),
  ),
})).block;

const yamlValue = fc.oneof(
  words.map((w) => JSON.stringify(w)),
  fc.integer().map(String),
  fc.constantFrom('true', 'null', '2024-01-02', 'yes', '[a, b]', '{k: v}', '~', '1e3', '.inf'),
);
const frontmatter = fc
  .array(fc.tuple(fc.constantFrom('title', 'tags', 'date', 'owner', 'x'), yamlValue), { maxLength: 4 })
  .map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n${''}---\n`);

export const markdownDocument = fc
  .record({
    bom: fc.boolean(),
    frontmatter: fc.option(frontmatter, { nil: undefined }),
    blocks: fc.array(block, { maxLength: 8 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, frontmatter: fm, blocks, crlf, finalNewline }) => {
    let text = (fm ?? '') + blocks.join('\n\n') + (finalNewline ? '\n' : '');
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return (bom ? '\uFEFF' : '') + text;
  });
