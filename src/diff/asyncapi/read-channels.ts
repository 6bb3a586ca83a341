import { child, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { readBindings } from './bindings.js';
import type { AsyncChannel, AsyncMessage, AsyncOperation } from './model.js';
import { lastSegment, listTraits, readMessage, type DefaultContentType } from './read-message.js';
import { objectAt, stringMember } from './values.js';

/**
 * AsyncAPI 2.x: the channel key is its address. `publish` describes what other applications
 * publish and the described application receives; `subscribe` describes what it sends.
 */
export function readChannelsV2(root: Resolved, resolve: ResolveFn, defaultContentType: DefaultContentType): AsyncChannel[] {
  const channels = objectAt(child(root, 'channels'), resolve);
  if (channels === undefined) return [];

  const result: AsyncChannel[] = [];
  for (const key of Object.keys(channels.value)) {
    const site = child(channels, key);
    const node = objectAt(site, resolve);
    if (node === undefined) continue;

    const messages: AsyncMessage[] = [];
    const operations: AsyncOperation[] = [];
    for (const [verb, action] of [['publish', 'receive'], ['subscribe', 'send']] as const) {
      const operation = objectAt(child(node, verb), resolve);
      if (operation === undefined) continue;
      const operationId = stringMember(operation, 'operationId');
      const names: string[] = [];
      for (const message of readMessagesV2(child(operation, 'message'), verb, resolve, defaultContentType)) {
        if (!messages.some((known) => known.name === message.name)) messages.push(message);
        if (!names.includes(message.name)) names.push(message.name);
      }
      operations.push({
        id: operationId ?? verb,
        isNamed: operationId !== undefined,
        action,
        node: operation,
        messages: names,
        bindings: readBindings([...listTraits(operation, resolve), operation], resolve),
      });
    }
    result.push({ id: key, address: key, site, node, messages, operations, bindings: readBindings([node], resolve) });
  }
  return result;
}

/** Reads a 2.x operation's `message`: one message, a `$ref`, or `oneOf` a list of them. */
function readMessagesV2(site: Resolved, verb: string, resolve: ResolveFn, defaultContentType: DefaultContentType): AsyncMessage[] {
  const message = objectAt(site, resolve);
  if (message === undefined) return [];
  const oneOf = child(message, 'oneOf');
  if (!Array.isArray(oneOf.value)) return [readMessage(message, site, nameV2(site, message, verb, 0), resolve, defaultContentType)];

  const messages: AsyncMessage[] = [];
  oneOf.value.forEach((_, index) => {
    const entry = child(oneOf, index);
    const resolved = objectAt(entry, resolve);
    if (resolved !== undefined) messages.push(readMessage(resolved, entry, nameV2(entry, resolved, verb, index), resolve, defaultContentType));
  });
  return messages;
}

/**
 * Returns a 2.x message's name: its `messageId`, else `name`, else the key its `$ref` reaches,
 * else the operation and position of an inline message, such as `publish message 1`.
 */
function nameV2(site: Resolved, message: Resolved, verb: string, position: number): string {
  const written = stringMember(message, 'messageId') ?? stringMember(message, 'name');
  if (written !== undefined) return written;
  const isReferenced = message.file !== site.file || message.pointer !== site.pointer;
  return (isReferenced ? lastSegment(message) : undefined) ?? `${verb} message ${position + 1}`;
}

/**
 * AsyncAPI 3.x: channels are keyed by id and carry an optional `address`; messages are keyed under
 * the channel. Operations sit at the top level and name their channel and messages by `$ref`.
 */
export function readChannelsV3(root: Resolved, resolve: ResolveFn, defaultContentType: DefaultContentType): AsyncChannel[] {
  const channels = objectAt(child(root, 'channels'), resolve);
  if (channels === undefined) return [];

  const result: AsyncChannel[] = [];
  const channelsByNode = new Map<unknown, AsyncChannel>();
  const messageNames = new Map<AsyncChannel, Map<unknown, string>>();
  for (const key of Object.keys(channels.value)) {
    const site = child(channels, key);
    const node = objectAt(site, resolve);
    if (node === undefined) continue;

    const messages: AsyncMessage[] = [];
    const namesByNode = new Map<unknown, string>();
    const messageMap = objectAt(child(node, 'messages'), resolve);
    for (const messageKey of Object.keys(messageMap?.value ?? {})) {
      const messageSite = child(messageMap!, messageKey);
      const message = objectAt(messageSite, resolve);
      if (message === undefined) continue;
      messages.push(readMessage(message, messageSite, messageKey, resolve, defaultContentType));
      namesByNode.set(message.value, messageKey);
    }
    const address = stringMember(node, 'address');
    const channel: AsyncChannel = { id: key, ...(address === undefined ? {} : { address }), site, node, messages, operations: [], bindings: readBindings([node], resolve) };
    result.push(channel);
    channelsByNode.set(node.value, channel);
    messageNames.set(channel, namesByNode);
  }

  const operations = objectAt(child(root, 'operations'), resolve);
  for (const operationId of Object.keys(operations?.value ?? {})) {
    const operation = objectAt(child(operations!, operationId), resolve);
    const action = stringMember(operation, 'action');
    if (operation === undefined || (action !== 'send' && action !== 'receive')) continue;
    // The operation names its channel by `$ref`: match on the node the reference reaches.
    const target = objectAt(child(operation, 'channel'), resolve);
    const channel = target === undefined ? undefined : channelsByNode.get(target.value);
    // NOTE: an operation whose channel is not one of the document's channels is invalid and left out.
    if (channel === undefined) continue;
    channel.operations.push({
      id: operationId,
      isNamed: true,
      action,
      node: operation,
      messages: operationMessagesV3(operation, channel, messageNames.get(channel)!, resolve),
      bindings: readBindings([...listTraits(operation, resolve), operation], resolve),
    });
  }
  // NOTE: the `reply` of a 3.x request/reply operation is not compared yet.
  return result;
}

/** Lists the channel messages a 3.x operation names; an operation without `messages` carries all of them. */
function operationMessagesV3(operation: Resolved, channel: AsyncChannel, namesByNode: Map<unknown, string>, resolve: ResolveFn): string[] {
  const list = child(operation, 'messages');
  if (!Array.isArray(list.value)) return channel.messages.map((message) => message.name);
  const names: string[] = [];
  list.value.forEach((_, index) => {
    const entry = child(list, index);
    const message = objectAt(entry, resolve);
    const name = message === undefined ? undefined : namesByNode.get(message.value) ?? lastSegment(message);
    if (name !== undefined && !names.includes(name)) names.push(name);
  });
  return names;
}
