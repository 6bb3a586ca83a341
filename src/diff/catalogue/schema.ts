import { classify, CONTEXT_SPECS } from '../schema/contexts.js';
import { SCHEMA_KINDS } from '../schema/kinds/index.js';
import type { ChangeKind } from '../types.js';

/**
 * Schema changes in every context: each kind that a context reports becomes the id
 * `<prefix>-<suffix>`, with the level, direction and `why` line of the context's data flow.
 */
export const SCHEMA_CHANGES: ChangeKind[] = Object.values(CONTEXT_SPECS).flatMap((spec) =>
  SCHEMA_KINDS.filter((kind) => spec.kinds.has(kind.suffix)).map((kind): ChangeKind => {
    const { level, direction, why } = classify(kind, spec);
    return {
      id: `${spec.prefix}-${kind.suffix}`,
      level,
      direction,
      area: spec.area,
      kind: kind.kind,
      message: kind.message,
      why,
    };
  }),
);
