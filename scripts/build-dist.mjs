// Bundles src/ into dist/ with ncc: dist/index.js (action) and dist/cli.js (CLI), ESM, no install needed.
// dist/native/*.node are built by scripts/build-native.mjs and are left alone here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(repo, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// `--out DIR` builds elsewhere (the staleness test compares that with the committed dist/).
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(repo, 'dist');
const entries = [
  { src: 'src/action.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js' },
];

mkdirSync(dist, { recursive: true });
for (const { src, out } of entries) {
  const tmp = path.join(dist, '.ncc-tmp', path.basename(out, '.js'));
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', src, '-o', tmp, '--target', 'es2022', '-q'], {
    cwd: repo,
    stdio: 'inherit',
  });
  const files = readdirSync(tmp);
  const main = files.find((f) => f === 'index.js' || f === 'index.mjs');
  if (!main) throw new Error(`ncc produced no index.js for ${src}: ${files.join(', ')}`);
  const others = files.filter((f) => f !== main && f !== 'package.json');
  if (others.length) throw new Error(`ncc emitted assets for ${src} that dist does not expect: ${others.join(', ')}`);
  let code = readFileSync(path.join(tmp, main), 'utf8');
  if (out === 'cli.js' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(path.join(dist, out), code);
}
rmSync(path.join(dist, '.ncc-tmp'), { recursive: true, force: true });
// dist is an ESM package of its own so `node dist/cli.js` works without the repo's package.json.
writeFileSync(path.join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
if (!existsSync(path.join(dist, 'native'))) mkdirSync(path.join(dist, 'native'));
