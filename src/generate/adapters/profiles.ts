/**
 * The policies workflow steps declare for the operations and channels they use: idempotency key,
 * correlation id, retry policy, dead-letter route and ordering key. Steps that declare the same
 * policies share one profile, so one generated function serves them all.
 */
import type { Contract, ContractChannel, ContractOperation } from '../../contracts/types.js';
import type { CorrelationId, ExceptionKind, IdempotencyKey, RetryPolicy, WorkflowStep } from '../../model/types.js';
import { parseDuration } from '../../model/units.js';
import type { Workspace } from '../../workspace/types.js';

/** A retry policy with durations in milliseconds, as the runtime takes it. */
export interface RuntimeRetryPolicy {
  id: string;
  maxAttempts: number;
  initialIntervalMs: number;
  backoffCoefficient: number;
  maxIntervalMs: number;
  jitter: RetryPolicy['jitter'];
  timeoutMs?: number;
  retryableErrors: string[];
  honourRetryAfter?: boolean;
}

export interface Profile {
  /** Ids of the steps that declare these policies, in declaration order. */
  steps: string[];
  idempotencyKey?: IdempotencyKey;
  correlationId?: CorrelationId;
  retryPolicy?: RuntimeRetryPolicy;
  deadLetter?: { queue: string; exceptionClasses: Array<{ id: string; kind: ExceptionKind }> };
  orderingKey?: string;
}

/** The profiles that apply to one contract, by operation and by channel. */
export interface ContractProfiles {
  operation(operation: ContractOperation): Profile[];
  /** Publishing profiles and consuming profiles of a channel. */
  channel(channel: ContractChannel): { publish: Profile[]; consume: Profile[] };
}

/** Profiles of a contract used without an estate: nothing is declared. */
export const NO_PROFILES: ContractProfiles = {
  operation: () => [],
  channel: () => ({ publish: [], consume: [] }),
};

function toRuntimePolicy(policy: RetryPolicy): RuntimeRetryPolicy | undefined {
  const initialIntervalMs = parseDuration(policy.initialInterval);
  const maxIntervalMs = parseDuration(policy.maxInterval);
  if (initialIntervalMs === undefined || maxIntervalMs === undefined) return undefined;
  const timeoutMs = parseDuration(policy.timeout);
  return {
    id: policy.id,
    maxAttempts: policy.maxAttempts,
    initialIntervalMs,
    backoffCoefficient: policy.backoffCoefficient,
    maxIntervalMs,
    jitter: policy.jitter,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    retryableErrors: [...policy.retryableErrors],
    ...(policy.honourRetryAfter === undefined ? {} : { honourRetryAfter: policy.honourRetryAfter }),
  };
}

function profileOf(workspace: Workspace, step: WorkflowStep): Profile {
  const { estate } = workspace;
  const policy = step.retryPolicy === undefined ? undefined : estate.retryPolicies.find((candidate) => candidate.id === step.retryPolicy);
  const retryPolicy = policy === undefined ? undefined : toRuntimePolicy(policy);
  const classes = (step.deadLetter?.exceptionClasses ?? []).flatMap((id) => {
    const declared = estate.deadLetter.exceptionClasses.find((candidate) => candidate.id === id);
    return declared === undefined ? [] : [{ id: declared.id, kind: declared.kind }];
  });
  return {
    steps: [step.id],
    ...(step.idempotencyKey === undefined ? {} : { idempotencyKey: step.idempotencyKey }),
    ...(step.correlationId === undefined ? {} : { correlationId: step.correlationId }),
    ...(retryPolicy === undefined ? {} : { retryPolicy }),
    ...(step.deadLetter === undefined ? {} : { deadLetter: { queue: step.deadLetter.queue, exceptionClasses: classes } }),
    ...(step.orderingKey === undefined ? {} : { orderingKey: step.orderingKey }),
  };
}

/** Adds the step's profile to `profiles`, merging it into an equal one. */
function addProfile(profiles: Profile[], profile: Profile): void {
  const signature = (candidate: Profile): string => JSON.stringify({ ...candidate, steps: [] });
  const same = profiles.find((candidate) => signature(candidate) === signature(profile));
  if (same === undefined) profiles.push(profile);
  else same.steps.push(...profile.steps);
}

/**
 * Collects the profiles of the steps that use `contract`. A channel step publishes when it names
 * a send operation or starts at the system that owns the contract; otherwise it consumes. A side
 * without a step of its own takes the other side's profiles, because one step declares the
 * policies of both ends of its message.
 */
export function contractProfiles(workspace: Workspace, contractId: string, contract: Contract): ContractProfiles {
  const owner = workspace.estate.systems.find((system) => (system.contracts ?? []).some((reference) => reference.id === contractId))?.id;
  const byOperation = new Map<ContractOperation, Profile[]>();
  const byChannel = new Map<ContractChannel, { publish: Profile[]; consume: Profile[] }>();

  for (const workflow of workspace.estate.workflows) {
    for (const step of workflow.steps) {
      if (step.operation?.contract === contractId) {
        const operation = contract.findOperation(step.operation.operation);
        if (operation === undefined) continue;
        const profiles = byOperation.get(operation) ?? [];
        addProfile(profiles, profileOf(workspace, step));
        byOperation.set(operation, profiles);
      } else if (step.channel?.contract === contractId) {
        const channel = contract.findChannel(step.channel.channel);
        if (channel === undefined) continue;
        const sides = byChannel.get(channel) ?? { publish: [], consume: [] };
        const named = step.channel.operation === undefined ? undefined : channel.operations.find((operation) => operation.id === step.channel?.operation);
        const publishes = named !== undefined ? named.action === 'send' : step.from === owner;
        addProfile(publishes ? sides.publish : sides.consume, profileOf(workspace, step));
        byChannel.set(channel, sides);
      }
    }
  }

  return {
    operation: (operation) => byOperation.get(operation) ?? [],
    channel: (channel) => {
      const sides = byChannel.get(channel);
      if (sides === undefined) return { publish: [], consume: [] };
      return {
        publish: sides.publish.length > 0 ? sides.publish : sides.consume,
        consume: sides.consume.length > 0 ? sides.consume : sides.publish,
      };
    },
  };
}
