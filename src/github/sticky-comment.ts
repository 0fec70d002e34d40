/** The sticky PR comment: found again by its hidden marker (all pages), updated in place, created at most once. */
import type { GitHubClient } from './client.js';
import type { PullRef } from './pr-scope.js';
import { isNotFoundError } from './errors.js';

export type CommentMode = 'auto' | 'always' | 'never';
export const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never'];

export interface StickyComment {
  id: number;
  body: string;
  url: string;
}

/** The first comment carrying `marker`, preferring one written by a bot (a person may quote the marker). */
export async function findStickyComment(client: GitHubClient, pull: PullRef, marker: string): Promise<StickyComment | undefined> {
  let fallback: StickyComment | undefined;
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pull.owner,
    repo: pull.repo,
    issue_number: pull.number,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (!comment.body?.includes(marker)) continue;
      const found = { id: comment.id, body: comment.body, url: comment.html_url };
      if (comment.user?.type === 'Bot') return found;
      fallback ??= found;
    }
  }
  return fallback;
}

/** `auto` comments when there is something to say or a comment to keep current; a clean PR never gets a first one. */
export function shouldWriteComment(mode: CommentMode, hasFindings: boolean, existing: StickyComment | undefined): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return hasFindings || existing !== undefined;
}

export async function writeStickyComment(
  client: GitHubClient,
  pull: PullRef,
  body: string,
  existing: StickyComment | undefined,
): Promise<{ url: string; action: 'created' | 'updated' }> {
  if (existing) {
    try {
      const { data } = await client.rest.issues.updateComment({ owner: pull.owner, repo: pull.repo, comment_id: existing.id, body });
      return { url: data.html_url, action: 'updated' };
    } catch (err) {
      // Deleted between the lookup and this update: the pull request still gets its comment.
      if (!isNotFoundError(err)) throw err;
    }
  }
  const { data } = await client.rest.issues.createComment({ owner: pull.owner, repo: pull.repo, issue_number: pull.number, body });
  return { url: data.html_url, action: 'created' };
}
