/** Stable finding fingerprints: survive line moves, so runs can be compared (SARIF, sticky comment new/fixed). */
import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';

/**
 * One fingerprint per finding, same order: hash of rule, path and message (not line, so edits above a finding
 * keep it), plus `:n` for the n-th repeat of an identical finding in the same file.
 */
export function fingerprintFindings(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = createHash('sha256').update(`${finding.rule}\0${finding.path}\0${finding.message}`).digest('hex').slice(0, 16);
    const repeat = seen.get(hash) ?? 0;
    seen.set(hash, repeat + 1);
    return repeat === 0 ? hash : `${hash}:${repeat}`;
  });
}

export interface RunComparison {
  /** Indexes into the current findings of those absent from the previous run. */
  added: number[];
  /** How many previous fingerprints are gone. */
  fixed: number;
}

export function compareRuns(previous: readonly string[], current: readonly string[]): RunComparison {
  const before = new Set(previous);
  const now = new Set(current);
  const added = current.flatMap((fp, index) => (before.has(fp) ? [] : [index]));
  const fixed = previous.filter((fp) => !now.has(fp)).length;
  return { added, fixed };
}
