/** One scan end to end: config → extractor → rules → filters → report. No GitHub, no printing. */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { selectEngine, type EngineChoice } from './engine/index.js';
import type { ScanResult } from './engine/contract.js';
import { loadConfig, type ResolvedConfig } from './config/load.js';
import { loadSite } from './config/site.js';
import { runRules } from './rules/run.js';
import { computeScore } from './score.js';
import { readGitDates } from './git-dates.js';
import { compareFindings, type Report } from './findings.js';
import { VERSION } from './version.js';

export interface RunOptions {
  /** Folder to scan. */
  root: string;
  /** Explicit config file; default: `.docward.yml`/`.docward.yaml` at the root when present. */
  config?: string;
  /** Preset used when there is no config file (or to override its `extends`). */
  preset?: string;
  engine?: EngineChoice;
  /** Clock for date rules (tests pin it). */
  now?: Date;
}

export interface RunResult {
  report: Report;
  /** The facts the rules saw (reporters must not need them; the action uses `paths` for scope). */
  scan: ScanResult;
  config: ResolvedConfig;
  /** One-line notice for the user (engine fallback, detected mode...). */
  notices: string[];
  /** Milliseconds per phase (config, extract, site, gitDates, rules, score), printed by the CLI under DOCWARD_PROFILE=1. */
  timings: Record<string, number>;
}

export async function runDocward(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let mark = started;
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = now - mark;
    mark = now;
  };
  const root = path.resolve(options.root);
  const config = await loadConfig(root, { configPath: options.config, preset: options.preset });
  const { engine, notice } = selectEngine(options.engine ?? 'auto');
  lap('config');
  const scan = await engine.scan({
    root,
    include: config.include,
    exclude: config.exclude,
    maxFileBytes: config.maxFileBytes,
  });
  lap('extract');
  const { site, notice: siteNotice } = await loadSite(root, scan, config.links);
  lap('site');
  const gitDates = config.needsGitDates ? await readGitDates(root) : undefined;
  lap('gitDates');
  const findings = runRules(scan, config, { now: options.now ?? new Date(), gitDates, site }).sort(compareFindings);
  lap('rules');
  const score = computeScore(scan, findings);
  lap('score');
  const bytes = scan.documents.reduce((sum, d) => sum + d.bytes, 0);
  const report: Report = {
    version: VERSION,
    engine: engine.name,
    root,
    stats: {
      documents: scan.documents.length,
      files: scan.paths.length - scan.dirs.length,
      bytes,
      durationMs: Math.round(performance.now() - started),
    },
    score,
    findings,
  };
  return { report, scan, config, notices: [notice, siteNotice].filter((n): n is string => n !== undefined), timings };
}
