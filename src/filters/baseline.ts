/** Baseline: findings accepted earlier (recorded in a docward JSON report) are not reported again; gone ones are counted. */
import { compareFindings, SEVERITIES, type Finding } from '../findings.js';
import { fingerprintFindings } from '../report/fingerprint.js';

export class BaselineError extends Error {}

export interface BaselineResult {
  /** Findings not in the baseline. */
  reported: Finding[];
  /** Findings left out because the baseline has them. */
  baselined: number;
  /** Baseline entries that no longer occur: fixed, so the baseline can shrink. */
  stale: number;
}

/**
 * The fingerprints of a baseline file: a JSON report (`docward scan --format json`) of the same scan path.
 * Fingerprints use rule, path and message, not the line, so edits elsewhere in a file keep findings matched.
 */
export function parseBaseline(text: string, file: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`${file}: not JSON (${(err as Error).message}); write it with docward scan --format json`);
  }
  const findings = (value as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) throw new BaselineError(`${file}: no "findings" list; write it with docward scan --format json`);
  const parsed = findings.map((f: unknown, index): Finding => {
    const item = f as Record<string, unknown>;
    const valid =
      typeof item?.rule === 'string' &&
      typeof item.path === 'string' &&
      typeof item.message === 'string' &&
      Number.isInteger(item.line) &&
      Number.isInteger(item.column) &&
      SEVERITIES.includes(item.severity as Finding['severity']);
    if (!valid) throw new BaselineError(`${file}: findings[${index}] is not a finding (needs rule, severity, path, line, column, message)`);
    return item as unknown as Finding;
  });
  return fingerprintFindings(parsed.sort(compareFindings));
}

/** `findings` sorted as in a Report (fingerprints count repeats in that order). */
export function applyBaseline(findings: readonly Finding[], baseline: readonly string[]): BaselineResult {
  const accepted = new Set(baseline);
  const fingerprints = fingerprintFindings(findings);
  const reported = findings.filter((_, index) => !accepted.has(fingerprints[index]!));
  const current = new Set(fingerprints);
  return { reported, baselined: findings.length - reported.length, stale: baseline.filter((fp) => !current.has(fp)).length };
}
