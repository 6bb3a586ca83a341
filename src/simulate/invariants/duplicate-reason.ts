/** Explains why a receiver applied a repeated message, for the violations of the duplicate checks. */
import { perAttemptField } from '../engine/idempotency.js';
import type { SimStep } from '../engine/types.js';

export function duplicateReason(step: SimStep): string {
  const key = step.decl.idempotencyKey;
  if (key === undefined) return 'because the step declares no idempotency key';
  const field = perAttemptField(key);
  if (field !== undefined) return `because its idempotency key takes '${field}', which changes with every attempt`;
  return 'although the step declares an idempotency key';
}
