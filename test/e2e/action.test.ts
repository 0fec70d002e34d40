// End to end: the bundled action (dist/index.js) run as a child process with a runner's environment, against the
// GitHub API stand-in on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { FORBIDDEN_READ_ONLY, SECONDARY_RATE_LIMIT, type StandIn } from './github-standin.js';
import { useStandIn } from './standin-hooks.js';
import { runAction, TOKEN, type RunOptions } from './run-action.js';

let api: StandIn;
useStandIn((standIn) => {
  api = standIn;
});

/** Summary text as a reader sees it: numeric character references decoded, zero-width spaces dropped. */
const rendered = (markdown: string) => markdown.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/\u200b/g, '');
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const EVIL_NAME = 'x\n::error file=evil::y.md';
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docward-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Two broken links (errors, in README.md and docs/guide.md) and one orphan (warning). */
const DOCS = {
  'README.md': '# Readme\n\nSee [guide](docs/guide.md) and [missing](docs/nope.md).\n',
  'docs/guide.md': '---\ntitle: Guide\n---\n# Guide\n\nText [bad](../gone.md).\n',
  'docs/orphan.md': '# Orphan\n\nNothing links here.\n',
};

const GUIDE_PATCH = '@@ -3,4 +3,4 @@\n ---\n # Guide\n \n-Text.\n+Text [bad](../gone.md).';

const base = (extra: Partial<RunOptions> = {}): Omit<RunOptions, 'workspace'> => ({
  apiUrl: api.url,
  owner: api.owner,
  repo: api.repo,
  event: 'push',
  ...extra,
});
const pullRequest = (number = 7) => ({ event: 'pull_request' as const, pull: { number, base: BASE, head: HEAD } });
const of = (operation: string) => api.requests.filter((r) => r.operation === operation);
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';

