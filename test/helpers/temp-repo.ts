/** A repository in a fresh temporary folder with the given files (paths relative to it, folders created). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempRepo(files: Record<string, string>, prefix = 'docward-repo-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Findings as `rule path:line`, sorted (what a test compares). */
export const findingLines = (findings: readonly { rule: string; path: string; line: number }[]): string[] =>
  findings.map((f) => `${f.rule} ${f.path}:${f.line}`).sort();
