/**
 * Every finding of a change, anywhere in the tree: new (the head has it, the base did not), fixed (the reverse)
 * or pre-existing. Findings are matched by a key that never holds a line number: rule, the file's path after
 * the change's renames, the message with renamed paths written as after the change and the resolved location
 * dropped (a file moved to another folder keeps its broken link), and the occurrence index among equal keys
 * in the file, in line order (an edit that shifts lines keeps every finding's index).
 */
import { compareFindings, type Finding } from '../findings.js';
import type { TreeChange } from './git.js';

export interface Classification {
  /** Head findings the base did not have. */
  introduced: Finding[];
  /** Head findings the base had too. */
  preExisting: Finding[];
  /** Base findings the head no longer has (paths as in the base). */
  fixed: Finding[];
}

// `(resolved to "…")`, `(route "…", looked for "…")`: where a target landed depends on the linking file's folder.
const LOCATION = / \((?:resolved to|route) "[^"]*"(?:, looked for "[^"]*")?\)/g;
const QUOTED = /"([^"]*)"/g;

/** A finding's key as the head would write it; `rename` maps a base path to its head path (identity for head findings). */
export function changeKey(finding: Finding, rename: (path: string) => string): string {
  const message = finding.message.replace(LOCATION, '').replace(QUOTED, (whole, quoted: string) => {
    const renamed = rename(quoted);
    return renamed === quoted ? whole : `"${renamed}"`;
  });
  return `${finding.rule}\0${rename(finding.path)}\0${message}`;
}

/** `key#n` for the n-th finding with that key, counting in (path, line, column) order. */
function occurrenceKeys(findings: readonly Finding[], rename: (path: string) => string): string[] {
  const order = findings.map((_, i) => i).sort((a, b) => compareFindings(findings[a]!, findings[b]!));
  const seen = new Map<string, number>();
  const keys: string[] = new Array(findings.length);
  for (const i of order) {
    const key = changeKey(findings[i]!, rename);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    keys[i] = `${key}#${n}`;
  }
  return keys;
}

/** The base-to-head path map of a change (paths relative to the scan root). */
export function renamer(change: Pick<TreeChange, 'renames'>): (path: string) => string {
  const map = new Map([...change.renames].map(([from, r]) => [from, r.to]));
  return (path) => map.get(path) ?? path;
}

export function classifyFindings(head: readonly Finding[], base: readonly Finding[], change: Pick<TreeChange, 'renames'>): Classification {
  const headKeys = occurrenceKeys(head, (p) => p);
  const baseKeys = occurrenceKeys(base, renamer(change));
  const inBase = new Set(baseKeys);
  const inHead = new Set(headKeys);
  const introduced: Finding[] = [];
  const preExisting: Finding[] = [];
  head.forEach((finding, i) => (inBase.has(headKeys[i]!) ? preExisting : introduced).push(finding));
  const fixed = base.filter((_, i) => !inHead.has(baseKeys[i]!));
  return { introduced, preExisting, fixed };
}
