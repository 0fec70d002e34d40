/** frontmatter-schema: frontmatter validated with JSON Schema (ajv), chosen by glob or by a `$schema` key. */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileGlobs } from '../config/glob.js';
import { defineRule, type RuleHit } from './types.js';
import { frontmatterMap, keyLine } from './frontmatter-data.js';

export interface SchemaEntry {
  /** Documents this schema applies to (the last matching entry wins). */
  files?: string[];
  /** How a document's `$schema` value names this entry (config loads `schema` from this file when it is a path). */
  path?: string;
  /** The JSON Schema itself (config replaces a file path by the file's content). */
  schema: Record<string, unknown>;
}

let compileSchema: ((schema: Record<string, unknown>) => ValidateFunction) | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** Loads ajv (a large module) for runs that configure schemas; the config loader awaits it before compiling them. */
export async function loadFrontmatterSchemaCompiler(): Promise<void> {
  compileSchema ??= (await import('./frontmatter-schema-compiler.js')).compileSchema;
}

/** Compiles (once per schema object) with the formats the rule uses; throws on an invalid schema. */
export function compileFrontmatterSchema(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    if (!compileSchema) throw new Error('frontmatter-schema: schemas given without loadFrontmatterSchemaCompiler() (the config loader calls it)');
    validate = compileSchema(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

const normalise = (p: string) => p.replace(/^\.?\/+/, '');

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `"${error.instancePath.slice(1).replace(/\//g, '.')}"` : 'frontmatter';
  const extra = error.keyword === 'enum' ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
}

export default defineRule<{ schemas: SchemaEntry[]; schemaKey: string }>({
  id: 'frontmatter-schema',
  description: 'Frontmatter does not satisfy the JSON Schema mapped to the document (no frontmatter is validated as {}).',
  defaultSeverity: 'error',
  optionsSchema: {
    type: 'object',
    properties: {
      schemas: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: { type: 'array', items: { type: 'string' } },
            path: { type: 'string' },
            schema: { type: ['object', 'string'] },
          },
          required: ['schema'],
          additionalProperties: false,
        },
      },
      schemaKey: { type: 'string' },
    },
    additionalProperties: false,
  },
  defaultOptions: { schemas: [], schemaKey: '$schema' },
  checksDocuments: true,
  check(doc, { options, index }) {
    if (doc.problem || doc.frontmatter?.error) return [];
    const data = doc.frontmatter ? frontmatterMap(doc) : {};
    if (!data) return [];
    let entry: SchemaEntry | undefined;
    const named = data[options.schemaKey];
    if (typeof named === 'string') {
      entry = options.schemas.find((s) => s.path !== undefined && normalise(s.path) === normalise(named));
      if (!entry) {
        return [{ line: keyLine(doc, options.schemaKey), column: 1, message: `unknown schema "${named}": not listed in frontmatter-schema.schemas` }];
      }
    } else {
      entry = options.schemas.filter((s) => s.files && index.forOptions(s, 'files', () => compileGlobs(s.files!))(doc.path)).pop();
    }
    if (!entry) return [];
    const instance = { ...data };
    delete instance[options.schemaKey];
    const validate = compileFrontmatterSchema(entry.schema);
    if (validate(instance)) return [];
    const hits: RuleHit[] = [];
    for (const error of validate.errors ?? []) {
      const topKey = error.instancePath.split('/')[1];
      const line = topKey !== undefined ? keyLine(doc, topKey.replace(/~1/g, '/').replace(/~0/g, '~')) : (doc.frontmatter?.line ?? 1);
      hits.push({ line, column: 1, message: describe(error) });
    }
    return hits;
  },
});
