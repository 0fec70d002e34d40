import { describe, expect, it, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleFindings, precisionByGroup, indexLabels, falseCauses, ruleGroup, type Finding } from '../../bench/corpora-sample.mjs';
import { documentLinks, mutateDestination, chooseMutations, applyMutations, mutationRecall, MUTANT } from '../../bench/corpora-mutate.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'docward-corpora-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finding = (rule: string, p: string, line: number, severity = 'error'): Finding => ({ rule, severity, path: p, line });

describe('corpora samples and precision', () => {
  const findings = Array.from({ length: 200 }, (_, i) => finding(i % 2 ? 'link-broken' : 'orphan', `d${i}.md`, i + 1, i % 2 ? 'error' : 'warning'));

  it('samples each rule group by seed, and a subset keeps the sampled findings it still holds', () => {
    const a = sampleFindings(findings, { seed: '1', corpus: 'c', size: 30 });
    expect(a['link-broken']!.sample).toHaveLength(30);
    expect(a['orphan']!.total).toBe(100);
    expect(sampleFindings(findings, { seed: '1', corpus: 'c', size: 30 })).toEqual(a);
    expect(sampleFindings(findings, { seed: '2', corpus: 'c', size: 30 })['orphan']!.sample).not.toEqual(a['orphan']!.sample);
    const subset = findings.filter((_, i) => i % 3 !== 0);
    const b = sampleFindings(subset, { seed: '1', corpus: 'c', size: 30 });
    const kept = a['link-broken']!.sample.filter((f) => subset.includes(f));
    for (const f of kept) expect(b['link-broken']!.sample).toContainEqual(f);
  });

  it('counts true, false and unsure labels of findings present, lists unlabelled samples and ranks causes', () => {
    const samples = sampleFindings(findings, { seed: '1', corpus: 'c', size: 5 });
    const [s0, s1, s2] = samples['link-broken']!.sample;
    const labels = indexLabels(
      [
        { rule: s0!.rule, path: s0!.path, line: s0!.line, real: true, reason: 'target missing' },
        { rule: s1!.rule, path: s1!.path, line: s1!.line, real: false, cause: 'hugo mount', reason: 'mounted' },
        { rule: s2!.rule, path: s2!.path, line: s2!.line, real: true, reason: 'unsure: maybe redirected' },
        { rule: 'link-broken', path: 'gone.md', line: 1, real: false, cause: 'x', reason: 'no longer reported' },
      ],
      'labels.json',
    );
    const p = precisionByGroup(samples, findings, labels)['link-broken']!;
    expect([p.true, p.false, p.unsure]).toEqual([1, 1, 1]);
    expect(p.precision).toBe(0.5);
    expect(p.unlabelled).toHaveLength(2);
    expect(p.severity['error']).toEqual({ true: 1, false: 1, unsure: 1 });
    expect(falseCauses(findings, labels)).toEqual([
      { cause: 'hugo mount', count: 1, rules: { 'link-broken': 1 }, example: `${s1!.path}:${s1!.line}`, estimated: 0 },
    ]);
    // 1 of 3 labelled link-broken findings, of 100: about 33 findings.
    expect(falseCauses(findings, labels, precisionByGroup(samples, findings, labels))[0]!.estimated).toBe(33);
    expect(() =>
      indexLabels(
        [
          { rule: 'orphan', path: 'a.md', line: 1, real: true },
          { rule: 'orphan', path: 'a.md', line: 1, real: false },
        ],
        'l.json',
      ),
    ).toThrow(/two labels for orphan a.md:1/);
    expect(ruleGroup('heading-h1')).toBe('heading-*');
    expect(ruleGroup('doc-size')).toBe('others');
  });
});

describe('corpora mutation recall', () => {
  it('renames targets and fragments as written, keeping extension, slash, query and fragment', () => {
    expect(mutateDestination('../guide/intro.md#setup', 'target', 3)).toBe(`../guide/${MUTANT}3.md#setup`);
    expect(mutateDestination('/docs/intro/', 'target', 1)).toBe(`/docs/${MUTANT}1/`);
    expect(mutateDestination('page.md?x=1#a', 'fragment', 2)).toBe(`page.md?x=1#${MUTANT}2`);
    expect(mutateDestination('#only', 'target', 0)).toBeNull();
    expect(mutateDestination('page.md', 'fragment', 0)).toBeNull();
    expect(mutateDestination('..', 'target', 0)).toBeNull();
  });

  it('finds inline links and used definitions (with the lines that use them), not code or unused definitions', () => {
    const src = '# T\n\nSee [a](a.md) and [b][ref].\n\n```\n[c](c.md)\n```\n\n[ref]: b.md#x\n[unused]: u.md\n\nA [wrapped\ntext](w.md#y).\n';
    const links = documentLinks(src);
    expect(links.map((l) => [l.raw, l.lines])).toEqual([
      ['a.md', [3]],
      ['b.md#x', [9, 3]],
      ['w.md#y', [13, 12]],
    ]);
  });

  it('reports every mutated link of a small GitHub-style tree at its line with the committed CLI', () => {
    const root = path.join(dir, 'tree');
    mkdirSync(path.join(root, 'guide'), { recursive: true });
    writeFileSync(path.join(root, 'README.md'), '# Home\n\n- [Intro](guide/intro.md)\n- [Setup](guide/intro.md#setup)\n- [Ref][r]\n\n[r]: guide/ref.md#api\n');
    writeFileSync(path.join(root, 'guide', 'intro.md'), '# Intro\n\n## Setup\n\nBack [home](../README.md#home).\n');
    writeFileSync(path.join(root, 'guide', 'ref.md'), '# Ref\n\n## API\n\nSee [setup](intro.md#setup).\n');
    const cli = path.resolve('dist/cli.js');
    const scan = (r: string): Finding[] =>
      JSON.parse(execFileSync(process.execPath, [cli, 'scan', r, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' })).findings;
    const baseline = scan(root);
    expect(baseline.filter((f) => f.rule.startsWith('link-'))).toEqual([]);
    const mutations = chooseMutations(root, baseline, { seed: '1', corpus: 'tree', count: 2 });
    expect(mutations.filter((m) => m.kind === 'target')).toHaveLength(2);
    expect(mutations.filter((m) => m.kind === 'fragment')).toHaveLength(2);
    const copy = path.join(dir, 'copy');
    cpSync(root, copy, { recursive: true });
    applyMutations(copy, mutations);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).not.toContain(MUTANT);
    const recall = mutationRecall(mutations, scan(copy));
    expect(recall.missed).toEqual([]);
    expect(recall.byKind['target']).toEqual({ mutated: 2, reported: 2, recall: 1 });
    expect(recall.byKind['fragment']).toEqual({ mutated: 2, reported: 2, recall: 1 });
  });
});
