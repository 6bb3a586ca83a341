import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadWorkspace } from '../../src/workspace/load.js';
import { buildReport, type SimulationReport } from '../../src/simulate/result.js';
import { runScenario, type RunOutcome } from '../../src/simulate/run.js';
import type { ScenarioSpec } from '../../src/simulate/scenario/types.js';

export const REPOSITORY = path.resolve(new URL('../..', import.meta.url).pathname);
export const EXAMPLES = path.join(REPOSITORY, 'examples');

/** Creates an empty temporary folder for one test. */
export function scratchFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'retailgov-simulate-'));
}

/** Writes `files` (relative path to text, or to an object written as YAML) into a new folder. */
export function writeFolder(files: Record<string, string | object>): string {
  const root = scratchFolder();
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? content : stringify(content));
  }
  return root;
}

export interface OrderEstateOptions {
  /** Idempotency key on the ERP posting step (default true). */
  erpKey?: boolean;
  erpLimit?: string;
  retry?: Record<string, unknown>;
  /** Dead-letter route of the ERP step; null for none. */
  deadLetter?: Record<string, unknown> | null;
  exceptionClasses?: Array<Record<string, unknown>>;
  traffic?: Record<string, unknown>;
  slaMax?: string;
}

/**
 * Builds an estate with one order flow: the web shop captures an order at the OMS (sync), the OMS
 * publishes it to the hub (async), and the hub posts it to the ERP (async, retried).
 */
export function orderEstate(options: OrderEstateOptions = {}): Record<string, object> {
  const erpStep: Record<string, unknown> = {
    id: 'post-order', from: 'integration-hub', to: 'erp', operation: { contract: 'erp-api', operation: 'postOrder' }, mode: 'async', writes: 'order',
    orderingKey: 'orderId', retryPolicy: 'erp-posting', latency: { p50: '200ms', p95: '600ms', p99: '1s' },
  };
  if (options.erpKey !== false) erpStep.idempotencyKey = { in: 'header', name: 'Idempotency-Key', from: ['order.id'] };
  if (options.deadLetter !== null) erpStep.deadLetter = options.deadLetter ?? { queue: 'erp-dlq', exceptionClasses: ['erp-unavailable', 'erp-rejected'] };
  return {
    'ownership.yaml': {
      retailgov: 1,
      name: 'Test orders',
      teams: [{ id: 'integration' }, { id: 'finance' }],
      systems: [
        { id: 'webshop', kind: 'ecommerce', layer: 'experience', owner: 'integration' },
        { id: 'oms', kind: 'oms', layer: 'process', owner: 'integration' },
        { id: 'integration-hub', kind: 'middleware', layer: 'process', owner: 'integration' },
        { id: 'erp', kind: 'erp', layer: 'system', owner: 'finance', rateLimits: [{ scope: 'api', limit: options.erpLimit ?? '500/s', onExceed: 'reject-429' }] },
      ],
      objects: [{ id: 'order', kind: 'order', owner: 'oms' }],
      retryPolicies: [{
        id: 'erp-posting', maxAttempts: 6, initialInterval: '1s', backoffCoefficient: 2, maxInterval: '30s', jitter: 'full',
        timeout: '5s', retryableErrors: ['timeout', 'connection', 'http-429', 'http-503'], honourRetryAfter: true, ...options.retry,
      }, {
        id: 'events', maxAttempts: 8, initialInterval: '500ms', backoffCoefficient: 2, maxInterval: '10s', jitter: 'full',
        timeout: '5s', retryableErrors: ['timeout', 'connection', 'http-503'],
      }],
      deadLetter: {
        queues: [{ id: 'erp-dlq', system: 'integration-hub', owner: 'finance' }, { id: 'event-dlq', system: 'integration-hub', owner: 'integration' }],
        exceptionClasses: options.exceptionClasses ?? [
          { id: 'erp-unavailable', kind: 'downstream-unavailable', owner: 'finance', replay: { mode: 'automatic', after: '1m', maxReplays: 2 } },
          { id: 'erp-rejected', kind: 'business-rule', owner: 'finance', replay: { mode: 'manual' } },
          { id: 'hub-unavailable', kind: 'downstream-unavailable', owner: 'integration', replay: { mode: 'automatic', after: '1m', maxReplays: 2 } },
        ],
      },
      slas: [{ id: 'order-to-erp', kind: 'business', metric: 'order-to-erp', workflow: 'order-capture', targets: { p50: '10s', p95: '1m', max: options.slaMax ?? '10m' } }],
      workflows: [{
        id: 'order-capture', object: 'order', sla: 'order-to-erp', channels: ['webshop'],
        steps: [
          { id: 'capture', from: 'webshop', to: 'oms', operation: { contract: 'oms-api', operation: 'captureOrder' }, mode: 'sync', channelFacing: true, writes: 'order',
            idempotencyKey: { in: 'header', name: 'Idempotency-Key', from: ['order.channelOrderId'] }, latency: { p50: '100ms', p99: '500ms' } },
          { id: 'publish', from: 'oms', to: 'integration-hub', channel: { contract: 'order-events', channel: 'orderAccepted' }, mode: 'async', orderingKey: 'orderId', retryPolicy: 'events',
            idempotencyKey: { in: 'message-header', name: 'eventId', from: ['order.id'] },
            deadLetter: { queue: 'event-dlq', exceptionClasses: ['hub-unavailable'] }, latency: { p50: '50ms', p99: '300ms' } },
          erpStep,
        ],
      }],
      traffic: [{ channel: 'webshop', workflow: 'order-capture', expected: '10/s', peak: '20/s', ...options.traffic }],
    },
  };
}

/** Returns a scenario of `duration` with the given faults and the web shop at `rate`. */
export function orderScenario(duration: string, faults: object[] = [], rate = '20/s', extra: Partial<ScenarioSpec> = {}): ScenarioSpec {
  return {
    retailgovScenario: 1,
    name: 'test',
    duration,
    traffic: [{ channel: 'webshop', workflow: 'order-capture', rate, peakMultiplier: 1 }],
    faults: faults as ScenarioSpec['faults'],
    ...extra,
  };
}

/** Loads the estate in `folder` and runs `spec` in-process. */
export async function simulateFolder(folder: string, spec: ScenarioSpec, seed = 1): Promise<{ outcome: RunOutcome; report: SimulationReport }> {
  const workspace = await loadWorkspace(folder);
  const outcome = runScenario(workspace, spec, { seed });
  const report = buildReport(outcome, { version: 'test', estateName: workspace.estate.name, estateDigest: 'test' });
  return { outcome, report };
}

export function invariant(report: SimulationReport, id: string): SimulationReport['invariants'][number] {
  const found = report.invariants.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no invariant ${id}`);
  return found;
}

export function coverage(report: SimulationReport, id: string): number {
  return report.coverage.paths.find((path) => path.id === id)?.count ?? 0;
}
