/** Which SLAs apply to a workflow. */
import type { Estate, Sla, Workflow } from '../../../model/types.js';
import { indexEstate } from '../../../model/estate-index.js';

/**
 * Returns the SLAs of a workflow: the one its `sla` names, or else every SLA whose `workflow`
 * names it. An `sla` that names no declared SLA gives an empty list.
 */
export function workflowSlas(workflow: Workflow, estate: Estate): Sla[] {
  if (workflow.sla !== undefined) {
    const named = indexEstate(estate).slas.get(workflow.sla);
    return named === undefined ? [] : [named];
  }
  return estate.slas.filter((sla) => sla.workflow === workflow.id);
}
