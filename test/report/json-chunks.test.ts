import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { LONG_ARRAY, prettyJsonChunks, writePrettyJson } from '../../src/report/json-chunks.js';
import { renderJson } from '../../src/report/json.js';
import { buildSarif, renderSarif } from '../../src/report/sarif.js';
import { finding, makeReport, manyFindings } from './make-report.js';

const joined = (value: unknown) => [...prettyJsonChunks(value)].join('');
const stringified = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('prettyJsonChunks', () => {
  it('matches JSON.stringify(value, null, 2) on arbitrary JSON values', () => {
    fc.assert(
      // Long arrays at some depth, so the piecewise path runs and not only the one-call one.
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: LONG_ARRAY + 1, maxLength: LONG_ARRAY + 3 }), (small, long) => {
        const value = { small, nested: [{ long, small }], long };
        expect([...prettyJsonChunks(value)].length).toBeGreaterThan(LONG_ARRAY);
        expect(joined(small)).toBe(stringified(small));
        expect(joined(value)).toBe(stringified(value));
      }),
      { numRuns: 200 },
    );
  });

  it('skips what JSON.stringify skips and writes null where it writes null', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      nested: { sym: Symbol('x'), list: [undefined, () => 2, { a: [] }, new Date(0)], empty: {} },
      sparse: [1, , { b: { c: 'line\nbreak "quoted" \u2028' } }], // eslint-disable-line no-sparse-arrays
      long: Array.from({ length: LONG_ARRAY + 2 }, (_, i) => [undefined, () => i, Symbol('s'), { i, gone: undefined, d: new Date(i) }, []][i % 5]),
      deep: { skipped: undefined, inner: { list: new Array(LONG_ARRAY + 1) } },
      onlySkipped: { x: undefined, y: { z: undefined } },
      date: new Date(86_400_000),
    };
    expect(joined(value)).toBe(stringified(value));
  });

  it('renders a report and its SARIF byte-identical to the one-string renderers, in more than one piece', () => {
    const report = makeReport([...manyFindings(300, 7), finding('dïr/ünïcode 📄.md', 3, 'link-broken', 'error', 'tab\there "x"')]);
    const chunks = [...prettyJsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(300);
    expect(chunks.join('')).toBe(renderJson(report));
    expect(joined(buildSarif(report))).toBe(renderSarif(report));
  });
});

describe('writePrettyJson', () => {
  it('writes the same bytes as renderJson to a file, across several flushes', () => {
    const report = makeReport(manyFindings(20_000, 50));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'docward-json-')), 'report.json');
    writePrettyJson(report, file);
    const expected = renderJson(report);
    expect(expected.length).toBeGreaterThan(2 * (1 << 20));
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
