import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { createAjv } from '../util/ajv.js';
import { readSourceFile, type SourceFile } from './source.js';

let ajv: ReturnType<typeof createAjv> | undefined;

const requireModule = createRequire(import.meta.url);

const SUPPORTED_DRAFTS = 'draft 2020-12 (https://json-schema.org/draft/2020-12/schema), draft-07 or draft-06';

/** Adds the draft-07 and draft-06 meta-schemas, which many published event schemas declare. */
function withOlderDrafts(instance: ReturnType<typeof createAjv>): ReturnType<typeof createAjv> {
  instance.addMetaSchema(requireModule('ajv/dist/refs/json-schema-draft-07.json') as object);
  instance.addMetaSchema(requireModule('ajv/dist/refs/json-schema-draft-06.json') as object);
  return instance;
}

/** Reads a canonical model's JSON Schema and checks that it is a valid schema. */
export function loadCanonicalSchema(absolutePath: string, root: string): SourceFile {
  const file = readSourceFile(absolutePath, root);
  if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
    throw new InputError('a canonical model schema must be a JSON Schema object', { file: file.path, line: 1, column: 1 },
      'Write the schema as a JSON or YAML object with `type` and `properties`');
  }
  ajv ??= withOlderDrafts(createAjv({ validateSchema: true, addUsedSchema: false }));
  const declared = (file.data as { $schema?: unknown }).$schema;
  let valid: boolean;
  try {
    valid = ajv.validateSchema(file.data as object) as boolean;
  } catch {
    throw new InputError(`unsupported $schema ${JSON.stringify(declared)}`, { file: file.path, ...file.position('/$schema') },
      `Declare ${SUPPORTED_DRAFTS} or leave $schema out`);
  }
  if (!valid) {
    const error = ajv.errors?.[0];
    const pointer = error?.instancePath ?? '';
    throw new InputError(`invalid JSON Schema: ${pointer || 'the document'} ${error?.message ?? ''}`.trim(),
      { file: file.path, ...file.position(pointer) }, 'Fix the schema; retailgov reads draft 2020-12');
  }
  return file;
}
