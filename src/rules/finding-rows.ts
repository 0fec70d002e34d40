/**
 * Findings kept as rows of typed columns while a scan runs (rule and severity as small codes, the
 * document by number): ~22 bytes a finding besides its message, against ~72 for a `Finding` object
 * and ~150 for the short array each document's first finding used to start. Objects are made only
 * when the findings are handed out.
 */
import { SEVERITIES, type Finding, type Severity } from '../findings.js';

const SEVERITY_CODE = new Map(SEVERITIES.map((severity, i) => [severity, i]));

export class FindingRows {
  private ranks = new Uint8Array(256);
  private severities = new Uint8Array(256);
  private documents = new Int32Array(256);
  private lines = new Int32Array(256);
  private columns = new Int32Array(256);
  private messages: string[] = [];
  length = 0;

  /** `rank`: the rule's position in the registry (below 256); `document`: its number in the scan. */
  push(rank: number, severity: Severity, document: number, line: number, column: number, message: string): void {
    if (this.length === this.ranks.length) this.grow();
    const i = this.length++;
    this.ranks[i] = rank;
    this.severities[i] = SEVERITY_CODE.get(severity)!;
    this.documents[i] = document;
    this.lines[i] = line;
    this.columns[i] = column;
    this.messages.push(message);
  }

  rank(i: number): number {
    return this.ranks[i]!;
  }

  document(i: number): number {
    return this.documents[i]!;
  }

  line(i: number): number {
    return this.lines[i]!;
  }

  column(i: number): number {
    return this.columns[i]!;
  }

  /** The row's message (a tie-break between findings of one rule at one position). */
  message(i: number): string {
    return this.messages[i]!;
  }

  /** Row `i` as a Finding (`ruleIds[rank]` names the rule; `path` is the document's). */
  finding(i: number, ruleIds: readonly string[], path: string): Finding {
    return {
      rule: ruleIds[this.ranks[i]!]!,
      severity: SEVERITIES[this.severities[i]!]!,
      path,
      line: this.lines[i]!,
      column: this.columns[i]!,
      message: this.messages[i]!,
    };
  }

  private grow(): void {
    const size = this.ranks.length * 2;
    const grown = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.ranks = grown(this.ranks, (n) => new Uint8Array(n));
    this.severities = grown(this.severities, (n) => new Uint8Array(n));
    this.documents = grown(this.documents, (n) => new Int32Array(n));
    this.lines = grown(this.lines, (n) => new Int32Array(n));
    this.columns = grown(this.columns, (n) => new Int32Array(n));
  }
}
