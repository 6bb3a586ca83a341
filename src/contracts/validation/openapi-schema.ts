/**
 * Converts OpenAPI Schema objects into JSON Schemas with the semantics of the OpenAPI version,
 * for schema-evaluator.ts: 2.0 and 3.0 schemas become draft-07 schemas with draft-04 meaning, and
 * 3.1 schemas stay JSON Schema 2020-12. Only the keywords that validate are kept; annotations and
 * OpenAPI keywords are dropped or rewritten:
 *
 * - 3.0 `nullable: true` and 2.0 `x-nullable: true` admit `null`, also when the schema is an
 *   `allOf`, `oneOf` or `$ref` whose members do not.
 * - Draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric form.
 * - A 3.x `discriminator` with `oneOf`/`anyOf` selects the member schema from the property value.
 * - `readOnly` properties need not be present in requests, nor `writeOnly` ones in responses.
 * - Every `$ref` becomes the absolute id that `refId` returns, so schemas in several files can
 *   refer to each other. The caller converts the target.
 *
 * Values of a wrong type (a string `minimum`, an unknown `type`) are dropped, and the document
 * schema rules report them.
 */
import type { OpenApiDialect } from '../nodes/openapi.js';

export type JsonSchema = Record<string, unknown> | boolean;

/**
 * The context of an example, which decides the required properties it may leave out: readOnly ones
 * in a request, writeOnly ones in a response, none in an example of a schema on its own (`plain`).
 */
export type ExampleMode = 'request' | 'response' | 'plain';

/** The position of a schema node, passed back to the callbacks. */
export interface SchemaSite {
  /** Path of the file that contains the node. */
  file: string;
  pointer: string;
}

export interface ConvertOptions {
  dialect: OpenApiDialect;
  mode: ExampleMode;
  /**
   * Returns the absolute id for the `$ref` written in the object at `site`. May throw
   * UnresolvableSchemaError for a remote or broken reference, which fails the whole conversion.
   */
  refId(ref: string, site: SchemaSite): string;
  /** Returns the target of the `$ref` object `node` at `site`, or undefined when it does not resolve. */
  deref(node: Record<string, unknown>, site: SchemaSite): { node: unknown; site: SchemaSite } | undefined;
}

/** A schema that cannot be validated against: it reaches a remote or broken `$ref`, or nests absurdly deep. */
export class UnresolvableSchemaError extends Error {}

const JSON_TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
const NUMBER_KEYWORDS = [
  'multipleOf', 'maximum', 'minimum', 'maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties',
  'minProperties', 'maxContains', 'minContains',
];
const SINGLE_SCHEMA_KEYWORDS = [
  'additionalProperties', 'additionalItems', 'not', 'contains', 'propertyNames', 'if', 'then', 'else',
  'unevaluatedItems', 'unevaluatedProperties',
];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'dependentSchemas'];
/** Deeper nesting than this within one schema object is taken for a generated or hostile document. */
const MAX_DEPTH = 200;

/** Converts the schema node at `site`. */
export function convertSchema(node: unknown, site: SchemaSite, options: ConvertOptions): JsonSchema {
  return new Converter(options).convert(node, site, 0, false);
}

class Converter {
  constructor(private readonly options: ConvertOptions) {}

  convert(node: unknown, site: SchemaSite, depth: number, insideNot: boolean): JsonSchema {
    // Booleans are schemas in 2020-12; in 2.0 and 3.0 they occur as `additionalProperties: false`.
    if (typeof node === 'boolean') return node;
    if (!isObject(node)) return true;
    if (depth > MAX_DEPTH) throw new UnresolvableSchemaError(`schema nests deeper than ${MAX_DEPTH} levels`);
    const { dialect } = this.options;

    // In 2.0 and 3.0 the members next to `$ref` are ignored. `nullable` is honoured all the same,
    // because authors write `$ref` with `nullable: true` to make a reference nullable.
    if (typeof node.$ref === 'string' && dialect !== 'oas3_1') {
      const reference = { $ref: this.options.refId(node.$ref, site) };
      return isNullable(node, dialect) ? { anyOf: [{ type: 'null' }, reference] } : reference;
    }

    const schema: Record<string, unknown> = {};
    if (typeof node.$ref === 'string') schema.$ref = this.options.refId(node.$ref, site);
    this.copyAssertions(node, schema);
    this.copySubschemas(node, schema, site, depth, insideNot);
    this.copyRequired(node, schema, site, insideNot);
    if (dialect !== 'oas2') this.applyDiscriminator(node, schema, site);
    return isNullable(node, dialect) ? admitNull(schema) : schema;
  }

