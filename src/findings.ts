/** Findings: what rules produce and reporters consume. Knows nothing of parsing or GitHub. */
import type { Unverified } from './unverified.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeveritySetting = Severity | 'off';

/** Severities from most to least important. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface Finding {
  /** Stable rule id, e.g. `link-broken`. */
  rule: string;
  severity: Severity;
  /** Relative to the scan root, `/`-separated. */
  path: string;
  /** 1-based; 1 when the finding is about the whole file. */
  line: number;
  /** 1-based, in code points. */
  column: number;
  /** Names the offending target or value. Plain text (reporters escape it). */
  message: string;
}

export interface ScoreParts {
  /** 0..1 each; see README "Quality score". */
  metadata: number;
  links: number;
  orphans: number;
  size: number;
}

export interface Score {
  /** 0..100, integer. */
  total: number;
  parts: ScoreParts;
}

export interface ReportStats {
  documents: number;
  files: number;
  bytes: number;
  durationMs: number;
}

/** The JSON report (`--format json`), and the value every reporter starts from. */
export interface Report {
  version: string;
  engine: 'native' | 'js';
  root: string;
  stats: ReportStats;
  score: Score;
  /** Sorted by path, line, rule (then column, message). */
  findings: Finding[];
  /** What docward could not check and why, one entry per cause (src/unverified.ts); never findings. */
  unverified: Unverified[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.path, b.path) || a.line - b.line || cmp(a.rule, b.rule) || a.column - b.column || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `severity` is at least as important as `threshold` (`never` matches nothing). */
export function reaches(severity: Severity, threshold: Severity | 'never'): boolean {
  if (threshold === 'never') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
