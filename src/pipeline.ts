/** One scan end to end: config → extractor (streamed) → rules → filters → report. No GitHub, no printing. */
import { performance } from 'node:perf_hooks';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { selectEngine, type EngineChoice } from './engine/index.js';
import { loadConfig, type ResolvedConfig } from './config/load.js';
import { loadSite, siteDecidesMdx } from './sites/load.js';
import type { SiteInput } from './sites/site-links.js';
import { RuleRunner, type KnownRules } from './rules/run.js';
import type { AnchorMemo, ScanListing } from './rules/scan-index.js';
import { computeScore, ScoreCounts } from './score.js';
import { compareFindings, type Finding, type Report } from './findings.js';
import { VERSION } from './version.js';
import { UnverifiedTally, type Unverified } from './unverified.js';
import type { DocumentFacts } from './engine/contract.js';
import { capNewSpace } from './heap-growth.js';

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
  /** Called once the listing, config and rule context are known, before the first batch (a pull request's base scan plans itself here). */
  onStart?: (start: ScanStart) => Promise<void> | void;
  /** Sees every batch of facts after the rules did (a pull request's base scan reuses the unchanged documents'). */
  onBatch?: (batch: readonly DocumentFacts[]) => void;
  /** Anchor ids kept for a second scan of the same facts (a pull request's base scan). */
  anchorMemo?: AnchorMemo;
  /** Keep each document's class and rule settings for a second scan of the same facts (a pull request's base). */
  keepRules?: boolean;
}

/** What a scan knows before its first document. */
export interface ScanStart {
  root: string;
  listing: ScanListing;
  config: ResolvedConfig;
  engine: 'native' | 'js';
  ruleContext: { now: Date; gitDates?: Map<string, Date> };
  /** The scan's link mode and navigation files. */
  site: SiteInput;
  anchorMemo?: AnchorMemo;
  /** The documents a document reaches (by number), once its batch went through the rules and until they finish. */
  edgesOf: (number: number) => Int32Array;
  /** Each document's class and settings once its batch went through the rules (with `keepRules`). */
  rules: KnownRules;
}

export interface RunResult {
  report: Report;
  /** What the scan listed (the action uses `paths` for scope); documents' facts are dropped batch by batch. */
  listing: ScanListing;
  config: ResolvedConfig;
  /** One-line notice for the user (engine fallback, detected mode...). */
  notices: string[];
  /**
   * Milliseconds per phase, printed by the CLI under DOCWARD_PROFILE=1: config, listing (until the
   * walk's listing arrives), site, gitDates, extract+rules (extraction and per-document rules
   * overlap), finish (cross-document rules, suppressions), score.
   */
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
  // The config lookup would trip on a file first, with a message about `<file>/.docward.yml`.
  if ((await stat(root).catch(() => undefined))?.isFile()) {
    throw new Error(
      `scan root "${options.root}" is a file, not a directory: docward scans a folder (links and orphans span the tree), e.g. the one that holds it`,
    );
  }
  const config = await loadConfig(root, { configPath: options.config, preset: options.preset });
  const { engine, notice } = selectEngine(options.engine ?? 'auto');
  lap('config');
  const stream = await engine.stream({
    root,
    include: config.include,
    exclude: config.exclude,
    maxFileBytes: config.maxFileBytes,
    ...(config.mdx !== undefined ? { mdx: config.mdx } : {}),
  });
  const listing: ScanListing = { paths: stream.paths, dirs: stream.dirs, documentPaths: stream.documentPaths };
  let findings: Finding[];
  let unverified: Unverified[];
  let counts: ScoreCounts;
  let bytes = 0;
  let siteNotice: string | undefined;
  const now = options.now ?? new Date();
  let gitDates: Map<string, Date> | undefined;
  try {
    lap('listing');
    // Which `.md` are read as MDX is settled by the config or the listing alone for most sites: then the
    // native extractor starts now and works ahead while the site loads (Hugo's config, navigation files).
    const extractionWaits = config.mdx === undefined && siteDecidesMdx(listing, config.links);
    if (!extractionWaits) stream.begin();
    // One tally for the site loader and the rules: what neither could check, one notice per cause.
    const tally = new UnverifiedTally();
    const loaded = await loadSite(root, listing, config.links, tally);
    siteNotice = loaded.notice;
    // Before the first batch: which `.md` the generator compiles with MDX is known from the listing and its config.
    const mdx = loaded.site.settings.mdx ?? [];
    if (extractionWaits && mdx.length > 0) stream.readAsMdx(mdx);
    counts = new ScoreCounts(loaded.site.settings);
    lap('site');
    // Imported only when a rule asks for commit dates: node:child_process costs a small run ~1-5 ms to load.
    gitDates = config.needsGitDates ? await (await import('./git-dates.js')).readGitDates(root) : undefined;
    lap('gitDates');
    const { anchorMemo, keepRules } = options;
    const runner = new RuleRunner(listing, config, { now, gitDates, site: loaded.site, unverified: tally, anchorMemo, keepRules });
    await options.onStart?.({
      root,
      listing,
      config,
      engine: engine.name,
      ruleContext: { now, gitDates },
      site: loaded.site,
      anchorMemo,
      edgesOf: (number) => runner.edgesOf(number),
      rules: { classKey: runner.classKey, of: (number) => runner.rulesOf(number) },
    });
    for (let batch = await stream.next(); batch !== undefined; batch = await stream.next()) {
      for (const doc of batch) {
        counts.add(doc);
        bytes += doc.bytes;
      }
      runner.add(batch);
      options.onBatch?.(batch);
      capNewSpace();
    }
    lap('extract+rules');
    findings = runner.finish().sort(compareFindings);
    unverified = runner.unverified();
    lap('finish');
  } finally {
    stream.close();
  }
  const score = computeScore(counts, findings);
  lap('score');
  const report: Report = {
    version: VERSION,
    engine: engine.name,
    root,
    stats: {
      documents: counts.documents,
      files: listing.paths.length - listing.dirs.length,
      bytes,
      durationMs: Math.round(performance.now() - started),
    },
    score,
    findings,
    unverified,
  };
  return { report, listing, config, notices: [notice, siteNotice].filter((n): n is string => n !== undefined), timings };
}