  /** Copies the keywords that constrain the value itself, dropping values of a wrong type. */
  private copyAssertions(node: Record<string, unknown>, schema: Record<string, unknown>): void {
    const types = typeList(node.type);
    if (types !== undefined && types.length > 0) schema.type = types.length === 1 ? types[0] : types;
    if (Array.isArray(node.enum)) schema.enum = node.enum;
    if ('const' in node && this.options.dialect === 'oas3_1') schema.const = node.const;
    for (const keyword of NUMBER_KEYWORDS) {
      if (typeof node[keyword] === 'number' && Number.isFinite(node[keyword])) schema[keyword] = node[keyword];
    }
    if (typeof schema.multipleOf === 'number' && schema.multipleOf <= 0) delete schema.multipleOf;
    this.copyExclusiveBound(node, schema, 'exclusiveMinimum', 'minimum');
    this.copyExclusiveBound(node, schema, 'exclusiveMaximum', 'maximum');
    if (typeof node.pattern === 'string') schema.pattern = node.pattern;
    if (typeof node.format === 'string') schema.format = node.format;
    if (typeof node.uniqueItems === 'boolean') schema.uniqueItems = node.uniqueItems;
    if (isObject(node.dependentRequired)) schema.dependentRequired = node.dependentRequired;
  }

  /** Writes an exclusive bound in the numeric form of draft-06 and later. */
  private copyExclusiveBound(node: Record<string, unknown>, schema: Record<string, unknown>, keyword: string, bound: string): void {
    const value = node[keyword];
    if (typeof value === 'number' && Number.isFinite(value)) {
      schema[keyword] = value;
    } else if (value === true && typeof schema[bound] === 'number') {
      // Draft 4: `minimum: 0, exclusiveMinimum: true` means "greater than 0".
      schema[keyword] = schema[bound];
      delete schema[bound];
    }
  }

  private copySubschemas(node: Record<string, unknown>, schema: Record<string, unknown>, site: SchemaSite, depth: number, insideNot: boolean): void {
    const sub = (value: unknown, ...path: Array<string | number>): JsonSchema =>
      this.convert(value, at(site, ...path), depth + 1, insideNot || path[0] === 'not');

    for (const keyword of SINGLE_SCHEMA_KEYWORDS) {
      if (keyword in node && (isObject(node[keyword]) || typeof node[keyword] === 'boolean')) schema[keyword] = sub(node[keyword], keyword);
    }
    if (this.options.dialect !== 'oas3_1') {
      // Draft 4 has no `if`, `contains`, `propertyNames` or `unevaluated*`; OpenAPI 3.0 forbids them too.
      for (const keyword of ['if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']) delete schema[keyword];
    }
    for (const keyword of SCHEMA_LIST_KEYWORDS) {
      const list = node[keyword];
      if (Array.isArray(list) && list.length > 0) schema[keyword] = list.map((member, i) => sub(member, keyword, i));
    }
    for (const keyword of SCHEMA_MAP_KEYWORDS) {
      const map = node[keyword];
      if (!isObject(map)) continue;
      const converted: Record<string, JsonSchema> = {};
      for (const name of Object.keys(map)) converted[name] = sub(map[name], keyword, name);
      schema[keyword] = converted;
    }
    this.copyItems(node, schema, sub);
    if (isObject(node.dependencies)) {
      const converted: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(node.dependencies)) {
        converted[name] = Array.isArray(value) ? value : sub(value, 'dependencies', name);
      }
      schema.dependencies = converted;
    }
  }

  private copyItems(node: Record<string, unknown>, schema: Record<string, unknown>, sub: (value: unknown, ...path: Array<string | number>) => JsonSchema): void {
    const items = node.items;
    if (Array.isArray(items)) {
      // A list of item schemas is a tuple: `items` in draft-07, `prefixItems` in 2020-12.
      const converted = items.map((member, i) => sub(member, 'items', i));
      if (this.options.dialect === 'oas3_1') schema.prefixItems ??= converted;
      else schema.items = converted;
    } else if (isObject(items) || typeof items === 'boolean') {
      schema.items = sub(items, 'items');
    }
  }

  /** Copies `required` without the properties that the example mode lets an example leave out. */
  private copyRequired(node: Record<string, unknown>, schema: Record<string, unknown>, site: SchemaSite, insideNot: boolean): void {
    // A 2.0 parameter or header, used as its own schema, has a boolean `required`.
    if (!Array.isArray(node.required)) return;
    const names = node.required.filter((name): name is string => typeof name === 'string');
    const properties = isObject(node.properties) ? node.properties : {};
    // Inside `not`, dropping a requirement would make the negated schema match more, not less.
    const kept = insideNot
      ? names
      : names.filter((name) => !Object.hasOwn(properties, name) || !this.mayBeLeftOut(properties[name], at(site, 'properties', name)));
    if (kept.length > 0) schema.required = kept;
  }

  private mayBeLeftOut(property: unknown, site: SchemaSite): boolean {
    const { mode } = this.options;
    if (mode === 'plain') return false;
    const flags = accessFlags(property, site, this.options.deref);
    return mode === 'request' ? flags.readOnly : flags.writeOnly;
  }

  /**
   * Turns `discriminator` next to `oneOf`/`anyOf` into a chain of `if`/`then`: the value of the
   * discriminator property picks the member schema, through `mapping` or by the schema name at
   * the end of each member's `$ref`. A value that names no member falls back to the plain
   * `oneOf`/`anyOf`.
   */
  private applyDiscriminator(node: Record<string, unknown>, schema: Record<string, unknown>, site: SchemaSite): void {
    const discriminator = node.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return;
    const keyword = Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined;
    if (keyword === undefined) return;
    const property = discriminator.propertyName;

    const targets = new Map<string, string>();
    const members = node[keyword] as unknown[];
    members.forEach((member, i) => {
      if (!isObject(member) || typeof member.$ref !== 'string') return;
      const name = member.$ref.slice(member.$ref.lastIndexOf('/') + 1);
      if (name !== '' && !targets.has(name)) targets.set(name, this.options.refId(member.$ref, at(site, keyword, i)));
    });
    if (isObject(discriminator.mapping)) {
      for (const [value, target] of Object.entries(discriminator.mapping)) {
        if (typeof target !== 'string') continue;
        // A bare name stands for a schema under components.schemas of the same document.
        const ref = target.includes('/') || target.includes('#') ? target : `#/components/schemas/${target}`;
        try {
          targets.set(value, this.options.refId(ref, at(site, 'discriminator', 'mapping', value)));
        } catch (error) {
          // A mapping that leads nowhere selects nothing; the plain oneOf/anyOf still applies.
          if (!(error instanceof UnresolvableSchemaError)) throw error;
        }
      }
    }
    if (targets.size === 0) return;

    let chain: Record<string, unknown> = { [keyword]: schema[keyword] };
    for (const [value, id] of [...targets].reverse()) {
      chain = { if: { properties: { [property]: { const: value } }, required: [property] }, then: { $ref: id }, else: chain };
    }
    delete schema[keyword];
    schema.allOf = [...((schema.allOf as JsonSchema[] | undefined) ?? []), chain];
  }
}

