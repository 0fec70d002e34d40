import { describe, expect, it } from 'vitest';
import { evaluateTargets, type Cell, type CorpusResult } from '../../bench/results.mjs';

const cell = (wallMs: number, cpuMs: number, rssMB = 100): Cell => ({ wallMs, cpuMs, rssMB, runs: 3, minWallMs: wallMs, maxWallMs: wallMs });
const docs = (documents: number, cells: Record<string, Cell>): CorpusResult => ({ kind: 'docs', corpus: { documents, bytes: 1, seed: 1 }, cells });

describe('bench targets from issue #5', () => {
  const results = [
    docs(10_000, { floor: cell(200, 150), native: cell(500, 400), js: cell(3000, 2900), jsfloor: cell(600, 500), peer: cell(30_000, 29_000) }),
    docs(100_000, {
      floor: cell(2000, 1500),
      native: cell(6500, 5000, 250),
      js: { skipped: 'not run above 10000 documents (--js-max)' },
      jsfloor: cell(6000, 5000),
      peer: { skipped: 'not run above 10000 documents (--peer-max)' },
    }),
  ];
  const targets = evaluateTargets(results);
  const find = (name: string, where: string) => targets.find((t) => t.name.startsWith(name) && t.where === where)!;

  it('judges each ratio on wall time and shows the CPU ratio beside it', () => {
    expect(find('native / floor', 'docs 10k')).toMatchObject({ value: 2.5, status: 'missed: 1.25× over the limit' });
    expect(find('native / floor', 'docs 10k').cpu).toBeCloseTo(400 / 150);
    expect(find('js / native', 'docs 10k')).toMatchObject({ value: 6, status: 'met' });
    expect(find('peer / native', 'docs 10k')).toMatchObject({ value: 60, status: 'met' });
    expect(find('js / js floor', 'docs 10k')).toMatchObject({ value: 5, status: 'missed: 1.67× over the limit' });
  });

  it('checks growth per document and peak RSS at 100k', () => {
    expect(find('native time per document', 'docs 10k→100k').value).toBeCloseTo(1.3);
    expect(find('native time per document', 'docs 10k→100k').status).toBe('met');
    expect(find('native peak RSS', 'docs 100k')).toMatchObject({ value: 250, status: 'missed: 1.25× over the limit' });
  });

  it('says why a target was not measured and leaves skipped peers out', () => {
    expect(find('js / native', 'docs 100k').status).toBe('js not run above 10000 documents (--js-max)');
    expect(targets.filter((t) => t.name.startsWith('peer'))).toHaveLength(1);
    const short = evaluateTargets([docs(1000, { floor: cell(100, 50), native: { error: 'exit 2' } })]);
    expect(short.find((t) => t.name.startsWith('native / floor'))!.status).toBe('corpus not run');
    expect(short.find((t) => t.name.startsWith('js / native'))!.status).toBe('js not run');
  });
});
