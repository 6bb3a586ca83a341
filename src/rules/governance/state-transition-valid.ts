import type { StateMachine, Workflow } from '../../model/types.js';
import type { EstateRule, EstateRuleContext } from '../types.js';

/** Reports states that the machine uses but does not list. */
function checkMachine({ workspace, report }: EstateRuleContext, workflow: Workflow, machine: StateMachine): void {
  const states = new Set(machine.states);
  const reportUnknown = (state: string, ...path: Array<string | number>): void => {
    report({ messageId: 'unknownState', data: { workflow: workflow.id, state }, location: workspace.locate(machine, ...path) });
  };
  if (!states.has(machine.initial)) reportUnknown(machine.initial, 'initial');
  (machine.final ?? []).forEach((state, position) => {
    if (!states.has(state)) reportUnknown(state, 'final', position);
  });
  machine.transitions.forEach((transition, position) => {
    if (!states.has(transition.from)) reportUnknown(transition.from, 'transitions', position, 'from');
    if (!states.has(transition.to)) reportUnknown(transition.to, 'transitions', position, 'to');
  });
}

export const rule: EstateRule = {
  id: 'state-transition-valid',
  scope: 'estate',
  meta: {
    description: "A workflow's state machine lists every state it uses, and each step's transition is one of the machine's transitions.",
    why: 'A step that moves an order or return into a state the machine does not allow, such as refunded before received, corrupts the object everywhere downstream.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    unknownState:
      "the state machine of workflow '{{workflow}}' uses state '{{state}}', which is not listed under `states`; add it there or correct the name",
    noStateMachine:
      "step '{{step}}' of workflow '{{workflow}}' declares the transition {{from}} -> {{to}}, but the workflow has no state machine; add `stateMachine` or remove the transition",
    unknownTransition:
      "step '{{step}}' of workflow '{{workflow}}' declares the transition {{from}} -> {{to}}, which the state machine does not allow; add it under `stateMachine.transitions` or correct the step",
  },
  check(context) {
    const { workspace, report } = context;
    for (const workflow of workspace.estate.workflows) {
      const machine = workflow.stateMachine;
      if (machine !== undefined) checkMachine(context, workflow, machine);
      for (const step of workflow.steps) {
        const transition = step.transition;
        if (transition === undefined) continue;
        const data = { workflow: workflow.id, step: step.id, from: transition.from, to: transition.to };
        if (machine === undefined) {
          report({ messageId: 'noStateMachine', data, location: workspace.locate(step, 'transition') });
        } else if (!machine.transitions.some((allowed) => allowed.from === transition.from && allowed.to === transition.to)) {
          report({ messageId: 'unknownTransition', data, location: workspace.locate(step, 'transition') });
        }
      }
    }
  },
};
