/** Walking the steps of an estate's workflows. */
import type { Estate, Workflow, WorkflowStep } from '../../../model/types.js';

export interface WorkflowStepEntry {
  workflow: Workflow;
  step: WorkflowStep;
}

/** Lists every step of every workflow, workflows and steps in declaration order. */
export function listSteps(estate: Estate): WorkflowStepEntry[] {
  const entries: WorkflowStepEntry[] = [];
  for (const workflow of estate.workflows) {
    for (const step of workflow.steps) entries.push({ workflow, step });
  }
  return entries;
}

/** Returns whether the step publishes or consumes on an event channel without waiting. */
export function isAsyncChannelStep(step: WorkflowStep): boolean {
  return step.mode === 'async' && step.channel !== undefined;
}
