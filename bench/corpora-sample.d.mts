// Types for bench/corpora-sample.mjs so TypeScript tests can import it.
export interface Finding {
  rule: string;
  severity: string;
  path: string;
  line: number;
  message?: string;
}
export interface Label {
  rule: string;
  path: string;
  line: number;
  real: boolean;
  cause?: string;
  reason?: string;
}
export interface GroupSample {
  total: number;
  sample: Finding[];
}
export interface GroupPrecision {
  total: number;
  sampled: number;
  true: number;
  false: number;
  unsure: number;
  precision: number | null;
  unlabelled: { rule: string; path: string; line: number }[];
  severity: Record<string, { true: number; false: number; unsure: number }>;
}
export const GROUPS: string[];
export function ruleGroup(rule: string): string;
export function findingKey(f: { rule: string; path: string; line: number }): string;
export function sampleBy<T>(items: T[], opts: { seed: string; corpus: string; size: number; keyOf: (item: T) => string }): T[];
export function sampleFindings(findings: Finding[], opts: { seed: string; corpus: string; size: number }): Record<string, GroupSample>;
export function verdict(label: Label): 'true' | 'false' | 'unsure';
export function indexLabels(labels: Label[], source: string): Map<string, Label>;
export function precisionByGroup(samples: Record<string, GroupSample>, findings: Finding[], labelIndex: Map<string, Label>): Record<string, GroupPrecision>;
export function falseCauses(
  findings: Finding[],
  labelIndex: Map<string, Label>,
  precision?: Record<string, GroupPrecision> | null,
): { cause: string; count: number; rules: Record<string, number>; example: string; estimated: number }[];
