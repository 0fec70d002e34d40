// The action on pull requests, in process, against real git checkouts: the base is scanned too and the verdict is the change's own.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, type Runner } from '../../src/action/run.js';
import { readInputs } from '../../src/action/inputs.js';
import type { RunContext } from '../../src/action/context.js';
import { branch, checkout, git, makeOrigin, type Origin } from '../e2e/git-checkout.js';
import { BASE_DOCS, DEBT_FIX, HEADING_EDIT, TYPO_FIX } from '../change/scenarios.js';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes } from 'mdast';

interface Captured {
  failed?: string;
  warnings: string[];
  info: string[];
  annotations: { severity: string; message: string; file: string; line: number }[];
  summary: string;
  outputs: Record<string, string>;
  comment: string;
}

async function act(ws: string, event: { base?: string; head: string; pull?: boolean }, inputs: Record<string, string> = {}): Promise<Captured> {
  const captured: Captured = { warnings: [], info: [], annotations: [], summary: '', outputs: {}, comment: '' };
  const annotate = (severity: string) => (message: string, p: { file: string; startLine: number }) =>
    captured.annotations.push({ severity, message, file: p.file, line: p.startLine });
  const runner: Runner = {
    info: (m) => captured.info.push(m),
    warning: (m) => captured.warnings.push(m),
    error: () => {},
    annotate: { error: annotate('error'), warning: annotate('warning'), notice: annotate('notice') },
    setFailed: (m) => (captured.failed = m),
    setOutput: (n, v) => (captured.outputs[n] = v),
    writeSummary: async (md) => void (captured.summary += md),
  };
  const context: RunContext = {
    eventName: event.pull === false ? 'push' : 'pull_request',
    sha: event.head,
    workspace: ws,
    workflow: 'Docs',
    runId: '1',
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    tempDir: path.join(ws, '..'),
    pull: event.pull === false ? undefined : { number: 3, baseSha: event.base ?? '', headSha: event.head },
    baseSha: event.pull === false ? undefined : event.base,
  };
  const all = { 'github-token': '', engine: process.env.DOCWARD_TEST_ENGINE ?? 'auto', ...inputs };
  await runAction(
    readInputs((name) => all[name as keyof typeof all] ?? ''),
    context,
    {
      runner,
      createClient: async () => {
        throw new Error('no API here');
      },
    },
  );
  if (captured.outputs['comment-file']) captured.comment = (await import('node:fs')).readFileSync(captured.outputs['comment-file'], 'utf8');
  return captured;
}

function pullRequest(origin: Origin, make: (o: Origin) => string): { ws: string; base: string; head: string } {
  const base = git(origin.dev, 'rev-parse', 'main');
  branch(origin, `topic-${Math.random().toString(36).slice(2)}`);
  const head = make(origin);
  return { ws: checkout(origin, head), base, head };
}

