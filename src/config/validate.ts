/** Parsing and validating a config file's text: YAML errors, unknown keys and rules, option schemas. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import { ConfigError } from './error.js';
import { closest } from './suggest.js';
import { buildConfigSchema } from './schema.js';
import type { ConfigLayer, RuleSetting } from './types.js';

export type ConfigFileLayer = ConfigLayer & { extends?: string; preset?: string };

let compiled: { topLevel: ValidateFunction; settings: Map<string, ValidateFunction> } | undefined;

/** Compiled on first use: a scan without a config file never pays for ajv. */
function validators(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  // verbose: errors carry their schema, so an unknown key can be matched against the known ones.
  const ajv = new Ajv({ allErrors: false, strict: false, verbose: true });
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
  const severity = { enum: ['error', 'warning', 'notice', 'off'] };
  compiled = {
    topLevel: ajv.compile(topLevelSchema()),
    settings: new Map(
      RULES.map((rule) => [rule.id, ajv.compile({ type: 'object', properties: { severity, ...rule.optionsSchema.properties }, additionalProperties: false })]),
    ),
  };
  return compiled;
}

/** The config schema with rule maps loosened: rule entries get their own, more precise, messages. */
function topLevelSchema(): Record<string, unknown> {
  const schema = structuredClone(buildConfigSchema()) as { properties: Record<string, Record<string, unknown>> };
  schema.properties.rules = { type: 'object' };
  const overrides = schema.properties.overrides as { items: { properties: Record<string, unknown> } };
  overrides.items.properties.rules = { type: 'object' };
  delete (schema as Record<string, unknown>).$id;
  return schema;
}

/** Line of a key path in the YAML source (the key itself, or the list item). */
export type KeyLines = (keyPath: (string | number)[]) => number | undefined;

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
  const { topLevel } = validators();
  if (!topLevel(value)) throw schemaError(file, topLevel.errors![0]!, [], lines);
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
      const guess = closest(id, RULES_BY_ID.keys());
      const hint = guess ? `did you mean "${guess}"?` : 'see docs/rules.md for the rule ids';
      throw new ConfigError(file, `unknown rule "${id}"; ${hint}`, lines(keyPath), keyPath.join('.'));
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
    const validate = validators().settings.get(id)!;
    if (!validate(setting)) throw schemaError(file, validate.errors![0]!, keyPath, lines);
  }
}

function schemaError(file: string, error: ErrorObject, at: (string | number)[], lines: KeyLines): ConfigError {
  const keyPath = [
    ...at,
    ...error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
  ];
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    keyPath.push(extra);
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const guess = closest(extra, known);
    message = `unknown key "${extra}"${guess ? `; did you mean "${guess}"?` : known.length > 0 ? `; known: ${known.join(', ')}` : ''}`;
  } else if (error.keyword === 'enum') {
    message += `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return new ConfigError(file, message, lines(keyPath), keyPath.join('.') || undefined);
}
