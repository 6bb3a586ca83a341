import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { fromPointer, toPointer } from '../findings.js';
import { createAjv, type ErrorObject } from '../util/ajv.js';
import type { SourceFile } from './source.js';

/** The declaration schema shipped with the package. */
export const DECLARATION_SCHEMA_URL = new URL('../../schemas/ownership.schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function declarationValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(DECLARATION_SCHEMA_URL, 'utf8')) as object;
    validator = createAjv({ verbose: true }).compile(schema);
  }
  return validator;
}

/** Returns the JSON pointer of the offending key or value of an ajv error. */
function offendingPointer(error: ErrorObject): string {
  const extra = error.params as { additionalProperty?: string; missingProperty?: string };
  if (error.keyword === 'additionalProperties' && extra.additionalProperty !== undefined) {
    return toPointer([...fromPointer(error.instancePath), extra.additionalProperty]);
  }
  return error.instancePath;
}

function describe(error: ErrorObject): string {
  const extra = error.params as Record<string, unknown>;
  const at = error.instancePath === '' ? 'the document' : error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(extra.additionalProperty)}' in ${at}`;
    case 'required':
      return `missing required key '${String(extra.missingProperty)}' in ${at}`;
    case 'enum':
      return `${at} must be one of ${(extra.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${at} must be ${JSON.stringify(extra.allowedValue)}`;
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      const value = JSON.stringify(error.data);
      return `${at} is ${value}, which is not valid${description === undefined ? ` (expected the pattern ${String(extra.pattern)})` : `: ${description}`}`;
    }
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Drops errors that only restate another: when a oneOf fails because a branch's own checks failed,
 * ajv also reports the oneOf itself.
 */
function significantErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  return specific.length > 0 ? specific : errors;
}

/** Validates one declaration file against the shipped schema; throws InputError listing every error. */
export function validateDeclarationFile(file: SourceFile): void {
  const validate = declarationValidator();
  if (validate(file.data)) return;
  const errors = significantErrors(validate.errors ?? []);
  const issues = errors.map((error) => {
    const { line, column } = file.position(offendingPointer(error));
    return new InputError(`invalid declaration: ${describe(error)}`, { file: file.path, line, column });
  });
  const first = issues[0];
  throw new InputError(first.message, { file: first.file!, line: first.line, column: first.column },
    'See docs/format.md for the declaration format', issues.slice(1));
}
