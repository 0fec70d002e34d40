/** Fix suggestions as one pull-request review: a ```suggestion block per line the change added. */
import type { GitHubClient } from './client.js';
import type { PullRef } from './pr-scope.js';
import type { Suggestion } from '../report/change.js';

/** GitHub rejects reviews with very many comments; the rest are in the comment's patch anyway. */
const MAX_SUGGESTIONS = 50;

/** Posts the review (event COMMENT: it neither approves nor blocks); undefined when there is nothing to suggest. */
export async function postSuggestions(
  client: GitHubClient,
  pull: PullRef,
  commitId: string,
  suggestions: readonly Suggestion[],
): Promise<{ url: string; comments: number } | undefined> {
  if (!suggestions.length) return undefined;
  const comments = suggestions.slice(0, MAX_SUGGESTIONS).map((s) => ({ path: s.path, line: s.line, side: 'RIGHT' as const, body: s.body }));
  const { data } = await client.rest.pulls.createReview({
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.number,
    commit_id: commitId || undefined,
    event: 'COMMENT',
    body: `docward: ${comments.length} suggested ${comments.length === 1 ? 'fix' : 'fixes'} for links this change broke.`,
    comments,
  });
  return { url: data.html_url, comments: comments.length };
}