/** Returns whether a property schema is marked readOnly or writeOnly, directly, behind `$ref`s or in an `allOf` member. */
function accessFlags(property: unknown, site: SchemaSite, deref: ConvertOptions['deref']): { readOnly: boolean; writeOnly: boolean } {
  const flags = { readOnly: false, writeOnly: false };
  const visit = (node: unknown, nodeSite: SchemaSite, depth: number): void => {
    if (!isObject(node) || depth > 3) return;
    // A `readOnly` next to the `$ref` counts as well as one in the target.
    if (node.readOnly === true) flags.readOnly = true;
    if (node.writeOnly === true) flags.writeOnly = true;
    if (typeof node.$ref === 'string') {
      const target = deref(node, nodeSite);
      if (target !== undefined) visit(target.node, target.site, depth + 1);
      return;
    }
    if (Array.isArray(node.allOf)) node.allOf.forEach((member, i) => visit(member, at(nodeSite, 'allOf', i), depth + 1));
  };
  visit(property, site, 0);
  return flags;
}

function isNullable(node: Record<string, unknown>, dialect: OpenApiDialect): boolean {
  if (dialect === 'oas3_0') return node.nullable === true;
  if (dialect === 'oas2') return node['x-nullable'] === true;
  return false;
}

/** Lets `null` through a schema: by adding it to `type` and `enum` when nothing else can reject it, else with `anyOf`. */
function admitNull(schema: Record<string, unknown>): Record<string, unknown> {
  const onlyLocal = Object.keys(schema).every((keyword) => !['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].includes(keyword));
  if (!onlyLocal) return { anyOf: [{ type: 'null' }, schema] };
  if (schema.type !== undefined) {
    const types = typeList(schema.type) ?? [];
    if (!types.includes('null')) schema.type = [...types, 'null'];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  return schema;
}

/** Returns the known JSON types of a `type` value; unknown names such as 2.0 `file` are dropped. */
function typeList(type: unknown): string[] | undefined {
  if (typeof type === 'string') return JSON_TYPES.has(type) ? [type] : undefined;
  if (!Array.isArray(type)) return undefined;
  return [...new Set(type.filter((name): name is string => typeof name === 'string' && JSON_TYPES.has(name)))];
}

function at(site: SchemaSite, ...path: Array<string | number>): SchemaSite {
  let pointer = site.pointer;
  for (const segment of path) pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  return { file: site.file, pointer };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
