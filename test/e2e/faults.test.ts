// End to end, GitHub API faults: the bundled action against the stand-in when the API fails, stalls, forgets a
// comment or rejects a body. Each run still leaves annotations, summary, outputs and exit status right, and says
// with a `::warning` what it could not post. The token never shows up anywhere.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type StandIn } from './github-standin.js';
import { useStandIn } from './standin-hooks.js';
import { runAction, TOKEN, type ActionRun, type RunOptions } from './run-action.js';

let api: StandIn;
useStandIn(
  (standIn) => {
    api = standIn;
  },
  { allowBasicErrors: true },
);

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const CHECK = 'POST /repos/{owner}/{repo}/check-runs';
const of = (operation: string) => api.requests.filter((r) => r.operation === operation);

/** Two broken links (errors) and one orphan (warning): exit 1 under the default fail-on. */
const DOCS = {
  'README.md': '# Readme\n\nSee [guide](docs/guide.md) and [missing](docs/nope.md).\n',
  'docs/guide.md': '---\ntitle: Guide\n---\n# Guide\n\nText [bad](../gone.md).\n',
  'docs/orphan.md': '# Orphan\n\nNothing links here.\n',
};

function workspace(files: Record<string, string> = DOCS): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docward-faults-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// Short timeouts and backoff so a fault costs a second, not a minute; the logic is the production one.
const FAST = { DOCWARD_API_TIMEOUT_MS: '800', DOCWARD_API_RETRY_BASE_MS: '50' };

function run(extra: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({
    workspace: workspace(),
    apiUrl: api.url,
    owner: api.owner,
    repo: api.repo,
    event: 'pull_request',
    pull: { number: 7, base: 'a'.repeat(40), head: 'b'.repeat(40) },
    inputs: { 'filter-mode': 'nofilter' },
    env: FAST,
    ...extra,
  });
}

/** What every faulty run must still get right: three annotations, summary verdict, outputs, exit 1, no token. */
function expectReportIntact(result: ActionRun): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.commands.filter((c) => /^::(error|warning) title=/.test(c))).toHaveLength(3);
  expect(result.commands.at(-1)).toBe('::error::docward: 2 findings reach fail-on "error"');
  expect(result.summary).toMatch(/^## ❌ docward: 2 errors, 1 warning, 0 notices/);
  expect(result.outputs).toMatchObject({ errors: '2', warnings: '1', findings: '3' });
  expect(JSON.parse(readFileSync(result.outputs['report-file']!, 'utf8')).findings).toHaveLength(3);
  const everything = [result.stdout, result.stderr, result.summary, JSON.stringify(result.outputs), readFileSync(result.outputs['report-file']!, 'utf8')];
  if (result.outputs['comment-file']) everything.push(readFileSync(result.outputs['comment-file'], 'utf8'));
  for (const text of everything) expect(text).not.toContain(TOKEN);
  for (const comment of api.comments) expect(comment.body).not.toContain(TOKEN);
}

// API warnings only: these workspaces are no git checkouts, so each run also warns that the base commit cannot be read.
const warningsOf = (result: ActionRun) => result.commands.filter((c) => c.startsWith('::warning::') && !c.includes('could not read the base commit'));

