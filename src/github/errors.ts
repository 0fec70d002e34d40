/** API failures as one safe line (status and GitHub's message, never headers or the token), and the fork-PR advice. */

interface ApiErrorLike {
  status?: unknown;
  message?: unknown;
  cause?: { name?: unknown };
}

export function apiErrorText(error: unknown): string {
  const e = error as ApiErrorLike;
  // Octokit labels network failures and timeouts 500; no server said that.
  const status = typeof e?.status === 'number' && e.cause?.name !== 'TimeoutError' ? `${e.status} ` : '';
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0] : String(error);
  return `${status}${message}`.slice(0, 300);
}

/** A read-only GITHUB_TOKEN (fork pull requests, restricted default permissions) answers writes with this 403. */
/** A 404 from updating a comment: it was deleted since it was found (write a new one). */
export function isNotFoundError(error: unknown): boolean {
  return (error as ApiErrorLike)?.status === 404;
}

export function isReadOnlyTokenError(error: unknown): boolean {
  const e = error as ApiErrorLike;
  return e?.status === 403 && typeof e.message === 'string' && /resource not accessible by integration/i.test(e.message);
}

export const READ_ONLY_TOKEN_HELP =
  'the token is read-only here (a pull request from a fork, or `permissions:` without `pull-requests: write`/`checks: write`). ' +
  'The job summary, annotations and exit status are unaffected. To comment on fork pull requests, split the workflow: ' +
  'run docward on `pull_request` with `contents: read` and upload the JSON report as an artifact, then post the comment from a ' +
  '`workflow_run` workflow that has `pull-requests: write` (see docs/action.md, "Pull requests from forks").';
