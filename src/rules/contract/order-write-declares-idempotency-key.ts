import { includesName } from '../governance/helpers/field-names.js';
import { operationCarriesKey } from '../governance/helpers/idempotency-key.js';
import type { ContractRule } from '../types.js';
import { writeTarget } from './retail/write-subjects.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export const rule: ContractRule = {
  id: 'order-write-declares-idempotency-key',
  scope: 'contract',
  meta: {
    description: 'Every POST, PUT or PATCH that writes an order, payment, refund, capture, return, posting, shipment or stock adjustment declares an idempotency key.',
    why: 'Channels, gateways and brokers resend a request after a timeout; without a key the receiver cannot tell the retry from a new order, so it books the order, the refund or the stock movement twice.',
    category: 'idempotency',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
    rulesets: ['retail'],
  },
  messages: {
    missingKey:
      "{{method}} {{path}} writes {{subject}} but declares no idempotency key; add an Idempotency-Key header parameter or an idempotency_key body property so that a retried request is applied once",
  },
  check({ contract, report }) {
    for (const operation of contract.operations) {
      if (!WRITE_METHODS.has(operation.method)) continue;
      const target = writeTarget(operation);
      if (target === undefined || operationCarriesKey(operation)) continue;
      // PUT replaces the resource its URL names, so a repeat leaves the same state.
      if (operation.method === 'PUT' && target.isIdentified) continue;
      // A conditional PUT or PATCH fails with 412 when repeated after the first one changed the resource.
      const headers = operation.parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
      if (operation.method !== 'POST' && includesName(headers, 'If-Match')) continue;
      report({
        messageId: 'missingKey',
        data: { method: operation.method, path: operation.path, subject: target.subject },
        location: { file: operation.file, pointer: operation.pointer },
      });
    }
  },
};
