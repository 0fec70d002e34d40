/** The JSON Schema compiler of frontmatter-schema (ajv with formats), in a module of its own so runs without schemas never load ajv. */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

let ajv: Ajv | undefined;

/** Compiles a schema with the formats the rule uses; throws on an invalid schema. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  }
  return ajv.compile(schema);
}
