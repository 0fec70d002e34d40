import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load.js';
import { buildConfigSchema } from '../../src/config/schema.js';
import { rulesForPath } from '../../src/config/per-path.js';

async function repoWith(config?: string, files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'docward-config-'));
  if (config !== undefined) await writeFile(path.join(root, '.docward.yml'), config);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

async function configError(config: string): Promise<ConfigError> {
  const root = await repoWith(config);
  const error = await loadConfig(root, {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('loadConfig', () => {
  it('uses the recommended preset without a config file', async () => {
    const config = await loadConfig(await repoWith(), {});
    expect(config.preset).toBe('recommended');
    expect(config.configFile).toBeUndefined();
    expect(config.rules['link-broken']!.severity).toBe('error');
    expect(config.rules['frontmatter-missing']!.severity).toBe('off');
    expect(config.include).toEqual(['**/*.md', '**/*.markdown', '**/*.mdx']);
    expect(config.needsGitDates).toBe(false);
  });

  it('merges preset, rules and overrides: severity alone keeps options, objects merge keys; later overrides win', async () => {
    const root = await repoWith(
      [
        'extends: cde',
        'exclude: [vendor/**]',
        'rules:',
        '  doc-size: warning',
        '  heading-depth: { maxLevel: 4 }',
        '  stale: { severity: notice, maxAgeDays: 30 }',
        'overrides:',
        '  - files: ["docs/**"]',
        '    rules: { heading-depth: off }',
        '  - files: ["docs/keep/**"]',
        '    rules: { heading-depth: error }',
      ].join('\n'),
    );
    const config = await loadConfig(root, {});
    expect(config.preset).toBe('cde');
    expect(config.exclude).toEqual(['vendor/**']);
    expect(config.rules['doc-size']).toEqual({ severity: 'warning', options: { recommendedLines: 1000, maxLines: 1500 } });
    expect(config.rules['heading-depth']).toEqual({ severity: 'warning', options: { maxLevel: 4 } });
    expect(config.needsGitDates).toBe(true);
    const forPath = rulesForPath(config);
    expect(forPath('specs/a/spec.md')['heading-depth']!.severity).toBe('warning');
    expect(forPath('docs/a.md')['heading-depth']!.severity).toBe('off');
    expect(forPath('docs/keep/a.md')['heading-depth']).toEqual({ severity: 'error', options: { maxLevel: 4 } });
    expect(forPath('AGENTS.md')['frontmatter-missing']!.severity).toBe('off');
  });

  it('--preset wins over extends, and an explicit --config path is read', async () => {
    const root = await repoWith(undefined, { 'conf/docward.yaml': 'extends: cde\nrules: { orphan: off }\n' });
    const config = await loadConfig(root, { configPath: path.join(root, 'conf/docward.yaml'), preset: 'strict' });
    expect(config.preset).toBe('strict');
    expect(config.rules.orphan!.severity).toBe('off');
    expect(config.rules['naming-pattern']!.severity).toBe('error');
  });

  it('reads frontmatter-schema files relative to the config file', async () => {
    const root = await repoWith('rules:\n  frontmatter-schema:\n    schemas:\n      - files: ["docs/**"]\n        schema: schemas/doc.json\n', {
      'schemas/doc.json': '{"type":"object","required":["title"]}',
    });
    const config = await loadConfig(root, {});
    expect(config.rules['frontmatter-schema']!.options.schemas).toEqual([
      { files: ['docs/**'], path: 'schemas/doc.json', schema: { type: 'object', required: ['title'] } },
    ]);
  });
});

describe('ConfigError names the file, line and key', () => {
  it.each([
    ['rules:\n  link-brokn: error\n', 2, 'rules.link-brokn', /unknown rule "link-brokn"; did you mean "link-broken"\?/],
    ['rules:\n  orphan: loud\n', 2, 'rules.orphan', /severity must be error, warning, notice or off; got "loud"/],
    ['rules:\n  doc-size:\n    maxLines: many\n', 3, 'rules.doc-size.maxLines', /must be integer/],
    ['rules:\n  doc-size:\n    maxLine: 3\n', 3, 'rules.doc-size.maxLine', /unknown key "maxLine"; did you mean "maxLines"\?/],
    ['include: [a\nrules: {}\n', 2, undefined, /invalid YAML/],
    ['extends: nope\n', 1, 'extends', /must be equal to one of the allowed values/],
    [
      'overrides:\n  - files: [a]\n    rules:\n      naming-pattern: { patterns: [{ files: [x], pattern: "(" }] }\n',
      4,
      'overrides.0.rules.naming-pattern.patterns.0.pattern',
      /must match format "regex"/,
    ],
    ['colour: red\n', 1, 'colour', /unknown key "colour"/],
    ['rules:\n  orphan: off\n  orphan: error\n', 3, undefined, /invalid YAML/],
  ])('%j', async (text, line, key, message) => {
    const error = await configError(text);
    expect(error.file.endsWith('.docward.yml')).toBe(true);
    expect(error.line).toBe(line);
    expect(error.key).toBe(key);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${error.file}:${line}: `)).toBe(true);
  });

  it('a missing --config file is an error, not a silent default', async () => {
    const root = await repoWith();
    await expect(loadConfig(root, { configPath: path.join(root, 'nope.yml') })).rejects.toThrow(/nope\.yml: cannot read the config file/);
  });

  it('an unknown --preset is an error', async () => {
    await expect(loadConfig(await repoWith(), { preset: 'lax' })).rejects.toThrow(/--preset: unknown preset "lax"; known: recommended, cde, strict/);
  });
});

describe('schema/docward.schema.json', () => {
  it('is the schema built from the rule registry (regenerate: DOCWARD_WRITE_SCHEMA=1 npx vitest run test/config)', async () => {
    const file = path.join(import.meta.dirname, '../../schema/docward.schema.json');
    const built = `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
    if (process.env.DOCWARD_WRITE_SCHEMA === '1') await writeFile(file, built);
    expect(await readFile(file, 'utf8')).toBe(built);
  });
});

describe('option formats', () => {
  it('rejects a pattern that is not a valid regular expression in Unicode mode', async () => {
    const error = await configError('rules:\n  naming-pattern:\n    patterns:\n      - files: ["**"]\n        pattern: "^[a-z\\\\_]+$"\n');
    expect(error.key).toBe('rules.naming-pattern.patterns.0.pattern');
    expect(error.line).toBe(5);
  });

  it('rejects an invalid JSON Schema for frontmatter-schema at its key', async () => {
    const error = await configError('rules:\n  frontmatter-schema:\n    schemas:\n      - files: ["**"]\n        schema: { type: nonsense }\n');
    expect(error.key).toBe('rules.frontmatter-schema.schemas.0.schema');
    expect(error.message).toMatch(/invalid JSON Schema/);
  });
});

describe('editor support', () => {
  it('accepts a $schema key pointing editors at the config schema', async () => {
    const config = await loadConfig(await repoWith('$schema: ./schema/docward.schema.json\nextends: strict\n'), {});
    expect(config.preset).toBe('strict');
  });
});

describe('frontmatter-schema files', () => {
  it('names the override entry and the schema file when the schema file is not valid JSON/YAML', async () => {
    const root = await repoWith(
      'extends: cde\noverrides:\n  - files: ["docs/**"]\n    rules:\n      frontmatter-schema:\n        schemas:\n          - schema: broken.json\n',
      {
        'broken.json': '{ "type": "object", ',
      },
    );
    const error = (await loadConfig(root, {}).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.key).toBe('overrides.0.rules.frontmatter-schema.schemas.0.schema');
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/cannot read schema "broken.json"/);
  });

  it('reports a missing schema file', async () => {
    const error = await configError('rules:\n  frontmatter-schema:\n    schemas:\n      - schema: nope.json\n');
    expect(error.message).toMatch(/cannot read schema "nope.json": ENOENT/);
    expect(error.line).toBe(4);
  });
});

describe('schema/docward.schema.json accepts what the loader accepts', () => {
  it('validates every fixture config and rejects a typo, as an editor would', async () => {
    const { Ajv } = await import('ajv');
    const addFormats = (await import('ajv-formats')).default as unknown as (a: InstanceType<typeof Ajv>) => void;
    const { parse } = await import('yaml');
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(path.join(import.meta.dirname, '../../schema/docward.schema.json'), 'utf8')));
    const fixtures = path.join(import.meta.dirname, '../../fixtures/rules');
    const { readdir } = await import('node:fs/promises');
    for (const name of await readdir(fixtures)) {
      const text = await readFile(path.join(fixtures, name, '.docward.yml'), 'utf8');
      expect(validate(parse(text)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate(parse('rules:\n  link-brokn: error\n'))).toBe(false);
    expect(validate(parse('rules:\n  doc-size: { maxLine: 3 }\n'))).toBe(false);
  });
});
