// The base scan (head facts reused, changed documents from git blobs, run in step with the head scan) finds
// exactly what a full scan of a checkout of the base commit finds, on both engines.
import { describe, expect, it } from 'vitest';
import { runDocward } from '../../src/pipeline.js';
import { BaseScanner } from '../../src/change/base-scan.js';
import { diffWorkTree, ensureBaseCommit } from '../../src/change/git.js';
import { branch, checkout, git, makeOrigin } from '../e2e/git-checkout.js';
import { BASE_DOCS } from './scenarios.js';
import { compareFindings } from '../../src/findings.js';

const NOW = new Date('2026-12-01');
const TREE = {
  ...BASE_DOCS,
  'docs/img/logo.png': 'png',
  'docs/index.md':
    '# Docs\n\n- [images](img/)\n- [Guide](Guide.md)\n- [setup](setup.md#install)\n- [old](old.md)\n- [kept](kept.md)\n- [reached](reached.md)\n',
  // Quiet, and the only way to docs/leaf.md, whose number differs between head and base: the base takes its edges from the head, renumbered.
  'docs/reached.md': '# Reached\n\n[leaf](leaf.md)\n',
  'docs/leaf.md': '# Leaf\n',
  // Classed (a template by its folder, a script's template by its content), unreached: no orphan when the base classes them as the head does.
  'docs/templates/page.md': '# {{title}}\n',
  'docs/snippet.md': 'See [the page](ENGLISH_VERSION_URL).\n',
  'docs/kept.md': '# Kept\n\n[renamed later](moved.md) and [up](../README.md#readme).\n',
  'docs/moved.md': '# Moved\n\n## Part\n\n[home](../README.md)\n',
  // Quiet (no link reaches a changed path): its findings, one per link rule and a skipped heading level, come from the head.
  'docs/quiet.md':
    '# Quiet\n\n#### Deep\n\n[gone](nowhere.md), [anchor](kept.md#nope), [case](KEPT.md), [web](https://example.com/x), [self](#quiet), [spaced](my%20notes.md)\n',
  // Not quiet: a percent-encoded link to the deleted page (placed by no extractor) and a link to it in other letter case.
  'docs/encoded.md': '# Encoded\n\n[old](ol%64.md)\n',
  'docs/cased.md': '# Cased\n\n[shouting](OLD.md)\n',
};

describe('base scan', () => {
  for (const engine of ['native', 'js'] as const) {
    it(`equals a full scan of the base checkout (${engine} engine)`, async () => {
      const origin = makeOrigin(TREE);
      const baseSha = git(origin.dev, 'rev-parse', 'HEAD');
      branch(origin, 'topic');
      origin.rename('docs/moved.md', 'docs/elsewhere/moved.md', { 'docs/elsewhere/moved.md': '# Moved\n\n## Part two\n\n[home](../../README.md)\n' });
      origin.rename('docs/guide.md', 'docs/Guide.md');
      const head = origin.commit({
        'docs/old.md': null,
        'docs/img/logo.png': null,
        'docs/setup.md': '# Setup\n\n## Installation\n\n[kept](kept.md#kept)\n',
        'docs/new.md': '# New\n\n[nowhere](gone.md)\n',
      });
      const ws = checkout(origin, head);
      expect(ensureBaseCommit(ws, baseSha)).toEqual({ ok: true, how: 'fetched' });
      expect(ensureBaseCommit(ws, baseSha)).toEqual({ ok: true, how: 'checkout' });
      const change = await diffWorkTree(ws, baseSha);
      let scanner: BaseScanner | undefined;
      const headRun = await runDocward({
        root: ws,
        engine,
        now: NOW,
        // As the action runs it: the base takes reused documents' anchor ids, classes and settings from the head's scan.
        anchorMemo: new WeakMap(),
        keepRules: true,
        onStart: async (start) => void (scanner = await BaseScanner.start(start, change, baseSha)),
        onBatch: (batch) => scanner!.add(batch),
      });
      const base = scanner!.finish();
      const full = await runDocward({ root: checkout(origin, baseSha), engine, now: NOW });
      const shared = headRun.report.findings.filter(base.shared);
      expect([...base.findings, ...shared].sort(compareFindings)).toEqual(full.report.findings);
      expect(base.findings.length).toBeGreaterThan(0);
      // Only what the change touched was read from git.
      expect([...base.extracted.keys()].sort()).toEqual(['docs/guide.md', 'docs/moved.md', 'docs/old.md', 'docs/setup.md']);
      expect(base.reused).toBe(full.report.stats.documents - 4);
      // No link into what the change touched (README links setup.md, edited): debt, quiet, reached, leaf, the two templates.
      expect(base.quiet).toBe(6);
      const orphans = full.report.findings.filter((f) => f.rule === 'orphan').map((f) => f.path);
      expect(orphans).not.toContain('docs/leaf.md');
      expect(orphans).not.toContain('docs/snippet.md');
      expect(orphans).toContain('docs/quiet.md');
      const quietFindings = full.report.findings.filter((f) => f.path === 'docs/quiet.md').map((f) => f.rule);
      expect(new Set(quietFindings)).toEqual(new Set(['link-broken', 'link-anchor', 'link-case', 'heading-increment', 'orphan']));
    });

    it(`reads a changed .md the config names as MDX as MDX on the base side too (${engine} engine)`, async () => {
      // In CommonMark the JSX line opens an HTML block that swallows the heading, so `#inside` would be broken only in the base.
      const origin = makeOrigin({
        '.docward.yml': 'mdx: ["docs/note.md"]\n',
        'README.md': '# Readme\n\n[inside](docs/note.md#inside)\n',
        'docs/note.md': '# Note\n\n<Note>\n## Inside\n</Note>\n',
      });
      const baseSha = git(origin.dev, 'rev-parse', 'HEAD');
      branch(origin, 'topic');
      const ws = checkout(origin, origin.commit({ 'docs/note.md': '# Note\n\n<Note>\n## Inside\n</Note>\n\nOne more line.\n' }));
      expect(ensureBaseCommit(ws, baseSha).ok).toBe(true);
      const change = await diffWorkTree(ws, baseSha);
      let scanner: BaseScanner | undefined;
      await runDocward({
        root: ws,
        engine,
        now: NOW,
        onStart: async (start) => void (scanner = await BaseScanner.start(start, change, baseSha)),
        onBatch: (batch) => scanner!.add(batch),
      });
      const base = scanner!.finish();
      const full = await runDocward({ root: checkout(origin, baseSha), engine, now: NOW });
      expect([...base.extracted.keys()]).toEqual(['docs/note.md']);
      expect(base.extracted.get('docs/note.md')!.headings.map((h) => h.text)).toEqual(['Note', 'Inside']);
      expect(full.report.findings.filter((f) => f.rule === 'link-anchor')).toEqual([]);
      expect(base.findings.filter((f) => f.rule === 'link-anchor')).toEqual([]);
    });
  }
});
