// Types for bench/generate.mjs so TypeScript tests can import it.
export interface CorpusManifest {
  generator: number;
  kind: 'docs' | 'tiny';
  count: number;
  seed: number;
  documents: number;
  folders: number;
  bytes: number;
  largestBytes: number;
  assets: number;
  root: string;
  reused: boolean;
}
export const CORPORA_DIR: string;
export function corpusName(kind: string, count: number, seed: number): string;
export function ensureCorpus(options: {
  kind: 'docs' | 'tiny';
  count: number;
  seed: number;
  dir?: string;
  log?: (line: string) => void;
}): CorpusManifest;
