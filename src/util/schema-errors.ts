import type { ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { fromPointer, toPointer } from '../findings.js';
import type { ErrorObject } from './ajv.js';
import type { SourceFile } from '../workspace/source.js';

/** Returns the JSON pointer of the offending key or value of an ajv error. */
function offendingPointer(error: ErrorObject): string {
  const extra = error.params as { additionalProperty?: string };
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
      return `${at} must be one of ${(extra.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'const':
      return `${at} must be ${JSON.stringify(extra.allowedValue)}`;
    case 'pattern': {
      // The schema's description names the expected format when ajv runs with `verbose`.
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      if (description === undefined) return `${at} ${error.message ?? 'is invalid'}`;
      return `${at} is ${JSON.stringify(error.data)}, which is not valid: ${description}`;
    }
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Validates a parsed file with a compiled schema and throws one InputError that lists every
 * problem with its line and column. `fileKind` names the kind of file, for example `configuration`.
 */
export function assertMatchesSchema(file: SourceFile, validate: ValidateFunction, fileKind: string, hint: string): void {
  if (validate(file.data)) return;
  const all = validate.errors ?? [];
  // A failed `anyOf` or `oneOf` only restates the errors of its branches.
  const specific = all.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if');
  const issues = (specific.length > 0 ? specific : all).map((error) => {
    const { line, column } = file.position(offendingPointer(error));
    return new InputError(`invalid ${fileKind}: ${describe(error)}`, { file: file.path, line, column });
  });
  issues.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  const [first, ...others] = issues;
  throw new InputError(first.message, { file: file.path, line: first.line, column: first.column }, hint, others);
}
