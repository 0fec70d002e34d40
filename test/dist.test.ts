// dist/ is committed (the action runs without npm install): it must be exactly what the sources build to.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');

describe('committed dist/', () => {
  it('matches a fresh build of src/ (the .node binaries excepted)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'docward-dist-'));
    try {
      execFileSync(process.execPath, [path.join(repo, 'scripts', 'build-dist.mjs'), '--out', out], {
        cwd: repo,
        stdio: 'pipe',
      });
      for (const file of ['index.js', 'cli.js', 'package.json']) {
        const fresh = readFileSync(path.join(out, file), 'utf8');
        const committed = readFileSync(path.join(repo, 'dist', file), 'utf8');
        expect(committed === fresh, `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
