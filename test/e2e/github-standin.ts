/**
 * A local stand-in for the GitHub REST API on 127.0.0.1: the routes docward calls, with payload shapes from
 * GitHub's REST docs (test/e2e/standin-spec.test.ts validates every response against @octokit/openapi), pagination
 * by `Link` headers, and scripted faults (403 read-only token, 5xx, secondary rate limits with `retry-after`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  authorization?: string;
  body?: unknown;
  /** The operation, as in the OpenAPI spec: `METHOD /repos/{owner}/...`. */
  operation: string;
  response: unknown;
}

export interface Fault {
  /** Operation key, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  operation: string;
  /** How many matching requests fail before the route answers normally. */
  times: number;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Answer only after this long (a stalled API; the client may give up first). */
  delayMs?: number;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  additions?: number;
  deletions?: number;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  userLogin: string;
  userType: 'Bot' | 'User';
  created_at: string;
  updated_at: string;
}

export interface StandIn {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  files: Map<number, PullFile[]>;
  checkRuns: { id: number; body: Record<string, unknown>; annotations: unknown[] }[];
  /** Pull-request reviews as posted (body with `comments`). */
  reviews: { id: number; pull: number; body: Record<string, unknown> }[];
  faults: Fault[];
  close(): Promise<void>;
}

export const FORBIDDEN_READ_ONLY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

export const SECONDARY_RATE_LIMIT = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#secondary-rate-limits',
  status: '403',
};

const ROUTES: { method: string; pattern: RegExp; operation: string }[] = [
  { method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/, operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files' },
  { method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'PATCH', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, operation: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' },
  { method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/, operation: 'POST /repos/{owner}/{repo}/check-runs' },
  { method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/, operation: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews' },
  { method: 'PATCH', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/, operation: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}' },
];

const TIME = '2026-11-25T12:00:00Z';

export async function startStandIn(options: { owner?: string; repo?: string } = {}): Promise<StandIn> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'docs-repo';
  const state: Omit<StandIn, 'url' | 'close'> = {
    owner,
    repo,
    requests: [],
    comments: [],
    files: new Map(),
    checkRuns: [],
    reviews: [],
    faults: [],
  };
  let nextId = 1000;
  let base = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      const route = ROUTES.find((r) => r.method === req.method && r.pattern.test(url.pathname));
      const record = (status: number, response: unknown, headers: Record<string, string> = {}, delayMs = 0) => {
        state.requests.push({
          method: req.method ?? '',
          path: url.pathname,
          query: url.searchParams,
          status,
          authorization: req.headers.authorization,
          body,
          operation: route?.operation ?? `${req.method} ${url.pathname}`,
          response,
        });
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
          res.end(response === undefined ? '' : JSON.stringify(response));
        };
        if (delayMs > 0) setTimeout(send, delayMs).unref();
        else send();
      };
      if (!route) return record(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      const fault = state.faults.find((f) => f.operation === route.operation && f.times > 0);
      if (fault) {
        fault.times -= 1;
        return record(fault.status, fault.body, fault.headers, fault.delayMs);
      }
      const match = route.pattern.exec(url.pathname)!;
      if (match[1] !== owner || match[2] !== repo)
        return record(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      const id = Number(match[3]);
      switch (route.operation) {
        case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
          const files = (state.files.get(id) ?? []).map((f) => diffEntry(base, owner, repo, f));
          return page(base, url, files, record);
        }
        case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
          const list = state.comments.filter((c) => c.issue === id).map((c) => issueComment(base, owner, repo, c));
          return page(base, url, list, record);
        }
        case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
          const text = String(body?.body ?? '');
          if (text.length > 65536) return record(422, validationFailed('Body is too long (maximum is 65536 characters)'));
          const comment: StoredComment = {
            id: nextId++,
            issue: id,
            body: text,
            userLogin: 'github-actions[bot]',
            userType: 'Bot',
            created_at: TIME,
            updated_at: TIME,
          };
          state.comments.push(comment);
          return record(201, issueComment(base, owner, repo, comment), { location: `${base}/repos/${owner}/${repo}/issues/comments/${comment.id}` });
        }
        case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
          const comment = state.comments.find((c) => c.id === id);
          if (!comment) return record(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
          const text = String(body?.body ?? '');
          if (text.length > 65536) return record(422, validationFailed('Body is too long (maximum is 65536 characters)'));
          comment.body = text;
          comment.updated_at = '2026-11-25T12:05:00Z';
          return record(200, issueComment(base, owner, repo, comment));
        }
        case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
          const review = { id: nextId++, pull: id, body: body ?? {} };
          state.reviews.push(review);
          return record(200, pullReview(base, owner, repo, review));
        }
        case 'POST /repos/{owner}/{repo}/check-runs': {
          const output = (body?.output ?? {}) as { annotations?: unknown[] };
          const run = { id: nextId++, body: body ?? {}, annotations: [...(output.annotations ?? [])] };
          if ((output.annotations?.length ?? 0) > 50) return record(422, validationFailed('Only 50 annotations are allowed per request'));
          state.checkRuns.push(run);
          return record(201, checkRun(base, owner, repo, run));
        }
        case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
          const run = state.checkRuns.find((r) => r.id === id);
          if (!run) return record(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
          const output = (body?.output ?? {}) as { annotations?: unknown[] };
          if ((output.annotations?.length ?? 0) > 50) return record(422, validationFailed('Only 50 annotations are allowed per request'));
          run.annotations.push(...(output.annotations ?? []));
          return record(200, checkRun(base, owner, repo, run));
        }
      }
      return record(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...state,
    url: base,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** GitHub pagination: `per_page` (max 100) and `page`, with a `Link` header naming the next and last pages. */
function page(base: string, url: URL, items: unknown[], record: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
  const current = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (current < last) {
    const link = (n: number) => {
      const params = new URLSearchParams(url.searchParams);
      params.set('per_page', String(perPage));
      params.set('page', String(n));
      return `<${base}${url.pathname}?${params.toString()}>`;
    };
    headers.link = `${link(current + 1)}; rel="next", ${link(last)}; rel="last"`;
  }
  record(200, items.slice((current - 1) * perPage, current * perPage), headers);
}

function validationFailed(message: string) {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  };
}

