/** Loads `.docward.yml` (or `--config`) over a preset; any problem is a ConfigError naming file, line and key. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES } from '../engine/contract.js';
import { RULES } from '../rules/index.js';
import { DEFAULT_PRESET, PRESETS } from '../rules/presets/index.js';
import { DEFAULT_ENTRY_POINTS, DEFAULT_REPOSITORY_FILES, DEFAULT_TEMPLATES, DEFAULT_TEST_FIXTURES, DEFAULT_TOOL_INPUTS } from '../rules/presets/recommended.js';
import { ConfigError } from './error.js';
import type { ConfigFileLayer, KeyLines } from './validate.js';
import { compileFrontmatterSchema, loadFrontmatterSchemaCompiler } from '../rules/frontmatter-schema.js';
import { applySetting } from './merge.js';
import type { Override, ResolvedRule } from './types.js';
import type { LinksConfig } from '../sites/settings.js';

export { ConfigError } from './error.js';

export interface ResolvedConfig {
  /** The preset the configuration starts from. */
  preset: string;
  /** Absolute path of the config file read, if any. */
  configFile?: string;
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  entryPoints: string[];
  /** Globs of template documents: only file problems, frontmatter syntax and suppressions are checked there. */
  templates: string[];
  /** True when `templates` was configured (the default globs give way to a site's published pages). */
  templatesConfigured: boolean;
  /** Globs of test fixtures (inputs of the project's tests, often broken on purpose): not checked. */
  testFixtures: string[];
  testFixturesConfigured: boolean;
  /** Globs of repository files read by name (CHANGELOG, LICENSE, README variants...): never orphans. */
  repositoryFiles: string[];
  repositoryFilesConfigured: boolean;
  /** Globs of documents a tool reads as input (changesets): only their syntax is checked. */
  toolInputs: string[];
  toolInputsConfigured: boolean;
  /** Globs of nested sites' pages as configured; undefined: the nested sites the scan detects. */
  nestedSites?: string[];
  /** Globs of documents read as MDX besides `*.mdx`, as configured; undefined: those the site's generator compiles with MDX. */
  mdx?: string[];
  /** The `links` section as written (mode `auto` or absent: detected after the scan, see sites/load.ts). */
  links: LinksConfig;
  /** True when a rule needs last-commit dates (`stale` with `compareGit`). */
  needsGitDates: boolean;
  /** Every registered rule with its severity and complete options for paths no override matches. */
  rules: Record<string, ResolvedRule>;
  /** Preset overrides, then the file's; later entries win. */
  overrides: Override[];
}

export const CONFIG_FILE_NAMES = ['.docward.yml', '.docward.yaml'];

export async function loadConfig(root: string, opts: { configPath?: string; preset?: string }): Promise<ResolvedConfig> {
  const found = await findConfigFile(root, opts.configPath);
  let layer: ConfigFileLayer = {};
  let lines: KeyLines = () => undefined;
  if (found) {
    // Imported only with a config file: yaml and ajv are a third of the CLI bundle's start-up.
    const { parseConfigText } = await import('./validate.js');
    const parsed = parseConfigText(found.file, found.text);
    layer = parsed.layer;
    lines = parsed.lines;
  }
  const presetName = opts.preset ?? layer.extends ?? layer.preset ?? DEFAULT_PRESET;
  const preset = PRESETS.get(presetName);
  if (!preset) {
    const where = opts.preset !== undefined ? '--preset' : (found?.file ?? '--preset');
    throw new ConfigError(
      where,
      `unknown preset "${presetName}"; known: ${[...PRESETS.keys()].join(', ')}`,
      opts.preset === undefined ? (lines(['extends']) ?? lines(['preset'])) : undefined,
      opts.preset === undefined ? 'extends' : undefined,
    );
  }
  const rules: Record<string, ResolvedRule> = {};
  for (const rule of RULES) rules[rule.id] = { severity: 'off', options: { ...(rule.defaultOptions as Record<string, unknown>) } };
  for (const source of [preset.rules ?? {}, layer.rules ?? {}]) {
    for (const [id, setting] of Object.entries(source)) rules[id] = applySetting(id, rules[id]!, setting);
  }
  const overrides = [...(preset.overrides ?? []), ...(layer.overrides ?? [])];
  const baseDir = found ? path.dirname(found.file) : root;
  await inlineSchemaFiles(rules, overrides, preset.overrides?.length ?? 0, baseDir, found?.file ?? root, lines);
  const config: ResolvedConfig = {
    preset: preset.name,
    configFile: found?.file,
    include: layer.include ?? preset.include ?? DEFAULT_INCLUDE,
    exclude: layer.exclude ?? preset.exclude ?? [],
    maxFileBytes: layer.maxFileBytes ?? preset.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    entryPoints: layer.entryPoints ?? preset.entryPoints ?? DEFAULT_ENTRY_POINTS,
    templates: layer.templates ?? preset.templates ?? DEFAULT_TEMPLATES,
    templatesConfigured: (layer.templates ?? preset.templates) !== undefined,
    testFixtures: layer.testFixtures ?? preset.testFixtures ?? DEFAULT_TEST_FIXTURES,
    testFixturesConfigured: (layer.testFixtures ?? preset.testFixtures) !== undefined,
    repositoryFiles: layer.repositoryFiles ?? preset.repositoryFiles ?? DEFAULT_REPOSITORY_FILES,
    repositoryFilesConfigured: (layer.repositoryFiles ?? preset.repositoryFiles) !== undefined,
    toolInputs: layer.toolInputs ?? preset.toolInputs ?? DEFAULT_TOOL_INPUTS,
    toolInputsConfigured: (layer.toolInputs ?? preset.toolInputs) !== undefined,
    ...((layer.nestedSites ?? preset.nestedSites) !== undefined ? { nestedSites: layer.nestedSites ?? preset.nestedSites } : {}),
    ...((layer.mdx ?? preset.mdx) !== undefined ? { mdx: layer.mdx ?? preset.mdx } : {}),
    links: { ...preset.links, ...layer.links },
    needsGitDates: false,
    rules,
    overrides,
  };
  config.needsGitDates = needsGit(config);
  return config;
}

