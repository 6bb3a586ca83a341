import type { Contract, ContractChannel, ContractOperation } from '../../contracts/types.js';
import type { EstateRule } from '../types.js';
import { findStepChannel, findStepOperation } from './helpers/step-contracts.js';

function describeOperation(operation: ContractOperation): string {
  const route = `${operation.method} ${operation.path}`;
  return operation.operationId === undefined ? route : `${route} (${operation.operationId})`;
}

export const rule: EstateRule = {
  id: 'contract-operation-used',
  scope: 'estate',
  meta: {
    description: 'Every operation of an OpenAPI contract and every channel of an AsyncAPI contract is used by some workflow step.',
    why: 'Interfaces that no declared workflow uses are either undocumented integrations or dead weight, and both surface as surprises during an ERP migration.',
    category: 'contracts',
    defaultSeverity: 'info',
  },
  messages: {
    unusedOperation:
      "operation {{operation}} of contract '{{contract}}' is not used by any workflow step; declare the workflow that calls it, or remove it from the contract",
    unusedChannel:
      "channel '{{channel}}' of contract '{{contract}}' is not used by any workflow step; declare the workflow that publishes or consumes it, or remove it from the contract",
  },
  check({ workspace, report }) {
    const usedOperations = new Set<ContractOperation>();
    const usedChannels = new Set<ContractChannel>();
    for (const workflow of workspace.estate.workflows) {
      for (const step of workflow.steps) {
        const operation = findStepOperation(workspace, step);
        if (operation !== undefined) usedOperations.add(operation.operation);
        const channel = findStepChannel(workspace, step);
        if (channel !== undefined) usedChannels.add(channel.channel);
      }
    }

    const checked = new Set<Contract>();
    for (const system of workspace.estate.systems) {
      for (const reference of system.contracts ?? []) {
        const contract = workspace.contracts.get(reference.id);
        if (contract === undefined || checked.has(contract)) continue;
        checked.add(contract);
        if (contract.format === 'openapi') {
          for (const operation of contract.operations) {
            if (usedOperations.has(operation)) continue;
            report({
              messageId: 'unusedOperation',
              data: { operation: describeOperation(operation), contract: contract.id },
              location: { file: operation.file, pointer: operation.pointer },
            });
          }
          continue;
        }
        for (const channel of contract.channels) {
          if (usedChannels.has(channel)) continue;
          report({
            messageId: 'unusedChannel',
            data: { channel: channel.address ?? channel.id, contract: contract.id },
            location: { file: channel.file, pointer: channel.pointer },
          });
        }
      }
    }
  },
};
