/** Builds the hostile document tree in a temp folder (never committed: some files are 20+ MB). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EVIL_NAME = 'x\n::error file=evil::y.md';
export const MANY_LINKS = 20_000;
export const LONG_LINE_WORDS = 400_000;
export const DEEP_QUOTES = 1_000;
export const DEEP_LISTS = 100;
/** Markdown that made micromark (the js engine) super-linear; each took 10 s to minutes before the too-complex guard. */
export const PATHOLOGICAL: Record<string, string> = {
  // 48 KB: 58 s (emphasis resolution walks back over every unmatched delimiter).
  'complex-emphasis.md': `# Emphasis\n\n${'*a_'.repeat(16_000)}\n`,
  // 64 KB: 7 s, doubling every 2x (label ends look back for openers).
  'complex-link-closers.md': `# Closers\n\n${'a]'.repeat(32_768)}\n`,
  // 64 KB: 14 s.
  'complex-nested-brackets.md': `# Brackets\n\n${'['.repeat(32_768)}a${']'.repeat(32_768)}\n`,
  // 50 text blocks, each within the budget alone: 50 s together (each unclosed comment scans its block).
  'complex-comments.md': `# Comments\n\n${`${'a <!-- '.repeat(3_000)}\n\n`.repeat(50)}`,
  // 40,000 nested block quotes: 18 s.
  'complex-quotes.md': `# Quotes\n\n${'>'.repeat(40_000)} a\n`,
  // 4,096 nested list items on one line: 8 s.
  'complex-list-line.md': `# Lists\n\n${'- '.repeat(4_096)}a\n`,
  // 650 lines of 200 nested items: over 60 s.
  'complex-list-lines.md': `# Lists\n\n${`${'- '.repeat(200)}a\n`.repeat(650)}`,
  // A quoted paragraph continued by 32,000 lazy lines (0.5 MB): 26 s (each lazy line walks back over the paragraph).
  'complex-lazy.md': `# Lazy\n\n> quote\n${'lazy text line\n'.repeat(32_000)}`,
};
export const HUGE_BYTES = 21 * 1024 * 1024;
/** A file name that is HTML and mentions: must stay inert in summaries and comments. */
export const HTML_NAME = '<img src=x onerror=alert(1)> @octocat.md';
/** Link targets (entity-encoded in the source) that would be HTML, a team mention and a Markdown link if pasted raw. */
export const INJECTED_TARGETS = ['<script>alert(1)</script>.md', '@octo-org/security-team.md', 'x](https://evil.example/steal)[y.md'];

/** Billion laughs: 9 levels of 10 aliases each would expand to 10^9 nodes. */
function aliasBomb(): string {
  const lines = ['---', `l0: &l0 ["lol"]`];
  for (let i = 1; i <= 9; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  return lines.concat('---', '# Bomb', '').join('\n');
}

/** UTF-16 text with its byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

/** Every file of the tree: relative path → content. Symlinks are made separately. */
export function hostileFiles(): Record<string, string | Buffer> {
  const names = ['with space.md', '100%.md', 'a,b.md', 'c:d.md', 'ünïcødé-文档.md', EVIL_NAME];
  const index = [
    '# Hostile tree',
    '',
    ...names.map((n) => `- [${n.replace(/\n/g, ' ')}](./${encodeURI(n).replace(/,/g, '%2C')})`),
    '- [up](../../../../../etc/passwd)',
    '- [js](javascript:alert(document.cookie))',
    '- [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '- <a href="javascript:alert(1)">html js</a>',
    '',
  ].join('\n');
  return {
    'README.md': index,
    'target.md': '# Target\n',
    'yaml-invalid.md': '---\ntitle: [unclosed\nauthor: x\n---\n# Invalid\n',
    'yaml-alias-bomb.md': aliasBomb(),
    'yaml-deep-flow.md': `---\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n# Deep flow\n`,
    'yaml-deep-flow-unclosed.md': `---\nx: ${'{a: '.repeat(50_000)}\n---\n# Deep unclosed\n`,
    'frontmatter-unclosed.md': '---\ntitle: never closed\n\n# Body\n\n[gone](gone.md)\n',
    'empty.md': '',
    'frontmatter-only.md': '---\ntitle: Only\n---\n',
    'binary.md': Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x0a]),
    'invalid-utf8.md': Buffer.concat([Buffer.from('# Title\n\nline two\nbad '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' here\n')]),
    'utf16le.md': utf16('# UTF-16 LE\n\n[x](gone.md)\n', 'le'),
    'utf16be.md': utf16('# UTF-16 BE\n', 'be'),
    'crlf-bom.md': '\uFEFF---\r\ntitle: CRLF\r\n---\r\n# CRLF and BOM\r\n\r\nText [broken](nope.md) here.\r\n',
    'huge.md': Buffer.alloc(HUGE_BYTES, '# huge\n\nwords and words\n'),
    'long-line.md': `# Long\n\n${'word '.repeat(LONG_LINE_WORDS)}[end](missing-long.md)\n`,
    // 100 links per line and paragraph: one paragraph of 20,000 links is over the too-complex budget (docs/hardening.md).
    'many-links.md': `# Many\n\n${`${'[t](target.md) '.repeat(100)}\n\n`.repeat((MANY_LINKS - 100) / 100)}${'[t](target.md) '.repeat(99)}[last](missing-many.md)\n`,
    'deep-quote.md': `# Quote\n\n${'>'.repeat(DEEP_QUOTES)} [deep](missing-quote.md)\n`,
    ...PATHOLOGICAL,
    'deep-list.md': `# List\n\n${Array.from({ length: DEEP_LISTS }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')} [deep](missing-list.md)\n`,
    ...Object.fromEntries(names.map((n) => [n, `# ${n.replace(/\n/g, ' ')}\n\n[home](README.md)\n`])),
    'sub/.keep': '',
    [HTML_NAME]: '# Orphan with a crafted name\n',
    'inject.md': [
      '---',
      'title: "<script>alert(1)</script> @octocat"',
      '---',
      '# Inject @octocat',
      '',
      '[a](&lt;script&gt;alert(1)&lt;/script&gt;.md)',
      '[b](@octo-org/security-team.md)',
      '[c](x&#93;&#40;https://evil.example/steal&#41;&#91;y.md)',
      '',
    ].join('\n'),
  };
}

/** Symlinks: a loop of two files, a loop of a folder onto its parent, dangling, and two pointing outside the root. */
export const SYMLINKS: Record<string, string> = {
  'loop-a.md': 'loop-b.md',
  'loop-b.md': 'loop-a.md',
  'sub/loop-dir': '..',
  'dangling.md': 'nowhere.md',
  'outside.md': '/etc/passwd',
  'outside-dir': '/etc',
  'climb.md': '../../../etc/hostname',
};

export function buildHostileTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'docward-hostile-'));
  for (const [name, content] of Object.entries(hostileFiles())) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  for (const [name, target] of Object.entries(SYMLINKS)) symlinkSync(target, path.join(root, name));
  return root;
}
