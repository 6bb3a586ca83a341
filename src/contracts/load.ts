import path from 'node:path';
import { readSourceFile, type SourceFile } from '../workspace/source.js';
import { indexChannels } from './asyncapi-index.js';
import { detectFormat } from './format.js';
import { findOperation, indexOperations } from './openapi-index.js';
import { RefIndex, type ResolveFn } from './refs.js';
import type { RemoteFetcher } from './remote/fetcher.js';
import type { Contract } from './types.js';

export interface LoadContractOptions {
  /** Workspace root: `$ref`s may not lead to files outside it. */
  root: string;
  /** Contract id from the declaration. Defaults to the file path relative to `root`. */
  id?: string;
  /** Fetches remote `$ref`s whose host is allowed; without it, no remote `$ref` is fetched. */
  remote?: RemoteFetcher;
  /** The document already read from `absolutePath`, so that it is not read twice. */
  source?: SourceFile;
}

/**
 * Loads an OpenAPI 2.0/3.0/3.1 or AsyncAPI 2.x/3.x document, reads every file its `$ref`s reach,
 * and indexes its operations or channels. Throws InputError, with file, line and column, for a
 * file that cannot be parsed, an unsupported version, a broken `$ref` or a `$ref` that leaves
 * the workspace. Remote `$ref`s are fetched only from the hosts that `options.remote` allows; the
 * others, and those whose fetch fails, are listed in `unfollowedRefs`.
 */
export async function loadContract(absolutePath: string, options: LoadContractOptions): Promise<Contract> {
  const root = path.resolve(options.root);
  const source = options.source ?? readSourceFile(path.resolve(absolutePath), root);
  const { format, version } = detectFormat(source);

  const refs = new RefIndex(root, format, options.remote);
  await refs.indexFrom(source);
  const resolve: ResolveFn = (ref, from, at) => refs.resolve(ref, from, at);

  const operations = format === 'openapi' ? indexOperations(source, resolve) : [];
  const channels = format === 'asyncapi' ? indexChannels(source, version, resolve) : [];

  return {
    id: options.id ?? source.path,
    format,
    version,
    source,
    files: refs.files,
    remoteOrigins: refs.remoteOrigins,
    operations,
    channels,
    unfollowedRefs: refs.unfollowed,
    resolve,
    findOperation: (name) => findOperation(operations, name),
    findChannel: (name) => channels.find((channel) => channel.id === name) ?? channels.find((channel) => channel.address === name),
  };
}
