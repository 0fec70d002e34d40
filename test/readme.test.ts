// README is the first thing users copy from: its config example must load, its rule table must be complete.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two commands: run a scan, run the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^node dist\/cli\.js scan /m);
    expect(firstBlock).toMatch(/^bash \.ci\/run/m);
  });

  it('has a configuration example that loads without error', async () => {
    const section = readme.slice(readme.indexOf('## Configuration'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'docward-readme-'));
    try {
      writeFileSync(path.join(dir, '.docward.yml'), yaml!);
      const config = await loadConfig(dir, {});
      expect(config.preset).toBe('recommended');
      expect(config.exclude).toContain('vendor/**');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists every rule in its table', () => {
    for (const rule of RULES) expect(readme).toContain(`| [\`${rule.id}\`](docs/rules.md#${rule.id}) |`);
  });
});
