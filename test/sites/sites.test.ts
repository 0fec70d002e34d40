/** Each synthetic site under fixtures/sites/ gives exactly its planted findings, on both engines, in its (detected) link mode. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import type { EngineName } from '../../src/engine/index.js';
import { nativeForTests } from '../helpers/native.js';

const SITES = path.join(import.meta.dirname, '../../fixtures/sites');
const NOW = new Date('2026-06-01T00:00:00Z');
const LINK_RULES = new Set(['link-broken', 'link-anchor', 'link-case', 'orphan']);

interface Expected {
  mode: string;
  /** True when the fixture's .docward.yml names the mode (no detection notice then). */
  configured?: boolean;
  findings: { path: string; line: number; rule: string; severity: string }[];
  /** When given: exactly these `unverified` entries (cause, rule, count, unit), in the report's order. */
  unverified?: { cause: string; rule?: string; count: number; unit: string }[];
}

const engines: EngineName[] = ['js'];
if (nativeForTests()) engines.push('native');

const sites = readdirSync(SITES).sort();

describe.each(sites)('fixtures/sites/%s', (site) => {
  const root = path.join(SITES, site);
  const expected = JSON.parse(readFileSync(path.join(root, 'EXPECTED.json'), 'utf8')) as Expected;
  const wanted = expected.findings.map((f) => `${f.path}:${f.line} ${f.rule} ${f.severity}`).sort();

  it.each(engines)('reports exactly the planted findings (%s engine)', async (engine) => {
    const { report, notices } = await runDocward({ root, engine, now: NOW });
    const actual = report.findings.map((f) => `${f.path}:${f.line} ${f.rule} ${f.severity}`).sort();
    expect(actual, report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.rule} ${f.message}`).join('\n')).toEqual(wanted);
    if (expected.unverified) {
      expect(
        report.unverified.map(({ cause, rule, count, unit }) => ({ cause, rule, count, unit })),
        JSON.stringify(report.unverified, null, 1),
      ).toEqual(expected.unverified.map(({ cause, rule, count, unit }) => ({ cause, rule, count, unit })));
    }
    const modeNotices = notices.filter((n) => n.includes('links resolve as'));
    if (expected.configured || expected.mode === 'github') expect(modeNotices).toEqual([]);
    else expect(modeNotices).toEqual([expect.stringContaining(`links resolve as a ${expected.mode} site`)]);
  });

  it.runIf(expected.mode !== 'github')('read as a plain GitHub repository, it would report more link findings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'docward-site-'));
    const config = path.join(dir, 'github.yml');
    writeFileSync(config, 'links:\n  mode: github\n');
    const { report } = await runDocward({ root, config, engine: 'js', now: NOW });
    const github = report.findings.filter((f) => LINK_RULES.has(f.rule)).length;
    const site = expected.findings.filter((f) => LINK_RULES.has(f.rule)).length;
    expect(github).toBeGreaterThan(site);
  });
});
