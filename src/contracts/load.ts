import path from 'node:path';
import { readSourceFile } from '../workspace/source.js';
import { indexChannels } from './asyncapi-index.js';
import { detectFormat } from './format.js';
import { findOperation, indexOperations } from './openapi-index.js';
import { RefIndex, type ResolveFn } from './refs.js';
import type { Contract } from './types.js';

export interface LoadContractOptions {
  /** Workspace root: `$ref`s may not lead to files outside it. */
  root: string;
  /** Contract id from the declaration. Defaults to the file path relative to `root`. */
  id?: string;
}

/**
 * Loads an OpenAPI 2.0/3.0/3.1 or AsyncAPI 2.x/3.x document, reads every file its `$ref`s reach,
 * and indexes its operations or channels. Throws InputError, with file, line and column, for a
 * file that cannot be parsed, an unsupported version, a broken `$ref` or a `$ref` that leaves
 * the workspace. Remote `$ref`s are listed in `unfollowedRefs` and never fetched.
 */
export async function loadContract(absolutePath: string, options: LoadContractOptions): Promise<Contract> {
  const root = path.resolve(options.root);
  const source = readSourceFile(path.resolve(absolutePath), root);
  const { format, version } = detectFormat(source);

  const refs = new RefIndex(root, format);
  refs.indexFrom(source);
  const resolve: ResolveFn = (ref, from, at) => refs.resolve(ref, from, at);

  const operations = format === 'openapi' ? indexOperations(source, resolve) : [];
  const channels = format === 'asyncapi' ? indexChannels(source, version, resolve) : [];

  return {
    id: options.id ?? source.path,
    format,
    version,
    source,
    files: refs.files,
    operations,
    channels,
    unfollowedRefs: refs.unfollowed,
    resolve,
    findOperation: (name) => findOperation(operations, name),
    findChannel: (name) => channels.find((channel) => channel.id === name) ?? channels.find((channel) => channel.address === name),
  };
}
