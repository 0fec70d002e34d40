/**
 * The runner's findings from the first document to the last, handed out as objects in scan order.
 * Findings reach it three ways, each kept the cheapest way its order allows:
 * - `checked`: a document's own check, documents in order: rows already in output order;
 * - `settled`: after their document's check (deferred items, a site's link rules), in any order:
 *   rows sorted once at the end;
 * - `held`: every finding of a document with inline suppressions, as objects (suppressions apply
 *   to objects, and its settled findings may still be suppressed), filtered at the end.
 */
import type { Suppression } from '../engine/contract.js';
import type { Finding, Severity } from '../findings.js';
import type { ResolvedRule } from '../config/types.js';
import { applySuppressions, type SuppressionProblem } from '../filters/suppressions.js';
import { RULES } from './index.js';
import { FindingRows } from './finding-rows.js';
import { flatten } from './flat-string.js';
import { hitSeverity, type RuleHit } from './types.js';

const RULE_IDS = RULES.map((rule) => rule.id);
/** Each rule's position in the registry (findings of a document come in this order). */
export const RANK = new Map(RULE_IDS.map((id, i) => [id, i]));
/** A document's findings in registry order (stable: each rule's own order is kept). */
const byRank = (a: Finding, b: Finding) => RANK.get(a.rule)! - RANK.get(b.rule)!;
/** A document's findings in the order one pass of every rule gives: its own check's, then the later ones (already in `lateOrder`) merged in by rule. */
function inOrder(immediate: Finding[], late: Finding[] | undefined): Finding[] {
  return late ? immediate.concat(late).sort(byRank) : immediate;
}

export function pushHits(out: Finding[], rule: string, severity: Severity, path: string, hits: RuleHit[]): void {
  for (const hit of hits) {
    out.push({ rule, severity: hitSeverity(hit, severity), path, line: hit.line, column: hit.column, message: flatten(hit.message) });
  }
}

/** A rule as it runs on some path: its registry position and configured severity. */
export interface RankedRule {
  rank: number;
  severity: Severity;
}

function pushRows(rows: FindingRows, rule: RankedRule, number: number, hits: RuleHit[]): void {
  for (const hit of hits) {
    rows.push(rule.rank, hitSeverity(hit, rule.severity), number, hit.line, hit.column, flatten(hit.message));
  }
}

/** A document with inline suppressions: its findings wait for the last document, as deferred ones may still be suppressed. */
interface Held {
  suppressions: Suppression[];
  settings: Record<string, ResolvedRule>;
  findings: Finding[];
}

export class FindingStore {
  /** Findings of each document's own check (documents without suppressions): documents arrive in order, so each one's rows are consecutive. */
  private readonly immediate = new FindingRows();
  /** Findings that came after their document's check (deferred, or link rules of a site), in any order: merged in rule order at the end. */
  private readonly late = new FindingRows();
  private readonly held = new Map<number, Held>();

  /** `documentPaths`: every document's path by number; `known`: every rule id (for suppressions naming unknown rules). */
  constructor(
    private readonly documentPaths: readonly string[],
    private readonly known: ReadonlySet<string>,
  ) {}

  /** Hits of document `number`'s own check, for a document without inline suppressions (documents in scan order). */
  checked(rule: RankedRule, number: number, hits: RuleHit[]): void {
    pushRows(this.immediate, rule, number, hits);
  }

  /** Hits for document `number` that came after its check, in any order. */
  settled(rule: RankedRule, number: number, hits: RuleHit[]): void {
    pushRows(this.late, rule, number, hits);
  }

  /** Document `number`'s own findings, kept as objects until its suppressions apply at the end. */
  hold(number: number, suppressions: Suppression[], settings: Record<string, ResolvedRule>, findings: Finding[]): void {
    this.held.set(number, { suppressions, settings, findings });
  }

  /** Every document's findings as objects, documents in scan order, each in the order of `inOrder`. */
  documentFindings(): Finding[] {
    const { immediate, late } = this;
    const order = this.lateOrder();
    const heldNumbers = [...this.held.keys()].sort((a, b) => a - b);
    const out: Finding[] = [];
    let i = 0;
    let j = 0;
    let h = 0;
    for (;;) {
      let number = Infinity;
      if (i < immediate.length) number = immediate.document(i);
      if (j < order.length) number = Math.min(number, late.document(order[j]!));
      if (h < heldNumbers.length) number = Math.min(number, heldNumbers[h]!);
      if (number === Infinity) break;
      const path = this.documentPaths[number]!;
      let jEnd = j;
      while (jEnd < order.length && late.document(order[jEnd]!) === number) jEnd++;
      if (heldNumbers[h] === number) {
        for (const finding of this.suppress(number, this.held.get(number)!, order.subarray(j, jEnd))) out.push(finding);
        h++;
      } else {
        // Both runs are in rule order (a check's rules run in registry order): merged stably, the check's own first.
        for (; i < immediate.length && immediate.document(i) === number; i++) {
          for (; j < jEnd && late.rank(order[j]!) < immediate.rank(i); j++) out.push(late.finding(order[j]!, RULE_IDS, path));
          out.push(immediate.finding(i, RULE_IDS, path));
        }
        for (; j < jEnd; j++) out.push(late.finding(order[j]!, RULE_IDS, path));
      }
      j = jEnd;
    }
    this.held.clear();
    return out;
  }

  /**
   * Late rows by document, then rule order and position, then message: never by arrival, which
   * depends on how the scan was cut into batches (two findings of one rule at one position, e.g. a
   * site mode's links from one shortcode, would otherwise swap between batch sizes).
   */
  private lateOrder(): Int32Array {
    const late = this.late;
    const order = new Int32Array(late.length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    return order.sort(
      (a, b) =>
        late.document(a) - late.document(b) ||
        late.rank(a) - late.rank(b) ||
        late.line(a) - late.line(b) ||
        late.column(a) - late.column(b) ||
        byMessage(late, a, b),
    );
  }

  /** The document's findings left by its suppressions, with the suppressions' own (`lateRows`: its late rows, in `lateOrder`). */
  private suppress(number: number, held: Held, lateRows: Int32Array): Finding[] {
    const path = this.documentPaths[number]!;
    const late = lateRows.length === 0 ? undefined : Array.from(lateRows, (row) => this.late.finding(row, RULE_IDS, path));
    const findings = inOrder(held.findings, late);
    const { kept, invalid, unused } = applySuppressions(held, findings, this.known);
    const meta = (rule: string, problems: SuppressionProblem[]) => {
      const severity = held.settings[rule]?.severity ?? 'off';
      if (severity === 'off') return;
      for (const p of problems) {
        kept.push({ rule, severity, path, line: p.line, column: p.column, message: flatten(p.message) });
      }
    };
    meta('suppression-invalid', invalid);
    meta('suppression-unused', unused);
    return kept;
  }
}

/** Rows with equal messages are equal findings: their order cannot show. */
function byMessage(rows: FindingRows, a: number, b: number): number {
  const x = rows.message(a);
  const y = rows.message(b);
  return x < y ? -1 : x > y ? 1 : a - b;
}
