/** The action's flow: scan, scope to the pull request, then annotations, comment, check run, summary, outputs, verdict. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDocward, type RunResult } from '../pipeline.js';
import { ConfigError } from '../config/load.js';
import { RULES } from '../rules/index.js';
import { reaches } from '../findings.js';
import { filterByChanges, type ChangedFiles, type FilterMode } from '../filters/changed-lines.js';
import { applyBaseline, parseBaseline, type BaselineResult } from '../filters/baseline.js';
import { planAnnotations, emitAnnotations, checkAnnotationBatches, type AnnotationProperties } from '../report/annotations.js';
import { renderSummary, type ReportScope } from '../report/summary.js';
import { renderComment, stickyMarker } from '../report/comment.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { decodeRunData, type RunData } from '../report/previous-run.js';
import { countBySeverity, countsText, failed, type LinkTarget } from '../report/markdown.js';
import type { RuleCatalog } from '../report/rule-info.js';
import type { GitHubClient, ClientOptions } from '../github/client.js';
import { changedFilesFromApi, changedFilesFromGit, type PullRef } from '../github/pr-scope.js';
import { findStickyComment, shouldWriteComment, writeStickyComment, type StickyComment } from '../github/sticky-comment.js';
import { postCheckRun } from '../github/check-run.js';
import { apiErrorText, isReadOnlyTokenError, READ_ONLY_TOKEN_HELP } from '../github/errors.js';
import { setOutputs } from './outputs.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './context.js';

/** The runner-facing functions (@actions/core in production). */
export interface Runner {
  info(message: string): void;
  warning(message: string): void;
  error(message: string, properties?: Partial<AnnotationProperties>): void;
  annotate: { error(m: string, p: AnnotationProperties): void; warning(m: string, p: AnnotationProperties): void; notice(m: string, p: AnnotationProperties): void };
  setFailed(message: string): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the step summary; resolves quietly when there is no summary file. */
  writeSummary(markdown: string): Promise<void>;
}

export interface ActionDeps {
  runner: Runner;
  createClient(options: ClientOptions): GitHubClient;
  now?: Date;
}

const CATALOG: RuleCatalog = RULES.map((rule) => ({ id: rule.id, description: rule.description }));

