import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { checkRuleSettings } from '../../src/config/validate.js';
import { RULES } from '../../src/rules/index.js';
import { PRESETS } from '../../src/rules/presets/index.js';

describe.each([...PRESETS.values()])('preset $name', (preset) => {
  it('passes the same validation as a user config (rule ids, severities, option schemas)', () => {
    expect(() => checkRuleSettings(preset.name, preset.rules ?? {}, ['rules'])).not.toThrow();
    (preset.overrides ?? []).forEach((o, i) => expect(() => checkRuleSettings(preset.name, o.rules, ['overrides', i, 'rules'])).not.toThrow());
  });
});

describe('presets', () => {
  it('strict turns every rule on at error', async () => {
    const config = await loadConfig('/nonexistent-docward-root', { preset: 'strict' });
    expect(
      Object.entries(config.rules)
        .filter(([, r]) => r.severity !== 'error')
        .map(([id]) => id),
    ).toEqual([]);
    expect(Object.keys(config.rules).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('recommended leaves governance rules (placement, naming, required keys) off', async () => {
    const config = await loadConfig('/nonexistent-docward-root', { preset: 'recommended' });
    const on = Object.entries(config.rules)
      .filter(([, r]) => r.severity !== 'off')
      .map(([id]) => id)
      .sort();
    expect(on).toEqual([
      'doc-size',
      'file-problem',
      'frontmatter-date',
      'frontmatter-invalid',
      'heading-h1',
      'heading-increment',
      'link-anchor',
      'link-broken',
      'link-case',
      'orphan',
      'suppression-invalid',
      'suppression-unused',
    ]);
  });

  it('checkRuleSettings rejects a preset-style typo', () => {
    expect(() => checkRuleSettings('x', { 'doc-size': { maxLine: 3 } }, ['rules'])).toThrow(/rules\.doc-size\.maxLine: unknown key "maxLine"/);
  });
});
