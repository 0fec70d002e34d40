// Types for bench/results.mjs so TypeScript tests can import it.
export interface Cell {
  wallMs?: number;
  cpuMs?: number;
  rssMB?: number;
  runs?: number;
  minWallMs?: number;
  maxWallMs?: number;
  skipped?: string;
  error?: string;
}
export interface CorpusResult {
  kind: 'docs' | 'tiny';
  corpus: { documents: number; bytes: number; seed: number };
  cells: Record<string, Cell>;
}
export interface Target {
  name: string;
  where: string;
  value?: number;
  cpu?: number | null;
  limit?: number;
  status: string;
}
export function evaluateTargets(results: CorpusResult[]): Target[];
export function resultsJson(input: { machine: { date: string; commit: string }; results: CorpusResult[] }): unknown;
export function renderResults(input: Record<string, unknown>): string;
