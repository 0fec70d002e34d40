// Bundles src/ into dist/ with ncc: dist/index.js (action) and dist/cli.js (CLI), ESM, no install needed.
// Code behind a dynamic import() becomes a chunk next to its entry (`<id>.cli.js`, `<id>.index.js`),
// loaded only by the runs that need it. dist/native/*.node are built by scripts/build-native.mjs.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = createRequire(import.meta.url)(path.join(repo, 'node_modules', '@vercel', 'ncc'));
// `--out DIR` builds elsewhere (the staleness test compares that with the committed dist/).
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(repo, 'dist');
const entries = [
  { src: 'src/action.ts', out: 'index.js' },
  { src: 'src/cli.ts', out: 'cli.js' },
];
/** The JS files this script writes: the entries and their numbered chunks. */
const isBundleFile = (name) => /^(?:\d+\.)?(?:index|cli)\.js$/.test(name);

mkdirSync(dist, { recursive: true });
const written = new Set(['package.json']);
for (const { src, out } of entries) {
  // `filename` names the chunks too (`<id>.<filename>`), so the two entries' chunks never collide.
  const { code, assets } = await ncc(path.join(repo, src), { filename: out, target: 'es2022', quiet: true, cache: false });
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'package.json') continue;
    if (!isBundleFile(name)) throw new Error(`ncc emitted an asset for ${src} that dist does not expect: ${name}`);
    writeFileSync(path.join(dist, name), asset.source);
    written.add(name);
  }
  writeFileSync(path.join(dist, out), out === 'cli.js' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code);
  written.add(out);
}
// Chunks of an earlier build that this one no longer has would otherwise linger in a committed dist/.
for (const name of readdirSync(dist)) {
  if (isBundleFile(name) && !written.has(name)) rmSync(path.join(dist, name));
}
// dist is an ESM package of its own so `node dist/cli.js` works without the repo's package.json.
writeFileSync(path.join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
mkdirSync(path.join(dist, 'native'), { recursive: true });
