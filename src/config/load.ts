/** Loads `.docward.yml` (or `--config`) over a preset; any problem is a ConfigError naming file, line and key. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES } from '../engine/contract.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import { DEFAULT_PRESET, PRESETS } from '../rules/presets/index.js';
import { DEFAULT_ENTRY_POINTS } from '../rules/presets/recommended.js';
import { buildConfigSchema } from './schema.js';
import { compileFrontmatterSchema } from '../rules/frontmatter-schema.js';
import { applySetting } from './merge.js';
import type { ConfigLayer, Override, ResolvedRule, RuleSetting } from './types.js';

export interface ResolvedConfig {
  /** The preset the configuration starts from. */
  preset: string;
  /** Absolute path of the config file read, if any. */
  configFile?: string;
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  entryPoints: string[];
  /** True when a rule needs last-commit dates (`stale` with `compareGit`). */
  needsGitDates: boolean;
  /** Every registered rule with its severity and complete options for paths no override matches. */
  rules: Record<string, ResolvedRule>;
  /** Preset overrides, then the file's; later entries win. */
  overrides: Override[];
}

export class ConfigError extends Error {
  file: string;
  line?: number;
  key?: string;
  constructor(file: string, message: string, line?: number, key?: string) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${message}`);
    this.name = 'ConfigError';
    this.file = file;
    this.line = line;
    this.key = key;
  }
}

export const CONFIG_FILE_NAMES = ['.docward.yml', '.docward.yaml'];

const ajv = new Ajv({ allErrors: false, strict: false });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
// Rules compile patterns with the `u` flag, so a pattern is valid only if it compiles with it.
ajv.addFormat('regex', (value: string) => {
  try {
    new RegExp(value, 'u');
    return true;
  } catch {
    return false;
  }
});
const validateTopLevel = ajv.compile(topLevelSchema());
const validateSetting = new Map(
  RULES.map((rule) => [
    rule.id,
    ajv.compile({ type: 'object', properties: { severity: { enum: ['error', 'warning', 'notice', 'off'] }, ...rule.optionsSchema.properties }, additionalProperties: false }),
  ]),
);

/** The config schema with rule maps loosened: rule entries get their own, more precise, messages. */
function topLevelSchema(): Record<string, unknown> {
  const schema = structuredClone(buildConfigSchema()) as { properties: Record<string, Record<string, unknown>> };
  schema.properties.rules = { type: 'object' };
  const overrides = schema.properties.overrides as { items: { properties: Record<string, unknown> } };
  overrides.items.properties.rules = { type: 'object' };
  delete (schema as Record<string, unknown>).$id;
  return schema;
}

export async function loadConfig(root: string, opts: { configPath?: string; preset?: string }): Promise<ResolvedConfig> {
  const found = await findConfigFile(root, opts.configPath);
  let layer: ConfigLayer & { extends?: string; preset?: string } = {};
  let lines: KeyLines = () => undefined;
  if (found) {
    const parsed = parseConfigText(found.file, found.text);
    layer = parsed.layer;
    lines = parsed.lines;
  }
  const presetName = opts.preset ?? layer.extends ?? layer.preset ?? DEFAULT_PRESET;
  const preset = PRESETS.get(presetName);
  if (!preset) {
    const where = opts.preset !== undefined ? '--preset' : found?.file ?? '--preset';
    throw new ConfigError(where, `unknown preset "${presetName}"; known: ${[...PRESETS.keys()].join(', ')}`, opts.preset === undefined ? lines(['extends']) ?? lines(['preset']) : undefined, opts.preset === undefined ? 'extends' : undefined);
  }
  const rules: Record<string, ResolvedRule> = {};
  for (const rule of RULES) rules[rule.id] = { severity: 'off', options: { ...(rule.defaultOptions as Record<string, unknown>) } };
  for (const source of [preset.rules ?? {}, layer.rules ?? {}]) {
    for (const [id, setting] of Object.entries(source)) rules[id] = applySetting(id, rules[id]!, setting);
  }
  const overrides = [...(preset.overrides ?? []), ...(layer.overrides ?? [])];
  const baseDir = found ? path.dirname(found.file) : root;
  await inlineSchemaFiles(rules, overrides, baseDir, found?.file ?? root, lines);
  const config: ResolvedConfig = {
    preset: preset.name,
    configFile: found?.file,
    include: layer.include ?? preset.include ?? DEFAULT_INCLUDE,
    exclude: layer.exclude ?? preset.exclude ?? [],
    maxFileBytes: layer.maxFileBytes ?? preset.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    entryPoints: layer.entryPoints ?? preset.entryPoints ?? DEFAULT_ENTRY_POINTS,
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

/** Line of a key path in the YAML source (the key itself, or the list item). */
type KeyLines = (keyPath: (string | number)[]) => number | undefined;

function keyLinesOf(doc: Document, counter: LineCounter): KeyLines {
  return (keyPath) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const segment of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const range = isScalar(pair.key) ? pair.key.range : undefined;
        if (range) line = counter.linePos(range[0]).line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) line = counter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return line;
  };
}

/** Parses and validates the file's text; throws ConfigError on the first problem. */
export function parseConfigText(file: string, text: string): { layer: ConfigLayer & { extends?: string; preset?: string }; lines: KeyLines } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? counter.linePos(yamlError.pos[0]).line;
    throw new ConfigError(file, `invalid YAML: ${yamlError.message.split('\n')[0]}`, line);
  }
  const lines = keyLinesOf(doc, counter);
  const value: unknown = doc.toJS() ?? {};
  if (!validateTopLevel(value)) throw schemaError(file, validateTopLevel.errors![0]!, [], lines);
  const layer = value as ConfigLayer & { extends?: string; preset?: string };
  checkRuleSettings(file, layer.rules ?? {}, ['rules'], lines);
  (layer.overrides ?? []).forEach((o, i) => checkRuleSettings(file, o.rules, ['overrides', i, 'rules'], lines));
  return { layer, lines };
}

/** Throws ConfigError for an unknown rule, a bad severity or options that fail the rule's schema. */
export function checkRuleSettings(file: string, settings: Record<string, RuleSetting>, at: (string | number)[], lines: KeyLines = () => undefined): void {
  for (const [id, setting] of Object.entries(settings)) {
    const keyPath = [...at, id];
    if (!RULES_BY_ID.has(id)) {
      throw new ConfigError(file, `unknown rule "${id}"; known rules: ${[...RULES_BY_ID.keys()].join(', ')}`, lines(keyPath), keyPath.join('.'));
    }
    if (typeof setting === 'string') {
      if (!['error', 'warning', 'notice', 'off'].includes(setting)) {
        throw new ConfigError(file, `severity must be error, warning, notice or off; got "${setting}"`, lines(keyPath), keyPath.join('.'));
      }
      continue;
    }
    if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
      throw new ConfigError(file, 'expected a severity or a mapping of { severity, ...options }', lines(keyPath), keyPath.join('.'));
    }
    const validate = validateSetting.get(id)!;
    if (!validate(setting)) throw schemaError(file, validate.errors![0]!, keyPath, lines);
  }
}

function schemaError(file: string, error: ErrorObject, at: (string | number)[], lines: KeyLines): ConfigError {
  const keyPath = [...at, ...error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))];
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    keyPath.push(extra);
    message = `unknown key "${extra}"`;
  } else if (error.keyword === 'enum') {
    message += `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return new ConfigError(file, message, lines(keyPath), keyPath.join('.') || undefined);
}

