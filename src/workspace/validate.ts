import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../util/ajv.js';
import { assertMatchesSchema } from '../util/schema-errors.js';
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

/** Validates one declaration file against the shipped schema; throws InputError listing every error. */
export function validateDeclarationFile(file: SourceFile): void {
  assertMatchesSchema(file, declarationValidator(), 'declaration', 'See docs/format.md for the declaration format');
}
