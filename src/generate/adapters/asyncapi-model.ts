/** The parts of an AsyncAPI 2.x/3.0 message an event adapter needs, read from a loaded contract. */
import type { Contract, ContractChannel, ContractMessage } from '../../contracts/types.js';
import { child, deref, isObject, nodeAt, text, type Node } from './contract-nodes.js';

export interface MessageModel {
  channel: ContractChannel;
  message: ContractMessage;
  /** Address messages travel on: the channel address, else its id. */
  address: string;
  summary?: string;
  description?: string;
  /** Header schemas of the message and its traits; empty when it declares none. */
  headers: Node[];
  /** Undefined when the payload is missing or in a schema format other than JSON Schema. */
  payload: Node | undefined;
  /** Location of the correlation id, when the contract declares one. */
  correlationId?: { in: 'message-header' | 'message-payload'; name: string };
}

const JSON_SCHEMA_FORMATS = /^application\/(vnd\.aai\.asyncapi|schema\+json|vnd\.oai\.openapi)/i;

function isJsonSchemaFormat(format: unknown): boolean {
  return format === undefined || (typeof format === 'string' && JSON_SCHEMA_FORMATS.test(format));
}

function traitsOf(contract: Contract, message: Node): Node[] {
  const traits = child(message, 'traits');
  if (!Array.isArray(traits.value)) return [];
  return traits.value.map((_, index) => deref(contract, child(traits, index))).filter((node): node is Node => node !== undefined && isObject(node.value));
}

function payloadOf(contract: Contract, message: Node, traits: Node[]): Node | undefined {
  const messageFormat = [message, ...traits].map((part) => (part.value as Record<string, unknown>).schemaFormat).find((format) => format !== undefined);
  if (!isJsonSchemaFormat(messageFormat)) return undefined;
  const payload = child(message, 'payload');
  if (payload.value === undefined) return undefined;
  // AsyncAPI 3 multi-format schema object: { schemaFormat, schema }.
  if (isObject(payload.value) && 'schemaFormat' in payload.value && 'schema' in payload.value) {
    return isJsonSchemaFormat(payload.value.schemaFormat) ? child(payload, 'schema') : undefined;
  }
  return payload;
}

/** Parses `$message.header#/name` or `$message.payload#/name`; deeper pointers are not supported. */
function correlationOf(location: string | undefined): MessageModel['correlationId'] {
  const match = location === undefined ? null : /^\$message\.(header|payload)#\/([^/]+)$/.exec(location);
  if (match === null) return undefined;
  return { in: match[1] === 'header' ? 'message-header' : 'message-payload', name: (match[2] ?? '').replace(/~1/g, '/').replace(/~0/g, '~') };
}

/** Reads every message of every channel. */
export function readMessages(contract: Contract): MessageModel[] {
  const models: MessageModel[] = [];
  for (const channel of contract.channels) {
    for (const message of channel.messages) {
      const node = nodeAt(contract, message.file, message.pointer);
      if (node === undefined || !isObject(node.value)) continue;
      const traits = traitsOf(contract, node);
      const headers = [node, ...traits].map((part) => child(part, 'headers')).filter((headerNode) => headerNode.value !== undefined);
      const summary = text(node, 'summary') ?? text(node, 'title');
      const description = text(node, 'description');
      const correlationId = correlationOf(message.correlationIdLocation);
      models.push({
        channel,
        message,
        address: channel.address ?? channel.id,
        ...(summary === undefined ? {} : { summary }),
        ...(description === undefined ? {} : { description }),
        headers,
        payload: payloadOf(contract, node, traits),
        ...(correlationId === undefined ? {} : { correlationId }),
      });
    }
  }
  return models;
}

/** Returns whether the top-level property `name` of a schema may contain a string; true when the schema leaves it open. */
export function acceptsString(contract: Contract, schemas: Node[], name: string): boolean {
  for (const schemaNode of schemas) {
    const schema = deref(contract, schemaNode);
    if (schema === undefined || !isObject(schema.value)) continue;
    const property = deref(contract, child(child(schema, 'properties'), name));
    if (property === undefined || !isObject(property.value)) continue;
    const type = property.value.type;
    return type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
  }
  return true;
}
