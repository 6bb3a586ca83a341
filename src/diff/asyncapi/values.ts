import { isPlainObject } from '../../contracts/openapi-index.js';
import { child, deref, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';

/** Returns a key that identifies a node by its file and JSON pointer, so cycles are found across files. */
export function nodeKey(node: Resolved): string {
  return `${node.file.absolutePath}#${node.pointer}`;
}

/** Members that document a value without changing it: JSON Schema and AsyncAPI annotations, and Avro `doc`. */
const ANNOTATIONS = new Set(['description', 'summary', 'title', 'examples', 'example', '$comment', 'doc', 'externalDocs']);

/** JSON Schema members whose keys are names chosen by the author, so a property called `description` still counts. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Returns whether two nodes hold the same value once every `$ref` on both sides is followed. A
 * `$ref` replaced by an equal inline value is no change, and neither is an edit of an annotation
 * such as `description`. Circular references are compared once per pair of nodes: a pair met
 * again on the current path is taken as equal, which is what the rest of the comparison decides.
 */
export function isSameValue(base: Resolved, revision: Resolved, baseResolve: ResolveFn, revisionResolve: ResolveFn): boolean {
  return compareNodes(base, revision, baseResolve, revisionResolve, new Set());
}

function compareNodes(baseSite: Resolved, revisionSite: Resolved, baseResolve: ResolveFn, revisionResolve: ResolveFn, path: Set<string>): boolean {
  const base = deref(baseSite, baseResolve);
  const revision = deref(revisionSite, revisionResolve);
  if (base === undefined || revision === undefined) return base === revision;
  const pairKey = `${nodeKey(base)}\u0000${nodeKey(revision)}`;
  if (path.has(pairKey)) return true;

  const left = base.value;
  const right = revision.value;
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;

  path.add(pairKey);
  try {
    if (Array.isArray(left)) {
      const other = right as unknown[];
      return left.length === other.length && left.every((_, index) => compareNodes(child(base, index), child(revision, index), baseResolve, revisionResolve, path));
    }
    if (!isPlainObject(left) || !isPlainObject(right)) return false;
    const isNameMap = NAME_MAPS.has(base.pointer.slice(base.pointer.lastIndexOf('/') + 1));
    const counted = (key: string) => isNameMap || !ANNOTATIONS.has(key);
    const keys = Object.keys(left).filter(counted);
    if (keys.length !== Object.keys(right).filter(counted).length) return false;
    return keys.every((key) => Object.hasOwn(right, key) && compareNodes(child(base, key), child(revision, key), baseResolve, revisionResolve, path));
  } finally {
    path.delete(pairKey);
  }
}

/** Returns a string member of a plain object, or undefined. */
export function stringMember(node: Resolved | undefined, key: string): string | undefined {
  if (node === undefined || !isPlainObject(node.value)) return undefined;
  const value = node.value[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

/** Follows `$ref`s from `node` and returns it when it is a plain object. */
export function objectAt(node: Resolved, resolve: ResolveFn): Resolved<Record<string, unknown>> | undefined {
  const resolved = deref(node, resolve);
  if (resolved === undefined || !isPlainObject(resolved.value)) return undefined;
  return resolved as Resolved<Record<string, unknown>>;
}
