import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, Options } from 'ajv';
import type formatsPlugin from 'ajv-formats';

// ajv loads on first use, since most runs of a single contract never compile a schema.
const requireModule = createRequire(import.meta.url);

/** Creates a draft 2020-12 validator with the standard formats (date, date-time, uri...). */
export function createAjv(options: Options = {}): Ajv2020 {
  const { Ajv2020: Ajv2020Class } = requireModule('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // ajv-formats is CommonJS: its module object is the plugin function.
  const addFormats = requireModule('ajv-formats') as typeof formatsPlugin.default;
  const ajv = new Ajv2020Class({ allErrors: true, strict: false, ...options });
  addFormats(ajv);
  return ajv;
}

export type { ErrorObject };
