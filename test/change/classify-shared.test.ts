// Property: head findings the base shares (the same objects: a quiet document's findings of the rules whose hits
// read only the document itself) classify exactly as when the base lists them, renamed paths quoted in their
// messages included (those count in the base as given, and then may be new and fixed at once).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyFindings } from '../../src/change/classify.js';
import type { TreeChange } from '../../src/change/git.js';
import type { Finding } from '../../src/findings.js';

const RULES = ['link-broken', 'heading-increment', 'orphan'];
/** Quiet documents (their findings of `SHARED_RULES` are shared), other unchanged ones, and the renamed page's two paths. */
const QUIET = ['docs/a.md', 'docs/b.md'];
const PATHS = [...QUIET, 'docs/c.md', 'docs/old.md', 'docs/new.md'];
const SHARED_RULES = new Set(['link-broken', 'heading-increment']);
const MESSAGES = [
  'target "x.md" does not exist (resolved to "docs/x.md")',
  'names "docs/old.md"',
  'names "docs/old.md" (resolved to "docs/old.md")',
  'skips a level',
];

const findingArb = fc.record({
  rule: fc.constantFrom(...RULES),
  path: fc.constantFrom(...PATHS),
  line: fc.integer({ min: 1, max: 5 }),
  message: fc.constantFrom(...MESSAGES),
});
const toFinding = (f: { rule: string; path: string; line: number; message: string }): Finding => ({ ...f, severity: 'error', column: 1 });
const isShared = (f: Finding) => QUIET.includes(f.path) && SHARED_RULES.has(f.rule);

describe('classification with findings the base shares with the head', () => {
  it('equals the classification with those findings listed in the base', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), fc.array(findingArb, { maxLength: 30 }), fc.boolean(), (headArb, baseArb, renamed) => {
        const head = headArb.map(toFinding);
        // The base's own findings: none of the shared rules on a quiet document (the base took those from the head).
        const base = baseArb.map(toFinding).filter((f) => !isShared(f) && !(renamed && f.path === 'docs/new.md'));
        const change: Pick<TreeChange, 'renames'> = { renames: renamed ? new Map([['docs/old.md', { to: 'docs/new.md', similarity: 90 }]]) : new Map() };
        const listed = classifyFindings(head, [...base, ...head.filter(isShared)], change);
        const shared = classifyFindings(head, base, change, isShared);
        expect(shared.introduced).toEqual(listed.introduced);
        expect(shared.preExisting).toEqual(listed.preExisting);
        expect(shared.fixed).toEqual(listed.fixed);
        // Same objects in the same order, not merely equal ones.
        shared.preExisting.forEach((f, i) => expect(f).toBe(listed.preExisting[i]));
        shared.fixed.forEach((f, i) => expect(f).toBe(listed.fixed[i]));
      }),
      { numRuns: 400 },
    );
  });

  it('counts a shared finding quoting a renamed path in the base as renamed: new and fixed at once', () => {
    const quoting = toFinding({ rule: 'link-broken', path: 'docs/a.md', line: 2, message: 'names "docs/old.md"' });
    const change: Pick<TreeChange, 'renames'> = { renames: new Map([['docs/old.md', { to: 'docs/new.md', similarity: 90 }]]) };
    const result = classifyFindings([quoting], [], change, isShared);
    expect(result.introduced).toEqual([quoting]);
    expect(result.fixed).toEqual([quoting]);
    expect(result.preExisting).toEqual([]);
  });
});
