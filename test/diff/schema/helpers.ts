import path from 'node:path';
import { loadContract } from '../../../src/contracts/load.js';
import type { Contract, Resolved } from '../../../src/contracts/types.js';
import { ChangeCollector } from '../../../src/diff/collector.js';
import { SchemaComparer, type SchemaContext } from '../../../src/diff/schema/compare.js';
import type { Change } from '../../../src/diff/types.js';
import { fromPointer } from '../../../src/findings.js';
import { DIFF_FIXTURES, fixturePair } from '../../helpers/diff.js';

/** Folder of the contract pairs that the schema comparer tests read. */
export const SCHEMA_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/schema-compare');

export interface ContractPair {
  base: Contract;
  revision: Contract;
}

/** Loads the `base.*` and `revision.*` contracts of a folder, each with its folder as root. */
export async function loadPair(folder: string): Promise<ContractPair> {
  const files = fixturePair(folder);
  return {
    base: await loadContract(files.base, { root: folder }),
    revision: await loadContract(files.revision, { root: folder }),
  };
}

/** Loads a pair from the schema comparer fixtures. */
export function loadTopic(topic: string): Promise<ContractPair> {
  return loadPair(path.join(SCHEMA_FIXTURES, topic));
}

/** Loads the pair of the change fixture folder named after a change id. */
export function loadChangeFixture(id: string): Promise<ContractPair> {
  return loadPair(path.join(DIFF_FIXTURES, id));
}

/** Returns the node at `pointer` in the root document of `contract`. */
export function nodeAt(contract: Contract, pointer: string): Resolved {
  let value: unknown = contract.source.data;
  for (const segment of fromPointer(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) throw new Error(`${contract.source.path} has nothing at ${pointer}`);
    value = (value as Record<string, unknown>)[segment];
  }
  return { value, file: contract.source, pointer };
}

export interface CompareOptions {
  /** Pointer of the revision schema when it differs from the base one. */
  revisionPointer?: string;
  usedBy?: string;
}

/** Compares the schemas at `pointer` on both sides with a fresh comparer and returns the changes. */
export function compareAt(pair: ContractPair, pointer: string, context: SchemaContext, options: CompareOptions = {}): Change[] {
  const collector = new ChangeCollector();
  const comparer = new SchemaComparer(collector, pair.base.resolve, pair.revision.resolve);
  comparer.compare(nodeAt(pair.base, pointer), nodeAt(pair.revision, options.revisionPointer ?? pointer), context, options.usedBy);
  return collector.changes();
}

/** Compares a contract's schema at `pointer` with itself. */
export function compareWithItself(contract: Contract, pointer: string, context: SchemaContext): Change[] {
  return compareAt({ base: contract, revision: contract }, pointer, context);
}

/** Returns the sorted ids of `changes`. */
export function idsOf(changes: Change[]): string[] {
  return changes.map((change) => change.id).sort();
}
