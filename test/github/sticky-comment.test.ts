import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../e2e/github-standin.js';
import { createClient } from '../../src/github/client.js';
import { findStickyComment, shouldWriteComment } from '../../src/github/sticky-comment.js';

let api: StandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(() => api.close());

const marker = '<!-- docward:sticky:0123456789abcdef -->';
const comment = (id: number, body: string, userType: 'Bot' | 'User') => ({
  id,
  issue: 3,
  body,
  userLogin: userType === 'Bot' ? 'github-actions[bot]' : 'octocat',
  userType,
  created_at: '2026-11-25T10:00:00Z',
  updated_at: '2026-11-25T10:00:00Z',
});

describe('findStickyComment', () => {
  it("pages through every comment and prefers the bot's over a person quoting the marker", async () => {
    api.comments.push(comment(1, `quoting: ${marker}`, 'User'));
    for (let i = 2; i < 250; i++) api.comments.push(comment(i, 'chatter', 'User'));
    api.comments.push(comment(250, `${marker}\nreport`, 'Bot'));
    const client = createClient({ token: 't', baseUrl: api.url, log: () => {} });
    const found = await findStickyComment(client, { owner: api.owner, repo: api.repo, number: 3 }, marker);
    expect(found?.id).toBe(250);
    expect(api.requests.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
  });
});

describe('shouldWriteComment', () => {
  const existing = { id: 1, body: '', url: '' };
  it('auto: only with findings or an existing comment; always; never', () => {
    expect(shouldWriteComment('auto', false, undefined)).toBe(false);
    expect(shouldWriteComment('auto', true, undefined)).toBe(true);
    expect(shouldWriteComment('auto', false, existing)).toBe(true);
    expect(shouldWriteComment('always', false, undefined)).toBe(true);
    expect(shouldWriteComment('never', true, existing)).toBe(false);
  });
});
