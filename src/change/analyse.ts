/** A change judged on its own: base scan, classification of every finding, and causes with fixes for what it introduced. */
import type { Finding } from '../findings.js';
import { scanBase, type HeadScan } from './base-scan.js';
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
}

export function touchedPaths(change: TreeChange): Set<string> {
  return new Set([...change.added, ...change.modified, ...[...change.renames.values()].map((r) => r.to)]);
}

export async function analyseChange(head: HeadScan, headFindings: readonly Finding[], baseSha: string): Promise<ChangeAnalysis> {
  const change = diffWorkTree(head.root, baseSha);
  const base = await scanBase(head, change, baseSha);
  const classification = classifyFindings(headFindings, base.findings, change);
  const touched = touchedPaths(change);
  const facts = { renames: change.renames, deleted: change.deleted, head: head.documents, base: base.documents };
  const explanations = new Map<Finding, Explanation>();
  for (const finding of classification.introduced) {
    const explanation = explainFinding(finding, facts);
    if (explanation.cause || explanation.fix) explanations.set(finding, explanation);
  }
  return {
    baseSha,
    change,
    classification,
    touched,
    brokenElsewhere: classification.introduced.filter((f) => !touched.has(f.path)),
    explanations,
    extracted: base.extracted,
    reused: base.documents.size - base.extracted,
  };
}
