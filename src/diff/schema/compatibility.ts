import { CONTEXT_SPECS } from './contexts.js';
import { SCHEMA_KINDS } from './kinds/index.js';

/** The schema registry compatibilities that a change breaks. */
export interface CompatibilityImpact {
  /** The revision may fail to read data written with the base. */
  backward: boolean;
  /** The base may fail to read data written with the revision. */
  forward: boolean;
}

const MODEL_PREFIX = `${CONTEXT_SPECS.model.prefix}-`;

const IMPACT_BY_ID: ReadonlyMap<string, CompatibilityImpact> = new Map(
  SCHEMA_KINDS.filter((kind) => CONTEXT_SPECS.model.kinds.has(kind.suffix)).map((kind) => [
    MODEL_PREFIX + kind.suffix,
    { backward: kind.breaksBackward, forward: kind.breaksForward },
  ]),
);

/** Returns the compatibility that the model change `id` breaks; throws for an id that is not a `model-` schema change. */
export function compatibilityImpact(id: string): CompatibilityImpact {
  const impact = IMPACT_BY_ID.get(id);
  if (impact === undefined) throw new Error(`'${id}' is not a model schema change id`);
  return { ...impact };
}