describe('the change is judged on its own (base scanned from git)', () => {
  it('rename: the README that links the old name breaks; the step fails with the cause, the annotation and a patch that fixes it', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const pr = pullRequest(origin, (o) => o.rename('docs/guide.md', 'docs/guide-renamed.md'));
    const run = await act(pr.ws, pr);
    expect(run.failed).toBe('docward: 1 finding this change introduced reaches fail-on "error"');
    const annotation = run.annotations.find((a) => a.file === 'README.md');
    expect(annotation).toMatchObject({ severity: 'error', line: 3 });
    expect(annotation!.message).toContain(
      'broken by this change: `docs/guide.md` was renamed to `docs/guide-renamed.md` in this change; suggested target: docs/guide-renamed.md',
    );
    // The renamed page is an orphan now too: the links still name its old path.
    expect(run.comment).toContain('### ❌ docward: this change introduces 1 error, 1 warning (fails on error)');
    expect(run.comment).toMatch(
      /\| docs\/guide-renamed.md:1 \| 🟠 `orphan` \| .* \| `docs\/guide.md` was renamed to `docs\/guide-renamed.md` in this change \|/,
    );
    expect(run.comment).toContain('#### Introduced by this change');
    expect(run.comment).toContain('`docs/guide.md` was renamed to `docs/guide-renamed.md` in this change; suggested: `docs/guide-renamed.md`');
    // The old debt is not this change's.
    expect(run.comment).not.toContain('missing.md');
    const patch = /```diff\n([\s\S]*?)\n```/.exec(run.comment)![1]!;
    writeFileSync(path.join(pr.ws, 'docward.patch'), patch + '\n');
    execFileSync('git', ['apply', 'docward.patch'], { cwd: pr.ws });
    const again = await act(pr.ws, pr);
    expect(again.failed).toBeUndefined();
    expect(again.comment).toContain('this change introduces no findings');
  });

  it('heading edit: the anchor into it breaks, with the heading named and the new fragment suggested', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const pr = pullRequest(origin, (o) => o.commit(HEADING_EDIT));
    const run = await act(pr.ws, pr);
    expect(run.failed).toBeDefined();
    expect(run.comment).toContain('heading `Install` in `docs/setup.md` became `Installation`; suggested: `docs/setup.md#installation`');
    expect(run.comment).toContain('+See the [guide](docs/guide.md), [setup](docs/setup.md#installation)');
  });

  it('a hostile heading in a cause stays inert text in the comment (code span: no HTML, no mention, one table cell)', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const hostile = '<img src=x onerror=alert(1)> @octocat | `x`';
    const pr = pullRequest(origin, (o) => o.commit({ 'docs/setup.md': `# Setup\n\n## ${hostile}\n\nRun it.\n\nBack to [readme](../README.md).\n` }));
    const run = await act(pr.ws, pr);
    const tree = fromMarkdown(run.comment, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const all = (node: Nodes): Nodes[] => [node, ...('children' in node ? node.children.flatMap((c) => all(c as Nodes)) : [])];
    const nodes = all(tree);
    expect(
      nodes
        .filter((n) => n.type === 'html')
        .map((n) => n.value)
        .join(''),
    ).not.toContain('<img');
    expect(
      nodes
        .filter((n) => n.type === 'text')
        .map((n) => n.value)
        .join(''),
    ).not.toContain('@octocat');
    const row = nodes.find((n) => n.type === 'tableRow' && JSON.stringify(n).includes('became'));
    expect(row && 'children' in row ? row.children : []).toHaveLength(4);
    // The heading's text as docward reads it (HTML dropped, code kept): one inline code span in the cell.
    expect(nodes.filter((n) => n.type === 'inlineCode').map((n) => n.value)).toContain('@octocat | x');
  });

  it('deletion: the link to the deleted page is broken by this change', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const pr = pullRequest(origin, (o) => o.commit({ 'docs/old.md': null }));
    const run = await act(pr.ws, pr);
    expect(run.failed).toBeDefined();
    expect(run.comment).toContain('`docs/old.md` was deleted in this change');
    expect(run.annotations.find((a) => a.file === 'README.md')!.message).toContain('broken by this change: `docs/old.md` was deleted in this change');
  });

  it('old debt in a touched file: a typo fix passes; the debt is listed as already there', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const pr = pullRequest(origin, (o) => o.commit(TYPO_FIX));
    const run = await act(pr.ws, pr);
    expect(run.failed).toBeUndefined();
    expect(run.comment).toContain('### ✅ docward: this change introduces no findings');
    expect(run.comment).toContain('<b>Already there</b> (files you touched): 1 error');
    expect(run.comment).toContain('missing.md');
    // gate: all is today's verdict.
    expect((await act(pr.ws, pr, { gate: 'all' })).failed).toBe('docward: 1 finding reaches fail-on "error"');
  });

  it('a fix: the old broken link is listed as fixed', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const pr = pullRequest(origin, (o) => o.commit(DEBT_FIX));
    const run = await act(pr.ws, pr);
    expect(run.failed).toBeUndefined();
    expect(run.comment).toMatch(/\*\*0\*\* introduced · \*\*1\*\* fixed/);
    expect(run.comment).toContain('#### Fixed 🎉');
    expect(run.outputs).toMatchObject({ introduced: '0', fixed: '1' });
    expect(run.comment).toContain('docs/debt.md:3');
  });

  it('a change to files that are not documents: no base scan is needed, nothing is new, the old debt does not fail it', async () => {
    const origin = makeOrigin({ ...BASE_DOCS, 'src/app.js': 'console.log(1);\n' });
    const pr = pullRequest(origin, (o) => o.commit({ 'src/app.js': 'console.log(2);\n' }));
    const run = await act(pr.ws, pr);
    expect(run.failed).toBeUndefined();
    expect(run.info.find((m) => m.includes('against base'))).toMatch(/0 introduced, 0 fixed, 1 already there .*ms: skipped 0/);
  });

  it('a scan of a subfolder (path: docs): causes, annotations and the patch use repository paths', async () => {
    const origin = makeOrigin({ ...BASE_DOCS, 'docs/index.md': '# Docs\n\nSee [old](old.md).\n' });
    const pr = pullRequest(origin, (o) => o.rename('docs/old.md', 'docs/older.md'));
    const run = await act(pr.ws, pr, { path: 'docs' });
    expect(run.failed).toBeDefined();
    expect(run.annotations.find((a) => a.file === 'docs/index.md')!.message).toContain(
      '`docs/old.md` was renamed to `docs/older.md` in this change; suggested target: older.md',
    );
    expect(run.comment).toContain('--- a/docs/index.md\n+++ b/docs/index.md');
    const patch = /```diff\n([\s\S]*?)\n```/.exec(run.comment)![1]!;
    writeFileSync(path.join(pr.ws, 'docward.patch'), patch + '\n');
    execFileSync('git', ['apply', 'docward.patch'], { cwd: pr.ws });
    expect((await act(pr.ws, pr, { path: 'docs' })).failed).toBeUndefined();
  });

  it('push: gates on everything, as before', async () => {
    const origin = makeOrigin(BASE_DOCS);
    const head = git(origin.dev, 'rev-parse', 'main');
    const run = await act(checkout(origin, head), { head, pull: false });
    expect(run.failed).toBe('docward: 1 finding reaches fail-on "error"');
  });

  it("a base commit that cannot be fetched: today's behaviour and a warning naming fetch-depth: 0", async () => {
    const origin = makeOrigin(BASE_DOCS);
    const pr = pullRequest(origin, (o) => o.commit(TYPO_FIX));
    const run = await act(pr.ws, { ...pr, base: 'c'.repeat(40) });
    expect(run.warnings.join('\n')).toMatch(/could not read the base commit cccccccccccc .*`fetch-depth: 0`/);
    expect(run.failed).toBe('docward: 1 finding reaches fail-on "error"');
  });
});
