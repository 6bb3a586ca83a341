import type { EstateRule } from '../types.js';

export const rule: EstateRule = {
  id: 'operation-exists',
  scope: 'estate',
  meta: {
    description: "A step's operation exists in its contract, as an operationId or `METHOD /path`, and the contract is OpenAPI.",
    why: 'A step bound to an operation the API does not have documents a call that cannot happen, and the real call goes unchecked.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    notOpenApi:
      "step '{{step}}' of workflow '{{workflow}}' names operation '{{operation}}' in contract '{{contract}}', which is AsyncAPI; name an OpenAPI contract, or use `channel` for an event",
    unknownOperation:
      "step '{{step}}' of workflow '{{workflow}}' names operation '{{operation}}', which contract '{{contract}}' does not declare; use an operationId or `METHOD /path` from the contract",
  },
  check({ workspace, report }) {
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        const target = step.operation;
        if (target === undefined) continue;
        // contract-exists reports a contract that is not declared.
        const contract = workspace.contracts.get(target.contract);
        if (contract === undefined) continue;
        const data = { step: step.id, workflow: workflow.id, operation: target.operation, contract: contract.id };
        if (contract.format !== 'openapi') {
          report({ messageId: 'notOpenApi', data, location: workspace.locate(target, 'contract') });
        } else if (contract.findOperation(target.operation) === undefined) {
          report({ messageId: 'unknownOperation', data, location: workspace.locate(target, 'operation') });
        }
      }
    }
  },
};
