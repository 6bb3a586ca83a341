/**
 * TypeScript types from JSON Schema as OpenAPI 2.0/3.0/3.1 and AsyncAPI use it: objects,
 * arrays and tuples, enums and const as literal unions, oneOf/anyOf unions, allOf
 * intersections, `nullable`, `x-nullable` and 3.1 type arrays, additionalProperties and
 * patternProperties. Every `$ref` target becomes a named declaration, so recursive schemas work.
 */
import { InputError } from '../../errors.js';
import { fromPointer } from '../../findings.js';
import type { Resolved } from '../../contracts/types.js';
import type { SourceFile } from '../../workspace/source.js';
import { docComment, propertyKey, stringLiteral } from './literals.js';
import { toIdentifier, type NameScope } from './names.js';

/** Resolves a `$ref` written in `from`; throws InputError when it cannot. */
export type RefResolver = (ref: string, from: SourceFile, at?: string) => Resolved;

export interface SchemaTypesOptions {
  resolve: RefResolver;
  /** The module's namespace: named types are allocated from it. */
  scope: NameScope;
}

interface NamedType {
  name: string;
  node: Resolved;
  /** Explicit doc lines, for declarations made with `declare`. */
  doc?: string[];
}

type Schema = Record<string, unknown>;

/** Pointer segments that structure a document rather than name a schema; left out of derived type names. */
const STRUCTURAL_SEGMENTS = new Set([
  'components', 'schemas', 'definitions', '$defs', 'properties', 'items', 'prefixItems',
  'additionalProperties', 'content', 'schema', 'payload', 'headers', 'messages', 'parameters', 'responses',
  'requestBodies', 'requestBody', 'allOf', 'oneOf', 'anyOf', 'paths', 'channels', 'not', 'patternProperties',
]);

