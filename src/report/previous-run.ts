/** What one run leaves for the next (in the sticky comment's hidden metadata): score and finding fingerprints. */
import type { RunComparison } from './fingerprint.js';

export interface RunData {
  score: number;
  /** Absent when there were too many findings to store; then new/fixed is unknown. */
  fingerprints?: string[];
}

const DATA_PATTERN = /<!-- docward:data:([A-Za-z0-9+/=]*) -->/;
const COMPACT_PATTERN = /<!-- docward:run:(-?\d+);([A-Za-z0-9+/,:]*)(;\*)? -->/;
const FINGERPRINT = /^([0-9a-f]{16})(?::(\d+))?$/;

/**
 * An HTML comment carrying the data compactly: the score, then each fingerprint's 8 bytes in base64 (11
 * characters, half of the earlier base64 JSON) with `:n` for a repeat; `;*` when there are none to compare.
 * Nothing in it can close the comment.
 */
export function encodeRunData(data: RunData): string {
  const prints = (data.fingerprints ?? []).map((fp) => {
    const match = FINGERPRINT.exec(fp);
    if (!match) throw new Error(`not a finding fingerprint: ${fp}`);
    return Buffer.from(match[1]!, 'hex').toString('base64').replace(/=+$/, '') + (match[2] ? `:${match[2]}` : '');
  });
  return `<!-- docward:run:${Math.round(data.score)};${prints.join(',')}${data.fingerprints ? '' : ';*'} -->`;
}

/** Reads the data back from a comment body (this format or the earlier base64 JSON); anything malformed counts as absent. */
export function decodeRunData(body: string): RunData | undefined {
  const compact = COMPACT_PATTERN.exec(body);
  if (compact) {
    const score = Number(compact[1]);
    if (compact[3]) return { score, fingerprints: undefined };
    const fingerprints: string[] = [];
    for (const item of compact[2] ? compact[2].split(',') : []) {
      const [print = '', repeat] = item.split(':');
      const hex = Buffer.from(print, 'base64').toString('hex');
      if (hex.length !== 16 || (repeat !== undefined && !/^\d+$/.test(repeat))) return undefined;
      fingerprints.push(repeat ? `${hex}:${repeat}` : hex);
    }
    return { score, fingerprints };
  }
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
