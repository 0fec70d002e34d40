// ajv is a chunk of its own (~20 ms to load): a run loads it only when its configuration gives schemas.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { PRESETS } from '../../src/rules/presets/index.js';

const imported = vi.hoisted(() => vi.fn());
vi.mock('../../src/rules/frontmatter-schema-compiler.js', async (importOriginal) => {
  imported();
  return importOriginal();
});

const fixtures = path.join(import.meta.dirname, '../../fixtures');

describe('the frontmatter schema compiler', () => {
  it.each([...PRESETS.keys()])('is not loaded for the %s preset without a config file', async (preset) => {
    await loadConfig(path.join(fixtures, 'cde-repo'), { preset });
    expect(imported).not.toHaveBeenCalled();
  });

  it('is loaded once a config file gives schemas (and compiles them)', async () => {
    const config = await loadConfig(path.join(fixtures, 'rules', 'frontmatter'), {});
    expect(imported).toHaveBeenCalledTimes(1);
    expect((config.rules['frontmatter-schema']!.options.schemas as unknown[]).length).toBe(1);
  });
});
