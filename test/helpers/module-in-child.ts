/** Runs a script against src/ modules (transpiled, no bundler) in a fresh Node process: for what a vitest worker's own heap would blur. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const src = path.resolve(import.meta.dirname, '../../src');

/**
 * `modules`: paths under src/ without `.ts` (each written as `./<basename>.mjs` beside the script, so they
 * may not import other src/ modules); `script` imports them as such. Returns what the script prints.
 */
export function runInChild(modules: string[], script: string, args: string[] = [], nodeOptions: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docward-child-'));
  try {
    for (const module of modules) {
      const source = readFileSync(path.join(src, `${module}.ts`), 'utf8');
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      writeFileSync(path.join(dir, `${path.basename(module)}.mjs`), js);
    }
    writeFileSync(path.join(dir, 'run.mjs'), script);
    return execFileSync(process.execPath, [...nodeOptions, path.join(dir, 'run.mjs'), ...args], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
