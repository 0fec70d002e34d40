/** The runner's context (GITHUB_* variables and the event payload), read from values passed in, not process.env. */

export interface PullContext {
  number: number;
  baseSha: string;
  headSha: string;
}

export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  sha: string;
  workspace: string;
  workflow: string;
  runId: string;
  serverUrl: string;
  apiUrl: string;
  /** Where the JSON report goes (RUNNER_TEMP on a runner). */
  tempDir: string;
  pull?: PullContext;
  /** The commit the change is judged against: the pull request's base, or a merge queue entry's base. */
  baseSha?: string;
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function readContext(env: Record<string, string | undefined>, readEvent: (file: string) => string, cwd: string, tmp: string): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let pull: PullContext | undefined;
  if (PULL_EVENTS.has(eventName) && env.GITHUB_EVENT_PATH) {
    const payload = JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as {
      pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
    };
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number') {
      pull = { number: pr.number, baseSha: pr.base?.sha ?? '', headSha: pr.head?.sha ?? '' };
    }
  }
  let baseSha = pull?.baseSha || undefined;
  if (eventName === 'merge_group' && env.GITHUB_EVENT_PATH) {
    const payload = JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as { merge_group?: { base_sha?: string } };
    baseSha = payload.merge_group?.base_sha || undefined;
  }
  return {
    eventName,
    owner: owner || undefined,
    repo: repo || undefined,
    sha: pull?.headSha || env.GITHUB_SHA || '',
    workspace: env.GITHUB_WORKSPACE || cwd,
    workflow: env.GITHUB_WORKFLOW ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    tempDir: env.RUNNER_TEMP || tmp,
    pull,
    baseSha,
  };
}
