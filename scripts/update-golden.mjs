#!/usr/bin/env node
// Rewrites fixtures/extract/NAME.facts.json from the js engine. Goldens are the spec for the
// native engine: review every diff against src/engine/contract.ts before committing.
// Usage: node scripts/update-golden.mjs [NAME...]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(repo, 'fixtures/extract');

// Node 20 cannot run TypeScript, so compile the engine to a temp folder first.
const out = mkdtempSync(path.join(tmpdir(), 'docward-golden-'));
try {
  execFileSync(
    path.join(repo, 'node_modules/.bin/tsc'),
    ['--outDir', out, '--rootDir', path.join(repo, 'src'), '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
      '--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node', path.join(repo, 'src/engine/js/index.ts')],
    { stdio: 'inherit' },
  );
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  // Compiled files import packages from the repo's node_modules.
  execFileSync('ln', ['-s', path.join(repo, 'node_modules'), path.join(out, 'node_modules')]);
  const { extractDocument } = await import(pathToFileURL(path.join(out, 'engine/js/index.js')).href);
  const only = new Set(process.argv.slice(2));
  const names = readdirSync(fixtures)
    .filter((f) => /\.mdx?$/.test(f))
    .filter((f) => only.size === 0 || only.has(f.replace(/\.mdx?$/, '')))
    .sort();
  for (const file of names) {
    const name = file.replace(/\.mdx?$/, '');
    const bytes = readFileSync(path.join(fixtures, file));
    // The file name matters: `.mdx` documents follow the contract's MDX rules.
    const facts = extractDocument(file, new Uint8Array(bytes));
    writeFileSync(path.join(fixtures, `${name}.facts.json`), JSON.stringify(facts, null, 2) + '\n');
  }
  console.log(`wrote ${names.length} golden file(s) in fixtures/extract`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
