// The hostile tree (test/hardening/hostile-tree.ts) scanned by both engines through the whole pipeline: every case
// gives a clear finding (rule, path, line) or a per-file problem, the same on both engines, with no crash, nothing
// read outside the root, and within time and memory bounds. docs/hardening.md lists what each case reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { runDocward, type RunResult } from '../../src/pipeline.js';
import type { Finding } from '../../src/findings.js';
import { loadNative } from '../../src/engine/native.js';
import { selectEngine } from '../../src/engine/index.js';
import { buildHostileTree, DEEP_LISTS, DEEP_QUOTES, EVIL_NAME, HTML_NAME, HUGE_BYTES, LONG_LINE_WORDS, PATHOLOGICAL, SYMLINKS } from './hostile-tree.js';
import { extractDocument } from '../../src/engine/js/index.js';

type EngineName = 'native' | 'js';
const ENGINES: EngineName[] = ['native', 'js'];
/** Hang guards for the whole tree, not speed targets (speed is measured by `npm run bench`): a hostile input that
 * makes an engine go quadratic or loop blows far past these even on a loaded 2-core CI runner. */
const BOUND_MS: Record<EngineName, number> = { native: 30_000, js: 120_000 };
/** Peak resident memory of this test process after the scan. */
const BOUND_RSS_MB = 2_500;

let root: string;
const runs: Partial<Record<EngineName, { result: RunResult; ms: number; rssMb: number }>> = {};
const NOW = new Date('2026-11-25T12:00:00Z');

