/**
 * The official AsyncAPI JSON Schemas of the installed @asyncapi/specs package, one per published
 * version (2.0.0 to the newest the package ships). Each version's schema is compiled once per
 * process, the first time a document of that version is checked. ajv and the schema files are
 * loaded with `require` on first use, so runs that never validate an AsyncAPI document do not
 * pay for them.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import type formatsPlugin from 'ajv-formats';
import type { MemberValidator } from './explain-errors.js';

const requireModule = createRequire(import.meta.url);

/** Matches the file name of a released version's schema; drafts (`-rc1`) and `-without-$id` copies do not. */
const SCHEMA_FILE = /^(\d+)\.(\d+)\.(\d+)\.json$/;

/** Meta-schemas that the AsyncAPI schemas embed; ajv has draft-07 built in, and draft-04 is not referenced. */
const EMBEDDED_META_SCHEMAS = ['http://json-schema.org/draft-07/schema', 'http://json-schema.org/draft-04/schema'];

const OPTIONS: Options = {
  allErrors: true,
  // `verbose` puts the member schemas on a oneOf/anyOf error, which explain-errors.ts reruns.
  verbose: true,
  strict: false,
  logger: false,
  validateSchema: false,
  // Compiling each definition once instead of inlining it at every use, and skipping ajv's code
  // optimisation pass, cut the first compilation of the 3.0.0 schema from about 1 s to 0.6 s of
  // CPU time (ajv 8 on a 2-core machine). The 2.6.0 schema takes about 0.4 s.
  inlineRefs: false,
  code: { optimize: false },
};

export interface SpecValidator {
  ajv: Ajv;
  /** Id of the version's root schema, `http://asyncapi.com/definitions/<version>/asyncapi.json`. */
  documentId: string;
  /** JSON pointer of every object and array of the root schema, for rerunning oneOf/anyOf members. */
  pointers: Map<object, string>;
  /** Validates a whole document. */
  document(): ValidateFunction;
  /** Validates an AsyncAPI Schema object. */
  schemaObject(): ValidateFunction;
}

let versions: string[] | undefined;
const validators = new Map<string, SpecValidator>();

/** Returns the AsyncAPI versions that the installed @asyncapi/specs publishes a schema for, oldest first. */
export function publishedAsyncApiVersions(): string[] {
  if (versions === undefined) {
    const folder = path.join(path.dirname(requireModule.resolve('@asyncapi/specs/package.json')), 'schemas');
    versions = readdirSync(folder)
      .map((name) => SCHEMA_FILE.exec(name))
      .filter((match): match is RegExpExecArray => match !== null)
      .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]))
      .map((match) => `${match[1]}.${match[2]}.${match[3]}`);
  }
  return versions;
}

/** Returns the newest AsyncAPI version that the installed @asyncapi/specs publishes. */
export function latestAsyncApiVersion(): string {
  const published = publishedAsyncApiVersions();
  return published[published.length - 1];
}

/** Compares two `major.minor.patch` versions; a missing or non-numeric part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(/[.-]/).slice(0, 3).map((part) => Number(part) || 0);
  const right = b.split(/[.-]/).slice(0, 3).map((part) => Number(part) || 0);
  for (let i = 0; i < 3; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Returns the validators of an AsyncAPI version, or undefined when the package has no schema for it. */
export function specValidator(version: string): SpecValidator | undefined {
  const known = validators.get(version);
  if (known !== undefined) return known;
  if (!publishedAsyncApiVersions().includes(version)) return undefined;

  const original = requireModule(`@asyncapi/specs/schemas/${version}.json`) as { $id: string; definitions: Record<string, unknown> };
  const definitions = { ...original.definitions };
  for (const id of EMBEDDED_META_SCHEMAS) delete definitions[id];
  const schema = { ...original, definitions };

  const { Ajv: AjvClass } = requireModule('ajv') as { Ajv: typeof Ajv };
  const addFormats = requireModule('ajv-formats') as typeof formatsPlugin.default;
  const ajv = new AjvClass(OPTIONS);
  addFormats(ajv);
  ajv.addSchema(schema);

  const documentId = schema.$id;
  const schemaObjectId = `http://asyncapi.com/definitions/${version}/schema.json`;
  let document: ValidateFunction | undefined;
  let schemaObject: ValidateFunction | undefined;
  const validator: SpecValidator = {
    ajv,
    documentId,
    pointers: pointersOf(schema),
    document: () => (document ??= ajv.getSchema(documentId)!),
    schemaObject: () => (schemaObject ??= ajv.getSchema(schemaObjectId)!),
  };
  validators.set(version, validator);
  return validator;
}

/** Returns a validator for member `index` of the oneOf/anyOf that `error` reports, for explain-errors.ts. */
export function memberValidator(validator: SpecValidator, error: ErrorObject, index: number): MemberValidator | undefined {
  const pointer = validator.pointers.get(error.schema as object);
  if (pointer === undefined) return undefined;
  const fragment = `${pointer}/${index}`.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  let validate: ValidateFunction | undefined;
  try {
    validate = validator.ajv.getSchema(`${validator.documentId}#${fragment}`);
  } catch {
    // NOTE: a member below a nested `$id` may not resolve by pointer; the error is then reported as ajv gave it.
    return undefined;
  }
  if (validate === undefined) return undefined;
  const member = validate;
  return (value) => (member(value) ? [] : [...(member.errors ?? [])]);
}

function pointersOf(schema: object): Map<object, string> {
  const pointers = new Map<object, string>();
  const stack: Array<[object, string]> = [[schema, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    if (pointers.has(node)) continue;
    pointers.set(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) stack.push([value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return pointers;
}
