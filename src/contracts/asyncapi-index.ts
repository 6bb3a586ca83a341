import type { SourceFile } from '../workspace/source.js';
import { isPlainObject } from './openapi-index.js';
import { child, deref, type ResolveFn } from './refs.js';
import { formattedSchemaPropertyNames } from './schema-properties.js';
import type { ContractChannel, ContractMessage, Resolved } from './types.js';

type ChannelOperation = ContractChannel['operations'][number];

/** Lists the channels of an AsyncAPI 2.x or 3.x document with their messages and operations. */
export function indexChannels(document: SourceFile, version: string, resolve: ResolveFn): ContractChannel[] {
  const root: Resolved = { value: document.data, file: document, pointer: '' };
  return version.startsWith('2.') ? indexChannelsV2(root, resolve) : indexChannelsV3(root, resolve);
}

/**
 * AsyncAPI 2.x: the channel key is its address. `publish` describes messages that other
 * applications publish and this application receives, so it maps to `receive`. `subscribe`
 * describes messages this application sends, so it maps to `send`.
 */
function indexChannelsV2(root: Resolved, resolve: ResolveFn): ContractChannel[] {
  const channels = child(root, 'channels');
  if (!isPlainObject(channels.value)) return [];

  const result: ContractChannel[] = [];
  for (const key of Object.keys(channels.value)) {
    const site = child(channels, key);
    const channel = deref(site, resolve);
    if (channel === undefined || !isPlainObject(channel.value)) continue;

    const operations: ChannelOperation[] = [];
    const messages: ContractMessage[] = [];
    for (const [verb, action] of [['publish', 'receive'], ['subscribe', 'send']] as const) {
      const operation = deref(child(channel, verb), resolve);
      if (operation === undefined || !isPlainObject(operation.value)) continue;
      const operationId = operation.value.operationId;
      operations.push({ id: typeof operationId === 'string' ? operationId : verb, action, pointer: operation.pointer });
      for (const message of listMessagesV2(child(operation, 'message'), resolve)) {
        const isListed = messages.some((known) => known.file === message.file && known.pointer === message.pointer);
        if (!isListed) messages.push(message);
      }
    }
    result.push({ id: key, address: key, pointer: site.pointer, file: site.file.path, messages, operations });
  }
  return result;
}

/** Reads an operation's `message`: one message, a `$ref`, or `oneOf` a list of them. */
function listMessagesV2(site: Resolved, resolve: ResolveFn): ContractMessage[] {
  const message = deref(site, resolve);
  if (message === undefined || !isPlainObject(message.value)) return [];
  const oneOf = child(message, 'oneOf');
  if (!Array.isArray(oneOf.value)) return [describeMessage(message, nameV2(site, message, 0), resolve)];

  const messages: ContractMessage[] = [];
  oneOf.value.forEach((_, index) => {
    const entry = child(oneOf, index);
    const resolved = deref(entry, resolve);
    if (resolved !== undefined && isPlainObject(resolved.value)) {
      messages.push(describeMessage(resolved, nameV2(entry, resolved, index), resolve));
    }
  });
  return messages;
}

/** Returns a 2.x message's name: its `messageId`, else `name`, else the key it is referenced by, else its position. */
function nameV2(site: Resolved, message: Resolved, position: number): string {
  const value = message.value as Record<string, unknown>;
  if (typeof value.messageId === 'string') return value.messageId;
  if (typeof value.name === 'string') return value.name;
  if (message !== site && message.pointer !== '') return message.pointer.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
  return String(position);
}

/**
 * AsyncAPI 3.x: channels are keyed by id and carry an optional `address`. Messages are keyed by id
 * under `channel.messages`. Operations sit at the top level and name their channel by `$ref`.
 */
