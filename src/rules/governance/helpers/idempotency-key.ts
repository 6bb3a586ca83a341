/**
 * Recognising the idempotency key of an OpenAPI operation where public APIs put it: a request
 * header or a top-level request body property.
 */
import type { ContractOperation } from '../../../contracts/types.js';
import { includesName } from './field-names.js';

/** Header names that public APIs use for idempotency keys, Stripe-style and vendor-specific. */
export const KEY_HEADERS = ['Idempotency-Key', 'X-Idempotency-Key', 'PayPal-Request-Id', 'Repeatability-Request-ID'];
export const KEY_BODY_PROPERTIES = ['idempotency_key', 'idempotencyKey'];

/**
 * Returns whether an operation carries an idempotency key: a well-known header or body property,
 * or, when given, the name `declared` as either.
 */
export function operationCarriesKey(operation: ContractOperation, declared?: string): boolean {
  const headers = operation.parameters.filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
  // Swagger 2.0 form parameters are part of the request body.
  const bodyFields = [
    ...operation.requestBodyProperties,
    ...operation.parameters.filter((parameter) => parameter.in === 'formData').map((parameter) => parameter.name),
  ];
  const extra = declared === undefined ? [] : [declared];
  return [...KEY_HEADERS, ...extra].some((name) => includesName(headers, name))
    || [...KEY_BODY_PROPERTIES, ...extra].some((name) => includesName(bodyFields, name));
}
