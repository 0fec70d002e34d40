/** The Octokit client: REST methods and pagination from @actions/github, with retry (5xx) and throttling (rate limits). */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** REST API root (`GITHUB_API_URL`). */
  baseUrl: string;
  /** One line per retry; never receives the token. */
  log: (message: string) => void;
  /** Retries after rate limits before giving up (each waits `retry-after`). */
  rateLimitRetries?: number;
}

export function createClient(options: ClientOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < retries;
      options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
      return again;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      // Octokit's own logger would print request details; the action reports API trouble itself.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { retries: 3 },
    },
    retry,
    throttling,
  );
}
