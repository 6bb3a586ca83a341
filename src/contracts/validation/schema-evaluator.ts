/**
 * Evaluates JSON Schemas (draft-07 and 2020-12) against values without generating code. ajv 8.20
 * needed 3.5 s on a 2-core machine to compile the 1,364 schemas that the examples of the Square
 * contract reach. An interpreter that walks the schema along the value is much faster for values
 * that are checked once or a few times, as examples are.
 *
 * Errors have the shape of ajv's (`keyword`, `instancePath`, `params`, `message`), are collected
 * for all keywords like ajv's `allErrors`, and appear in ajv's order: the errors of the members
 * of a failed `oneOf`/`anyOf` directly before its own error, which carries the member list as
 * `schema`. Formats are checked with the ajv-formats definitions that ajv uses.
 */
import type { ErrorObject } from 'ajv';
import { deepEqual } from './deep-equal.js';
import { UnresolvableSchemaError, type JsonSchema } from './openapi-schema.js';

export type Draft = 'draft-07' | '2020-12';

/** A format check of ajv-formats: a RegExp, a function, `true` for "anything", or a definition with a type. */
export type FormatDefinition = RegExp | ((value: string) => boolean) | true | { type?: string; validate: RegExp | ((value: string | number) => boolean) };

/** The value recursed through more schemas than any real example needs: the schemas refer to each other without end. */
export class EvaluationLimitError extends Error {}

/** Nested evaluations allowed for one value. */
const MAX_DEPTH = 400;

/**
 * The members and items of one value that a schema and the subschemas applied in place (`$ref`,
 * `allOf`, ...) evaluated, for `unevaluatedProperties` and `unevaluatedItems`. Collected only where
 * such a keyword needs them, which never happens in draft-07.
 */
class Annotations {
  properties = new Set<string>();
  allProperties = false;
  items = 0;
  allItems = false;

  absorb(other: Annotations): void {
    for (const name of other.properties) this.properties.add(name);
    this.allProperties ||= other.allProperties;
    this.items = Math.max(this.items, other.items);
    this.allItems ||= other.allItems;
  }
}

type SchemaObject = Record<string, unknown>;

export class SchemaEvaluator {
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(
    private readonly draft: Draft,
    /** Returns the schema registered under an absolute `$ref` id. */
    private readonly lookup: (id: string) => JsonSchema | undefined,
    private readonly formats: Record<string, FormatDefinition>,
  ) {}

  /**
   * Returns the errors of `value` against `schema`; empty when it is valid. Throws
   * EvaluationLimitError for endless recursion and UnresolvableSchemaError for an unknown `$ref` id.
   */
  validate(schema: JsonSchema, value: unknown): ErrorObject[] {
    const errors: ErrorObject[] = [];
    this.evaluate(schema, value, '', errors, 0, undefined);
    return errors;
  }

