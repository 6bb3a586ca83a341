/** Plain-words text for ajv errors, shared by the example and document schema rules. */
import type { ErrorObject } from 'ajv';

/** Enum values listed in a message before the rest is elided. */
const MAX_LISTED_VALUES = 8;

export interface DescribedError {
  /** JSON pointer of the offending value; for an unexpected property, of that property. */
  pointer: string;
  /** The problem, worded to follow the pointer: `must be string`, `is not allowed here`. */
  text: string;
}

/** Describes one ajv error. */
export function describeError(error: ErrorObject): DescribedError {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      return { pointer: `${error.instancePath}/${escape(name)}`, text: 'is not allowed here' };
    }
    case 'required':
      return { pointer: error.instancePath, text: `must have the required property '${String(params.missingProperty)}'` };
    case 'type':
      return { pointer: error.instancePath, text: `must be ${String(params.type).split(',').join(' or ')}` };
    case 'enum':
      return { pointer: error.instancePath, text: `must be one of ${listValues(params.allowedValues as unknown[])}` };
    case 'const':
      return { pointer: error.instancePath, text: `must be ${printValue(params.allowedValue)}` };
    case 'format':
      return { pointer: error.instancePath, text: `must match format '${String(params.format)}'` };
    case 'pattern':
      return { pointer: error.instancePath, text: `must match the pattern '${String(params.pattern)}'` };
    case 'oneOf':
      return {
        pointer: error.instancePath,
        text: params.passingSchemas == null
          ? 'must match exactly one schema in oneOf, but matches none'
          : `must match exactly one schema in oneOf, but matches ${(params.passingSchemas as number[]).map((index) => `#${index}`).join(' and ')}`,
      };
    case 'anyOf':
      return { pointer: error.instancePath, text: 'must match at least one schema in anyOf' };
    case 'false schema':
      return { pointer: error.instancePath, text: 'is not allowed here' };
    default:
      // ajv's own messages read `must be >= 0`, `must NOT have more than 3 items`.
      return { pointer: error.instancePath, text: (error.message ?? `fails '${error.keyword}'`).replace(/\bNOT\b/g, 'not') };
  }
}

/** Formats a value for a message: strings quoted, long values cut. */
export function printValue(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function listValues(values: unknown[] | undefined): string {
  const list = values ?? [];
  const shown = list.slice(0, MAX_LISTED_VALUES).map(printValue).join(', ');
  return list.length > MAX_LISTED_VALUES ? `${shown}, ... (${list.length} values)` : shown;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
