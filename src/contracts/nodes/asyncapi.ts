/**
 * A typed index of the nodes of an AsyncAPI 2.x or 3.x contract, shared by the contract rules.
 * One iterative walk fills it the first time a rule needs it; later rules on the same Contract get the
 * cached index, so no rule walks the whole document on its own.
 *
 * Every node carries its value, the SourceFile it lives in and its JSON pointer there. A node
 * reached through a `$ref` is recorded once, where the reference leads (possibly another file).
 * Message examples, `enum`, `const`, `default` and `examples` are data and are not indexed, and
 * neither are `x-` extensions.
 */
import { dialectOf, type Contract, type Resolved } from '../types.js';
import { walkAsyncApi } from './asyncapi-walk.js';

export type AsyncApiDialect = 'asyncapi2' | 'asyncapi3';

export type JsonObject = Record<string, unknown>;

/** A JSON object node with its file and pointer. */
export type ObjectNode = Resolved<JsonObject>;

/** A named member of a map, such as a server variable or a channel parameter, after `$ref`s. */
export interface NamedNode {
  name: string;
  node: ObjectNode;
}

export interface ServerNode {
  /** The key under `servers` or `components.servers`. */
  name: string;
  node: ObjectNode;
  /** True when the server is defined under `components.servers` of the root document. */
  component: boolean;
  /** Entries of `variables`, after `$ref`s. */
  variables: NamedNode[];
}

export interface ChannelNode {
  /** The key under `channels` or `components.channels`. */
  name: string;
  /** 2.x: the key, which is the address. 3.x: the `address` member, undefined when absent or null. */
  address?: string;
  node: ObjectNode;
  component: boolean;
  /** Entries of `parameters`, after `$ref`s. */
  parameters: NamedNode[];
}

export interface ParameterNode {
  name: string;
  node: ObjectNode;
}

export interface OperationNode {
  /** 3.x: the key under `operations`. 2.x: the `operationId`, else `publish` or `subscribe`. */
  name: string;
  /** 2.x `publish` or `subscribe`; 3.x `send` or `receive` (undefined when `action` is missing or invalid). */
  action?: 'publish' | 'subscribe' | 'send' | 'receive';
  node: ObjectNode;
  component: boolean;
  /** Operation traits, after `$ref`s, in order. */
  traits: ObjectNode[];
}

/**
 * A `payload` or `headers` member: as written, and the JSON Schema it contains. In 2.x the schema
 * format is a member of the message (or of a trait). In 3.x a Multi Format Schema object wraps the
 * schema as `{ schemaFormat, schema }`.
 */
export interface SchemaUse {
  written: Resolved;
  /** The schema after `$ref`s and unwrapping; undefined when a reference does not resolve. */
  schema?: Resolved;
  schemaFormat?: string;
  /** The `schemaFormat` member, when one is written. */
  schemaFormatNode?: Resolved<unknown>;
}

export interface MessageNode {
  /** 2.x: `messageId`, else `name`, else the component key. 3.x: the key in its `messages` map. */
  name: string;
  node: ObjectNode;
  component: boolean;
  /** Message traits, after `$ref`s, in order. */
  traits: ObjectNode[];
  payload?: SchemaUse;
  headers?: SchemaUse;
}

export interface MessageTraitNode {
  node: ObjectNode;
  headers?: SchemaUse;
}

export interface SchemaNode {
  node: ObjectNode;
  /** True when a message payload reaches the schema, directly or through `$ref`s. */
  inPayload: boolean;
  /** The schema format that applies, when one is written on the way to it. */
  schemaFormat?: string;
}

export type TagOwner = 'document' | 'server' | 'channel' | 'operation' | 'operationTrait' | 'message' | 'messageTrait';

export interface TagListNode {
  /** The `tags` array. */
  node: Resolved<unknown[]>;
  owner: TagOwner;
  /** Items after `$ref`s; `name` is set when the item has a string name. */
  tags: Array<{ node: Resolved; name?: string }>;
}

export interface SecurityEntry {
  /** The entry as written. */
  written: Resolved;
  /** 3.x: the Security Scheme object after `$ref`s, when it resolves to an object. */
  scheme?: ObjectNode;
}

export interface SecurityListNode {
  /** The `security` array. */
  node: Resolved<unknown[]>;
  owner: 'server' | 'operation' | 'operationTrait';
  entries: SecurityEntry[];
}

