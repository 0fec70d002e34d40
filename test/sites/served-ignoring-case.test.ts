/** Learn serves paths ignoring case: links that differ only in case are one count, or one notice each with `listServedIgnoringCase`. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import { FIXTURE_NOW as NOW, runWithConfig } from '../helpers/run-with-config.js';

const root = path.join(import.meta.dirname, '../../fixtures/sites/learn-docfx');

describe('link-case on a host that serves paths ignoring case (learn)', () => {
  it('counts them in one served-ignoring-case entry, with the key that lists them', async () => {
    const { report } = await runDocward({ root, engine: 'js', now: NOW });
    expect(report.findings.filter((f) => f.rule === 'link-case')).toEqual([]);
    const entry = report.unverified.find((u) => u.cause === 'served-ignoring-case');
    expect(entry).toMatchObject({ rule: 'link-case', count: 2, unit: 'links', key: 'rules.link-case.listServedIgnoringCase' });
  });

  it('lists each one as a notice when listServedIgnoringCase is set', async () => {
    const { report } = await runWithConfig(root, 'rules:\n  link-case:\n    listServedIgnoringCase: true\n');
    const listed = report.findings.filter((f) => f.rule === 'link-case').map((f) => `${f.path}:${f.line} ${f.severity}`);
    expect(listed).toEqual(['docset/articles/overview.md:15 notice', 'docset/articles/toc.yml:5 notice']);
    expect(report.unverified.some((u) => u.cause === 'served-ignoring-case')).toBe(false);
  });
});
