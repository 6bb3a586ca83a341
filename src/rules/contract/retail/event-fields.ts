/**
 * Recognising the event id and occurrence time of an AsyncAPI message, in its headers, its payload
 * or a metadata envelope inside the payload, for event-payload-has-id-and-timestamp.
 * docs/rules/event-payload-has-id-and-timestamp.md lists the same names for users.
 */
import { child } from '../../../contracts/refs.js';
import type { Contract, ContractMessage } from '../../../contracts/types.js';
import { isPlainObject } from './schema-index.js';
import { composedProperties, nodeAt, resolveObject } from './schemas.js';
import { splitWords } from './words.js';

/** Event id names, compared without case and punctuation, so `event_id`, `eventId` and `ce-id` match. */
const ID_NAMES = new Set(['id', 'eventid', 'messageid', 'msgid', 'ceid', 'cloudeventsid', 'eventuuid', 'uuid', 'notificationid']);
/** Occurrence time names, compared the same way: `time`, `occurredAt`, `ce_time`, `event_timestamp`. */
const TIME_NAMES = new Set([
  'time', 'timestamp', 'ts', 'occurredat', 'occurredon', 'occurrencetime', 'createdat', 'eventtime', 'eventtimestamp',
  'eventdate', 'cetime', 'cloudeventstime', 'publishedat', 'publishtime', 'sentat', 'emittedat', 'issuedat', 'producedat',
]);
/** Payload members that wrap the event's metadata: `{ metadata: { eventId, occurredAt }, data: {...} }`. */
const ENVELOPE_NAMES = new Set(['metadata', 'meta', 'header', 'headers', 'event', 'context', 'envelope', 'attributes', 'eventmetadata']);

export interface EventFields {
  hasId: boolean;
  hasTime: boolean;
}

/** Looks for an event id and an occurrence time among a message's headers, payload and payload envelope. */
export function findEventFields(contract: Contract, message: ContractMessage): EventFields {
  const names = [...message.headerProperties, ...message.payloadProperties, ...envelopeProperties(contract, message)].map(normalize);
  return { hasId: names.some((name) => ID_NAMES.has(name)), hasTime: names.some((name) => TIME_NAMES.has(name)) };
}

/** Joins the words of a name without an `x` prefix, so `X-Event-Id` becomes `eventid`. */
function normalize(name: string): string {
  const words = splitWords(name);
  return (words[0] === 'x' && words.length > 1 ? words.slice(1) : words).join('');
}

function envelopeProperties(contract: Contract, message: ContractMessage): string[] {
  if (!message.payloadProperties.some((name) => ENVELOPE_NAMES.has(normalize(name)))) return [];
  const node = nodeAt(contract, message.file, message.pointer);
  let payload = node === undefined ? undefined : resolveObject(contract, child(node, 'payload'));
  // An AsyncAPI 3 payload may be wrapped as `{ schemaFormat, schema }`.
  if (payload !== undefined && typeof payload.value.schemaFormat === 'string' && isPlainObject(payload.value.schema)) {
    payload = resolveObject(contract, child(payload, 'schema'));
  }
  if (payload === undefined) return [];
  const names: string[] = [];
  for (const [name, property] of composedProperties(contract, payload)) {
    if (!ENVELOPE_NAMES.has(normalize(name))) continue;
    const envelope = resolveObject(contract, property);
    if (envelope !== undefined) names.push(...composedProperties(contract, envelope).keys());
  }
  return names;
}
