/** What one run leaves for the next (in the sticky comment's hidden metadata): score and finding fingerprints. */
import type { RunComparison } from './fingerprint.js';

export interface RunData {
  score: number;
  /** Absent when there were too many findings to store; then new/fixed is unknown. */
  fingerprints?: string[];
}

const DATA_PATTERN = /<!-- docward:data:([A-Za-z0-9+/=]*) -->/;

/** An HTML comment carrying the data as base64 JSON (base64 cannot close the comment). */
export function encodeRunData(data: RunData): string {
  return `<!-- docward:data:${Buffer.from(JSON.stringify({ v: 1, ...data })).toString('base64')} -->`;
}

/** Reads the data back from a comment body; anything malformed (an edited comment) counts as absent. */
export function decodeRunData(body: string): RunData | undefined {
  const match = DATA_PATTERN.exec(body);
  if (!match) return undefined;
  try {
    const value = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as Record<string, unknown>;
    if (value.v !== 1 || typeof value.score !== 'number' || !Number.isFinite(value.score)) return undefined;
    const fingerprints = value.fingerprints;
    const valid = Array.isArray(fingerprints) && fingerprints.every((fp) => typeof fp === 'string');
    return { score: value.score, fingerprints: valid ? (fingerprints as string[]) : undefined };
  } catch {
    return undefined;
  }
}

/** `3 new, 1 fixed since the previous run` */
export function changeText(comparison: RunComparison): string {
  return `${comparison.added.length} new, ${comparison.fixed} fixed since the previous run`;
}
