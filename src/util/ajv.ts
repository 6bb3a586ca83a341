import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
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

/**
 * Options of the validators that `npm run build` compiles ahead of time (scripts/compile-validators.mjs)
 * for the schemas in `schemas/`. The same options at run time give the same errors either way.
 */
export const SHIPPED_SCHEMA_OPTIONS: Options = { verbose: true };

/**
 * Returns the validator of a schema shipped in `schemas/` (`name` without `.schema.json`): the one
 * compiled at build time when the build has it, which saves compiling the schema on every run,
 * else a validator compiled now.
 */
export function shippedSchemaValidator(name: string): ValidateFunction {
  try {
    // From dist/bundle/main.js and from dist/<folder>/<module>.js alike, dist/validators is one level up.
    const compiled = requireModule(`../validators/${name}.cjs`) as ValidateFunction | { default: ValidateFunction };
    return typeof compiled === 'function' ? compiled : compiled.default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  const schema = JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as object;
  return createAjv(SHIPPED_SCHEMA_OPTIONS).compile(schema);
}
