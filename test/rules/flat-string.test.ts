// Messages kept for a whole scan must not keep their pieces (and the link targets they were sliced from).
import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/rules/flat-string.js';
import { runInChild } from '../helpers/module-in-child.js';

/** Heap used after a full GC, holding 200k messages built like link-broken's around a slice of a longer string. */
const SCRIPT = `
  import { getHeapStatistics } from 'node:v8';
  import { flatten } from './flat-string.mjs';
  const filler = 'x'.repeat(200);
  const kept = [];
  for (let i = 0; i < 200000; i++) {
    const target = (filler + i).slice(150);
    const message = \`link target "\${target}" does not exist (resolved to "\${target}/q")\`;
    kept.push(process.argv[2] === 'flatten' ? flatten(message) : message);
  }
  globalThis.gc();
  console.log(getHeapStatistics().used_heap_size, kept.length);
`;

describe('flatten', () => {
  it('returns the same text', () => {
    const piece = 'abc'.repeat(40).slice(7, 70);
    for (const text of ['', 'é 📄 \u2028', `a "${piece}" b ${piece}`, 'line\nbreak', '\ud800 lone']) expect(flatten(text)).toBe(text);
  });

  it('on this Node, leaves kept messages at about half the heap of unflattened ones (no pieces, no sliced targets)', () => {
    const used = (mode: string) => Number(runInChild(['rules/flat-string'], SCRIPT, [mode], ['--expose-gc']).split(' ')[0]);
    const flat = used('flatten');
    const ropes = used('keep');
    expect(flat).toBeLessThan(0.6 * ropes);
  }, 30_000);
});
