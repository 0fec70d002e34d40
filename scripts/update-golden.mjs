#!/usr/bin/env node
// Writes fixtures/extract/NAME.facts.json for each NAME given, from the js engine, only when the
// native engine extracts exactly the same facts: a golden is the spec both engines are held to, so
// one engine alone never writes it. Review every diff against src/engine/contract.ts before committing.
// Usage: node scripts/update-golden.mjs NAME... (needs the native binary: npm run build:native)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(repo, 'fixtures/extract');

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/update-golden.mjs NAME... (fixtures/extract/NAME.md or NAME.mdx; no default: name each golden to write)');
  process.exit(2);
}
const files = names.map((name) => {
  const file = ['.md', '.mdx'].map((ext) => name + ext).find((f) => existsSync(path.join(fixtures, f)));
  if (!file) {
    console.error(`update-golden: no fixtures/extract/${name}.md or .mdx`);
    process.exit(2);
  }
  return file;
});

/** What the engines may word differently (contract: Frontmatter.error, unreadable problems). */
function comparable(facts) {
  const copy = structuredClone(facts);
  if (copy.frontmatter?.error) copy.frontmatter.error = { line: copy.frontmatter.error.line };
  if (copy.problem?.kind === 'unreadable') delete copy.problem.message;
  return copy;
}

// Node 20 cannot run TypeScript, so compile the engine to a temp folder first.
const out = mkdtempSync(path.join(tmpdir(), 'docward-golden-'));
let failed = false;
try {
  execFileSync(
    path.join(repo, 'node_modules/.bin/tsc'),
    ['--outDir', out, '--rootDir', path.join(repo, 'src'), '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
      '--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node',
      path.join(repo, 'src/engine/js/index.ts'), path.join(repo, 'src/engine/native.ts')],
    { stdio: 'inherit' },
  );
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}');
  // Compiled files import packages from the repo's node_modules.
  execFileSync('ln', ['-s', path.join(repo, 'node_modules'), path.join(out, 'node_modules')]);
  const { extractDocument } = await import(pathToFileURL(path.join(out, 'engine/js/index.js')).href);
  const { loadNative, nativeTarget } = await import(pathToFileURL(path.join(out, 'engine/native.js')).href);
  process.env.DOCWARD_NATIVE_PATH ??= path.join(repo, 'dist/native', `docward.${nativeTarget()}.node`);
  const native = loadNative();
  if (!native.ok) throw new Error(`the native engine is needed to check the goldens (${native.target}: ${native.reason})`);
  const written = [];
  for (const file of files) {
    const bytes = readFileSync(path.join(fixtures, file));
    // The file name matters: `.mdx` documents follow the contract's MDX rules.
    const js = extractDocument(file, new Uint8Array(bytes));
    const rust = JSON.parse(native.binding.extractBytes(file, bytes));
    if (!isDeepStrictEqual(comparable(js), comparable(rust))) {
      console.error(`update-golden: ${file}: the engines disagree, not written\n  js:     ${JSON.stringify(js)}\n  native: ${JSON.stringify(rust)}`);
      failed = true;
      continue;
    }
    writeFileSync(path.join(fixtures, file.replace(/\.mdx?$/, '.facts.json')), JSON.stringify(js, null, 2) + '\n');
    written.push(file);
  }
  console.log(`update-golden: wrote ${written.length} golden file(s) in fixtures/extract${written.length ? `: ${written.join(', ')}` : ''}`);
} catch (error) {
  console.error(`update-golden: ${error instanceof Error ? error.message : String(error)}`);
  failed = true;
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
