import { formatDuration } from '../../model/units.js';
import type { EstateRule, Report } from '../types.js';
import { slaTargets, stepLatencies, type PercentileValue } from './helpers/percentiles.js';

/** Returns each value that is below a lower percentile declared before it, with that percentile. */
function outOfOrder<K extends string>(values: Array<PercentileValue<K>>): Array<{ value: PercentileValue<K>; lower: PercentileValue<K> }> {
  const found: Array<{ value: PercentileValue<K>; lower: PercentileValue<K> }> = [];
  let highest: PercentileValue<K> | undefined;
  for (const value of values) {
    if (highest !== undefined && value.milliseconds < highest.milliseconds) found.push({ value, lower: highest });
    if (highest === undefined || value.milliseconds > highest.milliseconds) highest = value;
  }
  return found;
}

function percentileData<K extends string>(pair: { value: PercentileValue<K>; lower: PercentileValue<K> }): Report['data'] {
  return {
    key: pair.value.key,
    value: formatDuration(pair.value.milliseconds),
    lowerKey: pair.lower.key,
    lowerValue: formatDuration(pair.lower.milliseconds),
  };
}

export const rule: EstateRule = {
  id: 'sla-percentiles-ordered',
  scope: 'estate',
  meta: {
    description: 'Percentiles never decrease: p50 <= p90 <= p95 <= p99 <= max in every SLA target and step latency.',
    why: 'An SLA whose p99 is below its p50 cannot be measured or met, so a breach of the refund or order-posting promise goes unnoticed.',
    category: 'sla',
    defaultSeverity: 'error',
  },
  messages: {
    slaTarget:
      "SLA '{{sla}}' sets {{key}} to {{value}}, below its {{lowerKey}} of {{lowerValue}}; a higher percentile cannot be faster, so raise {{key}} or lower {{lowerKey}}",
    stepLatency:
      "step '{{step}}' of workflow '{{workflow}}' declares {{key}} latency {{value}}, below its {{lowerKey}} of {{lowerValue}}; a higher percentile cannot be faster, so raise {{key}} or lower {{lowerKey}}",
  },
  check({ workspace, report }) {
    for (const sla of workspace.estate.slas) {
      for (const pair of outOfOrder(slaTargets(sla.targets))) {
        report({
          messageId: 'slaTarget',
          data: { sla: sla.id, ...percentileData(pair) },
          location: workspace.locate(sla, 'targets', pair.value.key),
        });
      }
    }
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        for (const pair of outOfOrder(stepLatencies(step.latency))) {
          report({
            messageId: 'stepLatency',
            data: { step: step.id, workflow: workflow.id, ...percentileData(pair) },
            location: workspace.locate(step, 'latency', pair.value.key),
          });
        }
      }
    }
  },
};
