/** The action's flow: scan, scope to the pull request, then annotations, comment, check run, files, summary, verdict. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDocward, type RunResult } from '../pipeline.js';
import { ConfigError } from '../config/load.js';
import { RULE_CATALOG } from '../rules/catalog.js';
import { compareFindings, reaches, type Finding, type Report } from '../findings.js';
import { filterByChanges, type ChangedFiles, type FilterMode } from '../filters/changed-lines.js';
import { applyBaseline, parseBaseline } from '../filters/baseline.js';
import { planAnnotations, emitAnnotations, checkAnnotationBatches, type AnnotationProperties, type AnnotationSink } from '../report/annotations.js';
import { renderSummary, type ReportScope } from '../report/summary.js';
import { renderComment, stickyMarker, type CommentContext } from '../report/comment.js';
import { writePrettyJson } from '../report/json-chunks.js';
import { buildSarif } from '../report/sarif.js';
import { decodeRunData, type RunData } from '../report/previous-run.js';
import { countBySeverity, countsText, failed } from '../report/markdown.js';
import type { RuleCatalog } from '../report/rule-info.js';
import type { GitHubClient, ClientOptions } from '../github/client.js';
import { changedFilesAgainstBase, changedFilesFromApi, changedFilesFromDiff, changedFilesFromGit, type PullRef } from '../github/pr-scope.js';
import { findStickyComment, shouldWriteComment, writeStickyComment, type StickyComment } from '../github/sticky-comment.js';
import { postCheckRun } from '../github/check-run.js';
import { apiErrorText, isReadOnlyTokenError, READ_ONLY_TOKEN_HELP } from '../github/errors.js';
import { setOutputs } from './outputs.js';
import { unverifiedLine } from '../unverified.js';
import type { ActionInputs, Gate } from './inputs.js';
import { diffWorkTreeWithPatch, ensureBaseCommit } from '../change/git.js';
import { ChangeScan, type ChangeAnalysis } from '../change/analyse.js';
import { changeView, type ChangeView } from '../report/change.js';
import { postSuggestions } from '../github/suggestions.js';
import type { RunContext } from './context.js';

/** The runner-facing functions (@actions/core in production). */
export interface Runner {
  info(message: string): void;
  warning(message: string): void;
  error(message: string, properties?: Partial<AnnotationProperties>): void;
  annotate: AnnotationSink;
  setFailed(message: string): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the step summary; resolves quietly when there is no summary file. */
  writeSummary(markdown: string): Promise<void>;
}

export interface ActionDeps {
  runner: Runner;
  /** Called once, on the first step that needs the API. */
  createClient(options: ClientOptions): Promise<GitHubClient>;
  now?: Date;
}

const CATALOG: RuleCatalog = RULE_CATALOG;

/** What every step after the scan shares. */
interface Run {
  inputs: ActionInputs;
  context: RunContext;
  runner: Runner;
  report: Report;
  /** The scan root relative to the repository root (`''` when they are the same). */
  pathPrefix: string;
  /** The API client, created on first use (absent without a token or a repository). */
  client?: () => Promise<GitHubClient>;
  repoRef?: { owner: string; repo: string };
  pull?: PullRef;
  notes: string[];
  warnings: string[];
}

