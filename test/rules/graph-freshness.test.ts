import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/run.js';
import { configWith, doc, fm, link, NOW, scanOf, check } from './facts.js';

describe('orphan', () => {
  const entryPoints = ['README.md', '/CHANGELOG.md'];
  it('follows links from entry points, through folder links to their README, and reports the rest', async () => {
    const docs = [
      doc('README.md', { links: [link('docs/')] }),
      doc('docs/README.md', { links: [link('guide.md#setup')] }),
      doc('docs/guide.md', { links: [link('../orphan-target.md')] }),
      doc('orphan-target.md'),
      doc('lonely.md', { links: [link('island.md')] }),
      doc('island.md', { links: [link('lonely.md')] }),
      doc('CHANGELOG.md'),
      doc('sub/CHANGELOG.md'),
    ];
    // No repository-file class: the root-anchored entry point `/CHANGELOG.md` alone decides for sub/CHANGELOG.md.
    const findings = await check(docs, { orphan: 'warning' }, [], { entryPoints, repositoryFiles: [], repositoryFilesConfigured: true });
    expect(findings.map((f) => `${f.path} ${f.message}`)).toEqual([
      'island.md "island.md" is not reachable by links from any entry point (README.md, /CHANGELOG.md): link it from an index page',
      'lonely.md "lonely.md" is not reachable by links from any entry point (README.md, /CHANGELOG.md): link it from an index page',
      'sub/CHANGELOG.md "sub/CHANGELOG.md" is not reachable by links from any entry point (README.md, /CHANGELOG.md): link it from an index page',
    ]);
  });
  it('exempts by glob and by frontmatter `orphan: true`', async () => {
    const docs = [
      doc('README.md'),
      doc('drafts/x.md'),
      doc('y.md', { frontmatter: fm({ orphan: true }) }),
      doc('z.md', { frontmatter: fm({ orphan: 'yes' }) }),
    ];
    const findings = await check(docs, { orphan: { exempt: ['drafts/**'] } }, [], { entryPoints });
    expect(findings.map((f) => f.path)).toEqual(['z.md']);
  });
});

describe('stale', () => {
  it('reports an old `updated` date and one older than the last commit', async () => {
    const docs = [
      doc('old.md', { frontmatter: fm({ updated: '2024-12-01' }) }),
      doc('fresh.md', { frontmatter: fm({ updated: '2026-01-10' }) }),
      doc('behind.md', { frontmatter: fm({ updated: '2026-01-01' }) }),
      doc('none.md'),
    ];
    const config = await configWith({ stale: { maxAgeDays: 365 } });
    const gitDates = new Map([
      ['behind.md', new Date('2026-01-05T10:00:00Z')],
      ['fresh.md', new Date('2026-01-10T23:00:00Z')],
    ]);
    const findings = runRules(scanOf(docs), config, { now: NOW, gitDates });
    expect(findings.map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([
      'behind.md:2 "updated" is 2026-01-01 but the file was last committed on 2026-01-05',
      'old.md:2 "updated" is 2024-12-01, 410 days ago; review the document (limit 365 days)',
    ]);
  });
});
