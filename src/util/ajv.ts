import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, Options } from 'ajv';
import formatsPlugin from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is the module object in the types
// but the plugin function at run time.
const addFormats = formatsPlugin as unknown as typeof formatsPlugin.default;

/** Creates a draft 2020-12 validator with the standard formats (date, date-time, uri...). */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...options });
  addFormats(ajv);
  return ajv;
}

export type { ErrorObject };