/** The base commit, when the event has one: present in the checkout or fetched, else a warning naming `fetch-depth: 0`. */
function prepareBase(context: RunContext, runner: Runner, warnings: string[]): string | undefined {
  if (!context.baseSha) return undefined;
  const source = ensureBaseCommit(context.workspace, context.baseSha);
  const short = context.baseSha.slice(0, 12);
  if (source.ok) {
    runner.info(`docward: base commit ${short} ${source.how === 'fetched' ? 'fetched from origin (--depth=1)' : 'found in the checkout'}`);
    return context.baseSha;
  }
  const text =
    `docward could not read the base commit ${short} (${source.reason}), so it cannot tell what this change introduced: ` +
    'every reported finding counts (gate all). Give actions/checkout `fetch-depth: 0`, or a token that can read the repository.';
  runner.warning(text);
  warnings.push(text);
  return undefined;
}

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
  const warnings: string[] = [];
  const baseSha = prepareBase(context, runner, warnings);
  // The base is scanned in step with the head; git diffs run in child processes meanwhile.
  // A scan of the whole checkout (its .git at the root): one diff serves both, `--relative` changing nothing there.
  const sharedDiff = baseSha && pathPrefix === '' && existsSync(path.join(root, '.git')) ? diffWorkTreeWithPatch(root, baseSha) : undefined;
  let changeScan = baseSha
    ? ChangeScan.begin(
        root,
        baseSha,
        sharedDiff?.then((diff) => diff.change),
      )
    : undefined;
  const changedLines = baseSha ? (sharedDiff ? changedFilesFromDiff(sharedDiff) : changedFilesAgainstBase(context.workspace, baseSha)) : undefined;
  let baseFailure: unknown;
  const dropBase = (err: unknown) => {
    baseFailure ??= err;
    changeScan = undefined;
  };
  try {
    if (inputs.baseline) baseline = readBaseline(path.resolve(context.workspace, inputs.baseline), inputs.baseline);
    result = await runDocward({
      root,
      config: inputs.config ? path.resolve(context.workspace, inputs.config) : undefined,
      preset: inputs.preset,
      engine: inputs.engine,
      now: deps.now,
      // The base scan reuses the head's facts of unchanged documents, and with them their anchor ids.
      anchorMemo: changeScan ? new WeakMap() : undefined,
      keepRules: changeScan !== undefined,
      onStart: async (start) => {
        try {
          await changeScan?.start(start);
        } catch (err) {
          dropBase(err);
        }
      },
      onBatch: (batch) => {
        try {
          changeScan?.batch(batch);
        } catch (err) {
          dropBase(err);
        }
      },
    });
  } catch (err) {
    await reportFatal(err, context, runner);
    return;
  }
  for (const notice of result.notices) runner.info(notice);
  for (const entry of result.report.unverified) runner.info(`docward: ${unverifiedLine(entry)}`);

  const repoRef = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
  let client: Promise<GitHubClient> | undefined;
  const run: Run = {
    inputs,
    context,
    runner,
    report: result.report,
    pathPrefix,
    repoRef,
    // No core.setSecret: the runner already masks github.token and secrets, and add-mask would echo the value into the log.
    client: inputs.token && repoRef ? () => (client ??= deps.createClient({ token: inputs.token, baseUrl: context.apiUrl, log: runner.info })) : undefined,
    pull: context.pull && repoRef ? { ...repoRef, number: context.pull.number } : undefined,
    notes: [...result.notices],
    warnings,
  };
  const analysis = baseSha ? analyse(run, changeScan, result, baseSha, baseFailure) : undefined;
  const gate: Gate = analysis ? (inputs.gate ?? 'new') : 'all';

  // Baseline and filter-mode limit what is reported, never what is scanned: the whole tree was seen above.
  let findings = run.report.findings;
  if (baseline) {
    const accepted = applyBaseline(findings, baseline);
    findings = accepted.reported;
    run.notes.push(
      `Baseline ${inputs.baseline}: ${accepted.baselined} accepted findings are not reported; ${accepted.stale} baseline entries no longer occur (regenerate the baseline to drop them).`,
    );
  }
  const filterMode: FilterMode = inputs.filterMode ?? (run.pull ? 'file' : 'nofilter');
  // With the base at hand, the diff of the scanned tree itself; else the pull request's (local history or the API).
  const changed = analysis ? ((await changedLines) ?? (await readChanges(run))) : filterMode === 'nofilter' ? undefined : await readChanges(run);
  const filtered = filterByChanges(findings, filterMode, changed, pathPrefix);
  // What the change broke in files it did not touch is reported whatever filter-mode says.
  const kept = new Set(findings);
  const shown = new Set(filtered.reported);
  const brokenElsewhere = (analysis?.brokenElsewhere ?? []).filter((f) => kept.has(f) && !shown.has(f));
  const reported = brokenElsewhere.length ? [...filtered.reported, ...brokenElsewhere].sort(compareFindings) : filtered.reported;
  const outOfScope = filtered.outOfScope - brokenElsewhere.length;
  const scope: ReportScope | undefined = changed ? { filterMode, outOfScope, changedFiles: changed.size } : undefined;
  // The findings the verdict counts: those the change introduced (gate new), or every reported one.
  const gated = gate === 'new' && analysis ? analysis.classification.introduced.filter((f) => kept.has(f)) : reported;
  const change: ChangeView | undefined = analysis ? changeView(analysis, { findings, gate, root, pathPrefix, changed }) : undefined;

  const marker = stickyMarker(context.workflow, pathPrefix || '.');
  const { existing, previous } = await readStickyComment(run, marker);

  const plan = planAnnotations(reported, { catalog: CATALOG, pathPrefix, first: change?.introduced, describe: change?.annotationNote });
  if (inputs.annotations) emitAnnotations(plan, runner.annotate);

  const view: Omit<CommentContext, 'marker'> = {
    failOn: inputs.failOn,
    reported,
    gated,
    change,
    scope,
    previous,
    catalog: CATALOG,
    pathPrefix,
    links: repoRef && context.sha ? { serverUrl: context.serverUrl, repository: `${repoRef.owner}/${repoRef.repo}`, sha: context.sha } : undefined,
    runUrl: repoRef && context.runId ? `${context.serverUrl}/${repoRef.owner}/${repoRef.repo}/actions/runs/${context.runId}` : undefined,
  };
  const comment = await publishComment(run, { ...view, marker }, existing);
  if (inputs.checkRun) await publishCheckRun(run, view, reported, gated);
  if (inputs.suggestions && change && run.pull && run.client && changed) await publishSuggestions(run, change, changed);
  const files = writeReportFiles(run);

  await runner.writeSummary(
    renderSummary(run.report, { ...view, hiddenAnnotations: inputs.annotations ? plan.hidden : undefined, notes: run.notes, warnings: run.warnings }),
  );

  const counts = countBySeverity(reported);
  setOutputs(runner.setOutput, {
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    findings: reported.length,
    score: run.report.score.total,
    engine: run.report.engine,
    ...files,
    ...comment,
    introduced: change ? String(change.introduced.length) : '',
    fixed: change ? String(change.fixed.length) : '',
  });
  runner.info(
    `docward: ${countsText(reported)} reported (${run.report.findings.length} found, filter-mode ${filterMode}, gate ${gate}) · score ${run.report.score.total}/100 · ${run.report.engine} engine`,
  );
  if (failed(gated, inputs.failOn)) {
    const reaching = gated.filter((finding) => reaches(finding.severity, inputs.failOn)).length;
    const what =
      gate === 'new'
        ? reaching === 1
          ? 'finding this change introduced reaches'
          : 'findings this change introduced reach'
        : reaching === 1
          ? 'finding reaches'
          : 'findings reach';
    runner.setFailed(`docward: ${reaching} ${what} fail-on "${inputs.failOn}"`);
  }
}

