import { child } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { isObject, mediaTypeKey } from './nodes.js';
import type { MediaTypeView } from './view.js';

/** Reads a 3.x `content` map. */
export function normalizeContent(content: Resolved): Map<string, MediaTypeView> {
  const views = new Map<string, MediaTypeView>();
  if (!isObject(content.value)) return views;
  for (const name of Object.keys(content.value)) {
    const node = child(content, name);
    const schema = child(node, 'schema');
    views.set(mediaTypeKey(name), { name, node, ...(schema.value === undefined ? {} : { schema }) });
  }
  return views;
}

/**
 * Gives a 2.0 schema the media types of `consumes` or `produces`: the operation's list when it has
 * a non-empty one, else the document's, else `fallback`. Each media type is located at its entry
 * of the list, or at `owner` for the fallback.
 */
export function oas2Content(
  operation: Resolved,
  root: Resolved,
  listName: 'consumes' | 'produces',
  fallback: string,
  owner: Resolved,
  schema: Resolved | undefined,
): Map<string, MediaTypeView> {
  const views = new Map<string, MediaTypeView>();
  const list = [child(operation, listName), child(root, listName)].find(
    (candidate) => Array.isArray(candidate.value) && candidate.value.some((item) => typeof item === 'string'),
  );
  const withSchema = schema === undefined ? {} : { schema };
  if (list === undefined) {
    views.set(mediaTypeKey(fallback), { name: fallback, node: owner, ...withSchema });
    return views;
  }
  (list.value as unknown[]).forEach((name, index) => {
    if (typeof name !== 'string' || views.has(mediaTypeKey(name))) return;
    views.set(mediaTypeKey(name), { name, node: child(list, index), ...withSchema });
  });
  return views;
}

/**
 * Rewrites the 2.0 `type: file` of a response schema or formData parameter as the 3.x
 * `type: string, format: binary`, which describes the same bytes.
 */
export function binaryForFile(schema: Resolved): Resolved {
  if (!isObject(schema.value) || schema.value.type !== 'file') return schema;
  return { ...schema, value: { ...schema.value, type: 'string', format: 'binary' } };
}