describe('the action, run as a runner runs it', () => {
  it('push: ranked annotations, summary, outputs, JSON report and SARIF; no comment; the token is never printed', async () => {
    const ws = workspace({ ...DOCS, [`docs/${EVIL_NAME}`]: '# Evil\n' });
    const run = await runAction({ workspace: ws, ...base(), inputs: { 'sarif-file': 'out/docward.sarif' } });
    expect(run.code, run.stderr + run.stdout).toBe(1);
    expect(run.commands.filter((c) => c.startsWith('::error') || c.startsWith('::warning'))).toEqual([
      expect.stringMatching(/^::error title=link-broken,file=README.md,line=3,col=\d+::link target "docs\/nope.md" does not exist/),
      expect.stringMatching(/^::error title=link-broken,file=docs\/guide.md,line=6,col=\d+::/),
      expect.stringMatching(/^::warning title=orphan,file=docs\/orphan.md,line=1,col=1::/),
      expect.stringMatching(/^::warning title=orphan,file=docs\/x%0A%3A%3Aerror file=evil%3A%3Ay.md,line=1,col=1::/),
      '::error::docward: 2 findings reach fail-on "error"',
    ]);
    // The crafted name cannot start a workflow command of its own.
    expect(run.stdout.split('\n').some((line) => line.startsWith('::error file=evil'))).toBe(false);
    expect(run.summary).toMatch(/^## ❌ docward: 2 errors, 2 warnings, 0 notices \(fails on error\)/);
    // A severity by rule table names every rule; no chart.
    expect(run.summary).not.toContain('```mermaid');
    expect(run.summary).toContain('| `link-broken` | 2 | 2 | 0 | 0 |');
    // In the summary the crafted name is one line of inert text.
    expect(run.summary).toContain('<b>docs/x &#58;&#58;error file=evil&#58;&#58;y.md</b>');
    expect(run.outputs).toMatchObject({
      errors: '2',
      warnings: '2',
      notices: '0',
      findings: '4',
      'comment-url': '',
      'comment-file': '',
      'sarif-file': path.join(ws, 'out/docward.sarif'),
    });
    expect(run.outputs.engine).toEqual(process.env.DOCWARD_E2E_ENGINE || expect.stringMatching(/^(native|js)$/));
    expect(Number(run.outputs.score)).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'));
    expect(report.findings).toHaveLength(4);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(4);
    expect(api.requests).toHaveLength(0);
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });

  it('pull request: the first run creates the sticky comment, the second updates the same one with new and fixed', async () => {
    const ws = workspace(DOCS);
    api.files.set(7, [{ filename: 'docs/guide.md', status: 'modified', patch: GUIDE_PATCH, additions: 1, deletions: 1 }]);
    const first = await runAction({ workspace: ws, ...base(pullRequest()) });
    expect(first.code).toBe(1);
    expect(of(FILES)).toHaveLength(1);
    expect(of(CREATE)).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    const comment = api.comments[0]!;
    expect(first.outputs['comment-url']).toBe(`https://github.com/${api.owner}/${api.repo}/pull/7#issuecomment-${comment.id}`);
    // filter-mode defaults to `file` on pull requests: only docs/guide.md is reported; the whole tree was scanned.
    expect(first.outputs).toMatchObject({ errors: '1', warnings: '0', findings: '1' });
    expect(first.summary).toContain('Reporting with filter-mode `file` (1 changed file): 2 findings outside');
    expect(comment.body).toMatch(/^<!-- docward:sticky:[0-9a-f]{16} -->\n\n### ❌ docward: 1 error, 0 warnings, 0 notices/);
    expect(first.commands.filter((c) => /^::(error|warning) title=/.test(c))).toHaveLength(1);

    // Second push: the guide is fixed, the PR now touches README.md too.
    writeFileSync(path.join(ws, 'docs/guide.md'), '---\ntitle: Guide\n---\n# Guide\n\nText [ok](../README.md).\n');
    api.files.set(7, [
      { filename: 'docs/guide.md', status: 'modified', patch: GUIDE_PATCH, additions: 1, deletions: 1 },
      {
        filename: 'README.md',
        status: 'modified',
        patch: '@@ -1,3 +1,3 @@\n # Readme\n \n-See.\n+See [guide](docs/guide.md) and [missing](docs/nope.md).',
        additions: 1,
        deletions: 1,
      },
    ]);
    api.requests.length = 0;
    const second = await runAction({ workspace: ws, ...base(pullRequest()), runId: '1002' });
    expect(of(CREATE)).toHaveLength(0);
    expect(of(UPDATE)).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(api.comments[0]!.body).toContain('1 new, 1 fixed since the previous run');
    expect(api.comments[0]!.body).toMatch(/Score \*\*\d+\*\*\/100 \((▲ \+\d+|▼ -\d+|= no change) since the previous run: \d+\)/);
    expect(second.summary).toContain('1 new, 1 fixed since the previous run');

    // Third push fixes the rest: the existing comment is updated to a clean verdict, not left stale.
    writeFileSync(path.join(ws, 'README.md'), '# Readme\n\nSee [guide](docs/guide.md).\n');
    api.requests.length = 0;
    const third = await runAction({ workspace: ws, ...base(pullRequest()), runId: '1003' });
    expect(third.code).toBe(0);
    expect(of(UPDATE)).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toMatch(/### ✅ docward: no findings/);
    expect(api.comments[0]!.body).toContain('0 new, 1 fixed since the previous run');
  });

  it('pull request with history: git diff base...head scopes the report without the files API', async () => {
    const ws = workspace(DOCS);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', 'README.md', 'docs/orphan.md');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    git('add', '-A');
    git('commit', '-q', '-m', 'add guide');
    const headSha = git('rev-parse', 'HEAD');
    const run = await runAction({
      workspace: ws,
      ...base({ event: 'pull_request', pull: { number: 8, base: baseSha, head: headSha } }),
      inputs: { 'filter-mode': 'added', comment: 'never' },
    });
    expect(of(FILES)).toHaveLength(0);
    expect(api.requests).toHaveLength(0);
    expect(run.outputs).toMatchObject({ errors: '1', findings: '1' });
    expect(run.commands[0]).toMatch(/^::error title=link-broken,file=docs\/guide.md,line=6/);
  });

  it('a clean pull request with no earlier comment gets none', async () => {
    const ws = workspace({
      'README.md': '# Readme\n\nSee [guide](docs/guide.md).\n',
      'docs/guide.md': '---\ntitle: Guide\n---\n# Guide\n\nBack to [readme](../README.md).\n',
    });
    api.files.set(9, [{ filename: 'docs/guide.md', status: 'added', patch: '@@ -0,0 +1,1 @@\n+x', additions: 1 }]);
    const run = await runAction({ workspace: ws, ...base(pullRequest(9)) });
    expect(run.code, run.stdout).toBe(0);
    expect(of(LIST)).toHaveLength(1);
    expect(of(CREATE)).toHaveLength(0);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toMatch(/^## ✅ docward: no findings/);
  });

  it('a read-only token (403) warns with the two-workflow recipe; summary, annotations and exit status are unaffected', async () => {
    const ws = workspace(DOCS);
    api.faults.push({ operation: CREATE, times: 5, status: 403, body: FORBIDDEN_READ_ONLY });
    const run = await runAction({ workspace: ws, ...base(pullRequest()), inputs: { 'filter-mode': 'nofilter', 'fail-on': 'warning' } });
    expect(of(CREATE)).toHaveLength(1); // 403 is not retried
    const warning = run.commands.find((c) => c.startsWith('::warning::docward could not write the pull request comment'));
    expect(warning).toContain('workflow_run');
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => /^::(error|warning) title=/.test(c))).toHaveLength(3);
    expect(run.summary).toMatch(/^## ❌ docward: 2 errors, 1 warning/);
    expect(rendered(run.summary)).toContain('run docward on `pull_request` with `contents: read`');
    expect(run.outputs['comment-url']).toBe('');
    // The rendered comment is still there for a `workflow_run` workflow to post.
    expect(readFileSync(run.outputs['comment-file']!, 'utf8')).toMatch(/^<!-- docward:sticky:[0-9a-f]{16} -->\n\n### ❌ docward: 2 errors, 1 warning/);
  });

  it('a 502 is retried with backoff, then the comment is written', async () => {
    const ws = workspace(DOCS);
    api.faults.push({ operation: LIST, times: 1, status: 502, body: { message: 'Server Error' } });
    const run = await runAction({ workspace: ws, ...base(pullRequest()), inputs: { 'filter-mode': 'nofilter' } });
    expect(of(LIST).map((r) => r.status)).toEqual([502, 200]);
    expect(of(CREATE).map((r) => r.status)).toEqual([201]);
    expect(run.outputs['comment-url']).not.toBe('');
    expect(run.commands.some((c) => c.startsWith('::warning::docward could not') && !c.includes('the base commit'))).toBe(false);
  });

  it('a secondary rate limit waits for retry-after, then succeeds', async () => {
    const ws = workspace(DOCS);
    api.faults.push({ operation: CREATE, times: 1, status: 403, headers: { 'retry-after': '2' }, body: SECONDARY_RATE_LIMIT });
    const run = await runAction({ workspace: ws, ...base(pullRequest()), inputs: { 'filter-mode': 'nofilter' } });
    expect(of(CREATE).map((r) => r.status)).toEqual([403, 201]);
    expect(run.ms).toBeGreaterThanOrEqual(2000);
    expect(api.comments).toHaveLength(1);
    expect(run.stdout).toContain('secondary rate limit');
  });

  it('more findings than fit in a comment: one comment under 65,536 characters that says it is truncated', async () => {
    const files: Record<string, string> = { 'README.md': '# Readme\n' };
    for (let i = 0; i < 120; i++) {
      files['README.md'] += `\n[page ${i}](docs/page-${i}.md)\n`;
      files[`docs/page-${i}.md`] =
        `# Page ${i}\n\n` + Array.from({ length: 25 }, (_, j) => `A [broken link number ${j}](./missing/deeply/nested/target-${i}-${j}.md).\n`).join('\n');
    }
    const ws = workspace(files);
    const run = await runAction({ workspace: ws, ...base(pullRequest()), inputs: { 'filter-mode': 'nofilter' } });
    expect(Number(run.outputs.findings)).toBe(3000);
    expect(of(CREATE).map((r) => r.status)).toEqual([201]);
    const body = api.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toMatch(/Comment truncated to GitHub's 65,536-character limit: [\d,]+ findings in \d+ more files not shown/);
    expect(run.summary).toContain('GitHub shows at most 10 annotations of each severity per step: 2,990 errors are not shown');
  });

  it('check-run: true posts every finding as Checks API annotations, 50 per request', async () => {
    const files: Record<string, string> = { 'README.md': '# Readme\n\n' + Array.from({ length: 120 }, (_, i) => `[x](gone-${i}.md)\n`).join('\n') };
    const ws = workspace(files);
    const run = await runAction({ workspace: ws, ...base(), inputs: { 'check-run': 'true' } });
    expect(run.outputs.findings).toBe('120');
    const create = of('POST /repos/{owner}/{repo}/check-runs');
    const updates = of('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}');
    expect(create).toHaveLength(1);
    expect(updates).toHaveLength(2);
    expect(api.checkRuns[0]!.annotations).toHaveLength(120);
    expect(api.checkRuns[0]!.body).toMatchObject({ name: 'docward', head_sha: 'f'.repeat(40), status: 'completed', conclusion: 'failure' });
  });

  it("this repository's link fixtures, scanned as a subfolder: repository-relative annotations, summary and SARIF", async () => {
    const sarifPath = path.join(mkdtempSync(path.join(tmpdir(), 'docward-sarif-')), 'links.sarif');
    const run = await runAction({ workspace: REPO, ...base(), inputs: { path: 'fixtures/rules/links', 'sarif-file': sarifPath, 'fail-on': 'never' } });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { findings: { path: string; line: number; severity: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(run.outputs.findings).toBe(String(report.findings.length));
    const annotations = run.commands.filter((c) => /^::(error|warning|notice) title=/.test(c));
    const shown = ['error', 'warning', 'notice'].reduce((sum, s) => sum + Math.min(10, report.findings.filter((f) => f.severity === s).length), 0);
    expect(annotations.length).toBe(shown);
    for (const annotation of annotations) expect(annotation).toMatch(/file=fixtures\/rules\/links\//);
    const first = report.findings[0]!;
    expect(run.summary).toContain(`/blob/${'f'.repeat(40)}/fixtures/rules/links/${first.path}?plain=1#L${first.line}`);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toHaveLength(report.findings.length);
    for (const uri of uris) expect(uri.startsWith('fixtures/rules/links/')).toBe(true);
  });

  it('a baseline (an earlier JSON report) keeps accepted findings out; only new ones fail the step', async () => {
    const ws = workspace(DOCS);
    const accepted = await runAction({ workspace: ws, ...base(), inputs: { 'fail-on': 'never' } });
    writeFileSync(path.join(ws, '.docward-baseline.json'), readFileSync(accepted.outputs['report-file']!, 'utf8'));
    const clean = await runAction({ workspace: ws, ...base(), inputs: { baseline: '.docward-baseline.json' } });
    expect(clean.code).toBe(0);
    expect(clean.outputs.findings).toBe('0');
    expect(rendered(clean.summary)).toContain('Baseline .docward-baseline.json: 3 accepted findings are not reported; 0 baseline entries no longer occur');

    // One accepted link is fixed, one new broken link appears.
    writeFileSync(path.join(ws, 'README.md'), '# Readme\n\nSee [guide](docs/guide.md) and [other](docs/other.md).\n');
    const next = await runAction({ workspace: ws, ...base(), inputs: { baseline: '.docward-baseline.json' } });
    expect(next.code).toBe(1);
    expect(next.outputs).toMatchObject({ errors: '1', findings: '1' });
    expect(next.commands[0]).toMatch(/^::error title=link-broken,file=README.md,line=3,.*docs\/other.md/);
    expect(rendered(next.summary)).toContain('2 accepted findings are not reported; 1 baseline entries no longer occur');

    const missing = await runAction({ workspace: ws, ...base(), inputs: { baseline: 'nope.json' } });
    expect(missing.code).toBe(1);
    expect(missing.commands.at(-1)).toBe('::error::docward: input "baseline": cannot read nope.json: ENOENT');
  });

  it('a bad input fails the step naming the input and what it accepts', async () => {
    const run = await runAction({ workspace: workspace(DOCS), ...base(), inputs: { 'fail-on': 'fatal' } });
    expect(run.code).toBe(1);
    expect(run.commands).toEqual(['::error::docward: input "fail-on" is "fatal": expected one of error, warning, notice, never']);
    expect(run.summary).toContain('## ❌ docward could not run\n\n```text\ninput "fail-on" is "fatal"');
    const outside = await runAction({ workspace: workspace(DOCS), ...base(), inputs: { path: '../elsewhere' } });
    expect(outside.code).toBe(1);
    expect(outside.commands.at(-1)).toMatch(/^::error::docward: input "path" is "..\/elsewhere": it must be inside the repository checkout/);
  });

  it('a bad config fails the step with an annotation on the config file', async () => {
    const ws = workspace({ ...DOCS, '.docward.yml': 'rules:\n  link-broken:\n    severity: fatal\n' });
    const run = await runAction({ workspace: ws, ...base() });
    expect(run.code).toBe(1);
    expect(run.commands[0]).toMatch(/^::error title=docward configuration,file=.docward.yml,line=3::/);
    expect(run.summary).toMatch(/^## ❌ docward could not run/);
  });
});
