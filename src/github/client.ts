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
  /** Per-request limit: a request with no answer by then is aborted (then retried like a 5xx). Default 30 s. */
  timeoutMs?: number;
  /** Retries of 5xx and timeouts wait 1, 4, 9 times this. Default 1 s. */
  retryBaseMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** `fetch` that gives up after `ms`: a stalled API must not hold the job until the runner's own timeout. */
function fetchWithTimeout(ms: number): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    try {
      return await fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    } catch (err) {
      if (!timeout.aborted) throw err;
      const error = new Error(`no answer from the GitHub API within ${ms / 1000} s`);
      error.name = 'TimeoutError';
      throw error;
    }
  };
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
      retry: { retries: 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      request: { fetch: fetchWithTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    },
    retry,
    throttling,
  );
}
