/**
 * Why a change broke a link, and the exact replacement when one is safe: a target renamed or moved, a heading
 * edited, a letter-case mismatch. Read from the facts (the link at the finding's position, the headings of both
 * sides), never from message wording, except link-case's existing spelling.
 */
import path from 'node:path';
import type { DocumentFacts, Link } from '../engine/contract.js';
import type { Finding } from '../findings.js';
import { plainJoin } from '../engine/js/link-positions.js';
import { headingIds } from '../rules/links/anchors.js';
import type { TreeChange } from './git.js';

export type Cause =
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'deleted'; path: string }
  | { kind: 'heading-edited'; path: string; from: string; to: string }
  | { kind: 'heading-removed'; path: string; heading: string }
  | { kind: 'letter-case'; path: string; wanted: string };

/** Replace the link target `from` (as written, found at or after the link's column on its line) with `to`. */
export interface LinkFix {
  path: string;
  line: number;
  column: number;
  from: string;
  to: string;
}

export interface Explanation {
  cause?: Cause;
  fix?: LinkFix;
}

/** What the explanations read: both sides' documents and how paths moved (all relative to the scan root). */
export interface ChangeFacts {
  renames: TreeChange['renames'];
  deleted: ReadonlySet<string>;
  head: ReadonlyMap<string, DocumentFacts>;
  /** Base documents by base path; empty for `docward fix` (history renames only). */
  base: ReadonlyMap<string, DocumentFacts>;
}

const LINK_RULES = new Set(['link-broken', 'link-case', 'link-anchor']);

export function linkAt(doc: DocumentFacts | undefined, line: number, column: number): Link | undefined {
  return doc?.links.find((l) => l.line === line && l.column === column);
}