function needsGit(config: ResolvedConfig): boolean {
  let stale = config.rules.stale!;
  if (stale.severity !== 'off' && stale.options.compareGit !== false) return true;
  for (const override of config.overrides) {
    const setting = override.rules.stale;
    if (!setting) continue;
    stale = applySetting('stale', config.rules.stale!, setting);
    if (stale.severity !== 'off' && stale.options.compareGit !== false) return true;
  }
  return false;
}

async function findConfigFile(root: string, configPath?: string): Promise<{ file: string; text: string } | undefined> {
  if (configPath !== undefined) {
    const file = path.resolve(configPath);
    try {
      return { file, text: await readFile(file, 'utf8') };
    } catch (error) {
      throw new ConfigError(file, `cannot read the config file: ${(error as Error).message}`);
    }
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(root, name);
    try {
      return { file, text: await readFile(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new ConfigError(file, `cannot read the config file: ${(error as Error).message}`);
      }
    }
  }
  return undefined;
}

/** `frontmatter-schema` entries may name a JSON/YAML file; it is read now so rules stay pure. */
async function inlineSchemaFiles(
  rules: Record<string, ResolvedRule>,
  overrides: Override[],
  /** Overrides before this index come from the preset, not from the file (for line numbers). */
  fromPreset: number,
  baseDir: string,
  file: string,
  lines: KeyLines,
): Promise<void> {
  const settings: { holder: Record<string, unknown>; at: (string | number)[] }[] = [
    { holder: rules['frontmatter-schema']!.options, at: ['rules', 'frontmatter-schema'] },
  ];
  overrides.forEach((o, i) => {
    const s = o.rules['frontmatter-schema'];
    if (s && typeof s === 'object') settings.push({ holder: s, at: ['overrides', i - fromPreset, 'rules', 'frontmatter-schema'] });
  });
  for (const { holder, at } of settings) {
    const entries = holder.schemas as { schema: unknown; path?: string }[] | undefined;
    // The rule's default is an empty list: ajv (a chunk of its own, ~20 ms to load) only for schemas given.
    if (!entries || entries.length === 0) continue;
    await loadFrontmatterSchemaCompiler();
    holder.schemas = await Promise.all(
      entries.map(async (entry, i) => {
        const keyPath = [...at, 'schemas', i, 'schema'];
        let schema = entry.schema;
        if (typeof schema === 'string') {
          const schemaFile = path.resolve(baseDir, schema);
          let problem: string | undefined;
          try {
            const { parseDocument } = await import('yaml');
            const parsed = parseDocument(await readFile(schemaFile, 'utf8'));
            problem = parsed.errors[0]?.message.split('\n')[0];
            schema = parsed.toJS();
          } catch (error) {
            problem = (error as Error).message;
          }
          if (problem !== undefined) {
            throw new ConfigError(file, `cannot read schema "${entry.schema as string}": ${problem}`, lines(keyPath), keyPath.join('.'));
          }
        }
        try {
          compileFrontmatterSchema(schema as Record<string, unknown>);
        } catch (error) {
          throw new ConfigError(file, `invalid JSON Schema: ${(error as Error).message}`, lines(keyPath), keyPath.join('.'));
        }
        return { ...entry, path: entry.path ?? (typeof entry.schema === 'string' ? entry.schema : undefined), schema };
      }),
    );
  }
}
