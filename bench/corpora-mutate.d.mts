// Types for bench/corpora-mutate.mjs so TypeScript tests can import it.
import type { Finding } from './corpora-sample.mjs';
export interface DocumentLink {
  line: number;
  lines: number[];
  offset: number;
  raw: string;
}
export interface Mutation {
  kind: 'target' | 'fragment';
  path: string;
  line: number;
  lines: number[];
  offset: number;
  raw: string;
  mutated: string;
}
export const MUTANT: string;
export function listFiles(root: string): string[];
export function documentLinks(src: string): DocumentLink[];
export function targetExists(root: string, doc: string, raw: string, routes: Set<string>): boolean;
export function mutateDestination(raw: string, kind: 'target' | 'fragment', n: number): string | null;
export function chooseMutations(root: string, baselineFindings: Finding[], opts: { seed: string; corpus: string; count: number }): Mutation[];
export function applyMutations(copyRoot: string, mutations: Mutation[]): void;
export function mutationRecall(
  mutations: Mutation[],
  mutatedFindings: Finding[],
): { byKind: Record<string, { mutated: number; reported: number; recall: number | null }>; missed: { kind: string; path: string; line: number }[] };