/** Deeper inline nesting than this is typed `unknown`; real contracts stay far below it. */
const MAX_DEPTH = 64;

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childNode(node: Resolved, key: string | number): Resolved {
  const container = node.value as Record<string | number, unknown>;
  const value = isSchemaObject(container) || Array.isArray(container) ? (container as Record<string | number, unknown>)[key] : undefined;
  const segment = String(key).replace(/~/g, '~0').replace(/\//g, '~1');
  return { value, file: node.file, pointer: `${node.pointer}/${segment}` };
}

/** Identifies a schema node across the files of a contract. */
function targetKey(node: Resolved): string {
  return `${node.file.path}#${node.pointer}`;
}

function needsParentheses(type: string): boolean {
  let depth = 0;
  for (const character of type) {
    if ('({[<'.includes(character)) depth++;
    else if (')}]>'.includes(character)) depth--;
    else if (depth === 0 && (character === '|' || character === '&' || character === ' ')) return true;
  }
  return false;
}

function wrap(type: string): string {
  return needsParentheses(type) ? `(${type})` : type;
}

function union(types: string[]): string {
  const unique = [...new Set(types)];
  if (unique.includes('unknown')) return 'unknown';
  if (unique.length === 0) return 'never';
  return unique.join(' | ');
}

function intersection(types: string[]): string {
  const unique = [...new Set(types)].filter((type) => type !== 'unknown');
  if (unique.length === 0) return 'unknown';
  return unique.length === 1 ? unique[0]! : unique.map(wrap).join(' & ');
}

function literalOf(value: unknown): string | undefined {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

/** Returns `: type`, without the space when the type starts on its own line. */
export function annotation(type: string): string {
  return type.startsWith('\n') ? `:${type}` : `: ${type}`;
}

/** Returns the doc lines of a schema: title (when it adds to the name), description and deprecation. */
export function schemaDoc(schema: unknown): string[] {
  if (!isSchemaObject(schema)) return [];
  const lines: string[] = [];
  if (typeof schema.title === 'string' && typeof schema.description !== 'string') lines.push(schema.title);
  if (typeof schema.description === 'string') lines.push(schema.description);
  if (typeof schema.format === 'string') lines.push(`Format: ${schema.format}.`);
  if (schema.deprecated === true) lines.push('@deprecated');
  return lines;
}

/** Derives a readable type name from where a schema lives: `#/components/schemas/Order` gives `Order`. */
export function nameHintOf(node: Resolved): string {
  const segments = fromPointer(node.pointer).filter((segment) => !STRUCTURAL_SEGMENTS.has(segment) && !/^\d+$/.test(segment) && !segment.includes('/'));
  if (segments.length > 0) return segments.slice(-2).join(' ');
  const base = node.file.path.split('/').pop() ?? 'Schema';
  return base.replace(/\.(ya?ml|json)$/i, '');
}

/** Converts schemas to TypeScript type expressions and collects the named declarations they need. */
export class SchemaTypes {
  private readonly byTarget = new Map<string, NamedType>();
  private readonly declarations: NamedType[] = [];
  private rendered = 0;

  constructor(private readonly options: SchemaTypesOptions) {}

  /**
   * Holds the names of the schemas in `container` (such as `#/components/schemas`) that are
   * already identifiers, so that each keeps its name even when a schema whose name only becomes
   * the same after conversion (`__proto__` becomes `Proto`) is declared first.
   */
  holdNames(container: Resolved): void {
    if (!isSchemaObject(container.value)) return;
    for (const name of Object.keys(container.value)) {
      const target = childNode(container, name);
      if (toIdentifier(nameHintOf(target), 'pascal') === name) this.options.scope.hold(name, targetKey(target));
    }
  }

  /** Returns the type expression of a schema node, written for a position indented by `indent`. */
  typeOf(node: Resolved, indent = '', depth = 0): string {
    const schema = node.value;
    if (schema === undefined || schema === true) return 'unknown';
    if (schema === false) return 'never';
    if (!isSchemaObject(schema) || depth > MAX_DEPTH) return 'unknown';

    const nullable = schema.nullable === true || schema['x-nullable'] === true;
    if (typeof schema.$ref === 'string') {
      const name = this.referenceName(node, schema.$ref);
      return nullable && name !== 'unknown' ? `${name} | null` : name;
    }

    const parts: string[] = [];
    const hasComposition = ['allOf', 'oneOf', 'anyOf'].some((keyword) => Array.isArray(schema[keyword]) && (schema[keyword] as unknown[]).length > 0);
    const base = this.baseType(node, schema, indent, depth, hasComposition);
    if (base !== undefined) parts.push(base);
    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((_, index) => parts.push(this.typeOf(childNode(childNode(node, 'allOf'), index), indent, depth + 1)));
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const members = schema[keyword];
      if (!Array.isArray(members) || members.length === 0) continue;
      parts.push(union(members.map((_, index) => this.typeOf(childNode(childNode(node, keyword), index), indent, depth + 1))));
    }
    const type = intersection(parts);
    return nullable && type !== 'unknown' && !type.split(' | ').includes('null') ? `${wrap(type)} | null` : type;
  }

  /**
   * Declares `node` under a name derived from `hint` and returns the name, unless the schema is
   * a `$ref` or a simple type, whose expression is returned as it is.
   */
  declare(hint: string, node: Resolved, doc: string[] = []): string {
    const schema = node.value;
    const expression = this.typeOf(node);
    if (!isSchemaObject(schema) || typeof schema.$ref === 'string' || !expression.includes('{')) return expression;
    const key = targetKey(node);
    const known = this.byTarget.get(key);
    if (known !== undefined) return known.name;
    const named: NamedType = { name: this.options.scope.allocate(hint, 'pascal', key), node, doc };
    this.byTarget.set(key, named);
    this.declarations.push(named);
    return named.name;
  }

  /** Renders every named declaration made so far, and those they lead to, in order of first use. */
  render(): string {
    const out: string[] = [];
    while (this.rendered < this.declarations.length) {
      const named = this.declarations[this.rendered++]!;
      out.push(this.renderDeclaration(named));
    }
    return out.join('\n');
  }

  private referenceName(node: Resolved, ref: string): string {
    let target: Resolved;
    try {
      target = this.options.resolve(ref, node.file, `${node.pointer}/$ref`);
    } catch (error) {
      if (error instanceof InputError) return 'unknown';
      throw error;
    }
    const key = targetKey(target);
    let named = this.byTarget.get(key);
    if (named === undefined) {
      named = { name: this.options.scope.allocate(nameHintOf(target), 'pascal', key), node: target };
      this.byTarget.set(key, named);
      this.declarations.push(named);
    }
    return named.name;
  }

  private renderDeclaration(named: NamedType): string {
    const schema = named.node.value;
    const doc = docComment([...(named.doc ?? []), ...schemaDoc(schema)]);
    // NOTE: aliases that refer to each other directly (`A = B | null`, `B = A`) do not compile; no known contract has them.
    if (isSchemaObject(schema) && this.isPlainObject(schema)) {
      return `${doc}export interface ${named.name} ${this.objectType(named.node, schema, '', 0)}\n`;
    }
    const type = this.typeOf(named.node, '', 0);
    return `${doc}export type ${named.name} =${type.startsWith('\n') ? '' : ' '}${type};\n`;
  }

  private isPlainObject(schema: Schema): boolean {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const isObjectType = types.length === 1 && (types[0] === 'object' || (types[0] === undefined && isSchemaObject(schema.properties)));
    return isObjectType && isSchemaObject(schema.properties) && typeof schema.$ref !== 'string' &&
      schema.nullable !== true && schema['x-nullable'] !== true && schema.enum === undefined && schema.const === undefined &&
      !['allOf', 'oneOf', 'anyOf'].some((keyword) => Array.isArray(schema[keyword]) && (schema[keyword] as unknown[]).length > 0);
  }

  /** Returns the type the schema's own keywords give before composition, or undefined when they give none. */
  private baseType(node: Resolved, schema: Schema, indent: string, depth: number, hasComposition: boolean): string | undefined {
    if ('const' in schema) return literalOf(schema.const) ?? 'unknown';
    if (Array.isArray(schema.enum)) {
      const literals = schema.enum.map(literalOf);
      if (literals.every((literal) => literal !== undefined)) {
        if (literals.length === 0) return 'never';
        const unique = [...new Set(literals as string[])];
        return unique.length > 4 ? `\n${indent}  | ${unique.join(`\n${indent}  | `)}` : unique.join(' | ');
      }
    }

    let types: unknown[] = [];
    if (Array.isArray(schema.type)) types = schema.type;
    else if (schema.type !== undefined) types = [schema.type];
    if (types.length === 0) {
      if (isSchemaObject(schema.properties) || schema.additionalProperties !== undefined || isSchemaObject(schema.patternProperties)) types = ['object'];
      else if (schema.items !== undefined || Array.isArray(schema.prefixItems)) types = ['array'];
      else return undefined;
    }
    const members = types.map((type) => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'file':
          return 'Uint8Array | string';
        case 'array':
          return this.arrayType(node, schema, indent, depth);
        case 'object': {
          const isBareObject = !isSchemaObject(schema.properties) && schema.additionalProperties === undefined && !isSchemaObject(schema.patternProperties);
          // `type: object` next to oneOf or allOf only requires an object, and the composition gives its shape.
          if (isBareObject && hasComposition) return undefined;
          return this.objectType(node, schema, indent, depth);
        }
        default:
          return 'unknown';
      }
    }).filter((member): member is string => member !== undefined);
    return members.length === 0 ? undefined : union(members);
  }

  private arrayType(node: Resolved, schema: Schema, indent: string, depth: number): string {
    const tuple = Array.isArray(schema.prefixItems) ? 'prefixItems' : Array.isArray(schema.items) ? 'items' : undefined;
    if (tuple !== undefined) {
      const items = (schema[tuple] as unknown[]).map((_, index) => this.typeOf(childNode(childNode(node, tuple), index), indent, depth + 1));
      const closed = (tuple === 'prefixItems' ? schema.items : schema.additionalItems) === false;
      return `[${items.join(', ')}${closed ? '' : `${items.length > 0 ? ', ' : ''}...unknown[]`}]`;
    }
    const item = schema.items === undefined ? 'unknown' : this.typeOf(childNode(node, 'items'), indent, depth + 1);
    return needsParentheses(item) || item.includes('\n') ? `Array<${item}>` : `${item}[]`;
  }

  private objectType(node: Resolved, schema: Schema, indent: string, depth: number): string {
    const inner = `${indent}  `;
    const required = new Set(Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : []);
    const lines: string[] = [];
    const properties = isSchemaObject(schema.properties) ? Object.keys(schema.properties) : [];
    const propertiesNode = childNode(node, 'properties');
    for (const name of properties) {
      const property = childNode(propertiesNode, name);
      const doc = docComment(schemaDoc(property.value), inner);
      lines.push(`${doc}${inner}${propertyKey(name)}${required.has(name) ? '' : '?'}${annotation(this.typeOf(property, inner, depth + 1))};\n`);
    }

    const additional = schema.additionalProperties;
    const hasPatterns = isSchemaObject(schema.patternProperties) && Object.keys(schema.patternProperties).length > 0;
    if (properties.length === 0 && additional === false && !hasPatterns) return '{ [key: string]: never }';
    if (additional !== false || hasPatterns) {
      const isOpen = additional !== undefined || hasPatterns || properties.length === 0;
      if (isOpen) {
        // Declared properties must fit the index signature, so next to them it stays `unknown`.
        const valueType = properties.length === 0 && isSchemaObject(additional) && !hasPatterns
          ? this.typeOf(childNode(node, 'additionalProperties'), inner, depth + 1)
          : 'unknown';
        lines.push(`${inner}[key: string]: ${valueType};\n`);
      }
    }
    if (lines.length === 0) return '{}';
    return `{\n${lines.join('')}${indent}}`;
  }
}

/** Resolves a `$ref` inside its own schema file (`#/...`), for files such as canonical models that refer nowhere else. */
export function resolveLocalRef(ref: string, from: SourceFile, at?: string): Resolved {
  if (!ref.startsWith('#')) {
    const position = from.position(at ?? '');
    throw new InputError(`$ref '${ref}' leaves the schema file`, { file: from.path, ...position }, 'Inline the referenced schema');
  }
  let value: unknown = from.data;
  const segments = fromPointer(ref);
  for (const segment of segments) {
    const container = value as Record<string, unknown> | null;
    if (typeof container !== 'object' || container === null || !Object.hasOwn(container, segment)) {
      throw new InputError(`broken $ref '${ref}'`, { file: from.path, ...from.position(at ?? '') }, 'Point the $ref to an existing node');
    }
    value = container[segment];
  }
  return { value, file: from, pointer: segments.map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') };
}
