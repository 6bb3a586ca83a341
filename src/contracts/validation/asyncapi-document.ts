/**
 * Validates an AsyncAPI document against the official JSON Schema of its exact version, twice:
 * as written (the root file, with its `$ref`s in place) and after resolution (every reference
 * replaced by its target, which may live in another file). Problems inside message payload
 * schemas that asyncapi-payload checks are left to that rule, so no problem is reported twice.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { asyncApiNodes, payloadSchemaRoots } from '../nodes/asyncapi.js';
import { isRefObject } from '../refs.js';
import type { Contract, Resolved } from '../types.js';
import { keepsV3Reference, originOf, resolveDocument, type Origin } from './asyncapi-resolved.js';
import { memberValidator, specValidator, type SpecValidator } from './asyncapi-spec.js';
import { describeError } from './error-text.js';
import { explainErrors, valueAt } from './explain-errors.js';

export interface DocumentProblem extends Origin {
  /** Pointer of the offending value in the validated data: the document as written, or after resolution. */
  path: string;
  /** Description of the problem, starting with a verb: `must be string`, `is not allowed here`. */
  text: string;
}

export interface DocumentValidation {
  /** False when @asyncapi/specs has no schema for the document's version; the lists are then empty. */
  known: boolean;
  /** Problems of the root file as written. */
  asWritten: DocumentProblem[];
  /** Problems that only show after resolution, in whichever file they were written. */
  afterResolution: DocumentProblem[];
}

const cache = new WeakMap<Contract, DocumentValidation>();

/** Returns the problems of an AsyncAPI contract against its version's schema, computed once per contract. */
export function validateAsyncApiDocument(contract: Contract): DocumentValidation {
  let result = cache.get(contract);
  if (result !== undefined) return result;
  const validator = specValidator(contract.version);
  result = validator === undefined ? { known: false, asWritten: [], afterResolution: [] } : validate(contract, validator);
  cache.set(contract, result);
  return result;
}

function validate(contract: Contract, validator: SpecValidator): DocumentValidation {
  const isPayloadProblem = payloadFilter(contract);
  const root = contract.source;

  const asWritten = problemsOf(validator, validator.document(), root.data, (pointer) => ({ file: root.path, pointer }))
    .filter((problem) => !isPayloadProblem(problem));
  const written = new Set(asWritten.map(keyOf));

  const keepsReference = contract.version.startsWith('2.') ? () => false : keepsV3Reference;
  const resolved = resolveDocument(contract, keepsReference);
  const afterResolution = problemsOf(validator, validator.document(), resolved.data, (pointer) => originOf(resolved, pointer))
    .filter((problem) => !isPayloadProblem(problem) && !written.has(keyOf(problem)));
  return { known: true, asWritten, afterResolution };
}

/**
 * Returns the problems of a schema against the AsyncAPI Schema object of the contract's version,
 * with `$ref`s left in place. Returns undefined when @asyncapi/specs has no schema for the version.
 */
export function validateSchemaObject(contract: Contract, schema: Resolved): DocumentProblem[] | undefined {
  const validator = specValidator(contract.version);
  if (validator === undefined) return undefined;
  const base = { file: schema.file.path, pointer: schema.pointer };
  return problemsOf(validator, validator.schemaObject(), schema.value, (pointer) => ({ file: base.file, pointer: base.pointer + pointer }));
}

function problemsOf(validator: SpecValidator, validate: ValidateFunction, data: unknown, locate: (pointer: string) => Origin): DocumentProblem[] {
  if (validate(data)) return [];
  // Some published schemas (2.1.0 parameters) let a Reference object match the object it stands
  // for as well, so a `$ref` fails their `oneOf` by matching two members. The reference is fine.
  const relevant = (validate.errors ?? []).filter((error) => !(isAmbiguousMatch(error) && isRefObject(valueAt(data, error.instancePath))));
  const errors = withoutRestatedCombinators(explainErrors(relevant, data, (error, index) => memberValidator(validator, error, index)));
  const seen = new Set<string>();
  const problems: DocumentProblem[] = [];
  for (const error of errors) {
    const described = describeError(error);
    const problem = { ...locate(described.pointer), path: described.pointer, text: described.text };
    const key = keyOf(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Drops a failed `oneOf`/`anyOf` that explain-errors.ts could not narrow down when a more specific
 * error at the same place or below already describes the problem. explain-errors.ts cannot rerun
 * members that live in ajv's built-in draft-07 meta-schema, for example.
 */
export function withoutRestatedCombinators(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => {
    const isCombinator = (error.keyword === 'oneOf' || error.keyword === 'anyOf') && (error.params as { passingSchemas?: unknown }).passingSchemas == null;
    if (!isCombinator) return true;
    return !errors.some((other) => other !== error && other.keyword !== error.keyword && (other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`)));
  });
}

function isAmbiguousMatch(error: ErrorObject): boolean {
  return error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas != null;
}

/** Returns a test for problems inside the payload schemas that asyncapi-payload validates. */
function payloadFilter(contract: Contract): (problem: Origin) => boolean {
  const roots = new Map<string, string[]>();
  for (const schema of payloadSchemaRoots(asyncApiNodes(contract))) {
    const list = roots.get(schema.file.path) ?? [];
    list.push(schema.pointer);
    roots.set(schema.file.path, list);
  }
  return (problem) => (roots.get(problem.file) ?? []).some((pointer) => isWithin(problem.pointer, pointer));
}

function isWithin(pointer: string, ancestor: string): boolean {
  return ancestor === '' || pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function keyOf(problem: DocumentProblem): string {
  return `${problem.file}#${problem.pointer}\0${problem.text}`;
}