export async function runAction(inputs: ActionInputs, context: RunContext, deps: ActionDeps): Promise<void> {
  const { runner } = deps;
  const root = path.resolve(context.workspace, inputs.path);
  const pathPrefix = path.relative(context.workspace, root).split(path.sep).join('/');
  if (pathPrefix === '..' || pathPrefix.startsWith('../') || path.isAbsolute(pathPrefix)) {
    // Annotations and comments need repository-relative paths, so the scan must stay inside the checkout.
    await reportFatal(new Error(`input "path" is "${inputs.path}": it must be inside the repository checkout (${context.workspace})`), context, runner);
    return;
  }

  let result: RunResult;
  let baseline: string[] | undefined;
  try {
    if (inputs.baseline) baseline = readBaseline(path.resolve(context.workspace, inputs.baseline), inputs.baseline);
    result = await runDocward({
      root,
      config: inputs.config ? path.resolve(context.workspace, inputs.config) : undefined,
      preset: inputs.preset,
      engine: inputs.engine,
      now: deps.now,
    });
  } catch (err) {
    await reportFatal(err, context, runner);
    return;
  }
  const { report } = result;
  const notes = [...result.notices];
  const warnings: string[] = [];
  for (const notice of result.notices) runner.info(notice);

  const warn = (what: string, err: unknown) => {
    const text = isReadOnlyTokenError(err) ? `docward could not ${what}: ${READ_ONLY_TOKEN_HELP}` : `docward could not ${what}: ${apiErrorText(err)}`;
    runner.warning(text);
    warnings.push(text);
  };
  const repoRef = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
  // No core.setSecret: the runner already masks github.token and secrets, and add-mask would echo the value into the log.
  const client = inputs.token && repoRef ? deps.createClient({ token: inputs.token, baseUrl: context.apiUrl, log: runner.info }) : undefined;
  const pull: PullRef | undefined = context.pull && repoRef ? { ...repoRef, number: context.pull.number } : undefined;

  // filter-mode limits what is reported, never what is scanned: the whole tree was seen above.
  const filterMode: FilterMode = inputs.filterMode ?? (pull ? 'file' : 'nofilter');
  let changed: ChangedFiles | undefined;
  if (filterMode !== 'nofilter' && context.pull) {
    changed = changedFilesFromGit(context.workspace, context.pull.baseSha, context.pull.headSha);
    if (!changed && client && pull) {
      try {
        changed = await changedFilesFromApi(client, pull);
      } catch (err) {
        warn('read the pull request files (reporting every finding instead)', err);
      }
    } else if (!changed) {
      notes.push('The pull request changes could not be read (no history, no token): every finding is reported.');
    }
  }
  const accepted: BaselineResult | undefined = baseline ? applyBaseline(report.findings, baseline) : undefined;
  const { reported, outOfScope } = filterByChanges(accepted?.reported ?? report.findings, filterMode, changed, pathPrefix);
  if (accepted) {
    notes.push(
      `Baseline ${inputs.baseline}: ${accepted.baselined} accepted findings are not reported; ${accepted.stale} baseline entries no longer occur (regenerate the baseline to drop them).`,
    );
  }
  const scope: ReportScope | undefined = changed ? { filterMode, outOfScope, changedFiles: changed.size } : undefined;

  const marker = stickyMarker(context.workflow, pathPrefix || '.');
  let existing: StickyComment | undefined;
  let previous: RunData | undefined;
  if (client && pull && inputs.comment !== 'never') {
    try {
      existing = await findStickyComment(client, pull, marker);
      previous = existing ? decodeRunData(existing.body) : undefined;
    } catch (err) {
      warn('read the pull request comments', err);
    }
  }

  const plan = planAnnotations(reported, { catalog: CATALOG, pathPrefix });
  if (inputs.annotations) emitAnnotations(plan, runner.annotate);

  const links: LinkTarget | undefined = repoRef && context.sha ? { serverUrl: context.serverUrl, repository: `${repoRef.owner}/${repoRef.repo}`, sha: context.sha } : undefined;
  const runUrl = repoRef && context.runId ? `${context.serverUrl}/${repoRef.owner}/${repoRef.repo}/actions/runs/${context.runId}` : undefined;
  let commentUrl = '';
  let commentFile = '';
  if (context.pull) {
    const body = renderComment(report, { marker, failOn: inputs.failOn, reported, scope, previous, catalog: CATALOG, pathPrefix, links, runUrl });
    // Kept as a file too: a `workflow_run` workflow can post it when this token is read-only (fork pull requests).
    commentFile = path.join(context.tempDir, `docward-comment-${context.runId || process.pid}.md`);
    mkdirSync(path.dirname(commentFile), { recursive: true });
    writeFileSync(commentFile, body);
    if (client && pull && shouldWriteComment(inputs.comment, reported.length > 0, existing)) {
      try {
        const written = await writeStickyComment(client, pull, body, existing);
        commentUrl = written.url;
        runner.info(`docward: ${written.action} the pull request comment ${written.url}`);
      } catch (err) {
        warn('write the pull request comment', err);
      }
    }
  }

  if (inputs.checkRun && client && repoRef && context.sha) {
    try {
      const check = await postCheckRun(client, {
        ...repoRef,
        headSha: context.sha,
        name: pathPrefix ? `docward (${pathPrefix})` : 'docward',
        title: countsText(reported) + ` · score ${report.score.total}/100`,
        summary: renderComment(report, { marker: '', failOn: inputs.failOn, reported, scope, catalog: CATALOG, pathPrefix, links, runUrl, maxChars: 65_535 }),
        conclusion: failed(reported, inputs.failOn) ? 'failure' : reported.length ? 'neutral' : 'success',
        batches: checkAnnotationBatches(reported, { catalog: CATALOG, pathPrefix }),
      });
      runner.info(`docward: check run with ${reported.length} annotations in ${check.requests} requests: ${check.url}`);
    } catch (err) {
      warn('create the check run', err);
    }
  }

  const reportFile = path.join(context.tempDir, `docward-report-${context.runId || process.pid}.json`);
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, renderJson(report));
  let sarifFile = '';
  if (inputs.sarifFile) {
    sarifFile = path.resolve(context.workspace, inputs.sarifFile);
    mkdirSync(path.dirname(sarifFile), { recursive: true });
    // Every finding: code scanning scopes alerts to the pull request diff itself.
    writeFileSync(sarifFile, renderSarif(report, { catalog: CATALOG, pathPrefix }));
  }

  await runner.writeSummary(
    renderSummary(report, { failOn: inputs.failOn, reported, scope, hiddenAnnotations: inputs.annotations ? plan.hidden : undefined, previous, notes, warnings, catalog: CATALOG, pathPrefix, links }),
  );

  const counts = countBySeverity(reported);
  setOutputs(runner.setOutput, {
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    findings: reported.length,
    score: report.score.total,
    engine: report.engine,
    reportFile,
    sarifFile,
    commentUrl,
    commentFile,
  });
  runner.info(`docward: ${countsText(reported)} reported (${report.findings.length} found, filter-mode ${filterMode}) · score ${report.score.total}/100 · ${report.engine} engine`);
  if (failed(reported, inputs.failOn)) {
    const reaching = reported.filter((finding) => reaches(finding.severity, inputs.failOn)).length;
    runner.setFailed(`docward: ${reaching} ${reaching === 1 ? 'finding reaches' : 'findings reach'} fail-on "${inputs.failOn}"`);
  }
}

function readBaseline(file: string, name: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`input "baseline": cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseBaseline(text, name);
}

/** A scan that could not run (bad config, missing engine): one error naming the file and line, and a summary saying so. */
async function reportFatal(err: unknown, context: RunContext, runner: Runner): Promise<void> {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof ConfigError) {
    const file = path.relative(context.workspace, path.resolve(context.workspace, err.file)).split(path.sep).join('/');
    runner.error(message, { title: 'docward configuration', file, startLine: err.line ?? 1 });
  }
  await runner.writeSummary(`## ❌ docward could not run\n\n${'```'}text\n${message.replace(/`/g, "'")}\n${'```'}\n`);
  runner.setFailed(`docward: ${message}`);
}
