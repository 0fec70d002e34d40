/**
 * orphan on data-set folders: a folder whose pages almost all have no incoming link chain is one
 * notice (unverified), not a warning per page; real orphans beside it are still reported. Both
 * engines on fixtures/rules/dataset, then hand-built trees for the thresholds.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { jsEngine, selectEngine } from '../../src/engine/index.js';
import { runRules } from '../../src/rules/run.js';
import { UnverifiedTally } from '../../src/unverified.js';
import { brief, configWith, doc, link, NOW, scanOf } from './facts.js';

const ROOT = path.join(import.meta.dirname, '../../fixtures/rules/dataset');

describe('fixtures/rules/dataset', () => {
  it.each([jsEngine, selectEngine('native').engine].map((e) => [e.name, e] as const))(
    '%s engine: one notice for records/, the real orphan beside it reported',
    async (_name, engine) => {
      const config = await loadConfig(ROOT, {});
      const scan = await engine.scan({ root: ROOT, include: config.include, exclude: config.exclude });
      const unverified = new UnverifiedTally();
      const findings = runRules(scan, config, { now: NOW, unverified });
      expect(brief(findings.filter((f) => f.rule === 'orphan'))).toEqual(['docs/forgotten.md:1 orphan']);
      expect(unverified.list()).toEqual([
        expect.objectContaining({ cause: 'orphan-data-set', rule: 'orphan', count: 59, unit: 'pages', key: 'rules.orphan.dataSetMinPages' }),
      ]);
      expect(unverified.list()[0]!.message).toMatch(/^"records\/" reads as a data set/);
    },
  );
});

describe('data-set folders', () => {
  const pages = (folder: string, n: number) => Array.from({ length: n }, (_, i) => doc(`${folder}/p${i}.md`));
  const run = async (docs: ReturnType<typeof doc>[], orphan: Record<string, unknown> = {}, whole = false) => {
    const unverified = new UnverifiedTally();
    const findings = runRules(scanOf(docs), await configWith({ orphan: { severity: 'warning', ...orphan } }, { entryPoints: ['README.md'] }), {
      now: NOW,
      unverified,
    });
    return { orphans: findings.length, notices: unverified.list().map((u) => (whole ? u.message : `${u.message.split(' ')[0]} ${u.count}`)) };
  };

  it('below the page count or the share, every orphan is reported', async () => {
    // 49 pages in all (the root counts data/'s pages, as data/ is no data set of its own).
    expect(await run([doc('README.md'), ...pages('data', 48)])).toEqual({ orphans: 48, notices: [] });
    // 50 pages, 47 unreachable: 94 % < 95 %.
    const linked = doc('README.md', { links: [link('data/p0.md'), link('data/p1.md'), link('data/p2.md')] });
    expect(await run([linked, ...pages('data', 50)])).toEqual({ orphans: 47, notices: [] });
  });

  it('a data set is the deepest qualifying folder; the notice names the highest folders holding only data sets', async () => {
    // The notice names the highest folder that holds nothing but the data set.
    expect(await run([doc('README.md'), doc('docs/lost.md'), ...pages('docs/api/records', 60)])).toEqual({ orphans: 1, notices: ['"docs/api/" 60'] });
    // Many data-set folders under one parent (tldr's pages/<platform>/): one notice naming the parent.
    const platforms = await run([doc('README.md'), ...pages('pages/linux', 60), ...pages('pages/osx', 55), ...pages('pages.fr/linux', 50)]);
    expect(platforms).toEqual({ orphans: 0, notices: ['"pages/", 165'] });
    expect(
      (await run([doc('README.md'), ...pages('pages/linux', 60), ...pages('pages/osx', 55), ...pages('pages.fr/linux', 50)], {}, true)).notices[0],
    ).toMatch(/^"pages\/", "pages\.fr\/" read as a data set, not a linked doc set \(3 folders of at least 50 pages, at least 95 % of them/);
    // Many small folders: none has 50 pages, their parent does.
    const spread = Array.from({ length: 12 }, (_, k) => pages(`data/set${k}`, 5)).flat();
    expect(await run([doc('README.md'), ...spread])).toEqual({ orphans: 0, notices: ['"data/" 60'] });
    expect(await run(pages('x', 30).concat(pages('y', 30)))).toEqual({ orphans: 0, notices: ['the 60'] });
  });

  it('dataSetMinPages 0 reports every page; the share is configurable', async () => {
    expect(await run([doc('README.md'), ...pages('data', 60)], { dataSetMinPages: 0 })).toEqual({ orphans: 60, notices: [] });
    const linked = doc('README.md', { links: Array.from({ length: 10 }, (_, i) => link(`data/p${i}.md`, i + 1)) });
    expect(await run([linked, ...pages('data', 60)], { dataSetShare: 0.8 })).toEqual({ orphans: 0, notices: ['"data/" 50'] });
    expect(await run([linked, ...pages('data', 60)])).toEqual({ orphans: 50, notices: [] });
  });
});
