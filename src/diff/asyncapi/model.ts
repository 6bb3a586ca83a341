import type { ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { Bindings } from './bindings.js';

/**
 * An AsyncAPI 2.x or 3.x document reduced to what both versions share, so that either side of a
 * comparison may be either version. Every element keeps the node it was read from, which places
 * its changes.
 */
export interface AsyncDocument {
  /** Major version of the specification: 2 or 3. */
  major: number;
  version: string;
  root: Resolved;
  resolve: ResolveFn;
  channels: AsyncChannel[];
  servers: AsyncServer[];
}

export interface AsyncChannel {
  /** The key under `channels`; in 2.x it is also the address. */
  id: string;
  /** The address, or undefined when a 3.x channel leaves it open. */
  address?: string;
  /** The entry under `channels`, which may be a `$ref`. */
  site: Resolved;
  /** The Channel object the entry resolves to. */
  node: Resolved;
  /** Every message the channel carries, by name; in 2.x those of its operations. */
  messages: AsyncMessage[];
  operations: AsyncOperation[];
  bindings: Bindings;
}

export interface AsyncOperation {
  /** The 3.x operation key or 2.x `operationId`; `publish` or `subscribe` for a 2.x operation without one. */
  id: string;
  /** Whether the id was written in the document rather than taken from the 2.x keyword. */
  isNamed: boolean;
  /** Action of the described application: a 2.x `subscribe` sends, a 2.x `publish` receives. */
  action: 'send' | 'receive';
  node: Resolved;
  /** Names of the channel messages the operation carries. */
  messages: string[];
  bindings: Bindings;
}

/** A payload or headers schema with the format it is written in. */
export interface MessageSchema {
  /** The schema node, which may be a `$ref`. */
  site: Resolved;
  /** The schema format as written; undefined means the AsyncAPI default, a JSON Schema superset. */
  format?: string;
}

export interface AsyncMessage {
  /** The 3.x key under the channel's `messages`, or the 2.x `messageId`, `name` or component key. */
  name: string;
  /** Every name the message may be matched by across versions: key, `name`, `messageId`, component key. */
  aliases: string[];
  node: Resolved;
  payload?: MessageSchema;
  headers?: MessageSchema;
  /** The message's own content type, else its traits', else the document's `defaultContentType`. */
  contentType?: { value: string; site: Resolved };
  /** The declared `correlationId`, with its `location` when it has one. */
  correlationId?: { location?: string; site: Resolved };
  bindings: Bindings;
}

export interface AsyncServer {
  name: string;
  node: Resolved;
  protocol?: string;
  protocolVersion?: string;
  /** 2.x `url`, or 3.x `host` followed by `pathname`. */
  address?: string;
  bindings: Bindings;
}
