/** Every finding as Checks API annotations: one completed check run, then updates of 50 annotations each. */
import type { CheckAnnotation } from '../report/annotations.js';
import type { GitHubClient } from './client.js';

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  title: string;
  /** Markdown, at most 65,535 characters (cut here if longer). */
  summary: string;
  conclusion: 'success' | 'failure' | 'neutral';
  batches: CheckAnnotation[][];
}

const OUTPUT_MAX_CHARS = 65_535;

export async function postCheckRun(client: GitHubClient, input: CheckRunInput): Promise<{ url: string; requests: number }> {
  const summary = input.summary.length > OUTPUT_MAX_CHARS ? input.summary.slice(0, OUTPUT_MAX_CHARS - 20) + '\n\n…(truncated)' : input.summary;
  const [first = [], ...rest] = input.batches;
  const { data } = await client.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    output: { title: input.title, summary, annotations: first },
  });
  // Each update appends its annotations to the run's list.
  for (const batch of rest) {
    await client.rest.checks.update({
      owner: input.owner,
      repo: input.repo,
      check_run_id: data.id,
      output: { title: input.title, summary, annotations: batch },
    });
  }
  return { url: data.html_url ?? '', requests: 1 + rest.length };
}
