/**
 * Validates values written in an AsyncAPI contract (message examples, schema `default` and
 * `examples`) against the schemas they belong to. AsyncAPI Schema objects are a superset of JSON
 * Schema draft-07, so each contract file is registered with ajv as it is, under its `file:` URL.
 * A schema node is then compiled by its pointer there, and references inside it resolve to the
 * same file or to other files of the contract without copying anything. Nothing is fetched: a
 * schema that reaches a remote or broken `$ref` cannot be compiled, and its values are skipped.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import type formatsPlugin from 'ajv-formats';
import { isPlainObject } from '../openapi-index.js';
import type { Contract, Resolved } from '../types.js';
import { withoutRestatedCombinators } from './asyncapi-document.js';
import { describeError, type DescribedError } from './error-text.js';
import { explainErrors, type MemberValidator } from './explain-errors.js';

const requireModule = createRequire(import.meta.url);

const OPTIONS: Options = {
  allErrors: true,
  // `verbose` puts the member schemas on a oneOf/anyOf error, which explain-errors.ts reruns.
  verbose: true,
  strict: false,
  logger: false,
  validateSchema: false,
  // Real contracts write patterns such as `^[\w\-]+$` that the `u` flag rejects.
  unicodeRegExp: false,
};

/** Members whose values are data; a `$ref` there is not a reference. */
const LITERALS = new Set(['examples', 'example', 'enum', 'const', 'default']);

/** `problems` is empty for a valid value; undefined means the schema could not be compiled. */
export type ValueCheck = { problems: DescribedError[] } | undefined;

const caches = new WeakMap<Contract, ValueValidator>();

/** Returns the value validator of a contract, creating it on first use. */
export function valueValidatorOf(contract: Contract): ValueValidator {
  let validator = caches.get(contract);
  if (validator === undefined) {
    validator = new ValueValidator(contract);
    caches.set(contract, validator);
  }
  return validator;
}

export class ValueValidator {
  private ajvInstance?: Ajv;
  private readonly urls = new Map<string, string>();
  private readonly compiled = new Map<string, ValidateFunction | undefined>();
  /** Location (`url#pointer`) of each object of the contract's files, for rerunning oneOf/anyOf members; built on first need. */
  private places?: WeakMap<object, string>;
  private mergedCount = 0;

  constructor(private readonly contract: Contract) {}

  /** Validates `value` against the schema node `schema`. */
  check(schema: Resolved, value: unknown): ValueCheck {
    const url = this.urlOf(schema.file.absolutePath);
    const key = `${url}#${schema.pointer}`;
    if (!this.compiled.has(key)) {
      const fragment = schema.pointer.split('/').map((segment) => encodeURIComponent(segment)).join('/');
      this.compiled.set(key, this.compile(() => this.ajv().getSchema(`${url}#${fragment}`)));
    }
    return this.run(this.compiled.get(key), value);
  }

  /**
   * Validates `value` against the JSON Merge Patch of several schemas, applied in order: a
   * message's headers with the headers its traits bring. References in each part keep resolving
   * from the file the part was written in.
   */
  checkMerged(parts: Resolved[], value: unknown): ValueCheck {
    const key = parts.map((part) => `${this.urlOf(part.file.absolutePath)}#${part.pointer}`).join('\0');
    if (!this.compiled.has(key)) {
      let merged: unknown = {};
      for (const part of parts) merged = mergePatch(merged, this.rebased(part.value, this.urlOf(part.file.absolutePath)));
      const schema = isPlainObject(merged) ? { ...merged, $id: `urn:retailgov:merged-schema:${++this.mergedCount}` } : merged;
      this.compiled.set(key, this.compile(() => this.ajv().compile(schema as object)));
    }
    return this.run(this.compiled.get(key), value);
  }

  private run(validate: ValidateFunction | undefined, value: unknown): ValueCheck {
    if (validate === undefined) return undefined;
    if (validate(value)) return { problems: [] };
    const errors = withoutRestatedCombinators(explainErrors(validate.errors ?? [], value, (error, index) => this.memberValidator(error, index)));
    const seen = new Set<string>();
    const problems: DescribedError[] = [];
    for (const error of errors) {
      const problem = describeError(error);
      const text = `${problem.pointer}\0${problem.text}`;
      if (seen.has(text)) continue;
      seen.add(text);
      problems.push(problem);
    }
    return { problems };
  }

  /** Returns a validator for member `index` of the oneOf/anyOf that `error` reports, found by where its schema is written. */
  private memberValidator(error: ErrorObject, index: number): MemberValidator | undefined {
    const place = this.placesOf().get(error.schema as object);
    if (place === undefined) return undefined;
    const validate = this.compile(() => this.ajv().getSchema(`${place}/${index}`));
    if (validate === undefined) return undefined;
    return (value) => (validate(value) ? [] : [...(validate.errors ?? [])]);
  }

  private placesOf(): WeakMap<object, string> {
    if (this.places !== undefined) return this.places;
    const places = new WeakMap<object, string>();
    for (const file of this.contract.files) {
      const stack: Array<[unknown, string]> = [[file.data, `${this.urlOf(file.absolutePath)}#`]];
      while (stack.length > 0) {
        const [node, place] = stack.pop()!;
        if (typeof node !== 'object' || node === null || places.has(node)) continue;
        places.set(node, place);
        for (const [key, member] of Object.entries(node)) stack.push([member, `${place}/${encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'))}`]);
      }
    }
    this.places = places;
    return places;
  }

  private compile(build: () => ValidateFunction | undefined): ValidateFunction | undefined {
    try {
      return build();
    } catch (error) {
      // An unresolvable reference, or a schema ajv rejects (an invalid pattern, an unknown type).
      if (error instanceof TypeError || error instanceof ReferenceError) throw error;
      return undefined;
    }
  }

  private ajv(): Ajv {
    if (this.ajvInstance !== undefined) return this.ajvInstance;
    const { Ajv: AjvClass } = requireModule('ajv') as { Ajv: typeof Ajv };
    const addFormats = requireModule('ajv-formats') as typeof formatsPlugin.default;
    const ajv = new AjvClass(OPTIONS);
    addFormats(ajv);
    for (const file of this.contract.files) {
      try {
        ajv.addSchema(file.data as object, this.urlOf(file.absolutePath));
      } catch {
        // NOTE: a file whose nested `$id`s clash cannot be registered; schemas that reach it are skipped.
      }
    }
    this.ajvInstance = ajv;
    return ajv;
  }

  private urlOf(absolutePath: string): string {
    let url = this.urls.get(absolutePath);
    if (url === undefined) {
      url = pathToFileURL(absolutePath).href;
      this.urls.set(absolutePath, url);
    }
    return url;
  }

  /** Copies a schema with every `$ref` made absolute against `base`, the URL of its file. */
  private rebased(node: unknown, base: string): unknown {
    if (Array.isArray(node)) return node.map((item) => this.rebased(item, base));
    if (!isPlainObject(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') copy.$ref = absoluteRef(value, base);
      else copy[key] = LITERALS.has(key) ? value : this.rebased(value, base);
    }
    return copy;
  }
}

function absoluteRef(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

/** Applies a JSON Merge Patch (RFC 7386): objects merge member by member, `null` removes a member. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
