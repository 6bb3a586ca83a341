import { isPlainObject } from '../../contracts/openapi-index.js';
import { child, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { fromPointer } from '../../findings.js';
import { readBindings } from './bindings.js';
import type { AsyncMessage, MessageSchema } from './model.js';
import { objectAt, stringMember } from './values.js';

/** The document's `defaultContentType`, which a message without its own content type inherits. */
export type DefaultContentType = { value: string; site: Resolved } | undefined;

/** Resolves the `traits` of an operation or message, in the order they are listed. */
export function listTraits(node: Resolved, resolve: ResolveFn): Resolved[] {
  const traits = child(node, 'traits');
  if (!Array.isArray(traits.value)) return [];
  const resolved: Resolved[] = [];
  traits.value.forEach((_, index) => {
    const trait = objectAt(child(traits, index), resolve);
    if (trait !== undefined) resolved.push(trait);
  });
  return resolved;
}

/** Returns the last segment of a node's pointer: the key it is stored under. */
export function lastSegment(node: Resolved): string | undefined {
  return fromPointer(node.pointer).pop();
}

/**
 * Reads a resolved Message object. `site` is where the message is listed, which differs from the
 * message when the list contains a `$ref`, and then the key the `$ref` reaches is one more name
 * to match by. Traits contribute headers, content type, correlation id and bindings, but the
 * message's own values win.
 */
export function readMessage(message: Resolved, site: Resolved, name: string, resolve: ResolveFn, defaultContentType: DefaultContentType): AsyncMessage {
  const traits = listTraits(message, resolve);
  const byPrecedence = [message, ...[...traits].reverse()];
  const aliases = new Set<string>([name]);
  for (const key of ['messageId', 'name']) {
    const value = stringMember(message, key);
    if (value !== undefined) aliases.add(value);
  }
  const componentKey = lastSegment(message);
  if ((message.file !== site.file || message.pointer !== site.pointer) && componentKey !== undefined) aliases.add(componentKey);

  const schemaFormat = byPrecedence.map((part) => stringMember(part, 'schemaFormat')).find((format) => format !== undefined);
  const headersOwner = byPrecedence.find((part) => hasMember(part, 'headers'));
  const contentTypeOwner = byPrecedence.find((part) => stringMember(part, 'contentType') !== undefined);
  const correlationOwner = byPrecedence.find((part) => hasMember(part, 'correlationId'));

  const payload = hasMember(message, 'payload') ? readSchema(child(message, 'payload'), schemaFormat, resolve) : undefined;
  // NOTE: headers written both in a trait and in the message are not merged; the message's own win.
  const headers = headersOwner === undefined ? undefined : readSchema(child(headersOwner, 'headers'), undefined, resolve);
  const contentType = contentTypeOwner === undefined
    ? defaultContentType
    : { value: stringMember(contentTypeOwner, 'contentType')!, site: child(contentTypeOwner, 'contentType') };

  let correlationId: AsyncMessage['correlationId'];
  if (correlationOwner !== undefined) {
    const site = child(correlationOwner, 'correlationId');
    const resolved = objectAt(site, resolve);
    correlationId = { location: stringMember(resolved, 'location'), site: resolved ?? site };
  }

  return {
    name,
    aliases: [...aliases],
    node: message,
    ...(payload === undefined ? {} : { payload }),
    ...(headers === undefined ? {} : { headers }),
    ...(contentType === undefined ? {} : { contentType }),
    ...(correlationId === undefined ? {} : { correlationId }),
    bindings: readBindings([...traits, message], resolve),
  };
}

/** Reads a payload or headers schema; an AsyncAPI 3 multi-format schema names its own format. */
function readSchema(site: Resolved, messageFormat: string | undefined, resolve: ResolveFn): MessageSchema {
  const resolved = objectAt(site, resolve);
  const format = stringMember(resolved, 'schemaFormat');
  if (resolved !== undefined && format !== undefined && Object.hasOwn(resolved.value, 'schema')) {
    return { site: child(resolved, 'schema'), format };
  }
  return { site, ...(messageFormat === undefined ? {} : { format: messageFormat }) };
}

function hasMember(node: Resolved, key: string): boolean {
  return isPlainObject(node.value) && Object.hasOwn(node.value, key) && node.value[key] !== null && node.value[key] !== undefined;
}

/**
 * Returns the family of a schema format: `json-schema` for the AsyncAPI default and JSON Schema
 * in any version or serialization, else the media type without parameters and `+json`/`+yaml`.
 * Two versions of one format are the same family, so a version bump of the format is no change.
 */
export function schemaFormatFamily(format: string | undefined): string {
  if (format === undefined) return 'json-schema';
  const mediaType = format.split(';')[0].trim().toLowerCase().replace(/\+(json|yaml)$/, '');
  if (mediaType === 'application/vnd.aai.asyncapi' || mediaType === 'application/schema') return 'json-schema';
  return mediaType;
}
