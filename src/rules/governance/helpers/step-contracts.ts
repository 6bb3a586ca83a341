/**
 * Resolving the contract operation or channel a workflow step names. A missing contract,
 * operation or channel yields undefined: contract-exists, operation-exists and channel-exists
 * report those, so the rules that inspect the contract stay silent about them.
 */
import type { Contract, ContractChannel, ContractOperation } from '../../../contracts/types.js';
import type { WorkflowStep } from '../../../model/types.js';
import type { Workspace } from '../../../workspace/types.js';

export interface StepOperation {
  contract: Contract;
  operation: ContractOperation;
}

export interface StepChannel {
  contract: Contract;
  channel: ContractChannel;
}

/** Returns the OpenAPI operation a step calls, when its contract is loaded and declares it. */
export function findStepOperation(workspace: Workspace, step: WorkflowStep): StepOperation | undefined {
  if (step.operation === undefined) return undefined;
  const contract = workspace.contracts.get(step.operation.contract);
  if (contract === undefined || contract.format !== 'openapi') return undefined;
  const operation = contract.findOperation(step.operation.operation);
  return operation === undefined ? undefined : { contract, operation };
}

/** Returns the AsyncAPI channel a step uses, when its contract is loaded and declares it. */
export function findStepChannel(workspace: Workspace, step: WorkflowStep): StepChannel | undefined {
  if (step.channel === undefined) return undefined;
  const contract = workspace.contracts.get(step.channel.contract);
  if (contract === undefined || contract.format !== 'asyncapi') return undefined;
  const channel = contract.findChannel(step.channel.channel);
  return channel === undefined ? undefined : { contract, channel };
}