describe('GitHub API faults', () => {
  it('a 503 that persists: retried 3 times, then one warning; the report is intact', async () => {
    api.faults.push({ operation: CREATE, times: 10, status: 503, body: { message: 'Service Unavailable' } });
    const result = await run();
    expect(of(CREATE).map((r) => r.status)).toEqual([503, 503, 503, 503]);
    expect(warningsOf(result)).toEqual(['::warning::docward could not write the pull request comment: 503 Service Unavailable']);
    expect(result.summary).toContain('docward could not write the pull request comment');
    expect(result.outputs['comment-url']).toBe('');
    expect(readFileSync(result.outputs['comment-file']!, 'utf8')).toMatch(/^<!-- docward:sticky:[0-9a-f]{16} -->/);
    expectReportIntact(result);
  });

  it('a 500 on the pull request files: every finding is reported, with a warning saying why', async () => {
    api.faults.push({ operation: FILES, times: 10, status: 500, body: { message: 'Internal Server Error' } });
    const result = await run({ inputs: {} });
    expect(of(FILES)).toHaveLength(4);
    expect(warningsOf(result)).toEqual([
      '::warning::docward could not read the pull request files (reporting every finding instead): 500 Internal Server Error',
    ]);
    expect(api.comments).toHaveLength(1);
    expectReportIntact(result);
  });

  it('a stalled request times out and is retried; the comment is written', async () => {
    api.faults.push({ operation: LIST, times: 1, status: 504, body: { message: 'stalled' }, delayMs: 30_000 });
    const result = await run();
    expect(of(LIST)).toHaveLength(2);
    expect(of(CREATE).map((r) => r.status)).toEqual([201]);
    expect(warningsOf(result)).toEqual([]);
    expect(result.ms).toBeLessThan(15_000);
    expectReportIntact(result);
  });

  it('an API that never answers: bounded by the timeout, one warning per write, the step still ends', async () => {
    api.faults.push({ operation: LIST, times: 10, status: 504, body: { message: 'stalled' }, delayMs: 30_000 });
    api.faults.push({ operation: CREATE, times: 10, status: 504, body: { message: 'stalled' }, delayMs: 30_000 });
    const result = await run();
    expect(of(LIST)).toHaveLength(4);
    expect(of(CREATE)).toHaveLength(4);
    expect(warningsOf(result)).toEqual([
      '::warning::docward could not read the pull request comments: no answer from the GitHub API within 0.8 s',
      '::warning::docward could not write the pull request comment: no answer from the GitHub API within 0.8 s',
    ]);
    // 8 attempts of 0.8 s plus backoff, far below the stall.
    expect(result.ms).toBeLessThan(15_000);
    expectReportIntact(result);
  });

  it('a comment deleted between runs: the next run creates a new one', async () => {
    const first = await run();
    expect(api.comments).toHaveLength(1);
    const oldUrl = first.outputs['comment-url'];
    api.comments.length = 0; // deleted by a maintainer
    api.requests.length = 0;
    const second = await run({ runId: '1002' });
    expect(of(UPDATE)).toHaveLength(0);
    expect(of(CREATE).map((r) => r.status)).toEqual([201]);
    expect(second.outputs['comment-url']).not.toBe(oldUrl);
    expect(warningsOf(second)).toEqual([]);
    expectReportIntact(second);
  });

  it('a comment deleted after it was found (404 on update): a new one is created instead', async () => {
    await run();
    const original = api.comments[0]!;
    api.requests.length = 0;
    api.faults.push({
      operation: UPDATE,
      times: 1,
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    });
    const second = await run({ runId: '1002' });
    expect(of(UPDATE).map((r) => r.status)).toEqual([404]); // 404 is not retried
    expect(of(CREATE).map((r) => r.status)).toEqual([201]);
    expect(api.comments).toHaveLength(2);
    expect(second.outputs['comment-url']).toBe(`https://github.com/${api.owner}/${api.repo}/pull/7#issuecomment-${api.comments[1]!.id}`);
    expect(second.outputs['comment-url']).not.toContain(String(original.id));
    expect(warningsOf(second)).toEqual([]);
    expectReportIntact(second);
  });

  it('a 422 for an oversize body: not retried, one warning, the comment file is still written', async () => {
    api.faults.push({
      operation: CREATE,
      times: 1,
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      },
    });
    const result = await run();
    expect(of(CREATE).map((r) => r.status)).toEqual([422]);
    const warnings = warningsOf(result);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^::warning::docward could not write the pull request comment: 422 Validation Failed.*body is too long/);
    expect(result.outputs['comment-url']).toBe('');
    expectReportIntact(result);
  });

  it('a 422 on the check run: a warning; annotations, comment and exit status are unaffected', async () => {
    api.faults.push({
      operation: CHECK,
      times: 1,
      status: 422,
      body: { message: 'Validation Failed', errors: [], documentation_url: 'https://docs.github.com/rest', status: '422' },
    });
    const result = await run({ inputs: { 'filter-mode': 'nofilter', 'check-run': 'true' } });
    expect(warningsOf(result)).toEqual([expect.stringMatching(/^::warning::docward could not create the check run: 422 Validation Failed/)]);
    expect(api.comments).toHaveLength(1);
    expectReportIntact(result);
  });

  it('an error message that echoes the token is redacted', async () => {
    api.faults.push({
      operation: CREATE,
      times: 1,
      status: 401,
      body: { message: `Bad credentials: ${TOKEN}`, documentation_url: 'https://docs.github.com/rest', status: '401' },
    });
    const result = await run();
    expect(warningsOf(result)).toEqual([
      expect.stringMatching(/^::warning::docward could not write the pull request comment: 401 Bad credentials: \*\*\*( |$)/),
    ]);
    expectReportIntact(result);
  });
});
