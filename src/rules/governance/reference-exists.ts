import type { Location } from '../../findings.js';
import { fromPointer } from '../../findings.js';
import { indexEstate } from '../../model/estate-index.js';
import { EXCEPTION_KINDS, type PayloadRef } from '../../model/types.js';
import type { Workspace } from '../../workspace/types.js';
import type { EstateRule, Report } from '../types.js';

type Kind = 'business object' | 'canonical model' | 'workflow' | 'exception class';

/** Retryable error names with a fixed meaning; any other name must be a declared exception class. */
const BUILT_IN_ERROR = /^(timeout|connection|http-[1-5](\d\d|xx))$/;

function isBuiltInError(name: string): boolean {
  return BUILT_IN_ERROR.test(name) || (EXCEPTION_KINDS as readonly string[]).includes(name);
}

interface IdReference {
  kind: Kind;
  id: string;
  referrer: string;
  location: Location;
}

function idReferences(workspace: Workspace): IdReference[] {
  const { estate, locate } = workspace;
  const references: IdReference[] = [];
  for (const workflow of estate.workflows) {
    references.push({ kind: 'business object', id: workflow.object, referrer: `workflow '${workflow.id}'`, location: locate(workflow, 'object') });
  }
  for (const mapping of estate.mappings) {
    references.push({ kind: 'canonical model', id: mapping.model, referrer: `mapping '${mapping.id}'`, location: locate(mapping, 'model') });
  }
  for (const traffic of estate.traffic) {
    references.push({ kind: 'workflow', id: traffic.workflow, referrer: `traffic of channel '${traffic.channel}'`, location: locate(traffic, 'workflow') });
  }
  for (const policy of estate.retryPolicies) {
    policy.retryableErrors.forEach((name, index) => {
      if (isBuiltInError(name)) return;
      references.push({ kind: 'exception class', id: name, referrer: `retry policy '${policy.id}' (retryableErrors)`, location: locate(policy, 'retryableErrors', index) });
    });
  }
  for (const sla of estate.slas) {
    if (sla.workflow === undefined) continue;
    references.push({ kind: 'workflow', id: sla.workflow, referrer: `SLA '${sla.id}'`, location: locate(sla, 'workflow') });
  }
  return references;
}

/** Returns whether `pointer` names a node of the contract's root document. */
function hasNode(document: unknown, pointer: string): boolean {
  let node = document;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

function payloadReferences(workspace: Workspace): Array<{ payload: PayloadRef; referrer: string }> {
  const payloads: Array<{ payload: PayloadRef; referrer: string }> = [];
  for (const model of workspace.estate.canonicalModels) {
    for (const payload of model.payloads ?? []) payloads.push({ payload, referrer: `canonical model '${model.id}'` });
  }
  for (const mapping of workspace.estate.mappings) {
    if (mapping.payload !== undefined) payloads.push({ payload: mapping.payload, referrer: `mapping '${mapping.id}'` });
  }
  return payloads;
}

export const rule: EstateRule = {
  id: 'reference-exists',
  scope: 'estate',
  meta: {
    description: 'Every business object, canonical model, workflow, exception class and contract payload that a declaration names exists.',
    why: 'A workflow over an undeclared object or a mapping to a missing model is governed by nothing: ownership, SLA and mapping checks skip it silently.',
    category: 'references',
    defaultSeverity: 'error',
  },
  messages: {
    unknownId: "{{referrer}} names {{kind}} '{{id}}', which is not declared; declare it or correct the id",
    unknownError: "{{referrer}} names '{{id}}', which is neither timeout, connection, http-NNN, http-Nxx, an exception kind nor a declared exception class; correct the name",
    unknownPayload: "{{referrer}} maps payload '{{pointer}}' of contract '{{contract}}', but the contract has no such node; correct the JSON pointer",
  },
  check({ workspace, report }) {
    const index = indexEstate(workspace.estate);
    const known: Record<Kind, Map<string, unknown>> = {
      'business object': index.objects,
      'canonical model': index.models,
      workflow: index.workflows,
      'exception class': index.exceptionClasses,
    };
    for (const reference of idReferences(workspace)) {
      if (known[reference.kind].has(reference.id)) continue;
      const data = { referrer: reference.referrer, kind: reference.kind, id: reference.id };
      const messageId = reference.kind === 'exception class' ? 'unknownError' : 'unknownId';
      report({ messageId, data, location: reference.location });
    }
    for (const { payload, referrer } of payloadReferences(workspace)) {
      // A missing contract is reported by contract-exists.
      const contract = workspace.contracts.get(payload.contract);
      if (contract === undefined || hasNode(contract.source.data, payload.pointer)) continue;
      const finding: Report = {
        messageId: 'unknownPayload',
        data: { referrer, pointer: payload.pointer, contract: payload.contract },
        location: workspace.locate(payload, 'pointer'),
      };
      report(finding);
    }
  },
};
