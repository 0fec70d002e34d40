/** The action entry (dist/index.js): adapts @actions/core and the runner environment, then runs the action. */
import { readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { readInputs, InputError } from './action/inputs.js';
import { readContext } from './action/context.js';
import { runAction, type ActionDeps, type Runner } from './action/run.js';
import { limitHeapGrowth } from './heap-growth.js';

limitHeapGrowth();

const runner: Runner = {
  info: core.info,
  warning: (message) => core.warning(message),
  error: (message, properties) => core.error(message, properties),
  annotate: {
    error: (message, properties) => core.error(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    notice: (message, properties) => core.notice(message, properties),
  },
  setFailed: core.setFailed,
  setOutput: core.setOutput,
  async writeSummary(markdown) {
    // The summary needs no token; outside a runner there is simply no file to write.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};

/**
 * The whole action step; resolves when it is done (failure is reported through core.setFailed and the exit
 * code, never thrown). Exported so a runner that imports the bundle (a local action runner) can await it.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const context = readContext(process.env, (file) => readFileSync(file, 'utf8'), process.cwd(), tmpdir());
    // Tuning for slow or test API endpoints; defaults suit api.github.com.
    const timeoutMs = positiveNumber(process.env.DOCWARD_API_TIMEOUT_MS);
    const retryBaseMs = positiveNumber(process.env.DOCWARD_API_RETRY_BASE_MS);
    // Octokit is imported only when a step needs the API (pull request files, comment, check run).
    const createClient: ActionDeps['createClient'] = async (options) =>
      (await import('./github/client.js')).createClient({ ...options, timeoutMs, retryBaseMs });
    await runAction(inputs, context, { runner, createClient });
  } catch (err) {
    // Bad inputs and unexpected failures still fail the step with one clear line, in the log and the summary.
    const message = (err as Error).message;
    core.setFailed(`docward: ${message}`);
    if (!(err instanceof InputError)) core.debug(String((err as Error).stack));
    await runner.writeSummary(`## ❌ docward could not run\n\n${'```'}text\n${message.replace(/`/g, "'")}\n${'```'}\n`).catch(() => {});
  }
}

/** True when node was started on this file (`node dist/index.js`, as the runner does), not when it is imported. */
function startedDirectly(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedDirectly()) await run();

function positiveNumber(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
}
