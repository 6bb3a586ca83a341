import type { DeadLetterRoute, IdempotencyKey, Workflow, WorkflowStep } from '../../model/types.js';
import { fileOf, idOf, pairBy, sectionSite, siteOf, type DeclarationComparison } from './sites.js';

/** Reports removed workflows, removed and added steps, and changes of each step's delivery guarantees. */
export function compareWorkflows(comparison: DeclarationComparison): void {
  const { base, revision, collector } = comparison;
  const workflows = pairBy(base.estate.workflows, revision.estate.workflows, idOf);
  for (const workflow of workflows.removed) {
    collector.add('workflow-removed', { base: siteOf(base, workflow), revision: sectionSite(revision, ['workflows'], fileOf(base, workflow)) }, { workflow: workflow.id });
  }
  for (const [before, after] of workflows.pairs) {
    const steps = pairBy(before.steps, after.steps, idOf);
    for (const step of steps.removed) {
      collector.add('workflow-step-removed', { base: siteOf(base, step), revision: siteOf(revision, after, 'steps') }, { workflow: before.id, step: step.id });
    }
    for (const step of steps.added) {
      collector.add('workflow-step-added', { base: siteOf(base, before, 'steps'), revision: siteOf(revision, step) }, { workflow: before.id, step: step.id });
    }
    for (const [old, current] of steps.pairs) compareStep(comparison, before, old, current);
  }
}

function compareStep({ base, revision, collector }: DeclarationComparison, workflow: Workflow, before: WorkflowStep, after: WorkflowStep): void {
  const names = { workflow: workflow.id, step: before.id };
  const sitesOf = (key: keyof WorkflowStep) => ({ base: siteOf(base, before, key), revision: siteOf(revision, after, key) });

  if (before.retryPolicy !== undefined && after.retryPolicy === undefined) {
    collector.add('step-retry-policy-removed', sitesOf('retryPolicy'), names);
  } else if (before.retryPolicy !== after.retryPolicy) {
    collector.add('step-retry-policy-changed', sitesOf('retryPolicy'), { ...names, base: before.retryPolicy ?? 'none', revision: after.retryPolicy! });
  }

  if (before.idempotencyKey !== undefined && after.idempotencyKey === undefined) {
    collector.add('step-idempotency-key-removed', sitesOf('idempotencyKey'), names);
  } else if (before.idempotencyKey !== undefined && after.idempotencyKey !== undefined && describeKey(before.idempotencyKey) !== describeKey(after.idempotencyKey)) {
    collector.add('step-idempotency-key-changed', sitesOf('idempotencyKey'),
      { ...names, base: describeKey(before.idempotencyKey), revision: describeKey(after.idempotencyKey) });
  }

  if (before.orderingKey !== undefined && after.orderingKey === undefined) {
    collector.add('step-ordering-key-removed', sitesOf('orderingKey'), names);
  } else if (before.orderingKey !== undefined && after.orderingKey !== undefined && before.orderingKey !== after.orderingKey) {
    collector.add('step-ordering-key-changed', sitesOf('orderingKey'), { ...names, base: before.orderingKey, revision: after.orderingKey });
  }

  if (before.correlationId !== undefined && after.correlationId === undefined) {
    collector.add('step-correlation-id-removed', sitesOf('correlationId'), names);
  }

  if (before.deadLetter !== undefined && after.deadLetter === undefined) {
    collector.add('step-dead-letter-route-removed', sitesOf('deadLetter'), names);
  } else if (before.deadLetter !== undefined && after.deadLetter !== undefined && describeRoute(before.deadLetter) !== describeRoute(after.deadLetter)) {
    collector.add('step-dead-letter-route-changed', sitesOf('deadLetter'),
      { ...names, base: describeRoute(before.deadLetter), revision: describeRoute(after.deadLetter) });
  }
}

/** Describes an idempotency key for messages: `header Idempotency-Key from [channel, order.id]`. The order of `from` matters. */
function describeKey(key: IdempotencyKey): string {
  return `${key.in} ${key.name} from [${key.from.join(', ')}]`;
}

/** Describes a dead-letter route for messages; the order of the exception classes does not matter. */
function describeRoute(route: DeadLetterRoute): string {
  return `queue ${route.queue} for [${[...route.exceptionClasses].sort().join(', ')}]`;
}
