import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../e2e/github-standin.js';
import { createClient } from '../../src/github/client.js';
import { changedFilesFromApi, API_FILES_LIMIT } from '../../src/github/pr-scope.js';

let api: StandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(() => api.close());

describe('changedFilesFromApi', () => {
  const client = () => createClient({ token: 't', baseUrl: api.url, log: () => {} });
  const pull = (number: number) => ({ owner: api.owner, repo: api.repo, number });

  it('reads lines from each patch, skips removed files, and counts a file without a patch as wholly changed', async () => {
    api.files.set(1, [
      { filename: 'docs/a.md', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' },
      { filename: 'docs/big.md', status: 'modified' },
      { filename: 'docs/gone.md', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      { filename: 'docs/new name.md', status: 'renamed', patch: '@@ -1 +1 @@\n-x\n+y' },
    ]);
    const changed = await changedFilesFromApi(client(), pull(1));
    expect([...changed.keys()]).toEqual(['docs/a.md', 'docs/big.md', 'docs/new name.md']);
    expect([...changed.get('docs/a.md')!.added]).toEqual([2]);
    expect(changed.get('docs/big.md')!.wholeFile).toBe(true);
  });

  it('refuses a list GitHub may have cut at 3,000 files rather than hide findings', async () => {
    api.files.set(
      2,
      Array.from({ length: API_FILES_LIMIT }, (_, i) => ({ filename: `f${i}.md`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x' })),
    );
    await expect(changedFilesFromApi(client(), pull(2))).rejects.toThrow('the pull request changes 3,000 files or more, more than GitHub lists');
    expect(api.requests.filter((r) => r.path.endsWith('/pulls/2/files'))).toHaveLength(30);
  });
});
