/** What was not checked: one entry per cause however many items, and each reporter says so, escaped. */
import { describe, expect, it } from 'vitest';
import { UnverifiedTally, unverifiedLine } from '../../src/unverified.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { finding, makeReport } from './make-report.js';

describe('UnverifiedTally', () => {
  it('counts many items of one cause as one entry, and keeps causes apart', () => {
    const tally = new UnverifiedTally();
    const mount = {
      cause: 'hugo-mount-absent',
      rule: 'link-broken',
      message: 'content mounted from themes/x is absent',
      unit: 'links' as const,
      key: 'links.mounts',
    };
    for (let i = 0; i < 412; i++) tally.add(mount);
    tally.add({ ...mount, message: 'content mounted from themes/y is absent' }, 3);
    tally.add({ cause: 'dataset-folder', rule: 'orphan', message: 'plugins/: 300 of 301 pages have no incoming link', unit: 'pages' }, 301);
    tally.add({ cause: 'nothing', message: 'x', unit: 'links' }, 0);
    expect(tally.list()).toEqual([
      { ...mount, count: 412 },
      { ...mount, message: 'content mounted from themes/y is absent', count: 3 },
      { cause: 'dataset-folder', rule: 'orphan', message: 'plugins/: 300 of 301 pages have no incoming link', unit: 'pages', count: 301 },
    ]);
  });

  it('words a line with the count, the rule and the key', () => {
    expect(unverifiedLine({ cause: 'c', rule: 'link-anchor', message: 'fragment case', count: 1, unit: 'anchors' })).toBe(
      'not checked: 1 anchor (link-anchor): fragment case',
    );
    expect(unverifiedLine({ cause: 'c', message: 'generated navigation', count: 1204, unit: 'pages', key: 'links.navigation' })).toBe(
      'not checked: 1,204 pages: generated navigation (to check them, set links.navigation)',
    );
  });
});

describe('reporters', () => {
  const hostile = {
    cause: 'hugo-mount-absent',
    rule: 'link-broken',
    message: 'mount <img src=x onerror=alert(1)> from @team [x](javascript:1)',
    count: 7,
    unit: 'links' as const,
    key: 'links.mounts',
  };
  const report = makeReport([finding('a.md', 1, 'link-broken', 'error', 'broken link to ./x.md')], 80, [hostile]);

  it('the job summary and the comment list each cause once, escaped, with its key', () => {
    for (const text of [renderSummary(report, { failOn: 'error' }), renderComment(report, { marker: '', failOn: 'error' })]) {
      expect(text).toContain('Not checked: 7 items');
      expect(text).toContain('**7 links** (`link-broken`)');
      expect(text).toContain('set `links.mounts`');
      expect(text).not.toContain('<img');
      expect(text).not.toContain('@team');
      expect(text).not.toContain('](javascript');
    }
  });

  it('says nothing when everything was checked', () => {
    const clean = makeReport([finding('a.md', 1, 'link-broken', 'error', 'x')]);
    expect(renderSummary(clean, { failOn: 'error' })).not.toContain('Not checked');
    expect(renderComment(clean, { marker: '', failOn: 'error' })).not.toContain('Not checked');
  });
});
