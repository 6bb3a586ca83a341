import { child, deref, resolveIfFetched, type ResolveFn } from './refs.js';
import type { Resolved } from './types.js';

const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const;

/**
 * Lists the top-level property names of a JSON Schema, in first-seen order. Follows `$ref`
 * (alongside sibling keywords, as OpenAPI 3.1 allows) and takes the union over `allOf`, `oneOf`
 * and `anyOf`. A visited set stops circular schemas; a remote `$ref` that was not fetched contributes nothing.
 */
export function schemaPropertyNames(schema: Resolved, resolve: ResolveFn): string[] {
  const names = new Set<string>();
  const visited = new Set<string>();
  const pending: Resolved[] = [schema];

  while (pending.length > 0) {
    const node = pending.pop()!;
    const key = `${node.file.absolutePath}#${node.pointer}`;
    if (visited.has(key) || typeof node.value !== 'object' || node.value === null || Array.isArray(node.value)) continue;
    visited.add(key);

    const value = node.value as Record<string, unknown>;
    const properties = value.properties;
    if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
      for (const name of Object.keys(properties)) names.add(name);
    }

    const next: Resolved[] = [];
    const ref = value.$ref;
    const target = typeof ref === 'string' ? resolveIfFetched(resolve, ref, node.file, `${node.pointer}/$ref`) : undefined;
    if (target !== undefined) next.push(target);
    for (const combinator of COMBINATORS) {
      const branches = value[combinator];
      if (!Array.isArray(branches)) continue;
      branches.forEach((_, i) => next.push(child(child(node, combinator), i)));
    }
    // Pushed in reverse so that the referenced schema and earlier branches are read first.
    for (let i = next.length - 1; i >= 0; i--) pending.push(next[i]);
  }
  return [...names];
}

/**
 * Lists the top-level field names of a schema written in `schemaFormat`: JSON Schema (the default,
 * also for OpenAPI schema formats) or an Avro record. Other formats, such as Protobuf or RAML,
 * return no names.
 */
export function formattedSchemaPropertyNames(schema: Resolved, schemaFormat: string | undefined, resolve: ResolveFn): string[] {
  const format = (schemaFormat ?? '').toLowerCase();
  if (format.startsWith('application/vnd.apache.avro')) return avroFieldNames(schema, resolve);
  const isJsonSchema =
    format === '' ||
    format.startsWith('application/schema') ||
    format.startsWith('application/vnd.aai.asyncapi') ||
    format.startsWith('application/vnd.oai.openapi');
  return isJsonSchema ? schemaPropertyNames(schema, resolve) : [];
}

function avroFieldNames(schema: Resolved, resolve: ResolveFn): string[] {
  const record = deref(schema, resolve)?.value as { type?: unknown; fields?: unknown } | undefined;
  if (record?.type !== 'record' || !Array.isArray(record.fields)) return [];
  return record.fields
    .map((field: unknown) => (field as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string');
}
