/** Findings as GitHub annotations: ranked workflow commands within the per-step cap, and Checks API batches. */
import { SEVERITIES, type Finding, type Severity } from '../findings.js';
import { rankFindings, type RuleCatalog } from './rule-info.js';
import { repoPath } from './repo-path.js';
import { plainLine } from './escape.js';

/** GitHub shows at most this many annotations of each severity per step; the rest only reach the log. */
export const ANNOTATIONS_PER_SEVERITY = 10;
/** The Checks API accepts at most this many annotations per request. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;

export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  startColumn: number;
}

export interface PlannedAnnotation {
  severity: Severity;
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationPlan {
  /** Most important first: severity, then rule importance, then path. */
  shown: PlannedAnnotation[];
  /** Findings left out per severity because of the per-step cap. */
  hidden: Record<Severity, number>;
}

export interface AnnotationOptions {
  catalog?: RuleCatalog;
  /** The scan root relative to the repository root. */
  pathPrefix?: string;
  limit?: number;
  /** Findings that take their severity's slots before any other (those a change introduced). */
  first?: readonly Finding[];
  /** Text appended to a finding's message (a change's cause and fix). */
  describe?: (finding: Finding) => string | undefined;
}

/**
 * The slots of each severity: `first` findings, then the rest taken in turn across rules (most important rule
 * first), so one noisy rule cannot take every slot from another.
 */
export function slotOrder(findings: readonly Finding[], catalog: RuleCatalog | undefined, first: ReadonlySet<Finding>): Finding[] {
  const ranked = rankFindings(findings, catalog);
  const ordered: Finding[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = ranked.filter((f) => f.severity === severity);
    ordered.push(...ofSeverity.filter((f) => first.has(f)));
    const byRule = new Map<string, Finding[]>();
    for (const f of ofSeverity) if (!first.has(f)) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const queues = [...byRule.values()];
    for (let round = 0; queues.some((q) => q.length > round); round++) for (const q of queues) if (q.length > round) ordered.push(q[round]!);
  }
  return ordered;
}

export function planAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): AnnotationPlan {
  const limit = options.limit ?? ANNOTATIONS_PER_SEVERITY;
  const hidden: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const shown: PlannedAnnotation[] = [];
  for (const finding of slotOrder(findings, options.catalog, new Set(options.first ?? []))) {
    if (taken[finding.severity] >= limit) {
      hidden[finding.severity] += 1;
      continue;
    }
    taken[finding.severity] += 1;
    const note = options.describe?.(finding);
    shown.push({
      severity: finding.severity,
      message: plainLine(note ? `${finding.message} — ${note}` : finding.message),
      properties: {
        title: finding.rule,
        file: repoPath(options.pathPrefix ?? '', finding.path),
        startLine: finding.line,
        startColumn: finding.column,
      },
    });
  }
  return { shown, hidden };
}

/** The three @actions/core functions; they escape `%`, CR, LF in data and also `:` `,` in properties. */
export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink): void {
  for (const annotation of plan.shown) sink[annotation.severity](annotation.message, annotation.properties);
}

/** One Checks API annotation (REST "Update a check run" `output.annotations[]`). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number;
  end_column: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

const CHECK_LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** Every finding, ranked, split into request-sized batches. */
export function checkAnnotationBatches(findings: readonly Finding[], options: AnnotationOptions = {}): CheckAnnotation[][] {
  const all = rankFindings(findings, options.catalog).map((finding): CheckAnnotation => ({
    path: repoPath(options.pathPrefix ?? '', finding.path),
    start_line: finding.line,
    end_line: finding.line,
    // Columns are only valid on single-line annotations, which these always are.
    start_column: finding.column,
    end_column: finding.column,
    annotation_level: CHECK_LEVEL[finding.severity],
    message: plainLine(finding.message).slice(0, 64 * 1024),
    title: finding.rule,
  }));
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < all.length; i += CHECK_ANNOTATIONS_PER_REQUEST) batches.push(all.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  return batches;
}
