/**
 * A change judged on its own, alongside the head scan: the diff runs in git while the head's listing is walked,
 * the base's rules run on the head's batches as they arrive, then every finding is classified and what the
 * change introduced gets its cause and fix.
 */
import { performance } from 'node:perf_hooks';
import type { DocumentFacts } from '../engine/contract.js';
import { plainJoin } from '../engine/js/link-positions.js';
import type { Finding } from '../findings.js';
import { BaseScanner, type HeadStart } from './base-scan.js';
import { classifyFindings, type Classification } from './classify.js';
import { explainFinding, type Explanation } from './causes.js';
import { diffWorkTree, type TreeChange } from './git.js';

export interface ChangeAnalysis {
  baseSha: string;
  change: TreeChange;
  classification: Classification;
  /** Head paths (scan-root relative) the change added, modified or renamed into. */
  touched: Set<string>;
  /** Introduced findings in files the change did not touch ("broken by this change"). */
  brokenElsewhere: Finding[];
  /** Causes and fixes of introduced findings, where one is known. */
  explanations: Map<Finding, Explanation>;
  /** Base documents extracted from blobs; the rest reused the head's facts. */
  extracted: number;
  reused: number;
  /** Reused documents whose findings but orphan's and frontmatter-links' were the head's. */
  quiet: number;
  /** Milliseconds per phase of the base side. */
  timings: Record<string, number>;
}

export function touchedPaths(change: TreeChange): Set<string> {
  return new Set([...change.added, ...change.modified, ...[...change.renames.values()].map((r) => r.to)]);
}

/** The base scan of one change; `begin` before the head scan, `start`/`batch` from its hooks, `finish` with its findings. */
export class ChangeScan {
  private readonly diff: Promise<TreeChange>;
  private change?: TreeChange;
  private scanner?: BaseScanner;
  /** Head documents an explanation may read: touched ones, and those linking to a changed path (any letter case). */
  private readonly kept = new Map<string, DocumentFacts>();
  private changedLower = new Set<string>();
  private touched = new Set<string>();
  /** Per head listing position: 1 when the path, in any letter case, is one the change touched, deleted or renamed. */
  private changedAt = new Uint8Array(0);

  private constructor(
    root: string,
    private readonly baseSha: string,
    diff?: Promise<TreeChange>,
  ) {
    this.diff = diff ?? diffWorkTree(root, baseSha);
    // Awaited in `start`; a failure there is the caller's to report.
    this.diff.catch(() => {});
  }

  /** `diff`: the work tree's change when the caller already runs that diff (diffWorkTreeWithPatch). */
  static begin(root: string, baseSha: string, diff?: Promise<TreeChange>): ChangeScan {
    return new ChangeScan(root, baseSha, diff);
  }

  /** True when the base would find exactly what the head finds: no path added, deleted or renamed, no document edited. */
  private sameFindings = false;

  async start(head: HeadStart): Promise<void> {
    this.change = await this.diff;
    this.touched = touchedPaths(this.change);
    this.changedLower = new Set([...this.touched, ...this.change.deleted, ...this.change.renames.keys()].map((p) => p.toLowerCase()));
    this.changedAt = Uint8Array.from(head.listing.paths, (p) => (this.changedLower.has(p.toLowerCase()) ? 1 : 0));
    const documents = new Set(head.listing.documentPaths);
    const { added, deleted, renames, modified } = this.change;
    // Edits to files that are not documents (code, images) change no finding: the base scan is skipped.
    this.sameFindings = !added.size && !deleted.size && !renames.size && ![...modified].some((p) => documents.has(p));
    if (!this.sameFindings) this.scanner = await BaseScanner.start(head, this.change, this.baseSha);
  }

  batch(docs: readonly DocumentFacts[]): void {
    if (!this.scanner) return;
    this.scanner.add(docs);
    // A quiet document (no link of it reaches a changed path, `mayExplain` asks less) explains nothing.
    for (const doc of docs) if (!this.scanner.quiet(doc.path) && this.mayExplain(doc)) this.kept.set(doc.path, doc);
  }

  private mayExplain(doc: DocumentFacts): boolean {
    if (this.touched.has(doc.path)) return true;
    const folder = doc.path.slice(0, Math.max(0, doc.path.lastIndexOf('/')));
    return doc.links.some((link) => {
      // A placed link names a listed path; only the others (missing, other letter case) need joining.
      if (link.to !== undefined && link.to >= 0) return this.changedAt[link.to] === 1;
      if (link.kind === 'shortcode') return false;
      const joined = plainJoin(folder, link.target);
      return joined !== undefined && this.changedLower.has(joined.toLowerCase());
    });
  }

  finish(headFindings: readonly Finding[]): ChangeAnalysis {
    if (!this.change || (!this.scanner && !this.sameFindings)) throw new Error('the base scan did not start');
    // The same findings on both sides: every head finding is the base's too.
    const base = this.scanner
      ? this.scanner.finish()
      : { findings: [], shared: () => true, extracted: new Map<string, DocumentFacts>(), reused: 0, quiet: 0, timings: { skipped: 0 } };
    const started = performance.now();
    const change = this.change;
    const classification = classifyFindings(headFindings, base.findings, change, base.shared);
    const facts = { renames: change.renames, deleted: change.deleted, head: this.kept, base: base.extracted };
    const explanations = new Map<Finding, Explanation>();
    for (const finding of classification.introduced) {
      const explanation = explainFinding(finding, facts);
      if (explanation.cause || explanation.fix) explanations.set(finding, explanation);
    }
    this.kept.clear();
    return {
      baseSha: this.baseSha,
      change,
      classification,
      touched: this.touched,
      brokenElsewhere: classification.introduced.filter((f) => !this.touched.has(f.path)),
      explanations,
      extracted: base.extracted.size,
      reused: base.reused,
      quiet: base.quiet,
      timings: { ...base.timings, classify: Math.round(performance.now() - started) },
    };
  }
}
