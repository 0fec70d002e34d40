import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readInputs, InputError } from '../../src/action/inputs.js';
import { readContext } from '../../src/action/context.js';

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const defaults =
  (overrides: Record<string, string> = {}) =>
  (name: string) =>
    overrides[name] ?? actionYml.inputs[name]?.default ?? '';

describe('readInputs', () => {
  it('accepts the action.yml defaults', () => {
    const inputs = readInputs(defaults({ 'github-token': 'ghs_x' }));
    expect(inputs).toEqual({
      path: '.',
      config: undefined,
      preset: undefined,
      failOn: 'error',
      token: 'ghs_x',
      comment: 'auto',
      annotations: true,
      filterMode: undefined,
      sarifFile: undefined,
      baseline: undefined,
      engine: 'auto',
      checkRun: false,
      gate: undefined,
      suggestions: false,
    });
  });

  it('reads every input action.yml declares, and nothing else', () => {
    const asked = new Set<string>();
    readInputs((name) => {
      asked.add(name);
      return defaults()(name);
    });
    expect([...asked].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('names the input and the accepted values on a bad value', () => {
    expect(() => readInputs(defaults({ 'fail-on': 'fatal' }))).toThrow(
      new InputError('input "fail-on" is "fatal": expected one of error, warning, notice, never'),
    );
    expect(() => readInputs(defaults({ 'filter-mode': 'lines' }))).toThrow(
      /input "filter-mode" is "lines": expected one of added, diff_context, file, nofilter/,
    );
    expect(() => readInputs(defaults({ annotations: 'yes' }))).toThrow(/input "annotations" is "yes": expected true or false/);
    expect(() => readInputs(defaults({ engine: 'rust' }))).toThrow(/input "engine": unknown engine "rust"/);
  });

  it('action.yml runs on node24 from dist/index.js and documents every output', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(actionYml.outputs).sort()).toEqual([
      'comment-file',
      'comment-url',
      'engine',
      'errors',
      'findings',
      'fixed',
      'introduced',
      'notices',
      'report-file',
      'sarif-file',
      'score',
      'warnings',
    ]);
  });
});

describe('readContext', () => {
  it('reads the pull request from the event payload', () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'octo/docs',
      GITHUB_SHA: 'merge-sha',
      GITHUB_WORKSPACE: '/w',
      GITHUB_API_URL: 'http://127.0.0.1:9/',
    };
    const payload = JSON.stringify({ pull_request: { number: 42, base: { sha: 'base-sha' }, head: { sha: 'head-sha' } } });
    const context = readContext(env, () => payload, '/cwd', '/tmp');
    expect(context).toMatchObject({
      owner: 'octo',
      repo: 'docs',
      sha: 'head-sha',
      workspace: '/w',
      apiUrl: 'http://127.0.0.1:9',
      pull: { number: 42, baseSha: 'base-sha', headSha: 'head-sha' },
      baseSha: 'base-sha',
    });
  });

  it('judges a merge queue entry against its base commit', () => {
    const payload = JSON.stringify({ merge_group: { base_sha: 'queue-base', head_sha: 'queue-head' } });
    const context = readContext({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: '/e', GITHUB_SHA: 'queue-head' }, () => payload, '/cwd', '/tmp');
    expect(context).toMatchObject({ pull: undefined, baseSha: 'queue-base', sha: 'queue-head' });
  });

  it('has no pull request on push', () => {
    const context = readContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/e', GITHUB_SHA: 's' }, () => '{}', '/cwd', '/tmp');
    expect(context.pull).toBeUndefined();
    expect(context.baseSha).toBeUndefined();
    expect(context.workspace).toBe('/cwd');
    expect(context.sha).toBe('s');
  });
});
