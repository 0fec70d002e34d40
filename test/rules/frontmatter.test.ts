import { beforeAll, describe, expect, it } from 'vitest';
import { loadFrontmatterSchemaCompiler } from '../../src/rules/frontmatter-schema.js';

// Schemas come from a config file in real runs, whose loader loads the compiler first.
beforeAll(loadFrontmatterSchemaCompiler);
import { brief, check, doc, fm } from './facts.js';
import { parseIsoDay } from '../../src/rules/frontmatter-date.js';

describe('frontmatter-missing / frontmatter-invalid', () => {
  it('reports a document without frontmatter, not one with an empty block', async () => {
    const findings = await check([doc('a.md'), doc('b.md', { frontmatter: fm(null) })], { 'frontmatter-missing': 'error' });
    expect(brief(findings)).toEqual(['a.md:1 frontmatter-missing']);
  });

  it('does not report missing frontmatter for an unreadable file (file-problem does)', async () => {
    const broken = doc('bin.md', { problem: { kind: 'binary', message: 'NUL byte at offset 3' } });
    const findings = await check([broken], { 'frontmatter-missing': 'error', 'file-problem': 'warning' });
    expect(findings).toEqual([
      { rule: 'file-problem', severity: 'warning', path: 'bin.md', line: 1, column: 1, message: 'not checked (binary): NUL byte at offset 3' },
    ]);
  });

  it('reports a YAML error at its line and column', async () => {
    const bad = doc('a.md', { frontmatter: { line: 1, endLine: 4, keys: [], error: { message: 'bad indentation', line: 3, column: 7 } } });
    const [finding] = await check([bad], { 'frontmatter-invalid': 'error' });
    expect(finding).toMatchObject({ line: 3, column: 7, message: 'invalid frontmatter: bad indentation' });
  });

  it('reports a list instead of a mapping, accepts a mapping', async () => {
    const list = doc('list.md', { frontmatter: { line: 1, endLine: 3, keys: [], data: ['a'] } });
    const findings = await check([list, doc('ok.md', { frontmatter: fm({ a: 1 }) })], { 'frontmatter-invalid': 'error' });
    expect(findings.map((f) => [f.path, f.message])).toEqual([['list.md', 'invalid frontmatter: expected a mapping of keys, got a list']]);
  });
});

