import { InputError } from '../errors.js';
import { createAjv } from '../util/ajv.js';
import { readSourceFile, type SourceFile } from './source.js';

let ajv: ReturnType<typeof createAjv> | undefined;

/** Reads a canonical model's JSON Schema and checks that it is a valid schema. */
export function loadCanonicalSchema(absolutePath: string, root: string): SourceFile {
  const file = readSourceFile(absolutePath, root);
  if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
    throw new InputError('a canonical model schema must be a JSON Schema object', { file: file.path, line: 1, column: 1 },
      'Write the schema as a JSON or YAML object with `type` and `properties`');
  }
  ajv ??= createAjv({ validateSchema: true, addUsedSchema: false });
  if (!ajv.validateSchema(file.data as object)) {
    const error = ajv.errors?.[0];
    const pointer = error?.instancePath ?? '';
    throw new InputError(`invalid JSON Schema: ${pointer || 'the document'} ${error?.message ?? ''}`.trim(),
      { file: file.path, ...file.position(pointer) }, 'Fix the schema; retailgov reads draft 2020-12');
  }
  return file;
}