// Both scans run here, before any case reads them: a case never depends on another `it` having run
// (a failing scan fails every case, loudly, instead of leaving later ones to read nothing).
beforeAll(async () => {
  root = buildHostileTree();
  for (const engine of ENGINES) {
    const started = performance.now();
    const result = await runDocward({ root, engine, now: NOW });
    const ms = performance.now() - started;
    runs[engine] = { result, ms, rssMb: process.resourceUsage().maxRSS / 1024 };
  }
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function findingsOf(engine: EngineName, path: string): Finding[] {
  const run = runs[engine];
  if (!run) throw new Error(`the ${engine} scan did not complete`);
  return run.result.report.findings.filter((f) => f.path === path && f.rule !== 'orphan');
}

const show = (f: Finding) => `${f.rule} ${f.line}:${f.column} ${f.message}`;
const problem = (kind: string, message: string, line = 1) => `file-problem ${line}:1 not checked (${kind}): ${message}`;
const broken = (line: number, column: number, target: string, resolved = target) =>
  `link-broken ${line}:${column} link target "${target}" does not exist (resolved to "${resolved}")`;
const stripped = (line: number, column: number, target: string, scheme: string) =>
  `link-broken ${line}:${column} link target "${target}" uses the ${scheme}: scheme, which GitHub removes when rendering (the link goes nowhere)`;

/** Each hostile case: the findings (orphans aside) both engines must report for it, exactly. */
const CASES: { name: string; path: string; expected: string[] }[] = [
  { name: 'invalid YAML: one frontmatter-invalid inside the block (position per YAML library)', path: 'yaml-invalid.md', expected: [] },
  { name: 'YAML alias-expansion bomb (10^9 nodes): stopped at the limit', path: 'yaml-alias-bomb.md', expected: [] },
  {
    name: 'flow collections nested 100,000 deep: the nesting error at level 65',
    path: 'yaml-deep-flow.md',
    expected: ['frontmatter-invalid 2:67 invalid frontmatter: YAML nesting deeper than 64 levels'],
  },
  {
    name: 'unclosed flow mappings nested 50,000 deep: the nesting error at level 65',
    path: 'yaml-deep-flow-unclosed.md',
    expected: ['frontmatter-invalid 2:256 invalid frontmatter: YAML nesting deeper than 64 levels'],
  },
  {
    name: 'frontmatter that never closes: reported, and the body is still checked',
    path: 'frontmatter-unclosed.md',
    expected: ["frontmatter-invalid 1:1 invalid frontmatter: frontmatter is not closed: no line '---' or '...' after line 1", broken(6, 1, 'gone.md')],
  },
  { name: 'empty file: no H1', path: 'empty.md', expected: ['heading-h1 1:1 no H1 heading and no frontmatter "title"'] },
  { name: 'frontmatter-only file: its title counts, nothing else to check', path: 'frontmatter-only.md', expected: [] },
  { name: 'binary file named .md', path: 'binary.md', expected: [problem('binary', 'binary file: NUL byte at offset 4')] },
  {
    name: 'invalid UTF-8: the line of the first bad byte',
    path: 'invalid-utf8.md',
    expected: [problem('encoding', 'invalid UTF-8 on line 4; convert to UTF-8', 4)],
  },
  { name: 'UTF-16 LE with BOM', path: 'utf16le.md', expected: [problem('encoding', 'UTF-16 LE (BOM) is not supported; convert to UTF-8')] },
  { name: 'UTF-16 BE with BOM', path: 'utf16be.md', expected: [problem('encoding', 'UTF-16 BE (BOM) is not supported; convert to UTF-8')] },
  { name: 'CRLF line endings and a UTF-8 BOM: lines and columns as without them', path: 'crlf-bom.md', expected: [broken(6, 6, 'nope.md')] },
  {
    name: `a ${HUGE_BYTES / 1024 / 1024} MB document: not read, over the 10 MB default`,
    path: 'huge.md',
    expected: [problem('too-large', `file is ${HUGE_BYTES} bytes, over the limit of 10485760 bytes`)],
  },
  {
    name: `a ${(LONG_LINE_WORDS * 5) / 1e6} MB single line: the link at its end, column exact`,
    path: 'long-line.md',
    expected: [broken(3, LONG_LINE_WORDS * 5 + 1, 'missing-long.md')],
  },
  {
    name: '20,000 links in one file: the one broken link among them',
    path: 'many-links.md',
    expected: [broken(401, 99 * '[t](target.md) '.length + 1, 'missing-many.md')],
  },
  { name: `block quotes nested ${DEEP_QUOTES} deep`, path: 'deep-quote.md', expected: [broken(3, DEEP_QUOTES + 2, 'missing-quote.md')] },
  {
    name: `lists nested ${DEEP_LISTS} deep`,
    path: 'deep-list.md',
    expected: [broken(DEEP_LISTS + 2, 2 * (DEEP_LISTS - 1) + `- item ${DEEP_LISTS - 1} `.length + 1, 'missing-list.md')],
  },
  ...(
    [
      ['complex-emphasis.md', 3, 'inline', 1_024_000_000],
      ['complex-link-closers.md', 3, 'inline', 1_073_741_824],
      ['complex-nested-brackets.md', 3, 'inline', 4_294_967_296],
      ['complex-comments.md', 5, 'inline', 18_000_000],
      ['complex-quotes.md', 3, 'nesting', 1_600_080_001],
      ['complex-list-line.md', 3, 'nesting', 67_108_864],
      ['complex-list-lines.md', 28, 'nesting', 4_160_000],
      ['complex-lazy.md', 2004, 'lazy', 4_004_001],
    ] as const
  ).map(([path, line, kind, sum]) => ({
    name: `pathological Markdown ${path}: refused as too complex at line ${line}, the same on both engines`,
    path,
    expected: [
      problem(
        'too-complex',
        kind === 'inline'
          ? `too many inline markers: by the text block starting on line ${line}, the squared counts of * _ ~ [ ] < \` per text block add up to ${sum}, over the limit of 9000000`
          : kind === 'lazy'
            ? `lazy continuation too long: by line ${line}, the squared lengths of runs of lines continuing a paragraph without its block quote or list prefix add up to ${sum}, over the limit of 4000000`
            : `nesting too deep: by line ${line}, the squared widths of line prefixes (block quote markers, list markers, indentation) add up to ${sum}, over the limit of 4000000`,
        line,
      ),
    ],
  })),
  ...['with space.md', '100%.md', 'a,b.md', 'c:d.md', 'ünïcødé-文档.md', EVIL_NAME].map((path) => ({
    name: `file name ${JSON.stringify(path)}: linked by its encoded name, links back`,
    path,
    expected: [],
  })),
  ...Object.entries(SYMLINKS)
    .filter(([name]) => name.endsWith('.md'))
    .map(([path, target]) => ({
      name: `symlink ${path} -> ${target}: not followed`,
      path,
      expected: [
        problem('symlink', `symbolic link to ${target}, not followed${target.startsWith('/') || target.startsWith('../') ? ' (points outside the root)' : ''}`),
      ],
    })),
  {
    name: 'links climbing past the root, javascript: and data: URLs (Markdown and HTML)',
    path: 'README.md',
    expected: [
      'link-broken 9:3 link target "../../../../../etc/passwd" climbs above the repository root',
      stripped(10, 3, 'javascript:alert(document.cookie)', 'javascript'),
      stripped(11, 3, 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'),
      stripped(12, 3, 'javascript:alert(1)', 'javascript'),
    ],
  },
  {
    name: 'link targets that are HTML, a team mention and Markdown link syntax: plain findings (reporters escape them)',
    path: 'inject.md',
    expected: [
      broken(6, 1, '<script>alert(1)</script>.md'),
      broken(7, 1, '@octo-org/security-team.md'),
      broken(8, 1, 'x](https://evil.example/steal)[y.md', 'x](https:/evil.example/steal)[y.md'),
    ],
  },
];

describe('the hostile tree', () => {
  it('loads the native engine (its absence is a failure, not a skip)', () => {
    const native = loadNative();
    expect(native.ok ? 'loaded' : native.reason).toBe('loaded');
  });

  it.each(ENGINES)('%s engine: the whole tree is scanned without a crash, within time and memory bounds', (engine) => {
    const { result, ms, rssMb } = runs[engine]!;
    console.info(`hostile tree, ${engine}: ${ms.toFixed(0)} ms, peak RSS ${rssMb.toFixed(0)} MB, ${result.report.findings.length} findings`);
    expect(ms).toBeLessThan(BOUND_MS[engine]);
    expect(rssMb).toBeLessThan(BOUND_RSS_MB);
    expect(result.report.stats.documents).toBe(result.listing.documentPaths.length);
  });

  it.each(CASES)('$name', ({ path, expected }) => {
    for (const engine of ENGINES) {
      const found = findingsOf(engine, path).map(show);
      if (path === 'yaml-invalid.md') {
        // The contract lets the two YAML libraries word and place other syntax errors differently, inside the block.
        expect(found, engine).toHaveLength(1);
        expect(found[0], engine).toMatch(/^frontmatter-invalid [23]:\d+ invalid frontmatter: \S/);
      } else if (path === 'yaml-alias-bomb.md') {
        expect(found, engine).toEqual([expect.stringMatching(/^frontmatter-invalid \d+:\d+ invalid frontmatter: YAML alias expansion limit exceeded$/)]);
      } else {
        expect(found, engine).toEqual(expected);
      }
    }
    if (path !== 'yaml-invalid.md') expect(findingsOf('js', path).map(show)).toEqual(findingsOf('native', path).map(show));
  });

  it.each(Object.keys(PATHOLOGICAL))('%s: the js engine refuses it quickly (hang guard; it took 7 s to minutes before)', (name) => {
    const started = performance.now();
    const doc = extractDocument(name, Buffer.from(PATHOLOGICAL[name]!));
    expect(doc.problem?.kind).toBe('too-complex');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('both engines list the same paths; symlinked folders (a loop, one outside the root) are listed, never entered', () => {
    const [native, js] = ENGINES.map((e) => runs[e]!.result.listing);
    expect(js!.paths).toEqual(native!.paths);
    expect(js!.dirs).toEqual(native!.dirs);
    for (const scan of [native!, js!]) {
      expect(scan.paths).toContain('outside-dir');
      expect(scan.paths).toContain('sub/loop-dir');
      expect(scan.dirs).not.toContain('outside-dir');
      expect(scan.paths.filter((p) => p.startsWith('outside-dir/') || p.startsWith('sub/loop-dir/'))).toEqual([]);
    }
  });

  it('nothing outside the root is read: no byte of /etc/passwd reaches facts or findings', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    expect(passwd.length).toBeGreaterThan(5);
    for (const engine of ENGINES) {
      const { listing, report } = runs[engine]!.result;
      // The pipeline drops facts batch by batch: the engine's whole scan shows what it extracted.
      const scan = await selectEngine(engine).engine.scan({ root });
      expect(JSON.stringify(scan)).not.toContain(passwd);
      expect(JSON.stringify(listing)).not.toContain(passwd);
      expect(JSON.stringify(report)).not.toContain(passwd);
    }
  }, 180_000);

  it('every matched document is accounted for: facts or a problem, never dropped', () => {
    for (const engine of ENGINES) {
      // The runner fails unless every listed document was delivered; stats count those delivered.
      const { listing, report } = runs[engine]!.result;
      expect(report.stats.documents, engine).toBe(listing.documentPaths.length);
      const documents = new Set(listing.documentPaths);
      const expected = listing.paths.filter((p) => p.endsWith('.md') && !listing.dirs.includes(p));
      expect([...documents].sort(), engine).toEqual([...expected].sort());
    }
  });

  it('orphans are the same on both engines (the crafted names included)', () => {
    const orphans = (engine: EngineName) => runs[engine]!.result.report.findings.filter((f) => f.rule === 'orphan').map((f) => f.path);
    expect(orphans('js')).toEqual(orphans('native'));
    expect(orphans('native')).toContain(HTML_NAME);
    expect(orphans('native')).not.toContain(EVIL_NAME);
  });
});
