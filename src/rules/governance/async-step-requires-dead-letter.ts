import { indexEstate } from '../../model/estate-index.js';
import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'async-step-requires-dead-letter',
  scope: 'estate',
  meta: {
    description: 'Every async step has a dead-letter route whose queue and exception classes exist.',
    why: 'A message that exhausts its retries without a dead-letter route is dropped, and an order, stock change or refund disappears without anyone being told.',
    category: 'resilience',
    defaultSeverity: 'error',
  },
  messages: {
    missing:
      "async step '{{step}}' of workflow '{{workflow}}' has no dead-letter route; add `deadLetter` with a queue and the exception classes routed to it",
    unknownQueue:
      "async step '{{step}}' of workflow '{{workflow}}' routes to dead-letter queue '{{queue}}', which is not declared; declare it under deadLetter.queues or correct the id",
    unknownExceptionClass:
      "the dead-letter route of async step '{{step}}' of workflow '{{workflow}}' names exception class '{{exceptionClass}}', which is not declared; declare it under deadLetter.exceptionClasses or correct the id",
  },
  check({ workspace, report }) {
    const index = indexEstate(workspace.estate);
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        if (step.mode !== 'async') continue;
        const route = step.deadLetter;
        const data = { step: step.id, workflow: workflow.id };
        if (route === undefined) {
          report({ messageId: 'missing', data, location: workspace.locate(step) });
          continue;
        }
        if (!index.queues.has(route.queue)) {
          report({ messageId: 'unknownQueue', data: { ...data, queue: route.queue }, location: workspace.locate(route, 'queue') });
        }
        // The schema requires at least one exception class per route.
        route.exceptionClasses.forEach((exceptionClass, position) => {
          if (index.exceptionClasses.has(exceptionClass)) return;
          report({
            messageId: 'unknownExceptionClass',
            data: { ...data, exceptionClass },
            location: workspace.locate(route, 'exceptionClasses', position),
          });
        });
      }
    }
  },
};
