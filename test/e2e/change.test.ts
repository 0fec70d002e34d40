// End to end on real git repositories: a bare origin, a depth-1 checkout of the pull request's head as
// actions/checkout makes it, and the bundled action, which fetches the base commit itself and judges the change.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FORBIDDEN_READ_ONLY, type StandIn } from './github-standin.js';
import { useStandIn } from './standin-hooks.js';
import { DIST_ENTRY, runAction, type RunOptions } from './run-action.js';
import { branch, checkout, git, makeOrigin, type Origin } from './git-checkout.js';
import { BASE_DOCS, DEBT_FIX, HEADING_EDIT, TYPO_FIX } from '../change/scenarios.js';

let api: StandIn;
useStandIn((standIn) => {
  api = standIn;
});

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const REVIEW = 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews';

function pullRequest(make: (o: Origin) => string, number = 11): { ws: string; options: Omit<RunOptions, 'workspace'> } {
  const origin = makeOrigin(BASE_DOCS);
  const base = git(origin.dev, 'rev-parse', 'main');
  branch(origin, 'topic');
  const head = make(origin);
  return { ws: checkout(origin, head), options: { apiUrl: api.url, owner: api.owner, repo: api.repo, event: 'pull_request', pull: { number, base, head } } };
}

describe('a pull request judged against its base, as the runner runs the bundle', () => {
  it('rename: fails on the README it broke, annotates it with the cause, comments with the patch; no files API needed', async () => {
    const pr = pullRequest((o) => o.rename('docs/guide.md', 'docs/guide-renamed.md'));
    const run = await runAction({ workspace: pr.ws, ...pr.options });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/docward: base commit [0-9a-f]{12} fetched from origin \(--depth=1\)/);
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=link-broken,file=README.md,line=3,col=\d+::link target "docs\/guide.md" does not exist .* — broken by this change: `docs\/guide.md` was renamed to `docs\/guide-renamed.md` in this change; suggested target: docs\/guide-renamed.md$/,
      ),
    );
    expect(run.commands.at(-1)).toBe('::error::docward: 1 finding this change introduced reaches fail-on "error"');
    expect(api.requests.filter((r) => r.operation.includes('/files'))).toHaveLength(0);
    const comment = api.comments[0]!.body;
    expect(comment).toContain('### ❌ docward: this change introduces 1 error, 1 warning (fails on error)');
    expect(comment).toContain(`[README.md:3](https://github.com/${api.owner}/${api.repo}/blob/${pr.options.pull!.head}/README.md?plain=1#L3)`);
    expect(run.summary).toMatch(/^## ❌ docward: this change introduces 1 error, 1 warning \(fails on error\)\n\n\*\*2\*\* introduced/);
    // The patch in the comment applies to the checkout and the next run passes.
    writeFileSync(path.join(pr.ws, 'docward.patch'), /```diff\n([\s\S]*?)\n```/.exec(comment)![1]! + '\n');
    expect(spawnSync('git', ['apply', 'docward.patch'], { cwd: pr.ws }).status).toBe(0);
    const fixed = await runAction({ workspace: pr.ws, ...pr.options, runId: '1002' });
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(api.comments[0]!.body).toContain('### ✅ docward: this change introduces no findings');
  });

  it('heading edit: the anchor into it fails the change, with the heading named and the new fragment', async () => {
    const pr = pullRequest((o) => o.commit(HEADING_EDIT));
    const run = await runAction({ workspace: pr.ws, ...pr.options });
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=link-anchor,file=README.md,line=3,.*broken by this change: heading `Install` in `docs\/setup.md` became `Installation`; suggested target: docs\/setup.md#installation$/,
      ),
    );
    expect(api.comments[0]!.body).toContain('+See the [guide](docs/guide.md), [setup](docs/setup.md#installation)');
  });

  it('a fix: passes, lists the fixed finding and sets the outputs', async () => {
    const pr = pullRequest((o) => o.commit(DEBT_FIX));
    const run = await runAction({ workspace: pr.ws, ...pr.options });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ introduced: '0', fixed: '1' });
    expect(run.summary).toContain('#### Fixed 🎉');
    // comment: auto writes no first comment when nothing is reported.
    expect(api.comments).toHaveLength(0);
  });

  it('a fork (read-only token): the comment cannot be written, the verdict and annotations are the same', async () => {
    const pr = pullRequest((o) => o.commit({ 'docs/old.md': null }));
    api.faults.push({ operation: CREATE, times: 5, status: 403, body: FORBIDDEN_READ_ONLY });
    const run = await runAction({ workspace: pr.ws, ...pr.options });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.startsWith('::warning::docward could not write the pull request comment'))).toContain('workflow_run');
    expect(run.commands).toContainEqual(
      expect.stringMatching(/^::error title=link-broken,file=README.md,line=3,.*broken by this change: `docs\/old.md` was deleted in this change$/),
    );
    expect(readFileSync(run.outputs['comment-file']!, 'utf8')).toContain('`docs/old.md` was deleted in this change');
  });

  it('old debt in a touched file passes; push and gate: all fail on it', async () => {
    const pr = pullRequest((o) => o.commit(TYPO_FIX));
    const run = await runAction({ workspace: pr.ws, ...pr.options });
    expect(run.code, run.stdout).toBe(0);
    expect(api.comments[0]!.body).toContain('<b>Already there</b> (files you touched): 1 error');
    expect((await runAction({ workspace: pr.ws, ...pr.options, inputs: { gate: 'all', comment: 'never' } })).code).toBe(1);
    const push = await runAction({ workspace: pr.ws, ...pr.options, event: 'push', pull: undefined });
    expect(push.code).toBe(1);
    expect(push.commands.at(-1)).toBe('::error::docward: 1 finding reaches fail-on "error"');
  });

  it("a base commit origin does not have: today's behaviour, with a warning naming fetch-depth: 0", async () => {
    const pr = pullRequest((o) => o.rename('docs/guide.md', 'docs/guide-renamed.md'));
    const run = await runAction({ workspace: pr.ws, ...pr.options, pull: { ...pr.options.pull!, base: 'c'.repeat(40) } });
    expect(run.commands).toContainEqual(expect.stringMatching(/^::warning::docward could not read the base commit cccccccccccc .*`fetch-depth: 0`/));
    // Today's filter-mode file on the pull request's files (the stand-in lists none): the README is not reported.
    expect(run.code).toBe(0);
  });

  it('suggestions: true posts a review with a suggestion block on the line the change added', async () => {
    const pr = pullRequest((o) => o.commit({ 'docs/guide.md': '# Guide\n\nBack to [readme](../README.md).\n\nSee [setup](Setup.md).\n' }));
    const run = await runAction({ workspace: pr.ws, ...pr.options, inputs: { suggestions: 'true' } });
    expect(run.code).toBe(1);
    const reviews = api.requests.filter((r) => r.operation === REVIEW);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.body).toMatchObject({
      event: 'COMMENT',
      comments: [{ path: 'docs/guide.md', line: 5, side: 'RIGHT', body: expect.stringContaining('```suggestion\nSee [setup](setup.md).\n```') }],
    });
  });
});

describe('dist/index.js', () => {
  it('exports run(), which a runner that imports the bundle awaits; importing alone runs nothing', () => {
    const probe = `const m = await import(${JSON.stringify(DIST_ENTRY)}); console.log(typeof m.run); await m.run(); console.log('exit', process.exitCode);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, 'INPUT_FAIL-ON': 'fatal' },
    });
    expect(child.stdout).toMatch(/^function\n/);
    expect(child.stdout).toContain('::error::docward: input "fail-on" is "fatal"');
    expect(child.stdout).toContain('exit 1');
  });
});
