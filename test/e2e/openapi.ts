/** Validates stand-in responses against GitHub's OpenAPI description (@octokit/openapi), operation by operation. */
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export that NodeNext types as the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

interface Spec {
  paths: Record<string, Record<string, { responses: Record<string, Ref | ResponseObject>; requestBody?: ResponseObject }>>;
  components: { responses: Record<string, ResponseObject> } & Record<string, unknown>;
}
interface Ref {
  $ref: string;
}
interface ResponseObject {
  content?: Record<string, { schema: unknown }>;
}

let spec: Spec | undefined;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction | null>();

function loadSpec(): Spec {
  if (!spec) {
    spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as Spec;
    ajv.addSchema({ $id: 'github', components: spec.components });
  }
  return spec;
}

/**
 * The validator for `operation` (`METHOD /path/{template}`) answering `status`; null when the spec documents no
 * JSON body for that status (then the caller decides), throws when the operation itself is not in the spec.
 */
export function responseValidator(operation: string, status: number): ValidateFunction | null {
  const key = `${operation} ${status}`;
  if (compiled.has(key)) return compiled.get(key)!;
  const { paths, components } = loadSpec();
  const [method, template] = operation.split(' ') as [string, string];
  const op = paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`operation not in GitHub's OpenAPI description: ${operation}`);
  let response = op.responses[String(status)];
  if (response && '$ref' in response) response = components.responses[response.$ref.split('/').pop()!];
  const schema = (response as ResponseObject | undefined)?.content?.['application/json']?.schema;
  const validate = schema ? ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/'))) : null;
  compiled.set(key, validate);
  return validate;
}

/** The validator for the JSON body a client sends to `operation`; null when the operation takes none. */
export function requestValidator(operation: string): ValidateFunction | null {
  const key = `${operation} request`;
  if (compiled.has(key)) return compiled.get(key)!;
  const { paths } = loadSpec();
  const [method, template] = operation.split(' ') as [string, string];
  const op = paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`operation not in GitHub's OpenAPI description: ${operation}`);
  const schema = op.requestBody?.content?.['application/json']?.schema;
  const validate = schema ? ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/'))) : null;
  compiled.set(key, validate);
  return validate;
}

/** basic-error: the body GitHub sends with 4xx answers that document no other. */
export function basicErrorValidator(): ValidateFunction {
  loadSpec();
  return ajv.getSchema('github#/components/schemas/basic-error')!;
}
