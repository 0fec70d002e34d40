/** Runs docward (js engine) on a fixture folder with a `.docward.yml` written elsewhere, so the fixture itself stays unconfigured. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDocward } from '../../src/pipeline.js';

export const FIXTURE_NOW = new Date('2026-06-01T00:00:00Z');

export async function runWithConfig(root: string, yaml: string) {
  const config = path.join(mkdtempSync(path.join(tmpdir(), 'docward-config-')), 'config.yml');
  writeFileSync(config, yaml);
  return runDocward({ root, config, engine: 'js', now: FIXTURE_NOW });
}
