import type { ValidateFunction } from 'ajv';
import { shippedSchemaValidator } from '../util/ajv.js';
import { assertMatchesSchema } from '../util/schema-errors.js';
import type { SourceFile } from './source.js';

let validator: ValidateFunction | undefined;

/** Validates one declaration file against the shipped schema; throws InputError listing every error. */
export function validateDeclarationFile(file: SourceFile): void {
  assertMatchesSchema(file, (validator ??= shippedSchemaValidator('ownership')), 'declaration', 'See docs/format.md for the declaration format');
}