  /** Appends the errors of `value` to `out` and returns whether there were none. */
  private evaluate(schema: JsonSchema, value: unknown, path: string, out: ErrorObject[], depth: number, annotations: Annotations | undefined): boolean {
    if (schema === true) return true;
    if (schema === false) {
      out.push(error('false schema', path, {}, 'boolean schema is false'));
      return false;
    }
    if (depth > MAX_DEPTH) throw new EvaluationLimitError(`schema evaluation nested deeper than ${MAX_DEPTH} levels`);
    const start = out.length;
    const local = annotations ?? ('unevaluatedProperties' in schema || 'unevaluatedItems' in schema ? new Annotations() : undefined);

    if (typeof schema.$ref === 'string') {
      const target = this.lookup(schema.$ref);
      if (target === undefined) throw new UnresolvableSchemaError(`no schema registered under ${schema.$ref}`);
      this.inPlace(target, value, path, out, depth, local);
    }
    this.checkType(schema, value, path, out);
    if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => deepEqual(allowed, value))) {
      out.push(error('enum', path, { allowedValues: schema.enum }, 'must be equal to one of the allowed values'));
    }
    if ('const' in schema && !deepEqual(schema.const, value)) {
      out.push(error('const', path, { allowedValue: schema.const }, 'must be equal to constant'));
    }
    this.checkComposition(schema, value, path, out, depth, local);

    if (typeof value === 'number') this.checkNumber(schema, value, path, out);
    else if (typeof value === 'string') this.checkString(schema, value, path, out);
    else if (Array.isArray(value)) this.checkArray(schema, value, path, out, depth, local);
    else if (typeof value === 'object' && value !== null) this.checkObject(schema, value as SchemaObject, path, out, depth, local);
    return out.length === start;
  }

  /** Evaluates a subschema applied to the same value; its annotations count only when it passes. */
  private inPlace(schema: JsonSchema, value: unknown, path: string, out: ErrorObject[], depth: number, annotations: Annotations | undefined): boolean {
    if (annotations === undefined) return this.evaluate(schema, value, path, out, depth + 1, undefined);
    const own = new Annotations();
    const valid = this.evaluate(schema, value, path, out, depth + 1, own);
    if (valid) annotations.absorb(own);
    return valid;
  }

  private checkType(schema: SchemaObject, value: unknown, path: string, out: ErrorObject[]): void {
    const type = schema.type;
    if (type === undefined) return;
    if (typeof type === 'string') {
      if (!hasType(value, type)) out.push(error('type', path, { type }, `must be ${type}`));
      return;
    }
    const types = type as string[];
    if (!types.some((name) => hasType(value, name))) out.push(error('type', path, { type: types.join(',') }, `must be ${types.join(',')}`));
  }

  private checkComposition(schema: SchemaObject, value: unknown, path: string, out: ErrorObject[], depth: number, annotations: Annotations | undefined): void {
    if (Array.isArray(schema.allOf)) {
      for (const member of schema.allOf as JsonSchema[]) this.inPlace(member, value, path, out, depth, annotations);
    }
    if (Array.isArray(schema.anyOf)) {
      const members = schema.anyOf as JsonSchema[];
      const start = out.length;
      let passed = false;
      for (const member of members) {
        if (!this.inPlace(member, value, path, out, depth, annotations)) continue;
        passed = true;
        // Like ajv, stop at the first match, unless later members may add annotations.
        if (annotations === undefined) break;
      }
      if (passed) out.length = start;
      else out.push(error('anyOf', path, {}, 'must match a schema in anyOf', members));
    }
    if (Array.isArray(schema.oneOf)) {
      const members = schema.oneOf as JsonSchema[];
      const start = out.length;
      const passing: number[] = [];
      for (let i = 0; i < members.length; i++) {
        if (this.inPlace(members[i], value, path, out, depth, passing.length === 0 ? annotations : undefined)) passing.push(i);
      }
      if (passing.length === 1) out.length = start;
      else out.push(error('oneOf', path, { passingSchemas: passing.length === 0 ? null : passing.slice(0, 2) }, 'must match exactly one schema in oneOf', members));
    }
    if ('not' in schema && this.evaluate(schema.not as JsonSchema, value, path, [], depth + 1, undefined)) {
      out.push(error('not', path, {}, 'must NOT be valid'));
    }
    if ('if' in schema) {
      const branch = this.inPlace(schema.if as JsonSchema, value, path, [], depth, annotations) ? 'then' : 'else';
      if (branch in schema && !this.inPlace(schema[branch] as JsonSchema, value, path, out, depth, annotations)) {
        out.push(error('if', path, { failingKeyword: branch }, `must match "${branch}" schema`));
      }
    }
  }

  private checkNumber(schema: SchemaObject, value: number, path: string, out: ErrorObject[]): void {
    const { maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf } = schema;
    if (typeof maximum === 'number' && value > maximum) out.push(bound('maximum', path, '<=', maximum));
    if (typeof minimum === 'number' && value < minimum) out.push(bound('minimum', path, '>=', minimum));
    if (typeof exclusiveMaximum === 'number' && value >= exclusiveMaximum) out.push(bound('exclusiveMaximum', path, '<', exclusiveMaximum));
    if (typeof exclusiveMinimum === 'number' && value <= exclusiveMinimum) out.push(bound('exclusiveMinimum', path, '>', exclusiveMinimum));
    if (typeof multipleOf === 'number' && !Number.isInteger(value / multipleOf)) {
      out.push(error('multipleOf', path, { multipleOf }, `must be multiple of ${multipleOf}`));
    }
    if (schema.format !== undefined) this.checkFormat(schema, value, path, out);
  }

  private checkString(schema: SchemaObject, value: string, path: string, out: ErrorObject[]): void {
    const { maxLength, minLength } = schema;
    if (typeof maxLength === 'number' || typeof minLength === 'number') {
      // Like ajv, count code points, so an emoji is one character.
      const length = [...value].length;
      if (typeof maxLength === 'number' && length > maxLength) {
        out.push(error('maxLength', path, { limit: maxLength }, `must NOT have more than ${maxLength} characters`));
      }
      if (typeof minLength === 'number' && length < minLength) {
        out.push(error('minLength', path, { limit: minLength }, `must NOT have fewer than ${minLength} characters`));
      }
    }
    if (typeof schema.pattern === 'string') {
      const pattern = this.regExp(schema.pattern);
      if (pattern !== null && !pattern.test(value)) out.push(error('pattern', path, { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`));
    }
    if (schema.format !== undefined) this.checkFormat(schema, value, path, out);
  }

  private checkFormat(schema: SchemaObject, value: string | number, path: string, out: ErrorObject[]): void {
    if (typeof schema.format !== 'string' || !Object.hasOwn(this.formats, schema.format)) return;
    const definition = this.formats[schema.format];
    if (definition === true) return;
    const plain = definition instanceof RegExp || typeof definition === 'function';
    const check = plain ? definition : definition.validate;
    // A format applies to strings unless its definition names another type (int32 applies to numbers).
    if (typeof value !== (plain ? 'string' : definition.type ?? 'string')) return;
    const valid = check instanceof RegExp ? check.test(String(value)) : (check as (input: string | number) => boolean)(value);
    if (!valid) out.push(error('format', path, { format: schema.format }, `must match format "${schema.format}"`));
  }

  private checkArray(schema: SchemaObject, value: unknown[], path: string, out: ErrorObject[], depth: number, annotations: Annotations | undefined): void {
    const tuple = this.draft === '2020-12' ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : undefined;
    const rest = this.draft === '2020-12' ? schema.items : Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    let covered = 0;
    if (Array.isArray(tuple)) {
      covered = Math.min(tuple.length, value.length);
      for (let i = 0; i < covered; i++) this.evaluate(tuple[i] as JsonSchema, value[i], `${path}/${i}`, out, depth + 1, undefined);
    }
    if (rest !== undefined && (typeof rest === 'boolean' || isSchemaObject(rest))) {
      if (rest === false && value.length > covered) {
        const keyword = this.draft === '2020-12' ? 'items' : 'additionalItems';
        out.push(error(keyword, path, { limit: covered }, `must NOT have more than ${covered} items`));
      } else {
        for (let i = covered; i < value.length; i++) this.evaluate(rest as JsonSchema, value[i], `${path}/${i}`, out, depth + 1, undefined);
      }
      if (annotations !== undefined) annotations.allItems = true;
    } else if (annotations !== undefined) {
      annotations.items = Math.max(annotations.items, covered);
    }

    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      out.push(error('maxItems', path, { limit: schema.maxItems }, `must NOT have more than ${schema.maxItems} items`));
    }
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      out.push(error('minItems', path, { limit: schema.minItems }, `must NOT have fewer than ${schema.minItems} items`));
    }
    if (schema.uniqueItems === true) this.checkUnique(value, path, out);
    if ('contains' in schema) {
      let matches = 0;
      for (let i = 0; i < value.length; i++) {
        if (this.evaluate(schema.contains as JsonSchema, value[i], `${path}/${i}`, [], depth + 1, undefined)) matches += 1;
      }
      const min = typeof schema.minContains === 'number' ? schema.minContains : 1;
      const max = typeof schema.maxContains === 'number' ? schema.maxContains : undefined;
      if (matches < min) out.push(error('contains', path, { minContains: min }, `must contain at least ${min} valid item(s)`));
      else if (max !== undefined && matches > max) out.push(error('contains', path, { minContains: min, maxContains: max }, `must contain at most ${max} valid item(s)`));
    }
    if ('unevaluatedItems' in schema && annotations !== undefined && !annotations.allItems) {
      const from = annotations.items;
      if (schema.unevaluatedItems === false && value.length > from) {
        out.push(error('unevaluatedItems', path, { limit: from }, `must NOT have more than ${from} items`));
      } else if (schema.unevaluatedItems !== false) {
        for (let i = from; i < value.length; i++) this.evaluate(schema.unevaluatedItems as JsonSchema, value[i], `${path}/${i}`, out, depth + 1, undefined);
      }
      annotations.allItems = true;
    }
  }

  private checkUnique(value: unknown[], path: string, out: ErrorObject[]): void {
    for (let i = value.length - 1; i > 0; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (deepEqual(value[i], value[j])) {
          out.push(error('uniqueItems', path, { i, j }, `must NOT have duplicate items (items ## ${j} and ${i} are identical)`));
          return;
        }
      }
    }
  }

  private checkObject(schema: SchemaObject, value: SchemaObject, path: string, out: ErrorObject[], depth: number, annotations: Annotations | undefined): void {
    if (Array.isArray(schema.required)) {
      for (const name of schema.required as string[]) {
        if (!Object.hasOwn(value, name)) out.push(error('required', path, { missingProperty: name }, `must have required property '${name}'`));
      }
    }
    const keys = Object.keys(value);
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) {
      out.push(error('maxProperties', path, { limit: schema.maxProperties }, `must NOT have more than ${schema.maxProperties} properties`));
    }
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) {
      out.push(error('minProperties', path, { limit: schema.minProperties }, `must NOT have fewer than ${schema.minProperties} properties`));
    }
    if (schema.dependentRequired !== undefined || schema.dependentSchemas !== undefined || schema.dependencies !== undefined) {
      this.checkDependencies(schema, value, path, out, depth, annotations);
    }

    const properties = isSchemaObject(schema.properties) ? schema.properties : undefined;
    const patternProperties = isSchemaObject(schema.patternProperties) ? schema.patternProperties : undefined;
    const additional = schema.additionalProperties;
    if (properties !== undefined || patternProperties !== undefined || additional !== undefined) {
      for (const key of keys) {
        const memberPath = `${path}/${escapeSegment(key)}`;
        let matched = false;
        if (properties !== undefined && Object.hasOwn(properties, key)) {
          matched = true;
          this.evaluate(properties[key] as JsonSchema, value[key], memberPath, out, depth + 1, undefined);
        }
        if (patternProperties !== undefined) {
          for (const source of Object.keys(patternProperties)) {
            const pattern = this.regExp(source);
            if (pattern === null || !pattern.test(key)) continue;
            matched = true;
            this.evaluate(patternProperties[source] as JsonSchema, value[key], memberPath, out, depth + 1, undefined);
          }
        }
        if (!matched && additional !== undefined) {
          matched = true;
          if (additional === false) out.push(error('additionalProperties', path, { additionalProperty: key }, 'must NOT have additional properties'));
          else this.evaluate(additional as JsonSchema, value[key], memberPath, out, depth + 1, undefined);
        }
        if (matched) annotations?.properties.add(key);
      }
    }
    if ('propertyNames' in schema) {
      for (const key of keys) {
        if (!this.evaluate(schema.propertyNames as JsonSchema, key, path, [], depth + 1, undefined)) {
          out.push(error('propertyNames', path, { propertyName: key }, 'property name must be valid'));
        }
      }
    }
    if ('unevaluatedProperties' in schema && annotations !== undefined && !annotations.allProperties) {
      for (const key of keys) {
        if (annotations.properties.has(key)) continue;
        if (schema.unevaluatedProperties === false) {
          out.push(error('unevaluatedProperties', path, { unevaluatedProperty: key }, 'must NOT have unevaluated properties'));
        } else {
          this.evaluate(schema.unevaluatedProperties as JsonSchema, value[key], `${path}/${escapeSegment(key)}`, out, depth + 1, undefined);
        }
      }
      annotations.allProperties = true;
    }
  }

  private checkDependencies(schema: SchemaObject, value: SchemaObject, path: string, out: ErrorObject[], depth: number, annotations: Annotations | undefined): void {
    const required: Array<[string, unknown]> = isSchemaObject(schema.dependentRequired) ? Object.entries(schema.dependentRequired) : [];
    const schemas: Array<[string, unknown]> = isSchemaObject(schema.dependentSchemas) ? Object.entries(schema.dependentSchemas) : [];
    // Draft-07 `dependencies` accepts both forms: a list of names or a schema.
    if (isSchemaObject(schema.dependencies)) {
      for (const entry of Object.entries(schema.dependencies)) (Array.isArray(entry[1]) ? required : schemas).push(entry);
    }
    for (const [property, names] of required) {
      if (!Object.hasOwn(value, property) || !Array.isArray(names)) continue;
      for (const name of names) {
        if (typeof name === 'string' && !Object.hasOwn(value, name)) {
          out.push(error('dependentRequired', path, { property, missingProperty: name }, `must have property ${name} when property ${property} is present`));
        }
      }
    }
    for (const [property, dependent] of schemas) {
      if (Object.hasOwn(value, property)) this.inPlace(dependent as JsonSchema, value, path, out, depth, annotations);
    }
  }

  /** Compiles a `pattern` without the `u` flag, like ajv with `unicodeRegExp: false`; null when it is not a valid regular expression. */
  private regExp(source: string): RegExp | null {
    let pattern = this.patterns.get(source);
    if (pattern === undefined) {
      try {
        pattern = new RegExp(source);
      } catch {
        // NOTE: an invalid pattern constrains nothing here; the document schema rules report it.
        pattern = null;
      }
      this.patterns.set(source, pattern);
    }
    return pattern;
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    default: return typeof value === type;
  }
}

function bound(keyword: string, instancePath: string, comparison: string, limit: number): ErrorObject {
  return error(keyword, instancePath, { comparison, limit }, `must be ${comparison} ${limit}`);
}

function error(keyword: string, instancePath: string, params: Record<string, unknown>, message: string, schema?: unknown): ErrorObject {
  return { keyword, instancePath, schemaPath: '', params, message, ...(schema === undefined ? {} : { schema }) };
}

function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
