// The stand-in GitHub API answers with the shapes GitHub documents: every response is validated against @octokit/openapi.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, FORBIDDEN_READ_ONLY, SECONDARY_RATE_LIMIT, type StandIn } from './github-standin.js';
import { basicErrorValidator, requestValidator, responseValidator } from './openapi.js';
import { createClient } from '../../src/github/client.js';
import { changedFilesFromApi } from '../../src/github/pr-scope.js';
import { findStickyComment, writeStickyComment } from '../../src/github/sticky-comment.js';
import { postCheckRun } from '../../src/github/check-run.js';

let api: StandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(() => api.close());

describe('GitHub API stand-in', () => {
  it('answers every route docward uses with payloads valid against the REST description', async () => {
    const pull = { owner: api.owner, repo: api.repo, number: 7 };
    api.files.set(
      7,
      Array.from({ length: 150 }, (_, i) => ({
        filename: `docs/page-${i}.md`,
        status: 'modified' as const,
        patch: '@@ -1,2 +1,3 @@\n a\n+b\n c',
        additions: 1,
      })),
    );
    for (let i = 0; i < 130; i++) {
      api.comments.push({
        id: 1 + i,
        issue: 7,
        body: `chatter ${i}`,
        userLogin: 'octocat',
        userType: 'User',
        created_at: '2026-11-25T10:00:00Z',
        updated_at: '2026-11-25T10:00:00Z',
      });
    }
    const client = createClient({ token: 'ghs_standinToken', baseUrl: api.url, log: () => {} });
    const changed = await changedFilesFromApi(client, pull);
    expect(changed.size).toBe(150);
    expect(await findStickyComment(client, pull, '<!-- docward:sticky:abc -->')).toBeUndefined();
    const created = await writeStickyComment(client, pull, 'first <!-- docward:sticky:abc -->', undefined);
    const found = await findStickyComment(client, pull, '<!-- docward:sticky:abc -->');
    expect(found?.url).toBe(created.url);
    await writeStickyComment(client, pull, 'second <!-- docward:sticky:abc -->', found);
    const annotation = {
      path: 'a.md',
      start_line: 1,
      end_line: 1,
      start_column: 1,
      end_column: 1,
      annotation_level: 'warning' as const,
      message: 'm',
      title: 't',
    };
    const check = await postCheckRun(client, {
      ...pull,
      headSha: 'a'.repeat(40),
      name: 'docward',
      title: 't',
      summary: 's',
      conclusion: 'neutral',
      batches: [Array(50).fill(annotation), Array(3).fill(annotation)],
    });
    expect(check.requests).toBe(2);

    const operations = new Set(api.requests.map((r) => r.operation));
    expect([...operations].sort()).toEqual([
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'POST /repos/{owner}/{repo}/check-runs',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    for (const request of api.requests) {
      const validate = responseValidator(request.operation, request.status);
      expect(validate, `${request.operation} ${request.status} has a documented JSON body`).not.toBeNull();
      const ok = validate!(request.response);
      expect(ok, `${request.operation} ${request.status}: ${JSON.stringify(validate!.errors?.slice(0, 3))}`).toBe(true);
    }
    // The validator has teeth: a comment whose author lacks `login` is rejected.
    const createdComment = api.requests.find((r) => r.operation === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments')!;
    const broken = structuredClone(createdComment.response) as { user: Record<string, unknown> };
    delete broken.user.login;
    expect(responseValidator(createdComment.operation, 201)!(broken)).toBe(false);
    // Request bodies are checked too (the e2e suite validates every body docward sends).
    for (const request of api.requests.filter((r) => r.method !== 'GET')) expect(requestValidator(request.operation)!(request.body)).toBe(true);
    expect(requestValidator(createdComment.operation)!({})).toBe(false);
    expect(
      requestValidator('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')!({ output: { title: 't', summary: 's', annotations: [{ path: 'a.md' }] } }),
    ).toBe(false);
  });

  it('scripted faults answer with GitHub error bodies (403 read-only, secondary rate limit)', async () => {
    const before = api.requests.length;
    api.faults.push({ operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', times: 1, status: 403, body: FORBIDDEN_READ_ONLY });
    api.faults.push({
      operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      times: 1,
      status: 403,
      headers: { 'retry-after': '1' },
      body: SECONDARY_RATE_LIMIT,
    });
    const client = createClient({ token: 'ghs_standinToken', baseUrl: api.url, log: () => {} });
    const pull = { owner: api.owner, repo: api.repo, number: 9 };
    await expect(writeStickyComment(client, pull, 'x', undefined)).rejects.toMatchObject({ status: 403 });
    // The throttling plugin waits `retry-after` and repeats the read.
    expect(await findStickyComment(client, pull, 'nothing')).toBeUndefined();
    const faults = api.requests.slice(before).filter((r) => r.status === 403);
    expect(faults).toHaveLength(2);
    const createForbidden = responseValidator('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 403)!;
    expect(createForbidden(faults[0]!.response)).toBe(true);
    expect(basicErrorValidator()(faults[1]!.response)).toBe(true);
  });
});