function indexChannelsV3(root: Resolved, resolve: ResolveFn): ContractChannel[] {
  const channels = child(root, 'channels');
  if (!isPlainObject(channels.value)) return [];

  const result: ContractChannel[] = [];
  const channelsByTarget = new Map<unknown, ContractChannel>();
  for (const key of Object.keys(channels.value)) {
    const site = child(channels, key);
    const channel = deref(site, resolve);
    if (channel === undefined || !isPlainObject(channel.value)) continue;

    const messages: ContractMessage[] = [];
    const messageMap = child(channel, 'messages');
    if (isPlainObject(messageMap.value)) {
      for (const messageKey of Object.keys(messageMap.value)) {
        const messageSite = child(messageMap, messageKey);
        const message = deref(messageSite, resolve);
        if (message !== undefined && isPlainObject(message.value)) messages.push(describeMessage(message, messageKey, resolve));
      }
    }
    const address = channel.value.address;
    const entry: ContractChannel = {
      id: key,
      ...(typeof address === 'string' ? { address } : {}),
      pointer: site.pointer,
      file: site.file.path,
      messages,
      operations: [],
    };
    result.push(entry);
    channelsByTarget.set(channel.value, entry);
  }

  const operations = child(root, 'operations');
  if (!isPlainObject(operations.value)) return result;
  for (const operationId of Object.keys(operations.value)) {
    const operation = deref(child(operations, operationId), resolve);
    if (operation === undefined || !isPlainObject(operation.value)) continue;
    const action = operation.value.action;
    if (action !== 'send' && action !== 'receive') continue;
    // The operation's channel is a `$ref` to one of the document's channels: match on the node it reaches.
    const target = deref(child(operation, 'channel'), resolve);
    const channel = target === undefined ? undefined : channelsByTarget.get(target.value);
    channel?.operations.push({ id: operationId, action, pointer: operation.pointer });
  }
  return result;
}

/** Describes a resolved Message object, merging in the headers and correlation id of its traits. */
function describeMessage(message: Resolved, name: string, resolve: ResolveFn): ContractMessage {
  const parts = [message, ...listTraits(message, resolve)];
  const headerProperties = new Set<string>();
  const payloadProperties = new Set<string>();
  let correlationIdLocation: string | undefined;
  for (const part of parts) {
    const messageFormat = (part.value as Record<string, unknown>).schemaFormat;
    // The 2.x message-level `schemaFormat` applies to the payload only, because headers are always JSON Schema.
    for (const property of schemaNames(child(part, 'headers'), undefined, resolve)) headerProperties.add(property);
    for (const property of schemaNames(child(part, 'payload'), messageFormat, resolve)) payloadProperties.add(property);
    const correlationId = deref(child(part, 'correlationId'), resolve)?.value;
    const location = isPlainObject(correlationId) ? correlationId.location : undefined;
    if (correlationIdLocation === undefined && typeof location === 'string') correlationIdLocation = location;
  }
  return {
    name,
    pointer: message.pointer,
    file: message.file.path,
    headerProperties: [...headerProperties],
    payloadProperties: [...payloadProperties],
    ...(correlationIdLocation === undefined ? {} : { correlationIdLocation }),
  };
}

/**
 * Lists the property names of a message's `headers` or `payload`. In 2.x the schema format is a
 * field of the message. In 3.x a schema may be wrapped as `{ schemaFormat, schema }`.
 */
function schemaNames(site: Resolved, messageFormat: unknown, resolve: ResolveFn): string[] {
  const schema = deref(site, resolve);
  if (schema === undefined || !isPlainObject(schema.value)) return [];
  const { schemaFormat } = schema.value;
  if (typeof schemaFormat === 'string' && 'schema' in schema.value) {
    return formattedSchemaPropertyNames(child(schema, 'schema'), schemaFormat, resolve);
  }
  return formattedSchemaPropertyNames(site, typeof messageFormat === 'string' ? messageFormat : undefined, resolve);
}

/** Resolves a message's `traits`, which contribute headers and a correlation id to the message. */
function listTraits(message: Resolved, resolve: ResolveFn): Resolved[] {
  const traits = child(message, 'traits');
  if (!Array.isArray(traits.value)) return [];
  const resolved: Resolved[] = [];
  traits.value.forEach((_, index) => {
    const trait = deref(child(traits, index), resolve);
    if (trait !== undefined && isPlainObject(trait.value)) resolved.push(trait);
  });
  return resolved;
}