/** The target's path part and what follows it (`?query#fragment`). */
function splitTarget(target: string): { file: string; rest: string } {
  const cut = target.search(/[?#]/);
  return cut < 0 ? { file: target, rest: '' } : { file: target.slice(0, cut), rest: target.slice(cut) };
}

/** A link from `docPath` to `to` (scan-root relative), written in the style of `written` (root-absolute, `./`-relative or plain). */
export function retarget(docPath: string, written: string, to: string): string {
  const { file, rest } = splitTarget(written);
  if (file.startsWith('/')) return `/${to}${rest}`;
  let relative = path.posix.relative(path.posix.dirname(docPath), to) || path.posix.basename(to);
  if (file.startsWith('./') && !relative.startsWith('../')) relative = `./${relative}`;
  return `${relative}${rest}`;
}

/** Where a link's file part lands (its own document for a bare `#fragment`); undefined when it is not a plain repository path. */
function landing(doc: DocumentFacts, link: Link): string | undefined {
  const { file } = splitTarget(link.target);
  if (file === '') return doc.path;
  return plainJoin(path.posix.dirname(doc.path) === '.' ? '' : path.posix.dirname(doc.path), link.target);
}

/** The head path a base path has after the change's renames; the reverse map for head -> base. */
function reverseRenames(renames: TreeChange['renames']): Map<string, string> {
  return new Map([...renames].map(([from, r]) => [r.to, from]));
}

export function explainFinding(finding: Finding, facts: ChangeFacts): Explanation {
  if (finding.rule === 'orphan') {
    // A renamed page that no link reaches any more: the links still name its old path.
    const renamed = [...facts.renames].find(([, r]) => r.to === finding.path);
    return renamed ? { cause: { kind: 'renamed', from: renamed[0], to: finding.path } } : {};
  }
  if (!LINK_RULES.has(finding.rule)) return {};
  const doc = facts.head.get(finding.path);
  const link = linkAt(doc, finding.line, finding.column);
  if (!doc || !link || link.kind === 'shortcode') return {};
  const target = landing(doc, link);
  if (target === undefined) return {};
  const fixTo = (to: string): LinkFix => ({ path: finding.path, line: link.line, column: link.column, from: link.target, to });

  if (finding.rule === 'link-case') {
    const wanted = /exists only as "([^"]+)"/.exec(finding.message)?.[1];
    if (!wanted) return {};
    const renamed = [...facts.renames].find(([from, r]) => r.to === wanted && from.toLowerCase() === wanted.toLowerCase());
    const cause: Cause = renamed ? { kind: 'renamed', from: renamed[0], to: wanted } : { kind: 'letter-case', path: target, wanted };
    return { cause, fix: fixTo(retarget(doc.path, link.target, wanted)) };
  }
  if (finding.rule === 'link-broken') {
    const moved = followRenames(target, facts.renames);
    if (moved !== undefined) return { cause: { kind: 'renamed', from: target, to: moved }, fix: fixTo(retarget(doc.path, link.target, moved)) };
    if (facts.deleted.has(target)) return { cause: { kind: 'deleted', path: target } };
    return {};
  }
  // link-anchor: the heading the fragment named on the base side, and what became of it.
  const fragment = splitTarget(link.target).rest.replace(/^[^#]*#?/, '');
  const basePath = reverseRenames(facts.renames).get(target) ?? target;
  const before = facts.base.get(basePath);
  const after = facts.head.get(target);
  if (!before || !after || !fragment) return {};
  const beforeIds = headingIds(before, 'github');
  const wanted = safeDecode(fragment);
  const index = beforeIds.findIndex((id) => id === wanted || id === wanted.toLowerCase());
  if (index < 0) return {};
  const heading = before.headings[index]!;
  const afterTexts = new Set(after.headings.map((h) => h.text));
  if (afterTexts.has(heading.text)) return {};
  const beforeTexts = new Set(before.headings.map((h) => h.text));
  const sameSlot = after.headings.length === before.headings.length ? index : -1;
  const fresh = after.headings.flatMap((h, i) => (!beforeTexts.has(h.text) && h.level === heading.level ? [i] : []));
  const replacement = sameSlot >= 0 && !beforeTexts.has(after.headings[sameSlot]!.text) ? sameSlot : fresh.length === 1 ? fresh[0]! : -1;
  if (replacement < 0) return { cause: { kind: 'heading-removed', path: target, heading: heading.text } };
  const newId = headingIds(after, 'github')[replacement]!;
  const cut = link.target.indexOf('#');
  return {
    cause: { kind: 'heading-edited', path: target, from: heading.text, to: after.headings[replacement]!.text },
    fix: fixTo(`${link.target.slice(0, cut + 1)}${newId}`),
  };
}

/** Follows a chain of renames (a -> b, then b -> c) from `from`; undefined when `from` was not renamed. */
export function followRenames(from: string, renames: TreeChange['renames']): string | undefined {
  let current = from;
  const seen = new Set<string>();
  while (renames.has(current) && !seen.has(current)) {
    seen.add(current);
    current = renames.get(current)!.to;
  }
  return current === from ? undefined : current;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** How a sentence shows paths and code: plain text by default; Markdown reporters pass their escaping `code`. */
export interface CauseStyle {
  /** A scan-root path as the repository path people see. */
  repo?: (path: string) => string;
  code?: (text: string) => string;
}

/** A cause as one sentence: "`docs/guide.md` was renamed to `docs/guide-renamed.md` in this change". */
export function causeText(cause: Cause, style: CauseStyle = {}): string {
  const repo = style.repo ?? ((p: string) => p);
  const code = style.code ?? ((t: string) => `\`${t}\``);
  const file = (p: string) => code(repo(p));
  switch (cause.kind) {
    case 'renamed':
      return `${file(cause.from)} was renamed to ${file(cause.to)} in this change`;
    case 'deleted':
      return `${file(cause.path)} was deleted in this change`;
    case 'heading-edited':
      return `heading ${code(cause.from)} in ${file(cause.path)} became ${code(cause.to)}`;
    case 'heading-removed':
      return `heading ${code(cause.heading)} in ${file(cause.path)} was removed in this change`;
    case 'letter-case':
      return `the file is ${file(cause.wanted)} (letter case differs; breaks on Linux and GitHub)`;
  }
}
