/**
 * The rules give the same findings, in the same order, however the scan is cut into batches: one
 * document at a time (every cross-document check waits for later documents), 7, or all at once;
 * and fed from `engine.stream` as the pipeline does. Fixture repositories on both engines, then
 * random facts.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentFacts, ScanResult } from '../../src/engine/contract.js';
import { jsEngine, selectEngine, type Engine } from '../../src/engine/index.js';
import { loadConfig, type ResolvedConfig } from '../../src/config/load.js';
import { loadSite } from '../../src/sites/load.js';
import { linkSettings } from '../../src/sites/settings.js';
import { RuleRunner, runRules, type RunContext } from '../../src/rules/run.js';
import type { Finding } from '../../src/findings.js';
import { NOW, scanOf } from './facts.js';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const dirsOf = (folder: string) =>
  readdirSync(path.join(FIXTURES, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(folder, d.name));
const ROOTS: { root: string; preset?: string }[] = [
  ...['rules', 'sites', 'repos'].flatMap(dirsOf).map((root) => ({ root })),
  { root: 'cde-repo', preset: 'cde' },
  { root: 'cde-repo', preset: 'strict' },
];

const engines: Engine[] = [jsEngine];
try {
  engines.push(selectEngine('native').engine);
} catch (error) {
  it.skip(`native engine (unavailable: ${(error as Error).message})`, () => {});
}

const everyBatchSize = (scan: ScanResult) => [1, 7, Math.max(1, scan.documents.length)];

describe.each(ROOTS)('fixtures/$root ($preset)', ({ root: name, preset }) => {
  const root = path.join(FIXTURES, name);
  it.each(engines.map((e) => [e.name, e] as const))('%s engine: batches of 1, 7, all and the stream give identical findings', async (_name, engine) => {
    const config = await loadConfig(root, { preset });
    const options = { root, include: config.include, exclude: config.exclude, maxFileBytes: config.maxFileBytes };
    const scan = await engine.scan(options);
    const { site } = await loadSite(root, scan, config.links);
    const ctx: RunContext = { now: NOW, site };
    const [first, ...others] = everyBatchSize(scan).map((size) => runRules(scan, config, ctx, size));
    expect(first!.length).toBeGreaterThan(0);
    for (const findings of others) expect(findings).toEqual(first);

    const stream = await engine.stream(options);
    const runner = new RuleRunner(stream, config, ctx);
    for (let batch = await stream.next(); batch; batch = await stream.next()) runner.add(batch);
    expect(runner.finish()).toEqual(first);
  });
});

describe('random facts', () => {
  const paths = ['README.md', 'a.md', 'docs/README.md', 'docs/b.md', 'docs/sub/c.md', 'z.md'];
  const fragment = fc.constantFrom('', '#intro', '#Intro', '#setup-1', '#x', '#top', '#user-content-intro');
  const target = fc.oneof(
    fc.tuple(fc.constantFrom(...paths, 'docs', 'docs/sub', 'missing.md', '../README.md', 'DOCS/B.md', ''), fragment).map(([p, f]) => p + f),
    fc.constantFrom('https://x.org', '#intro'),
  );
  const text = fc.constantFrom('Intro', 'Setup', 'Setup', 'x', 'Ünïcode');
  const facts = (path: string): fc.Arbitrary<DocumentFacts> =>
    fc
      .record({
        problem: fc.boolean(),
        headings: fc.array(fc.record({ text, line: fc.integer({ min: 1, max: 20 }) }), { maxLength: 4 }),
        anchors: fc.array(fc.constantFrom('x', 'Intro', 'anchor'), { maxLength: 2 }),
        // The contract (src/engine/contract.ts): no two links of a document start at the same line and column.
        links: fc.uniqueArray(fc.record({ target, line: fc.integer({ min: 1, max: 20 }), column: fc.integer({ min: 1, max: 5 }) }), {
          maxLength: 5,
          selector: (l) => `${l.line}:${l.column}`,
        }),
        suppressions: fc.array(
          fc.record({
            directive: fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-file'),
            rules: fc.subarray(['link-anchor', 'orphan', 'link-broken']),
            line: fc.integer({ min: 1, max: 20 }),
          }),
          { maxLength: 2 },
        ),
        data: fc.option(fc.record({ slug: fc.constantFrom('/a', 'x', 'intro'), id: fc.constantFrom('b', 'c'), orphan: fc.boolean() }, { requiredKeys: [] }), {
          nil: undefined,
        }),
      })
      .map((r) => ({
        path,
        bytes: 10,
        lines: 20,
        ...(r.problem ? { problem: { kind: 'binary' as const, message: 'binary file: NUL byte at offset 0' } } : {}),
        frontmatter:
          r.problem || r.data === undefined ? undefined : { line: 1, endLine: 3, data: r.data, keys: Object.keys(r.data).map((key) => ({ key, line: 2 })) },
        headings: r.problem ? [] : r.headings.map((h) => ({ level: 2, text: h.text, line: h.line, column: 1, style: 'atx' as const })),
        // The contract lists links in source order (late findings rely on it).
        links: r.problem ? [] : r.links.map((l) => ({ kind: 'inline' as const, image: false, ...l })).sort((a, b) => a.line - b.line || a.column - b.column),
        codeBlocks: [],
        anchors: r.problem ? [] : r.anchors.map((id) => ({ id, line: 1, column: 1 })),
        suppressions: r.problem ? [] : r.suppressions.map((s) => ({ ...s, column: 1 })),
        metrics: { words: 10, headings: r.headings.length, links: r.links.length, codeBlocks: 0 },
      }));

  it('any batch size gives the findings of one batch, in GitHub and a site mode', async () => {
    const recommended = await loadConfig('/nonexistent-docward-root', {});
    const strict = await loadConfig('/nonexistent-docward-root', { preset: 'strict' });
    const contexts: RunContext[] = [
      { now: NOW },
      { now: NOW, site: { settings: linkSettings('docusaurus', { contentRoot: 'docs' }), navigation: [] } },
      { now: NOW, site: { settings: linkSettings('mkdocs', { contentRoot: 'docs' }), navigation: [] } },
    ];
    const configs: ResolvedConfig[] = [recommended, strict];
    fc.assert(
      fc.property(fc.tuple(...paths.map(facts)), fc.integer({ min: 1, max: 5 }), (docs, size) => {
        const scan = scanOf(docs);
        for (const config of configs) {
          for (const ctx of contexts) {
            const whole: Finding[] = runRules(scan, config, ctx, scan.documents.length);
            expect(runRules(scan, config, ctx, size)).toEqual(whole);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
