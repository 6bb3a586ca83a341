/** Returns a JSON text of `value` with object keys sorted, so equal values give equal texts. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Returns whether two JSON values are equal, ignoring the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

const MAX_RENDERED = 60;

/** Formats a JSON value for a message: strings in single quotes, long values shortened. */
export function renderValue(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : canonicalJson(value);
  return text.length > MAX_RENDERED ? `${text.slice(0, MAX_RENDERED - 3)}...` : text;
}

const MAX_LISTED = 10;

/** Formats a list of JSON values for a message, naming the first ten and counting the rest. */
export function renderValues(values: readonly unknown[]): string {
  const listed = values.slice(0, MAX_LISTED).map(renderValue).join(', ');
  return values.length > MAX_LISTED ? `${listed} and ${values.length - MAX_LISTED} more` : listed;
}

/** Returns whether `value` is a plain object (not an array or null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keywords that never change what data is valid: two schemas that differ only in these are equal. */
const ANNOTATION_KEYS = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment', 'externalDocs']);

/** Keywords whose value maps names to schemas, so none of its keys is an annotation. */
const NAME_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);

/** Keywords whose value is data, compared exactly. */
const DATA_KEYS = new Set(['enum', 'const', 'default', 'discriminator']);

/**
 * Returns whether two schemas are equal, apart from annotations, and contain no `$ref`. Such a
 * pair has no changes below it, whatever the context, so the comparison can skip it: most
 * properties of a revised contract are unchanged scalars.
 */
export function isSameWithoutRefs(a: unknown, b: unknown): boolean {
  return sameSchema(a, b, false);
}

function sameSchema(a: unknown, b: unknown, nameMap: boolean): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameSchema(item, b[index], false));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  if (!nameMap && (Object.hasOwn(left, '$ref') || Object.hasOwn(right, '$ref'))) return false;
  const counted = (key: string): boolean => nameMap || !isAnnotation(key);
  const keys = Object.keys(left).filter(counted);
  if (keys.length !== Object.keys(right).filter(counted).length) return false;
  return keys.every((key) => {
    if (!Object.hasOwn(right, key)) return false;
    if (!nameMap && DATA_KEYS.has(key)) return sameJson(left[key], right[key]);
    return sameSchema(left[key], right[key], !nameMap && NAME_MAP_KEYS.has(key));
  });
}

function isAnnotation(key: string): boolean {
  return ANNOTATION_KEYS.has(key) || (key.startsWith('x-') && key !== 'x-nullable');
}
