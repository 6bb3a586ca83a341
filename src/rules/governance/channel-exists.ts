import type { ChannelTarget, Workflow, WorkflowStep } from '../../model/types.js';
import type { EstateRuleContext, EstateRule } from '../types.js';

/** Checks the AsyncAPI 3 operation a step names against the operations of its channel. */
function checkOperation(
  { workspace, report }: EstateRuleContext,
  workflow: Workflow,
  step: WorkflowStep,
  target: ChannelTarget,
  operationId: string,
): void {
  const contract = workspace.contracts.get(target.contract)!;
  const channel = contract.findChannel(target.channel)!;
  if (channel.operations.some((operation) => operation.id === operationId)) return;
  const owner = contract.channels.find((other) => other.operations.some((operation) => operation.id === operationId));
  const data = { step: step.id, workflow: workflow.id, operation: operationId, channel: target.channel, contract: contract.id };
  report({
    messageId: owner === undefined ? 'unknownOperation' : 'operationOnOtherChannel',
    data: { ...data, otherChannel: owner?.id ?? '' },
    location: workspace.locate(target, 'operation'),
  });
}

export const rule: EstateRule = {
  id: 'channel-exists',
  scope: 'estate',
  meta: {
    description: "A step's channel exists in its contract, as a channel id or address, with the named operation, and the contract is AsyncAPI.",
    why: 'An event step bound to a channel the broker contract does not have publishes to a topic nobody consumes, and stock or order updates are lost.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    notAsyncApi:
      "step '{{step}}' of workflow '{{workflow}}' names channel '{{channel}}' in contract '{{contract}}', which is OpenAPI; name an AsyncAPI contract, or use `operation` for an API call",
    unknownChannel:
      "step '{{step}}' of workflow '{{workflow}}' names channel '{{channel}}', which contract '{{contract}}' does not declare; use a channel id or address from the contract",
    unknownOperation:
      "step '{{step}}' of workflow '{{workflow}}' names operation '{{operation}}', which contract '{{contract}}' does not declare; use an operation id of channel '{{channel}}'",
    operationOnOtherChannel:
      "step '{{step}}' of workflow '{{workflow}}' names operation '{{operation}}', which belongs to channel '{{otherChannel}}', not '{{channel}}'; name the matching channel or operation",
  },
  check(context) {
    const { workspace, report } = context;
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        const target = step.channel;
        if (target === undefined) continue;
        // contract-exists reports a contract that is not declared.
        const contract = workspace.contracts.get(target.contract);
        if (contract === undefined) continue;
        const data = { step: step.id, workflow: workflow.id, channel: target.channel, contract: contract.id };
        if (contract.format !== 'asyncapi') {
          report({ messageId: 'notAsyncApi', data, location: workspace.locate(target, 'contract') });
        } else if (contract.findChannel(target.channel) === undefined) {
          report({ messageId: 'unknownChannel', data, location: workspace.locate(target, 'channel') });
        } else if (target.operation !== undefined) {
          checkOperation(context, workflow, step, target, target.operation);
        }
      }
    }
  },
};
