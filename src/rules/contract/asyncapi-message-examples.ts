import { asyncApiNodes, isValidatableFormat, type AsyncApiNodes, type MessageNode, type ObjectNode, type SchemaUse } from '../../contracts/nodes/asyncapi.js';
import { isPlainObject } from '../../contracts/openapi-index.js';
import { child } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { valueValidatorOf, type ValueValidator } from '../../contracts/validation/asyncapi-values.js';
import type { ContractRule, Report } from '../types.js';
import { ASYNCAPI_DIALECTS, reportProblems } from './asyncapi/support.js';

export const rule: ContractRule = {
  id: 'asyncapi-message-examples',
  scope: 'contract',
  meta: {
    description: "The `payload` and `headers` of each message example are valid against the message's payload and headers schemas.",
    why: 'Examples feed mocks, contract tests and the documentation partners copy from; an example that breaks its own schema teaches every consumer the wrong shape.',
    category: 'contracts',
    defaultSeverity: 'error',
    dialects: ASYNCAPI_DIALECTS,
  },
  messages: {
    invalidExample: 'example {{part}}{{where}} {{problem}}; fix the example or the {{part}} schema',
  },
  check({ contract, report }) {
    const nodes = asyncApiNodes(contract);
    const values = valueValidatorOf(contract);
    for (const message of nodes.messages) {
      checkExamples(message.node, 'payload', payloadSchema(message.payload), values, report);
      checkExamples(message.node, 'headers', headersSchemas(nodes, message), values, report);
    }
    for (const trait of nodes.messageTraits) checkExamples(trait.node, 'headers', headersSchemas(nodes, trait), values, report);
  },
};

/** Validates the `part` of each entry of the `examples` of a message or trait against `schemas`, merged in order. */
function checkExamples(owner: ObjectNode, part: 'payload' | 'headers', schemas: Resolved[], values: ValueValidator, report: (report: Report) => void): void {
  const examples = child(owner, 'examples');
  if (!Array.isArray(examples.value) || schemas.length === 0) return;
  examples.value.forEach((example, index) => {
    if (!isPlainObject(example) || example[part] === undefined) return;
    const value = child(child(examples, index), part);
    const result = schemas.length === 1 ? values.check(schemas[0], value.value) : values.checkMerged(schemas, value.value);
    if (result !== undefined) reportProblems(report, 'invalidExample', value, result.problems, { part });
  });
}

function payloadSchema(use: SchemaUse | undefined): Resolved[] {
  return use?.schema !== undefined && isValidatableFormat(use.schemaFormat) ? [use.schema] : [];
}

/**
 * Returns the headers schemas that apply to a message, in JSON Merge Patch order. In 2.x traits
 * are applied on top of the message; in 3.x the message's own members win over its traits'.
 */
function headersSchemas(nodes: AsyncApiNodes, owner: Pick<MessageNode, 'node' | 'headers'> & { traits?: ObjectNode[] }): Resolved[] {
  const own = payloadSchema(owner.headers);
  const fromTraits = (owner.traits ?? []).flatMap((trait) => {
    const known = nodes.messageTraits.find((candidate) => candidate.node.value === trait.value);
    return payloadSchema(known?.headers);
  });
  return nodes.dialect === 'asyncapi2' ? [...own, ...fromTraits] : [...fromTraits, ...own];
}
