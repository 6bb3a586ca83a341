import type { Rule } from './types.js';
import { rule as noBrokenRef } from './contract/no-broken-ref.js';
import { rule as noRemoteRef } from './contract/no-remote-ref.js';
import { rule as asyncStepRequiresDeadLetter } from './governance/async-step-requires-dead-letter.js';
import { rule as asyncStepRequiresRetryPolicy } from './governance/async-step-requires-retry-policy.js';
import { rule as auditTrailRequired } from './governance/audit-trail-required.js';
import { rule as canonicalModelDeclared } from './governance/canonical-model-declared.js';
import { rule as channelExists } from './governance/channel-exists.js';
import { rule as channelSyncNeverWaitsOnErp } from './governance/channel-sync-never-waits-on-erp.js';
import { rule as contractExists } from './governance/contract-exists.js';
import { rule as contractOperationUsed } from './governance/contract-operation-used.js';
import { rule as eventCarriesCorrelationId } from './governance/event-carries-correlation-id.js';
import { rule as eventCarriesOrderingKey } from './governance/event-carries-ordering-key.js';
import { rule as eventCarriesVersion } from './governance/event-carries-version.js';
import { rule as exceptionClassHasOwner } from './governance/exception-class-has-owner.js';
import { rule as idempotencyKeyInContract } from './governance/idempotency-key-in-contract.js';
import { rule as inventoryStatesSeparated } from './governance/inventory-states-separated.js';
import { rule as mappingTargetsExist } from './governance/mapping-targets-exist.js';
import { rule as operationExists } from './governance/operation-exists.js';
import { rule as referenceExists } from './governance/reference-exists.js';
import { rule as retryAttemptsBounded } from './governance/retry-attempts-bounded.js';
import { rule as retryIntervalOrder } from './governance/retry-interval-order.js';
import { rule as retryJitterOnSharedSystem } from './governance/retry-jitter-on-shared-system.js';
import { rule as retryTrafficUnderErpLimit } from './governance/retry-traffic-under-erp-limit.js';
import { rule as singleAuthoritativeOwner } from './governance/single-authoritative-owner.js';
import { rule as slaPercentilesOrdered } from './governance/sla-percentiles-ordered.js';
import { rule as slaReachable } from './governance/sla-reachable.js';
import { rule as stateTransitionValid } from './governance/state-transition-valid.js';
import { rule as systemExists } from './governance/system-exists.js';
import { rule as teamExists } from './governance/team-exists.js';
import { rule as uniqueIds } from './governance/unique-ids.js';
import { rule as vendorReleaseOutsideFreeze } from './governance/vendor-release-outside-freeze.js';
import { rule as workflowHasSla } from './governance/workflow-has-sla.js';
import { rule as writeRequiresIdempotencyKey } from './governance/write-requires-idempotency-key.js';

// Add a rule with one import and one list entry, sorted by id.

const GOVERNANCE_RULES: Rule[] = [
  asyncStepRequiresDeadLetter,
  asyncStepRequiresRetryPolicy,
  auditTrailRequired,
  canonicalModelDeclared,
  channelExists,
  channelSyncNeverWaitsOnErp,
  contractExists,
  contractOperationUsed,
  eventCarriesCorrelationId,
  eventCarriesOrderingKey,
  eventCarriesVersion,
  exceptionClassHasOwner,
  idempotencyKeyInContract,
  inventoryStatesSeparated,
  mappingTargetsExist,
  operationExists,
  referenceExists,
  retryAttemptsBounded,
  retryIntervalOrder,
  retryJitterOnSharedSystem,
  retryTrafficUnderErpLimit,
  singleAuthoritativeOwner,
  slaPercentilesOrdered,
  slaReachable,
  stateTransitionValid,
  systemExists,
  teamExists,
  uniqueIds,
  vendorReleaseOutsideFreeze,
  workflowHasSla,
  writeRequiresIdempotencyKey,
];

const CONTRACT_RULES: Rule[] = [
  noBrokenRef,
  noRemoteRef,
];

/** Every built-in rule, sorted by id. */
export const RULES: readonly Rule[] = [...GOVERNANCE_RULES, ...CONTRACT_RULES].sort((a, b) =>
  a.id.localeCompare(b.id),
);

/** Returns the built-in rule with `id`, or undefined. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
