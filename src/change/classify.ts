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

/** The message without where its target resolved (link-broken ends with it: sliced off without a regular expression). */
function unlocated(message: string): string {
  if (!message.endsWith('")')) return message;
  const at = message.lastIndexOf(' (resolved to "');
  if (at >= 0 && message.indexOf('"', at + 15) === message.length - 2) return message.slice(0, at);
  return message.includes(' (route "') ? message.replace(LOCATION, '') : message;
}

/** A change's renames as a key function needs them: the map, and a quick test for messages that name none. */
export interface Renamer {
  (path: string): string;
  /** True when `text` may quote a renamed path. */
  mentions(text: string): boolean;
}

/** A finding's key as the head would write it; `rename` maps a base path to its head path (absent: the head's own findings). */
export function changeKey(finding: Finding, rename?: Renamer): string {
  const located = unlocated(finding.message);
  if (!rename) return `${finding.rule}\0${finding.path}\0${located}`;
  const message = rename.mentions(located)
    ? located.replace(QUOTED, (whole, quoted: string) => {
        const renamed = rename(quoted);
        return renamed === quoted ? whole : `"${renamed}"`;
      })
    : located;
  return `${finding.rule}\0${rename(finding.path)}\0${message}`;
}

/** True when the renames leave the finding's key as the head writes it (its path is no renamed one, its message quotes none). */
function renameKeeps(finding: Finding, rename: Renamer): boolean {
  if (rename(finding.path) !== finding.path) return false;
  return !rename.mentions(unlocated(finding.message)) || changeKey(finding, rename) === changeKey(finding);
}

/** The findings in (path, line, column) order: a Report's own order, so usually as given. */
function inOrder(findings: readonly Finding[]): readonly Finding[] {
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1]!, findings[i]!) > 0) return [...findings].sort(compareFindings);
  return findings;
}

/**
 * Occurrence matching by counts: the n-th head finding with a key (in line order) is pre-existing when the base
 * has more than n findings with that key, and the n-th base finding is fixed when the head has n or fewer.
 */
function countKeys(findings: readonly Finding[], rename?: Renamer): { keys: string[]; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const keys = findings.map((finding) => {
    const key = changeKey(finding, rename);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return key;
  });
  return { keys, counts };
}

/** The base-to-head path map of a change (paths relative to the scan root); undefined when nothing was renamed. */
export function renamer(change: Pick<TreeChange, 'renames'>): Renamer | undefined {
  if (!change.renames.size) return undefined;
  const map = new Map([...change.renames].map(([from, r]) => [from, r.to]));
  const quoted = [...map.keys()].map((from) => `"${from}"`);
  // Many renames: the regular expression is the cheaper test.
  const mentions = quoted.length > 16 ? (text: string) => text.includes('"') : (text: string) => quoted.some((q) => text.includes(q));
  return Object.assign((path: string) => map.get(path) ?? path, { mentions });
}

/**
 * `shared`: head findings the base has too, as the same objects, and no other finding on either side has the key
 * of (a pull request's base takes these from the head). Their key is the same on both sides unless a rename
 * rewrites it, so each is pre-existing without a key, and leaves every other finding's match alone; those a
 * rename rewrites count in the base as given.
 */
export function classifyFindings(
  head: readonly Finding[],
  base: readonly Finding[],
  change: Pick<TreeChange, 'renames'>,
  shared?: (finding: Finding) => boolean,
): Classification {
  const rename = renamer(change);
  const headSorted = inOrder(head);
  // Per position in headSorted: 1 when pre-existing as a shared finding its key keeps.
  const settled = new Uint8Array(headSorted.length);
  const rest: Finding[] = [];
  const baseRest: Finding[] = [];
  headSorted.forEach((finding, i) => {
    if (!shared?.(finding)) rest.push(finding);
    else if (rename && !renameKeeps(finding, rename)) {
      rest.push(finding);
      baseRest.push(finding);
    } else settled[i] = 1;
  });
  const baseSorted = inOrder(baseRest.length ? [...base, ...baseRest] : base);
  const now = countKeys(rest);
  const before = countKeys(baseSorted, rename);
  const introduced: Finding[] = [];
  const preExisting: Finding[] = [];
  const fixed: Finding[] = [];
  const seen = new Map<string, number>();
  let r = 0;
  headSorted.forEach((finding, i) => {
    if (settled[i] === 1) {
      preExisting.push(finding);
      return;
    }
    const key = now.keys[r++]!;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    (n < (before.counts.get(key) ?? 0) ? preExisting : introduced).push(finding);
  });
  seen.clear();
  baseSorted.forEach((finding, i) => {
    const key = before.keys[i]!;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n >= (now.counts.get(key) ?? 0)) fixed.push(finding);
  });
  return { introduced, preExisting, fixed };
}
