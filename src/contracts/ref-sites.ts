import type { SourceFile } from '../workspace/source.js';
import type { ContractFormat } from './types.js';

/** A `$ref` written in a file. */
export interface RefSite {
  ref: string;
  /** Pointer of the `$ref` member itself, for example `/paths/~1orders/post/requestBody/$ref`. */
  pointer: string;
}

/**
 * Role of an object's keys during the walk.
 * - `node`: keys are keywords of the specification or of JSON Schema.
 * - `names`: keys are names chosen by the author (schema names, media types, status codes).
 * - `properties`: like `names`, and a `$ref` key is a property name, never a reference.
 * - `components`: each value is a `names` map, except `examples`.
 * - `examples`: a map whose values are `example`.
 * - `example`: an Example object, literal data apart from a `$ref` in its place.
 */
type Kind = 'node' | 'names' | 'properties' | 'components' | 'examples' | 'example';

/** Keywords whose value is a map from author-chosen names to objects. */
const NAME_MAP_KEYWORDS = new Set([
  'definitions', '$defs', 'dependentSchemas', 'paths', 'webhooks', 'responses', 'callbacks', 'links',
  'content', 'encoding', 'channels', 'operations', 'messages', 'servers', 'variables', 'parameters',
  'securitySchemes', 'securityDefinitions', 'pathItems',
]);

/** Keywords whose value is literal data, never a document node. */
const LITERAL_KEYWORDS = new Set(['example', 'enum', 'const', 'default']);

interface Pending {
  value: unknown;
  pointer: string;
  kind: Kind;
}

/**
 * Lists every `$ref` in `file`. The walk uses an explicit stack, so deep
 * documents cannot overflow the call stack, and it visits a node shared through YAML aliases once.
 * Values of `x-` extensions, examples, `enum`, `const` and `default` are data and are not searched.
 */
export function collectRefSites(file: SourceFile, format: ContractFormat): RefSite[] {
  const sites: RefSite[] = [];
  const visited = new Set<object>();
  const stack: Pending[] = [{ value: file.data, pointer: '', kind: 'node' }];

  while (stack.length > 0) {
    const { value, pointer, kind } = stack.pop()!;
    if (typeof value !== 'object' || value === null || visited.has(value)) continue;
    visited.add(value);

    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        if (typeof value[i] === 'object' && value[i] !== null) stack.push({ value: value[i], pointer: `${pointer}/${i}`, kind: 'node' });
      }
      continue;
    }

    const children: Pending[] = [];
    for (const key in value) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (key === '$ref' && typeof child === 'string' && kind !== 'properties') {
        sites.push({ ref: child, pointer: `${pointer}/$ref` });
        continue;
      }
      // Scalars contain no references, and skipping them early keeps large documents fast.
      if (typeof child !== 'object' || child === null) continue;
      const childKind = kindOfChild(kind, key, child, format);
      if (childKind !== undefined) children.push({ value: child, pointer: `${pointer}/${escapeSegment(key)}`, kind: childKind });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return sites;
}

/** Returns how to read the value at `key` of an object of `kind`, or undefined to skip it. */
function kindOfChild(kind: Kind, key: string, child: unknown, format: ContractFormat): Kind | undefined {
  switch (kind) {
    case 'names':
    case 'properties':
      return 'node';
    case 'components':
      return key === 'examples' ? 'examples' : 'names';
    case 'examples':
      return 'example';
    case 'example':
      return undefined;
    case 'node':
      break;
  }
  if (key.startsWith('x-') || LITERAL_KEYWORDS.has(key)) return undefined;
  if (Array.isArray(child)) return key === 'examples' ? undefined : 'node';
  if (key === 'examples') return 'examples';
  if (key === 'properties' || key === 'patternProperties') return 'properties';
  if (key === 'components') return 'components';
  // In AsyncAPI `headers` is a schema, but in OpenAPI it maps header names to Header objects.
  if (key === 'headers') return format === 'openapi' ? 'names' : 'node';
  return NAME_MAP_KEYWORDS.has(key) ? 'names' : 'node';
}

/** Escapes one JSON pointer segment. */
export function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
