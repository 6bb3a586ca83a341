import { indexEstate } from '../../model/estate-index.js';
import type { EstateRule } from '../types.js';
import { slaTargets } from './helpers/percentiles.js';
import { workflowSlas } from './helpers/workflow-slas.js';

export const rule: EstateRule = {
  id: 'workflow-has-sla',
  scope: 'estate',
  meta: {
    description: 'Every workflow names an SLA that exists and sets at least one percentile target.',
    why: 'Without a latency target nobody can tell whether order posting or refund completion is late until customers and finance notice.',
    category: 'sla',
    defaultSeverity: 'error',
  },
  messages: {
    missing:
      "workflow '{{workflow}}' has no SLA; add `sla` with the id of an SLA under slas, or name the workflow in an SLA's `workflow`",
    unknown:
      "workflow '{{workflow}}' names SLA '{{sla}}', which is not declared; declare it under slas or correct the id",
    noTargets:
      "SLA '{{sla}}' of workflow '{{workflow}}' sets no percentile target; add `targets` with at least one of p50, p90, p95, p99 or max",
  },
  check({ workspace, report }) {
    const { estate } = workspace;
    const index = indexEstate(estate);
    for (const workflow of estate.workflows) {
      if (workflow.sla !== undefined && !index.slas.has(workflow.sla)) {
        report({ messageId: 'unknown', data: { workflow: workflow.id, sla: workflow.sla }, location: workspace.locate(workflow, 'sla') });
        continue;
      }
      const slas = workflowSlas(workflow, estate);
      if (slas.length === 0) {
        report({ messageId: 'missing', data: { workflow: workflow.id }, location: workspace.locate(workflow) });
        continue;
      }
      if (slas.some((sla) => slaTargets(sla.targets).length > 0)) continue;
      for (const sla of slas) {
        report({ messageId: 'noTargets', data: { workflow: workflow.id, sla: sla.id }, location: workspace.locate(sla) });
      }
    }
  },
};
