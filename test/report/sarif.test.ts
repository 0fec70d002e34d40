import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Ajv as AjvCore, Options } from 'ajv';

// Both packages are CommonJS with default exports that NodeNext types as the module object.
const AjvDraft04 = AjvDraft04Module as unknown as new (options: Options) => AjvCore;
const addFormats = addFormatsModule as unknown as (ajv: AjvCore) => void;
import { buildSarif, renderSarif, FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { finding, makeReport } from './make-report.js';

// The OASIS SARIF 2.1.0 schema (rtm.5, draft-04), as shipped in @microsoft/jest-sarif's lib/schemas.
const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
// unicodeRegExp off: the schema's `language` pattern is not valid with the u flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const catalog = [
  { id: 'link-broken', description: 'Relative links must resolve to a file.' },
  { id: 'orphan', description: 'Every document is linked from another.' },
];

describe('SARIF', () => {
  const findings = [
    finding('docs/a b.md', 3, 'link-broken', 'error', 'broken link to ./x.md', 7),
    finding('docs/a b.md', 9, 'link-broken', 'error', 'broken link to ./x.md'),
    finding('README.md', 1, 'orphan', 'notice', 'no page links here'),
    finding('c.md', 1, 'custom-rule', 'warning', 'x'),
  ];

  it('is valid SARIF 2.1.0', () => {
    const log = JSON.parse(renderSarif(makeReport(findings), { catalog, pathPrefix: 'site' }));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('lists what was not checked as tool notifications, never as results, and stays valid', () => {
    const unverified = [
      {
        cause: 'hugo-mount-absent',
        rule: 'link-broken',
        message: 'content mounted from themes/x/content is absent',
        count: 412,
        unit: 'links' as const,
        key: 'links.mounts',
      },
    ];
    const log = buildSarif(makeReport(findings, 80, unverified), { catalog }) as unknown as {
      runs: { results: unknown[]; invocations?: { toolExecutionNotifications: { descriptor: { id: string }; message: { text: string } }[] }[] }[];
    };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0]!.results).toHaveLength(findings.length);
    const [note] = log.runs[0]!.invocations![0]!.toolExecutionNotifications;
    expect(note!.descriptor.id).toBe('hugo-mount-absent');
    expect(note!.message.text).toBe('not checked: 412 links (link-broken): content mounted from themes/x/content is absent (to check them, set links.mounts)');
    expect(buildSarif(makeReport(findings), { catalog }).runs[0]).not.toHaveProperty('invocations');
  });

  it('the schema rejects a broken log (the validation has teeth)', () => {
    const log = buildSarif(makeReport(findings), { catalog }) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('maps rules, levels and repository-relative URIs for code scanning', () => {
    const run = buildSarif(makeReport(findings), { catalog, pathPrefix: 'site' }).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['link-broken', 'orphan', 'custom-rule']);
    expect(run.tool.driver.rules[0]!.help.text).toContain('docward-disable-next-line link-broken');
    const first = run.results.find((r) => r.locations[0]!.physicalLocation.region.startColumn === 7)!;
    expect(first).toMatchObject({ ruleId: 'link-broken', ruleIndex: 0, level: 'error' });
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe('site/docs/a%20b.md');
    expect(run.results.find((r) => r.ruleId === 'orphan')!.level).toBe('note');
  });

  it('keeps partialFingerprints stable when lines move, distinct for repeats', () => {
    const before = buildSarif(makeReport(findings)).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const moved = findings.map((f) => ({ ...f, line: f.line + 10 }));
    const after = buildSarif(makeReport(moved)).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
  });
});
