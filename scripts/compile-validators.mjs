#!/usr/bin/env node
// Compiles the validators of the schemas shipped in schemas/ into dist/validators/NAME.cjs with
// ajv's standalone code, so that a run loads a validator instead of compiling the schema. Part of
// `npm run build`; without these files the code compiles the schemas at run time, with the same result.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js');
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone').default;

// Keep in step with createAjv and SHIPPED_SCHEMA_OPTIONS in src/util/ajv.ts.
const OPTIONS = { allErrors: true, strict: false, verbose: true, code: { source: true } };
const NAMES = ['ownership', 'config', 'waivers', 'scenario'];

const output = new URL('../dist/validators/', import.meta.url);
mkdirSync(output, { recursive: true });
for (const name of NAMES) {
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  const ajv = new Ajv2020(OPTIONS);
  addFormats(ajv);
  const validate = ajv.compile(schema);
  writeFileSync(new URL(`${name}.cjs`, output), standaloneCode(ajv, validate));
}
process.stderr.write(`compiled ${NAMES.length} validators into ${fileURLToPath(output)}\n`);
