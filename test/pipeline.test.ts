// What runDocward says about a scan root it cannot scan, before any engine or config is involved.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runDocward } from '../src/pipeline.js';
import { selectEngine, type EngineName } from '../src/engine/index.js';

const repo = path.resolve(import.meta.dirname, '..');
const engines: EngineName[] = ['js'];
try {
  selectEngine('native');
  engines.push('native');
} catch {
  // Without the binary (npm run build:native) only the js engine's wording is checked.
}

describe('runDocward scan root', () => {
  it('names a file given as the root and says to give a folder (not a config file under it)', async () => {
    await expect(runDocward({ root: path.join(repo, 'README.md'), engine: 'js' })).rejects.toThrow(
      /^scan root ".*README\.md" is a file, not a directory: docward scans a folder/,
    );
  });

  it.each(engines)('leaves a missing root to the %s engine, which names it', async (engine) => {
    await expect(runDocward({ root: path.join(repo, 'no-such-folder'), engine })).rejects.toThrow(/^scan root ".*no-such-folder" cannot be opened: /);
  });
});