export interface ComponentNode {
  /** The `components` member: `schemas`, `servers`, `messages`, ... */
  type: string;
  name: string;
  /** The entry as written, which may be a `$ref` object. */
  node: Resolved;
}

export interface AsyncApiNodes {
  dialect: AsyncApiDialect;
  /** The `asyncapi` member as written, for example `2.6.0`. */
  version: string;
  root: ObjectNode;
  info?: ObjectNode;
  servers: ServerNode[];
  channels: ChannelNode[];
  /** Parameters of channels and of `components.parameters`, each object once. */
  parameters: ParameterNode[];
  operations: OperationNode[];
  operationTraits: ObjectNode[];
  messages: MessageNode[];
  messageTraits: MessageTraitNode[];
  /** Every schema object reached from messages, parameters and components, each once. */
  schemas: SchemaNode[];
  tagLists: TagListNode[];
  securityLists: SecurityListNode[];
  /** Entries of `components.securitySchemes` of the root document, after `$ref`s. */
  securitySchemes: NamedNode[];
  /** Entries of the root document's `components`. */
  components: ComponentNode[];
  /**
   * Keys `file#pointer` (file as in SourceFile.path) of every node that a `$ref` anywhere in the
   * contract points to or into: a reference to `#/components/schemas/A/properties/b` also marks
   * `#/components/schemas/A`. Read it through `isReferenced`.
   */
  referenced: Set<string>;
}

const cache = new WeakMap<Contract, AsyncApiNodes>();

/** Returns the node index of an AsyncAPI contract, building it on first use. */
export function asyncApiNodes(contract: Contract): AsyncApiNodes {
  let nodes = cache.get(contract);
  if (nodes === undefined) {
    const dialect = dialectOf(contract);
    if (dialect !== 'asyncapi2' && dialect !== 'asyncapi3') {
      throw new Error(`asyncApiNodes called on the OpenAPI contract ${contract.id}`);
    }
    nodes = walkAsyncApi(contract, dialect);
    cache.set(contract, nodes);
  }
  return nodes;
}

/** Returns whether some `$ref` points to the node at `pointer` of `file`, or into it. */
export function isReferenced(nodes: AsyncApiNodes, file: string, pointer: string): boolean {
  return nodes.referenced.has(`${file}#${pointer}`);
}

/**
 * Family of a schema format. `asyncapi` is the AsyncAPI Schema object, also when no format is
 * given; `json-schema` is JSON Schema draft-07; `openapi` is the OpenAPI 3.0 Schema object.
 * `other` covers Avro, RAML, Protobuf and anything else, which retailgov does not read as JSON Schema.
 */
export type SchemaFormatKind = 'asyncapi' | 'json-schema' | 'openapi' | 'other';

/** Classifies a `schemaFormat` value; undefined means the default, the AsyncAPI Schema object. */
export function schemaFormatKind(schemaFormat: string | undefined): SchemaFormatKind {
  if (schemaFormat === undefined) return 'asyncapi';
  const format = schemaFormat.toLowerCase().replace(/\s+/g, '');
  if (format.startsWith('application/vnd.aai.asyncapi')) return 'asyncapi';
  if (/^application\/schema\+(json|yaml);version=draft-0?7$/.test(format)) return 'json-schema';
  if (format.startsWith('application/vnd.oai.openapi')) return 'openapi';
  return 'other';
}

/** Returns whether ajv can validate data against schemas of this format with their own semantics. */
export function isValidatableFormat(schemaFormat: string | undefined): boolean {
  const kind = schemaFormatKind(schemaFormat);
  return kind === 'asyncapi' || kind === 'json-schema';
}

/**
 * Returns the schemas that asyncapi-payload validates against the AsyncAPI Schema object: every
 * message payload schema in a format ajv reads, and every schema that a `$ref` inside one of them
 * leads to. A schema behind a reference is thus checked where it is written.
 */
export function payloadSchemaRoots(nodes: AsyncApiNodes): Resolved[] {
  const roots = new Map<object, Resolved>();
  for (const message of nodes.messages) {
    const schema = message.payload?.schema;
    if (schema !== undefined && isPlainObject(schema.value) && isValidatableFormat(message.payload?.schemaFormat)) roots.set(schema.value, schema);
  }
  for (const schema of nodes.schemas) {
    if (!schema.inPayload || !isValidatableFormat(schema.schemaFormat) || roots.has(schema.node.value)) continue;
    if (isReferenced(nodes, schema.node.file.path, schema.node.pointer)) roots.set(schema.node.value, schema.node);
  }
  return [...roots.values()];
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
