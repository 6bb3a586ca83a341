/** The business object kind a workflow works on. */
import { indexEstate } from '../../../model/estate-index.js';
import { OBJECT_KINDS, type Estate, type ObjectKind, type Workflow } from '../../../model/types.js';

/**
 * Returns the kind of the object a workflow names: the kind of the declared object with that id,
 * or the name itself when it is an object kind and no object has that id.
 */
export function workflowObjectKind(workflow: Workflow, estate: Estate): ObjectKind | undefined {
  const declared = indexEstate(estate).objects.get(workflow.object);
  if (declared !== undefined) return declared.kind;
  return (OBJECT_KINDS as readonly string[]).includes(workflow.object) ? (workflow.object as ObjectKind) : undefined;
}
