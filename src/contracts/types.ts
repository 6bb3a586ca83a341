import type { SourceFile } from '../workspace/source.js';

export type ContractFormat = 'openapi' | 'asyncapi';

/**
 * Reason a remote `$ref` was not followed. The first three are decided before any request: the host
 * is not on the allow-list, the URL is neither http nor https, or it is plain http to a host other
 * than this machine. The others are failed requests.
 */
export type RemoteRefProblem =
  | 'host-not-allowed'
  | 'unsupported-scheme'
  | 'insecure-http'
  | 'timeout'
  | 'too-large'
  | 'redirect'
  | 'fetch-failed';

/** A `$ref` that the loader did not follow, reported as a finding rather than an error. */
export interface UnfollowedRef {
  /** The `$ref` value as written. */
  ref: string;
  /** The file that contains the `$ref`: a path, or the URL of a fetched document. */
  file: string;
  /** Pointer of the `$ref` member, for example `/components/schemas/Order/$ref`. */
  pointer: string;
  /** `remote`: a URL that was not fetched or whose fetch failed. `broken`: no such file or node. */
  reason: 'remote' | 'broken';
  /** For a remote reference: why it was not followed. Absent when its host is not on the allow-list. */
  problem?: Exclude<RemoteRefProblem, 'host-not-allowed'>;
  /** Description of the problem with a broken reference, or of the failed fetch of a remote one. */
  detail?: string;
}

/** The `$ref` in a local file that first led to a fetched document, directly or through other fetched documents. */
export interface RemoteOrigin {
  file: string;
  pointer: string;
}

/** A value reached by resolving a `$ref`, with where it lives. */
export interface Resolved<T = unknown> {
  value: T;
  file: SourceFile;
  pointer: string;
}

export interface ContractParameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie' | 'body' | 'formData';
  required: boolean;
  pointer: string;
  file: string;
}

export interface ContractOperation {
  /** operationId when present. */
  operationId?: string;
  /** Upper-case HTTP method. */
  method: string;
  path: string;
  /** Pointer of the operation object, for example `/paths/~1orders/post`. */
  pointer: string;
  file: string;
  parameters: ContractParameter[];
  /** Property names at the top level of the JSON request body, through `$ref` and `allOf`. */
  requestBodyProperties: string[];
  /** Header names the operation declares in any response. */
  responseHeaders: string[];
}

export interface ContractMessage {
  /** Message name or id; for an inline message, its position in the list. */
  name: string;
  pointer: string;
  file: string;
  /** Top-level property names of the headers schema, through `$ref` and `allOf`. */
  headerProperties: string[];
  /** Top-level property names of the payload schema, through `$ref` and `allOf`. */
  payloadProperties: string[];
  /** AsyncAPI 2 `correlationId.location` or AsyncAPI 3 `correlationId.location`, when declared. */
  correlationIdLocation?: string;
}

export interface ContractChannel {
  /** Channel id: the key under `channels` (in 2.x the key is also the address). */
  id: string;
  /** Channel address, or undefined when the 3.x channel has none. */
  address?: string;
  pointer: string;
  file: string;
  messages: ContractMessage[];
  /** Operations on the channel: 3.x operation ids, or `publish`/`subscribe` in 2.x. */
  operations: Array<{ id: string; action: 'send' | 'receive'; pointer: string }>;
}

/** A loaded OpenAPI or AsyncAPI document with its `$ref`s indexed. */
export interface Contract {
  /** Id from the declaration, or the file path for a bare contract. */
  id: string;
  format: ContractFormat;
  /** The value of `openapi`, `swagger` or `asyncapi`, for example `3.1.0`. */
  version: string;
  source: SourceFile;
  /** Every file reached through `$ref`s, the root first; a fetched document has its URL as `path`. */
  files: SourceFile[];
  /** For each fetched document, by URL: the local `$ref` that pulled it in, where its findings are reported. */
  remoteOrigins: ReadonlyMap<string, RemoteOrigin>;
  operations: ContractOperation[];
  channels: ContractChannel[];
  unfollowedRefs: UnfollowedRef[];
  /**
   * Resolves a `$ref` written in `from` to its target node, without following a `$ref` found there.
   * Throws InputError for a broken reference or a remote one that was not fetched; `at`, the
   * pointer of the `$ref` member, places the error.
   */
  resolve(ref: string, from: SourceFile, at?: string): Resolved;
  /** Finds an operation by operationId or by `METHOD /path`. */
  findOperation(name: string): ContractOperation | undefined;
  /** Finds a channel by id or address. */
  findChannel(name: string): ContractChannel | undefined;
}

/** Returns the dialect of a contract, for rules limited to some versions. */
export function dialectOf(contract: Pick<Contract, 'format' | 'version'>): 'oas2' | 'oas3_0' | 'oas3_1' | 'asyncapi2' | 'asyncapi3' {
  if (contract.format === 'asyncapi') return contract.version.startsWith('2.') ? 'asyncapi2' : 'asyncapi3';
  if (contract.version.startsWith('2.')) return 'oas2';
  return contract.version.startsWith('3.0') ? 'oas3_0' : 'oas3_1';
}
