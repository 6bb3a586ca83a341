/** Access to the nodes of a loaded contract by file and pointer, following `$ref`s. */
import type { Contract, Resolved } from '../../contracts/types.js';
import { InputError } from '../../errors.js';
import { fromPointer } from '../../findings.js';

export type Node = Resolved;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the child node at `key`, in the same file. */
export function child(node: Node, key: string | number): Node {
  const container = node.value;
  const value = isObject(container) || Array.isArray(container) ? (container as Record<string | number, unknown>)[key] : undefined;
  return { value, file: node.file, pointer: `${node.pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}` };
}

/** Returns the node at `pointer` in the contract file with workspace-relative `path`. */
export function nodeAt(contract: Contract, path: string, pointer: string): Node | undefined {
  const file = contract.files.find((candidate) => candidate.path === path);
  if (file === undefined) return undefined;
  let node: Node = { value: file.data, file, pointer: '' };
  for (const segment of fromPointer(pointer)) node = child(node, segment);
  return node;
}

/** Follows `$ref`s until a node that is not one; undefined for a broken or circular chain. */
export function deref(contract: Contract, node: Node): Node | undefined {
  let current = node;
  for (let hops = 0; isObject(current.value) && typeof current.value.$ref === 'string'; hops++) {
    if (hops > 32) return undefined;
    try {
      current = contract.resolve(current.value.$ref, current.file, `${current.pointer}/$ref`);
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  }
  return current;
}

/** Returns the string at `key` of a node's value, or undefined. */
export function text(node: Node | undefined, key: string): string | undefined {
  const value = isObject(node?.value) ? node.value[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Prefers `application/json`, then any `+json` type, then form encoding, then the first listed. */
export function chooseMediaType(mediaTypes: string[]): string | undefined {
  const essence = (mediaType: string): string => (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return (
    mediaTypes.find((mediaType) => essence(mediaType) === 'application/json') ??
    mediaTypes.find((mediaType) => essence(mediaType).endsWith('+json')) ??
    mediaTypes.find((mediaType) => essence(mediaType) === 'application/x-www-form-urlencoded') ??
    mediaTypes[0]
  );
}

/** Returns whether a media type carries JSON. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return true;
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json') || essence === '*/*';
}
