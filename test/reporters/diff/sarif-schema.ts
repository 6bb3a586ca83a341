import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SARIF_SCHEMA = path.resolve(import.meta.dirname, '../../../../shared/schemas/sarif-schema-2.1.0.json');

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/** Compiles the SARIF 2.1.0 schema, which is written in JSON Schema draft 4, with its formats checked. */
export function sarifValidator(): Validate {
  const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (options: object) => { compile(schema: object): Validate };
  const ajv = new Ajv({ allErrors: true, strict: false });
  const withFormats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (instance: unknown) => void;
  withFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
}