/** `frontmatter-schema` entries may name a JSON/YAML file; it is read now so rules stay pure. */
async function inlineSchemaFiles(
  rules: Record<string, ResolvedRule>,
  overrides: Override[],
  baseDir: string,
  file: string,
  lines: KeyLines,
): Promise<void> {
  const settings: { holder: Record<string, unknown>; at: (string | number)[] }[] = [{ holder: rules['frontmatter-schema']!.options, at: ['rules', 'frontmatter-schema'] }];
  overrides.forEach((o, i) => {
    const s = o.rules['frontmatter-schema'];
    if (s && typeof s === 'object') settings.push({ holder: s, at: ['overrides', i, 'rules', 'frontmatter-schema'] });
  });
  for (const { holder, at } of settings) {
    const entries = holder.schemas as { schema: unknown; path?: string }[] | undefined;
    if (!entries) continue;
    holder.schemas = await Promise.all(
      entries.map(async (entry, i) => {
        const keyPath = [...at, 'schemas', i, 'schema'];
        let schema = entry.schema;
        if (typeof schema === 'string') {
          const schemaFile = path.resolve(baseDir, schema);
          try {
            schema = parseDocument(await readFile(schemaFile, 'utf8')).toJS();
          } catch (error) {
            throw new ConfigError(file, `cannot read schema "${schema}": ${(error as Error).message}`, lines(keyPath), keyPath.join('.'));
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