describe('frontmatter-required', () => {
  const rules = { 'frontmatter-required': { keys: ['title', 'author', 'tags'] } };
  it('reports missing and empty keys, each on its line', async () => {
    const d = doc('a.md', { frontmatter: fm({ title: 'T', author: '  ', tags: [] }) });
    const other = doc('b.md', { frontmatter: fm({ title: 'T' }) });
    const findings = await check([d, other], rules);
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`).sort()).toEqual([
      'a.md:3 required key "author" is empty',
      'a.md:4 required key "tags" is empty',
      'b.md:1 required key "author" is missing',
      'b.md:1 required key "tags" is missing',
    ]);
  });
  it('passes a complete document and leaves documents without frontmatter to frontmatter-missing', async () => {
    const findings = await check([doc('a.md', { frontmatter: fm({ title: 'T', author: 'me', tags: ['x'] }) }), doc('b.md')], rules);
    expect(findings).toEqual([]);
  });
});

describe('frontmatter-enum', () => {
  const rules = { 'frontmatter-enum': { keys: { status: { values: ['draft', 'active'] }, kind: { values: ['A'], caseSensitive: false } } } };
  it('reports values outside the set, with a case hint, and non-strings', async () => {
    const findings = await check(
      [
        doc('a.md', { frontmatter: fm({ status: 'Draft' }) }),
        doc('b.md', { frontmatter: fm({ status: 3 }) }),
        doc('c.md', { frontmatter: fm({ status: 'done' }) }),
      ],
      rules,
    );
    expect(findings.map((f) => f.message)).toEqual([
      '"status" must be one of draft, active; got "Draft" (did you mean "draft"? values are case-sensitive)',
      '"status" must be one of draft, active; got 3',
      '"status" must be one of draft, active; got "done"',
    ]);
  });
  it('accepts allowed values and case-insensitive matches where configured', async () => {
    const findings = await check([doc('a.md', { frontmatter: fm({ status: 'active', kind: 'a' }) })], rules);
    expect(findings).toEqual([]);
  });
});

describe('frontmatter-date', () => {
  const rules = { 'frontmatter-date': 'error' };
  it('reports impossible dates, wrong formats, future dates and updated before created', async () => {
    const findings = await check(
      [
        doc('a.md', { frontmatter: fm({ created: '2025-02-30' }) }),
        doc('b.md', { frontmatter: fm({ created: '15/01/2025' }) }),
        doc('c.md', { frontmatter: fm({ created: '2026-03-01' }) }),
        doc('d.md', { frontmatter: fm({ created: '2025-06-02', updated: '2025-06-01' }) }),
        doc('e.md', { frontmatter: fm({ created: '2025-01-01T24:30' }) }),
      ],
      rules,
    );
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([
      'a.md:2 "created" is not a real calendar date: "2025-02-30"',
      'b.md:2 "created" is not an ISO date (YYYY-MM-DD): "15/01/2025"',
      'c.md:2 "created" is in the future: "2026-03-01"',
      'd.md:3 "updated" (2025-06-01) is before "created" (2025-06-02)',
      'e.md:2 "created" is not a real time of day: "2025-01-01T24:30"',
    ]);
  });
  it('accepts leap days, date-times, today and tomorrow (time zones ahead of UTC)', async () => {
    const findings = await check(
      [
        doc('a.md', { frontmatter: fm({ created: '2024-02-29', updated: '2025-11-16T23:19:18' }) }),
        doc('b.md', { frontmatter: fm({ created: '2026-01-15', updated: '2026-01-16' }) }),
        doc('c.md', { frontmatter: fm({ created: '2025-01-02 10:00:00 +0000', updated: '2025-03-26T08:47:11+01:00', date: '2025-03-27t01:02:03.5Z' }) }),
      ],
      rules,
    );
    expect(findings).toEqual([]);
  });
  it('reads YYYY/MM/DD as a date only where the site parses dates with JavaScript Date (nextjs)', () => {
    expect(parseIsoDay('2025/10/07', true)).toBe('not an ISO date (YYYY-MM-DD)');
    expect(parseIsoDay('2025/10/07', true, true)).toBe(parseIsoDay('2025-10-07', true));
    expect(parseIsoDay('2023/02/29', true, true)).toBe('not a real calendar date');
    expect(parseIsoDay('07/10/2025', true, true)).toBe('not an ISO date (YYYY-MM-DD)');
  });
  it('rejects date-times when allowDateTime is false', async () => {
    const findings = await check([doc('a.md', { frontmatter: fm({ created: '2025-11-16T23:19' }) })], { 'frontmatter-date': { allowDateTime: false } });
    expect(findings.map((f) => f.message)).toEqual(['"created" is a date-time; expected a date (YYYY-MM-DD): "2025-11-16T23:19"']);
  });
});

describe('frontmatter-length', () => {
  const rules = { 'frontmatter-length': { severity: 'error', keys: { description: { min: 5, recommendedMin: 10, recommendedMax: 20, max: 30 } } } };
  it('reports hard limits at the configured severity and recommended ones one step softer, counting code points', async () => {
    const findings = await check(
      [
        doc('short.md', { frontmatter: fm({ description: 'abc' }) }),
        doc('soft.md', { frontmatter: fm({ description: 'abcdefg' }) }),
        doc('long.md', { frontmatter: fm({ description: 'x'.repeat(25) }) }),
        doc('ok.md', { frontmatter: fm({ description: '😀'.repeat(15) }) }),
      ],
      rules,
    );
    expect(findings.map((f) => `${f.path} ${f.severity} ${f.message}`)).toEqual([
      'long.md warning "description" has 25 characters; at most 20 recommended',
      'short.md error "description" has 3 characters; the minimum is 5',
      'soft.md warning "description" has 7 characters; at least 10 recommended',
    ]);
  });
});

describe('frontmatter-schema', () => {
  const schema = { type: 'object', required: ['title'], properties: { title: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } };
  const rules = {
    'frontmatter-schema': {
      schemas: [
        { files: ['docs/**'], schema },
        { path: 'schemas/other.json', schema: { type: 'object', required: ['owner'] } },
      ],
    },
  };
  it('validates by glob, treats missing frontmatter as {}, and puts errors on the key line', async () => {
    const findings = await check(
      [
        doc('docs/none.md'),
        doc('docs/bad.md', { frontmatter: fm({ title: 'T', tags: [1] }) }),
        doc('docs/ok.md', { frontmatter: fm({ title: 'T' }) }),
        doc('free.md'),
      ],
      rules,
    );
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([
      'docs/bad.md:3 "tags.0" must be string',
      "docs/none.md:1 frontmatter must have required property 'title'",
    ]);
  });
  it('selects a schema by the $schema key and reports unknown ones', async () => {
    const findings = await check(
      [doc('x.md', { frontmatter: fm({ $schema: './schemas/other.json' }) }), doc('y.md', { frontmatter: fm({ $schema: 'nope.json' }) })],
      rules,
    );
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([
      "x.md:1 frontmatter must have required property 'owner'",
      'y.md:2 unknown schema "nope.json": not listed in frontmatter-schema.schemas',
    ]);
  });
});

describe('frontmatter-links', () => {
  it('reports listed paths that do not exist, relative to the document or the root', async () => {
    const d = doc('docs/a.md', { frontmatter: fm({ related: ['b.md', 'gone.md', 'https://x.org', '../../up.md', 3], see: 'docs/b.md' }) });
    const byDoc = await check([d, doc('docs/b.md')], { 'frontmatter-links': { keys: ['related', 'see'] } });
    expect(byDoc.map((f) => `${f.line} ${f.message}`)).toEqual([
      '2 "related" lists "gone.md", which does not exist (resolved to "docs/gone.md")',
      '2 "related" lists "../../up.md", which does not exist (climbs above the repository root)',
      '3 "see" lists "docs/b.md", which does not exist (resolved to "docs/docs/b.md")',
    ]);
    const byRoot = await check([doc('docs/a.md', { frontmatter: fm({ see: 'docs/b.md' }) }), doc('docs/b.md')], {
      'frontmatter-links': { keys: ['see'], relativeTo: 'root' },
    });
    expect(byRoot).toEqual([]);
  });
});
