/**
 * orphan on pages another site publishes (contract `siteFrontMatter`, OpenTelemetry's "Hugo front matter"
 * comment): in github mode one notice (unverified), not a warning per page; true orphans beside them
 * (a comment not at the top, invalid YAML) are still reported, and links are checked as before.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { jsEngine, selectEngine } from '../../src/engine/index.js';
import { runRules } from '../../src/rules/run.js';
import { UnverifiedTally } from '../../src/unverified.js';
import { brief, NOW } from './facts.js';

const ROOT = path.join(import.meta.dirname, '../../fixtures/rules/external-site');

describe('fixtures/rules/external-site', () => {
  const run = async (engine: typeof jsEngine, orphanOptions: Record<string, unknown> = {}) => {
    const config = await loadConfig(ROOT, {});
    const orphan = config.rules.orphan!;
    config.rules.orphan = { ...orphan, options: { ...orphan.options, ...orphanOptions } };
    const scan = await engine.scan({ root: ROOT, include: config.include, exclude: config.exclude });
    const unverified = new UnverifiedTally();
    const findings = runRules(scan, config, { now: NOW, unverified });
    return { findings, unverified: unverified.list() };
  };
  const engines = [jsEngine, selectEngine('native').engine].map((e) => [e.name, e] as const);

  it.each(engines)('%s engine: the page with the comment is one notice; true orphans and its broken link are reported', async (_name, engine) => {
    const { findings, unverified } = await run(engine);
    expect(brief(findings.filter((f) => f.rule === 'orphan'))).toEqual(['specification/forgotten.md:1 orphan', 'specification/notes.md:1 orphan']);
    expect(brief(findings.filter((f) => f.rule === 'link-broken'))).toEqual(['specification/common/naming.md:8 link-broken']);
    expect(unverified).toEqual([
      expect.objectContaining({ cause: 'external-site-page', rule: 'orphan', count: 1, unit: 'pages', key: 'rules.orphan.checkExternalSitePages' }),
    ]);
  });

  it.each(engines)('%s engine: rules.orphan.checkExternalSitePages reports it as any other page', async (_name, engine) => {
    const { findings, unverified } = await run(engine, { checkExternalSitePages: true });
    expect(brief(findings.filter((f) => f.rule === 'orphan'))).toEqual([
      'specification/common/naming.md:1 orphan',
      'specification/forgotten.md:1 orphan',
      'specification/notes.md:1 orphan',
    ]);
    expect(unverified).toEqual([]);
  });
});
