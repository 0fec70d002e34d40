import { describe, expect, it } from 'vitest';
import { decodeRunData, encodeRunData } from '../../src/report/previous-run.js';
import { fingerprintFindings } from '../../src/report/fingerprint.js';
import { finding } from './make-report.js';

/** The earlier format: base64 JSON, as comments written before the compact one carry it. */
const v1 = (data: object) => `<!-- docward:data:${Buffer.from(JSON.stringify({ v: 1, ...data })).toString('base64')} -->`;

describe('run data in the sticky comment', () => {
  const prints = fingerprintFindings([
    ...Array.from({ length: 400 }, (_, i) => finding(`docs/p${i}.md`, 3, 'link-broken', 'error', `gone ${i}`)),
    finding('a.md', 1, 'link-broken', 'error', 'same'),
    finding('a.md', 9, 'link-broken', 'error', 'same'),
  ]);

  it('round-trips the score and every fingerprint, repeats included, in about half the characters of the earlier format', () => {
    const compact = encodeRunData({ score: 73, fingerprints: prints });
    expect(prints.at(-1)).toMatch(/:1$/);
    expect(decodeRunData(`text\n${compact}\n`)).toEqual({ score: 73, fingerprints: prints });
    expect(compact.length).toBeLessThan(v1({ score: 73, fingerprints: prints }).length * 0.55);
    // Nothing inside can end the HTML comment early.
    expect(compact.slice(4, -3)).not.toMatch(/--|>/);
    expect(decodeRunData(encodeRunData({ score: 5 }))).toEqual({ score: 5, fingerprints: undefined });
    expect(decodeRunData(encodeRunData({ score: 5, fingerprints: [] }))).toEqual({ score: 5, fingerprints: [] });
  });

  it('still reads comments written in the earlier format, and treats edited data as absent', () => {
    expect(decodeRunData(v1({ score: 60, fingerprints: prints.slice(0, 3) }))).toEqual({ score: 60, fingerprints: prints.slice(0, 3) });
    expect(decodeRunData('<!-- docward:run:60;AAAA -->')).toBeUndefined();
  });
});
