import type { Contract } from '../contracts/types.js';
import type { Location } from '../findings.js';
import type { Estate } from '../model/types.js';
import type { SourceFile } from './source.js';

/** A loaded, schema-valid estate with its contracts and canonical schemas. */
export interface Workspace {
  /** Absolute path of the workspace folder. */
  root: string;
  estate: Estate;
  /** Declaration files, `ownership.yaml` first, then included files in include order. */
  declarationFiles: SourceFile[];
  /** Contracts by declared contract id. */
  contracts: Map<string, Contract>;
  /** Canonical model JSON Schemas by model id. */
  canonicalSchemas: Map<string, SourceFile>;
  /** Returns where a declaration node was written, optionally extended by `path` below it. */
  locate(node: object, ...path: Array<string | number>): Location;
}
