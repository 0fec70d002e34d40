import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const docs = readFileSync(path.join(import.meta.dirname, '../../docs/rules.md'), 'utf8');

describe('docs/rules.md', () => {
  it.each(RULES.map((r) => r.id))('documents %s with a section of its own', (id) => {
    expect(docs).toContain(`\n### ${id}\n`);
  });
  it('documents every option of every rule', () => {
    const missing = RULES.flatMap((r) => Object.keys(r.optionsSchema.properties).filter((o) => !docs.includes(`\`${o}\``)).map((o) => `${r.id}.${o}`));
    expect(missing).toEqual([]);
  });
});
