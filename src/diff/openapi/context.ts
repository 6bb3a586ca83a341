import type { Resolved } from '../../contracts/types.js';
import type { ChangeCollector, ChangeSites, MessageValues } from '../collector.js';
import type { SchemaComparer, SchemaContext } from '../schema/compare.js';
import type { SchemaEquality } from './schema-equality.js';
import type { ApiView } from './view.js';

/** The state shared by the comparers of one document pair. */
export interface Comparison {
  base: ApiView;
  revision: ApiView;
  collector: ChangeCollector;
  schemas: SchemaComparer;
  equality: SchemaEquality;
  /** The current time in milliseconds since the epoch, for sunset dates. */
  now: number;
}

/** Reports one change; `usedBy` names the operation it belongs to. */
export function report(comparison: Comparison, id: string, sites: ChangeSites, values: MessageValues = {}, usedBy?: string): void {
  comparison.collector.add(id, sites, values, usedBy);
}

/**
 * Hands a schema pair to the schema comparer unless both are the same value. A schema missing on
 * one side allows any value, so it is compared as the empty schema `{}` placed at `missingAt`.
 * `rootLabel` names the schema in messages, for example `query parameter 'status'`.
 */
export function compareSchemas(
  comparison: Comparison,
  base: Resolved | undefined,
  revision: Resolved | undefined,
  missingAt: { base: Resolved; revision: Resolved },
  context: SchemaContext,
  usedBy: string,
  rootLabel?: string,
): void {
  if (base === undefined && revision === undefined) return;
  const baseSchema = base ?? anySchema(missingAt.base);
  const revisionSchema = revision ?? anySchema(missingAt.revision);
  if (comparison.equality.isEqual(baseSchema, revisionSchema)) return;
  comparison.schemas.compare(baseSchema, revisionSchema, context, usedBy, rootLabel);
}

function anySchema(owner: Resolved): Resolved {
  return { value: {}, file: owner.file, pointer: `${owner.pointer}/schema` };
}
