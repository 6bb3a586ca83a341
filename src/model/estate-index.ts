import type {
  BusinessObject, CanonicalModel, DeadLetterQueue, Estate, ExceptionClass, RetryPolicy, Sla,
  System, Team, Workflow,
} from './types.js';

/** Lookup tables by id over one estate. The first declaration of a duplicated id wins. */
export interface EstateIndex {
  teams: Map<string, Team>;
  systems: Map<string, System>;
  objects: Map<string, BusinessObject>;
  models: Map<string, CanonicalModel>;
  workflows: Map<string, Workflow>;
  retryPolicies: Map<string, RetryPolicy>;
  queues: Map<string, DeadLetterQueue>;
  exceptionClasses: Map<string, ExceptionClass>;
  slas: Map<string, Sla>;
  /** Contract id to the system that declares it. */
  contractOwners: Map<string, System>;
}

const cache = new WeakMap<Estate, EstateIndex>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** Returns the lookup tables of `estate`, built once per estate object. */
export function indexEstate(estate: Estate): EstateIndex {
  const cached = cache.get(estate);
  if (cached !== undefined) return cached;
  const contractOwners = new Map<string, System>();
  for (const system of estate.systems) {
    for (const contract of system.contracts ?? []) {
      if (!contractOwners.has(contract.id)) contractOwners.set(contract.id, system);
    }
  }
  const index: EstateIndex = {
    teams: byId(estate.teams),
    systems: byId(estate.systems),
    objects: byId(estate.objects),
    models: byId(estate.canonicalModels),
    workflows: byId(estate.workflows),
    retryPolicies: byId(estate.retryPolicies),
    queues: byId(estate.deadLetter.queues),
    exceptionClasses: byId(estate.deadLetter.exceptionClasses),
    slas: byId(estate.slas),
    contractOwners,
  };
  cache.set(estate, index);
  return index;
}
