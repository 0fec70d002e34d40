import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const docs = readFileSync(path.join(import.meta.dirname, '../../docs/rules.md'), 'utf8');

/** The text of `### <id>` up to the next heading of level 3 or higher. */
function sectionOf(id: string): string {
  const start = docs.indexOf(`\n### ${id}\n`);
  if (start < 0) return '';
  const next = docs.slice(start + 1).search(/\n#{1,3} /);
  return next < 0 ? docs.slice(start) : docs.slice(start, start + 1 + next);
}

describe('docs/rules.md', () => {
  it.each(RULES.map((r) => r.id))('documents %s with a section of its own', (id) => {
    expect(docs).toContain(`\n### ${id}\n`);
  });
  it("documents every option of every rule in that rule's own section", () => {
    const missing = RULES.flatMap((r) => {
      const section = sectionOf(r.id);
      return Object.keys(r.optionsSchema.properties)
        .filter((o) => !section.includes(`\`${o}\``) && !section.includes(`\`${o}: `))
        .map((o) => `${r.id}.${o}`);
    });
    expect(missing).toEqual([]);
  });
  it('the section finder has teeth: an option named only in another section is not found', () => {
    expect(sectionOf('orphan')).toContain('`dataSetMinPages`');
    expect(sectionOf('link-anchor')).not.toContain('`dataSetMinPages`');
  });
});
