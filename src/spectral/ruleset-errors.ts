import { InputError, type ErrorPosition } from '../errors.js';
import { toPointer } from '../findings.js';
import { displayPath, locateDefinitionPath, type RulesetFile } from './ruleset-files.js';

const HINT = 'Fix the Spectral ruleset; it is loaded as the Spectral CLI loads it, without network access';

interface ValidationErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
}

interface RollupErrorLike extends Error {
  loc?: { file?: string; line: number; column: number };
  id?: string;
}

/**
 * Turns an error thrown while bundling or validating a ruleset into an InputError that names the
 * ruleset file and keeps Spectral's own wording. `scanned` places validation errors of a YAML or
 * JSON ruleset at their line and column.
 */
export function toRulesetError(error: unknown, display: string, scanned: RulesetFile | undefined): InputError {
  if (error instanceof InputError) return error;
  if (isAggregate(error)) {
    const [first, ...others] = leaves(error).map((item) => toRulesetError(item, display, scanned));
    return new InputError(first.message, positionOf(first), HINT, others);
  }
  if (!(error instanceof Error)) return new InputError(`invalid Spectral ruleset: ${String(error)}`, { file: display }, HINT);
  if (Array.isArray((error as ValidationErrorLike).path)) return validationError(error, display, scanned);
  const remote = /remote rulesets are not fetched: \S+/.exec(error.message);
  if (remote !== null) return new InputError(remote[0], { file: display }, 'Download the ruleset into the workspace and import it by a relative path');
  const rollup = error as RollupErrorLike;
  if (rollup.loc !== undefined) {
    const file = rollup.loc.file ?? rollup.id;
    const message = firstLine(error.message).replace(/ \(\d+:\d+\)( in .*)?$/, '');
    return new InputError(`invalid Spectral ruleset: ${message}`,
      { file: file === undefined ? display : displayPath(file), line: rollup.loc.line, column: rollup.loc.column + 1 }, HINT);
  }
  return new InputError(`invalid Spectral ruleset: ${describeError(error)}`, { file: display }, HINT);
}

/** Flattens nested AggregateErrors, in which Spectral collects its validation errors. */
function leaves(error: unknown): unknown[] {
  return isAggregate(error) ? error.errors.flatMap(leaves) : [error];
}

/** Spectral throws AggregateErrors of a polyfill package, so the class is not checked. */
function isAggregate(error: unknown): error is Error & { errors: unknown[] } {
  const errors = error instanceof Error ? (error as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) && errors.length > 0;
}

function validationError(error: ValidationErrorLike, display: string, scanned: RulesetFile | undefined): InputError {
  const segments = error.path ?? [];
  if (scanned !== undefined) {
    return new InputError(`invalid Spectral ruleset: ${firstLine(error.message)}`, locateDefinitionPath(scanned, segments), HINT);
  }
  // A JavaScript ruleset has no parse of ours to place the error in: name the path instead.
  const at = segments.length === 0 ? '' : ` (at ${toPointer(segments)})`;
  return new InputError(`invalid Spectral ruleset: ${firstLine(error.message)}${at}`, { file: display }, HINT);
}

function positionOf(error: InputError): ErrorPosition | undefined {
  return error.file === undefined ? undefined : { file: error.file, line: error.line, column: error.column };
}

/**
 * Returns the message with those of its causes, first lines only and each once, without stack
 * frames. For an AggregateError, such as the one Spectral's JSONPath engine throws around the
 * errors of custom functions, returns the messages of the errors it collects, each from its cause
 * when it has one, because the wrappers only repeat it.
 */
export function describeError(error: Error): string {
  if (isAggregate(error)) {
    const messages = leaves(error).map((item) => {
      const inner = item instanceof Error && item.cause instanceof Error ? item.cause : item;
      return inner instanceof Error ? describeError(inner) : String(inner);
    });
    return [...new Set(messages)].join('; ');
  }
  const parts = [firstLine(error.message)];
  let cause = error.cause;
  while (cause instanceof Error && parts.length < 5) {
    const line = firstLine(cause.message);
    if (line !== '' && !parts.some((part) => part.includes(line))) parts.push(line);
    cause = cause.cause;
  }
  return parts.filter((part) => part !== '').join(': ');
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