/** The classification once both scans are done; trouble on the base side is a warning and the run goes on as without a base. */
function analyse(run: Run, scan: ChangeScan | undefined, result: RunResult, baseSha: string, failure: unknown): ChangeAnalysis | undefined {
  try {
    if (!scan) throw failure;
    const analysis = scan.finish(result.report.findings);
    const c = analysis.classification;
    const ms = Object.entries(analysis.timings)
      .map(([phase, value]) => `${phase} ${value}`)
      .join(', ');
    run.runner.info(
      `docward: against base ${baseSha.slice(0, 12)}: ${c.introduced.length} introduced, ${c.fixed.length} fixed, ${c.preExisting.length} already there (base: ${analysis.extracted} documents read from git, ${analysis.reused} reused, ${analysis.quiet} of them with the head's findings; ms: ${ms})`,
    );
    return analysis;
  } catch (err) {
    warnApi(run, `scan the base commit ${baseSha.slice(0, 12)} (every reported finding counts instead)`, err);
    return undefined;
  }
}

/** The review with suggestion blocks; trouble is a warning like every API step. */
async function publishSuggestions(run: Run, change: ChangeView, changed: ChangedFiles): Promise<void> {
  try {
    const posted = await postSuggestions(await run.client!(), run.pull!, run.context.sha, change.suggestions(changed));
    if (posted) run.runner.info(`docward: review with ${posted.comments} suggestions: ${posted.url}`);
  } catch (err) {
    warnApi(run, 'post the review with suggested fixes', err);
  }
}

/** API trouble is a warning (in the log and the summary), never a failed step. */
function warnApi(run: Run, what: string, err: unknown): void {
  const reason = isReadOnlyTokenError(err) ? READ_ONLY_TOKEN_HELP : apiErrorText(err);
  // A server (or proxy) may echo the credentials in its error text; they never reach the log or summary.
  const text = `docward could not ${what}: ${run.inputs.token ? reason.split(run.inputs.token).join('***') : reason}`;
  run.runner.warning(text);
  run.warnings.push(text);
}

