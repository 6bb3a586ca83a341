import type { AsyncChannel, AsyncMessage, AsyncOperation } from './model.js';

/** Items of both sides paired up, and those left on one side only. */
export interface Matching<T> {
  pairs: Array<[base: T, revision: T]>;
  removed: T[];
  added: T[];
}

/** Returns the keys an item may be matched by in one pass; an empty list skips the item in that pass. */
type KeysOf<T> = (item: T) => string[];

/**
 * Pairs the items of both sides in passes: each pass pairs the items the earlier passes left over
 * that share a key, in the order of the base. Items left after the last pass were removed or added.
 */
export function matchInPasses<T>(base: T[], revision: T[], passes: Array<KeysOf<T>>): Matching<T> {
  const pairs: Array<[T, T]> = [];
  let baseLeft = [...base];
  let revisionLeft = [...revision];
  for (const keysOf of passes) {
    const nextBase: T[] = [];
    for (const item of baseLeft) {
      const keys = keysOf(item);
      const partner = keys.length === 0 ? undefined : revisionLeft.find((candidate) => keysOf(candidate).some((key) => keys.includes(key)));
      if (partner === undefined) {
        nextBase.push(item);
        continue;
      }
      pairs.push([item, partner]);
      revisionLeft = revisionLeft.filter((candidate) => candidate !== partner);
    }
    baseLeft = nextBase;
  }
  return { pairs, removed: baseLeft, added: revisionLeft };
}

/**
 * Pairs channels. Between two 3.x documents the channel id comes first; otherwise the address is
 * the identity, which is the 2.x key. A channel whose address changed is still paired when it
 * keeps an operation id, and as a last resort a 3.x id may equal a 2.x key.
 */
export function matchChannels(base: AsyncChannel[], revision: AsyncChannel[], areBothV3: boolean): Matching<AsyncChannel> {
  const passes: Array<KeysOf<AsyncChannel>> = [];
  if (areBothV3) passes.push((channel) => [channel.id]);
  passes.push((channel) => (channel.address === undefined ? [] : [channel.address]));
  passes.push((channel) => channel.operations.filter((operation) => operation.isNamed).map((operation) => operation.id));
  if (!areBothV3) passes.push((channel) => [channel.id]);
  return matchInPasses(base, revision, passes);
}

/**
 * Pairs the operations of two paired channels: by written id first, then by action, so that an
 * operation renamed without any change on the wire is no change.
 */
export function matchOperations(base: AsyncOperation[], revision: AsyncOperation[]): Matching<AsyncOperation> {
  return matchInPasses(base, revision, [
    (operation) => (operation.isNamed ? [operation.id] : []),
    (operation) => [operation.action],
  ]);
}

/** Pairs the messages of two paired channels: by name first, then by any name they share across versions. */
export function matchMessages(base: AsyncMessage[], revision: AsyncMessage[]): Matching<AsyncMessage> {
  return matchInPasses(base, revision, [(message) => [message.name], (message) => message.aliases]);
}
