/** Runs the bundled action (dist/index.js) as a child process, exactly as a runner would, and collects what it left. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const repo = path.resolve(import.meta.dirname, '..', '..');
// DOCWARD_E2E_DIST: a bundle built elsewhere (`node scripts/build-dist.mjs --out DIR`) instead of the committed one.
export const DIST_ENTRY = process.env.DOCWARD_E2E_DIST ?? path.join(repo, 'dist', 'index.js');
const actionYml = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

export const TOKEN = 'ghs_e2eSecretToken0123456789abcdef';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** Workflow commands printed, e.g. `::error title=...::message`. */
  commands: string[];
  ms: number;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  owner: string;
  repo: string;
  event: 'push' | 'pull_request';
  /** For pull_request: number, base and head commits. */
  pull?: { number: number; base: string; head: string };
  inputs?: Record<string, string>;
  workflow?: string;
  runId?: string;
  /** Extra environment variables for the action process. */
  env?: Record<string, string>;
}

/** `INPUT_` + name upper-cased with spaces as `_` (hyphens kept), as the runner names them. */
export function inputEnv(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  if (!existsSync(DIST_ENTRY)) throw new Error(`${DIST_ENTRY} is missing: run npm run build first`);
  const runner = mkdtempSync(path.join(tmpdir(), 'docward-runner-'));
  const temp = path.join(runner, 'temp');
  mkdirSync(temp);
  const summaryFile = path.join(runner, 'step_summary');
  const outputFile = path.join(runner, 'output');
  const eventFile = path.join(runner, 'event.json');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const sha = options.pull?.head ?? 'f'.repeat(40);
  const payload =
    options.event === 'pull_request' && options.pull
      ? {
          action: 'synchronize',
          number: options.pull.number,
          pull_request: { number: options.pull.number, base: { sha: options.pull.base, ref: 'main' }, head: { sha: options.pull.head, ref: 'topic' } },
          repository: { name: options.repo, owner: { login: options.owner } },
        }
      : { ref: 'refs/heads/main', after: sha, repository: { name: options.repo, owner: { login: options.owner } } };
  writeFileSync(eventFile, JSON.stringify(payload));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: `${options.owner}/${options.repo}`,
    GITHUB_REPOSITORY_OWNER: options.owner,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: sha,
    GITHUB_REF: options.event === 'pull_request' ? `refs/pull/${options.pull?.number}/merge` : 'refs/heads/main',
    GITHUB_WORKFLOW: options.workflow ?? 'Docs',
    GITHUB_JOB: 'docward',
    GITHUB_RUN_ID: options.runId ?? '1001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...(process.env.DOCWARD_NATIVE_PATH ? { DOCWARD_NATIVE_PATH: process.env.DOCWARD_NATIVE_PATH } : {}),
    ...options.env,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    // The runner evaluates `${{ github.token }}` before the action starts.
    let value = options.inputs?.[name] ?? (spec.default === '${{ github.token }}' ? TOKEN : (spec.default ?? ''));
    // DOCWARD_E2E_ENGINE=js runs the whole suite on the fallback engine.
    if (name === 'engine' && !options.inputs?.engine && process.env.DOCWARD_E2E_ENGINE) value = process.env.DOCWARD_E2E_ENGINE;
    env[inputEnv(name)] = value;
  }

  const started = Date.now();
  const child = spawn(process.execPath, [DIST_ENTRY], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    commands: stdout.split(/\r?\n/).filter((line) => line.startsWith('::')),
    ms: Date.now() - started,
  };
}

/** `name<<ghadelimiter_UUID`, value lines, `ghadelimiter_UUID` (the format @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}
