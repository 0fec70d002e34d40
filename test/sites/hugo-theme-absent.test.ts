/** A Hugo theme absent from the checkout builds navigation docward cannot read: orphans are one notice until `links.sectionLists` says how sections list. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import { FIXTURE_NOW as NOW, runWithConfig } from '../helpers/run-with-config.js';

const root = path.join(import.meta.dirname, '../../fixtures/sites/hugo-theme-absent');

describe('hugo: a theme absent from the checkout', () => {
  it('counts unreached pages under hugo-theme-absent, with the key that makes them checkable', async () => {
    const { report } = await runDocward({ root, engine: 'js', now: NOW });
    expect(report.findings.filter((f) => f.rule === 'orphan')).toEqual([]);
    const entry = report.unverified.find((u) => u.cause === 'hugo-theme-absent');
    expect(entry).toMatchObject({ rule: 'orphan', count: 2, unit: 'pages', key: 'links.sectionLists' });
    expect(entry?.message).toContain('"docsy"');
  });

  it('reports them as orphans once links.sectionLists is set', async () => {
    const { report } = await runWithConfig(root, 'links:\n  sectionLists: true\n');
    const orphans = report.findings.filter((f) => f.rule === 'orphan').map((f) => f.path);
    expect(orphans).toEqual(['content/docs/_index.md', 'content/docs/sidebar-only.md']);
    expect(report.unverified.some((u) => u.cause === 'hugo-theme-absent')).toBe(false);
  });
});
