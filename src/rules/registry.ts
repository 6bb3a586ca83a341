import { Rule as asyncStepRequiresRetryPolicy } from './governance/async-step-requires-retry-policy.js';
import { Rule as asyncStepRequiresDeadLetter } from './governance/async-step-requires-dead-letter.js';
import { Rule as exceptionClassHasOwner } from './governance/exception-class-has-owner.js';
import { Rule as retryAttemptsBounded } from './governance/retry-attempts-bounded.js';
import { Rule as retryIntervalOrder } from './governance/retry-interval-order.js';
import { Rule as retryJitterOnSharedSystem } from './governance/retry-jitter-on-shared-system.js';
import { Rule as slaPercentilesOrdered } from './governance/sla-percentiles-ordered.js';
import { Rule as workflowHasSla } from './governance/workflow-has-sla.js';
import { Rule as slaReachable } from './governance/sla-reachable.js';
import { Rule as retryTrafficUnderErpLimit } from './governance/retry-traffic-under-erp-limit.js';
import { Rule as auditTrailRequired } from './governance/audit-trail-required.js';
import { Rule as stateTransitionValid } from './governance/state-transition-valid.js';
import { Rule as vendorReleaseOutsideFreeze } from './governance/vendor-release-outside-freeze.js';
import { Rule as mappingTargetsExist } from './governance/mapping-targets-exist.js';
import { Rule as contractOperationUsed } from './governance/contract-operation-used.js';
import type { Rule } from './types.js';
import { Rule as noBrokenRef } from './contract/no-broken-ref.js';
import { Rule as noRemoteRef } from './contract/no-remote-ref.js';
import { Rule as canonicalModelDeclared } from './governance/canonical-model-declared.js';
import { Rule as channelExists } from './governance/channel-exists.js';
import { Rule as channelSyncNeverWaitsOnErp } from './governance/channel-sync-never-waits-on-erp.js';
import { Rule as contractExists } from './governance/contract-exists.js';
import { Rule as eventCarriesCorrelationId } from './governance/event-carries-correlation-id.js';
import { Rule as eventCarriesOrderingKey } from './governance/event-carries-ordering-key.js';
import { Rule as eventCarriesVersion } from './governance/event-carries-version.js';
import { Rule as idempotencyKeyInContract } from './governance/idempotency-key-in-contract.js';
import { Rule as inventoryStatesSeparated } from './governance/inventory-states-separated.js';
import { Rule as operationExists } from './governance/operation-exists.js';
import { Rule as singleAuthoritativeOwner } from './governance/single-authoritative-owner.js';
import { Rule as systemExists } from './governance/system-exists.js';
import { Rule as teamExists } from './governance/team-exists.js';
import { Rule as uniqueIds } from './governance/unique-ids.js';
import { Rule as writeRequiresIdempotencyKey } from './governance/write-requires-idempotency-key.js';

// Add a rule with one import and one list entry; the lists are sorted by id when read.

const GOVERNANCE_RULES: Rule[] = [
  canonicalModelDeclared,
  channelExists,
  channelSyncNeverWaitsOnErp,
  contractExists,
  eventCarriesCorrelationId,
  eventCarriesOrderingKey,
  eventCarriesVersion,
  idempotencyKeyInContract,
  inventoryStatesSeparated,
  operationExists,
  singleAuthoritativeOwner,
  systemExists,
  teamExists,
  uniqueIds,
  writeRequiresIdempotencyKey,
  contractOperationUsed,
  mappingTargetsExist,
  vendorReleaseOutsideFreeze,
  stateTransitionValid,
  auditTrailRequired,
  retryTrafficUnderErpLimit,
  slaReachable,
  workflowHasSla,
  slaPercentilesOrdered,
  retryJitterOnSharedSystem,
  retryIntervalOrder,
  retryAttemptsBounded,
  exceptionClassHasOwner,
  asyncStepRequiresDeadLetter,
  asyncStepRequiresRetryPolicy,
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
