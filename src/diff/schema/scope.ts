import type { Resolved } from '../../contracts/types.js';
import type { ChangeSites, MessageValues, Side } from '../collector.js';
import type { ContextSpec } from './contexts.js';
import type { SchemaView } from './view.js';

/** One pair of schemas under comparison, and what the comparison steps may do with it. */
export interface PairScope {
  readonly base: SchemaView;
  readonly revision: SchemaView;
  /** Property path of the pair from the schema root or the nearest named schema: `''` at an inline root, `Order.lines[]`. */
  readonly path: string;
  readonly spec: ContextSpec;
  /** Names the pair's schema in a message: `the request body`, `schema 'Order'` or `property 'lines[]'`. */
  subject(): string;
  /** Reports the change `<prefix>-<suffix>` of the context; a kind the context does not report is dropped. */
  report(suffix: string, sites: ChangeSites, values?: MessageValues): void;
  /** Compares two schemas below the pair, such as property or item schemas. */
  recurse(base: Resolved, revision: Resolved, path: string): void;
  /** Returns the view of a schema on one side. */
  view(side: 'base' | 'revision', node: Resolved): SchemaView;
}

/** Places a change at a keyword on each side, or at the schema itself where the keyword is missing. */
export function keywordSites(scope: PairScope, base: Side | undefined, revision: Side | undefined): ChangeSites {
  return { base: sideOf(base ?? scope.base.node), revision: sideOf(revision ?? scope.revision.node) };
}

/** Returns only the file and pointer of a node, so recorded changes keep no schema values alive. */
export function sideOf(node: Side): Side {
  return { file: node.file, pointer: node.pointer };
}