/** The pull request's changed lines: local history first (no API calls), else the files API; undefined when unknown. */
async function readChanges(run: Run): Promise<ChangedFiles | undefined> {
  const pull = run.context.pull;
  if (!pull) return undefined;
  const local = changedFilesFromGit(run.context.workspace, pull.baseSha, pull.headSha);
  if (local) return local;
  if (run.client && run.pull) {
    try {
      return await changedFilesFromApi(await run.client(), run.pull);
    } catch (err) {
      warnApi(run, 'read the pull request files (reporting every finding instead)', err);
      return undefined;
    }
  }
  run.notes.push('The pull request changes could not be read (no history, no token): every finding is reported.');
  return undefined;
}

async function readStickyComment(run: Run, marker: string): Promise<{ existing?: StickyComment; previous?: RunData }> {
  if (!run.client || !run.pull || run.inputs.comment === 'never') return {};
  try {
    const existing = await findStickyComment(await run.client(), run.pull, marker);
    return { existing, previous: existing ? decodeRunData(existing.body) : undefined };
  } catch (err) {
    warnApi(run, 'read the pull request comments', err);
    return {};
  }
}

/** On pull requests: the rendered comment as a file (for the fork recipe), and the sticky comment when `comment` allows. */
async function publishComment(run: Run, context: CommentContext, existing: StickyComment | undefined): Promise<{ commentUrl: string; commentFile: string }> {
  if (!run.context.pull) return { commentUrl: '', commentFile: '' };
  const body = renderComment(run.report, context);
  // Kept as a file too: a `workflow_run` workflow can post it when this token is read-only (fork pull requests).
  const commentFile = path.join(run.context.tempDir, `docward-comment-${run.context.runId || process.pid}.md`);
  mkdirSync(path.dirname(commentFile), { recursive: true });
  writeFileSync(commentFile, body);
  if (!run.client || !run.pull || !shouldWriteComment(run.inputs.comment, (context.reported ?? []).length > 0, existing)) {
    return { commentUrl: '', commentFile };
  }
  try {
    const written = await writeStickyComment(await run.client(), run.pull, body, existing);
    run.runner.info(`docward: ${written.action} the pull request comment ${written.url}`);
    return { commentUrl: written.url, commentFile };
  } catch (err) {
    warnApi(run, 'write the pull request comment', err);
    return { commentUrl: '', commentFile };
  }
}

async function publishCheckRun(run: Run, view: Omit<CommentContext, 'marker'>, reported: readonly Finding[], gated: readonly Finding[]): Promise<void> {
  if (!run.client || !run.repoRef || !run.context.sha) return;
  try {
    const check = await postCheckRun(await run.client(), {
      ...run.repoRef,
      headSha: run.context.sha,
      name: run.pathPrefix ? `docward (${run.pathPrefix})` : 'docward',
      title: `${countsText(reported)} · score ${run.report.score.total}/100`,
      summary: renderComment(run.report, { ...view, marker: '', previous: undefined, maxChars: 65_535 }),
      conclusion: failed(gated, run.inputs.failOn) ? 'failure' : reported.length ? 'neutral' : 'success',
      batches: checkAnnotationBatches(reported, { catalog: CATALOG, pathPrefix: run.pathPrefix }),
    });
    run.runner.info(`docward: check run with ${reported.length} annotations in ${check.requests} requests: ${check.url}`);
  } catch (err) {
    warnApi(run, 'create the check run', err);
  }
}

/** The JSON report (every finding) and, when asked, SARIF (every finding: code scanning scopes alerts to the diff itself). */
function writeReportFiles(run: Run): { reportFile: string; sarifFile: string } {
  const reportFile = path.join(run.context.tempDir, `docward-report-${run.context.runId || process.pid}.json`);
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writePrettyJson(run.report, reportFile);
  if (!run.inputs.sarifFile) return { reportFile, sarifFile: '' };
  const sarifFile = path.resolve(run.context.workspace, run.inputs.sarifFile);
  mkdirSync(path.dirname(sarifFile), { recursive: true });
  writePrettyJson(buildSarif(run.report, { catalog: CATALOG, pathPrefix: run.pathPrefix }), sarifFile);
  return { reportFile, sarifFile };
}

function readBaseline(file: string, name: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`input "baseline": cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
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