export function simpleUser(base: string, login: string, type: 'Bot' | 'User', id: number) {
  const api = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `MDM6Qm90${id}`,
    avatar_url: `https://avatars.githubusercontent.com/in/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  };
}

export function issueComment(base: string, owner: string, repo: string, c: StoredComment) {
  return {
    id: c.id,
    node_id: `IC_kwDO${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(base, c.userLogin, c.userType, c.userType === 'Bot' ? 41898282 : 583231),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    author_association: c.userType === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
    reactions: {
      url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

export function diffEntry(base: string, owner: string, repo: string, f: PullFile) {
  const sha = 'bbcd538c8e72b8c175046e27cc8f907076331401';
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    changes: (f.additions ?? 0) + (f.deletions ?? 0),
    blob_url: `https://github.com/${owner}/${repo}/blob/${sha}/${path}`,
    raw_url: `https://github.com/${owner}/${repo}/raw/${sha}/${path}`,
    contents_url: `${base}/repos/${owner}/${repo}/contents/${path}?ref=${sha}`,
    ...(f.patch === undefined ? {} : { patch: f.patch }),
  };
}

export function pullReview(base: string, owner: string, repo: string, r: { id: number; pull: number; body: Record<string, unknown> }) {
  const html = `https://github.com/${owner}/${repo}/pull/${r.pull}#pullrequestreview-${r.id}`;
  const pull = `${base}/repos/${owner}/${repo}/pulls/${r.pull}`;
  return {
    id: r.id,
    node_id: `PRR_kwDO${r.id}`,
    user: simpleUser(base, 'github-actions[bot]', 'Bot', 41898282),
    body: String(r.body.body ?? ''),
    state: 'COMMENTED',
    html_url: html,
    pull_request_url: pull,
    _links: { html: { href: html }, pull_request: { href: pull } },
    submitted_at: TIME,
    commit_id: String(r.body.commit_id ?? ''),
    author_association: 'NONE',
  };
}

export function checkRun(base: string, owner: string, repo: string, run: { id: number; body: Record<string, unknown>; annotations: unknown[] }) {
  const output = (run.body.output ?? {}) as { title?: string; summary?: string; text?: string };
  return {
    id: run.id,
    head_sha: String(run.body.head_sha ?? ''),
    node_id: `CR_kwDO${run.id}`,
    external_id: '',
    url: `${base}/repos/${owner}/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    details_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    status: String(run.body.status ?? 'queued'),
    conclusion: (run.body.conclusion as string | undefined) ?? null,
    started_at: TIME,
    completed_at: run.body.status === 'completed' ? TIME : null,
    output: {
      title: output.title ?? null,
      summary: output.summary ?? null,
      text: output.text ?? null,
      annotations_count: run.annotations.length,
      annotations_url: `${base}/repos/${owner}/${repo}/check-runs/${run.id}/annotations`,
    },
    name: String(run.body.name ?? ''),
    check_suite: { id: 5 },
    app: {
      id: 15368,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      owner: simpleUser(base, 'github', 'User', 9919),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: 'https://github.com/apps/github-actions',
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
      events: ['check_run', 'pull_request'],
    },
    pull_requests: [],
  };
}
