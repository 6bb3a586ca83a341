/** A field of a mapping, for error messages: the mapping id and the field's path with array indexes. */
export interface FieldRef {
  mapping: string;
  field: string;
}

/**
 * Why a value could not be mapped:
 * - `unmapped-value`: a value map does not list the value and the policy is `reject`;
 * - `missing-value`: a field that the target requires is absent in the source;
 * - `invalid-value`: the value has the wrong type or format for its conversion.
 */
export type MappingProblem = 'unmapped-value' | 'missing-value' | 'invalid-value';

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A source value that a mapping cannot turn into a target value. It belongs to the `mapping`
 * exception kind of the declarations: retrying does not help, the message goes to the dead-letter
 * queue of its step.
 */
export class MappingError extends Error {
  readonly kind = 'mapping' as const;
  readonly mapping: string;
  readonly field: string;
  readonly problem: MappingProblem;
  readonly value: unknown;

  constructor(at: FieldRef, problem: MappingProblem, value: unknown, detail: string) {
    super(`mapping ${at.mapping}: field ${at.field}: ${detail} (value ${describe(value)})`);
    this.name = 'MappingError';
    this.mapping = at.mapping;
    this.field = at.field;
    this.problem = problem;
    this.value = value;
  }
}
