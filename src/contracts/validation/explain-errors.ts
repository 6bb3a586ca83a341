/**
 * Reduces ajv-shaped errors, collected for all keywords and with the member list on each
 * `oneOf`/`anyOf` error (ajv's `allErrors` and `verbose`), to the ones a person should read. A failed `oneOf` or `anyOf` lists the errors of every member schema, most of
 * them noise: a Parameter object also fails the Reference alternative for lacking `$ref`, and the
 * `in: path` alternative for having `in: query`. For each failed `oneOf`/`anyOf` the member
 * schemas are run again one by one, the member that the value was evidently meant for is chosen,
 * and only its errors are kept.
 */
import type { ErrorObject } from 'ajv';
import { fromPointer } from '../../findings.js';

/** Returns the errors of a value against one member schema; empty when the value matches it. */
export type MemberValidator = (value: unknown) => ErrorObject[];

/** Returns a validator for member `index` of the `oneOf`/`anyOf` that `error` reports, or undefined. */
export type BranchCompiler = (error: ErrorObject, index: number) => MemberValidator | undefined;

/** Nested `oneOf`/`anyOf` deeper than this are reported as they are. */
const MAX_DEPTH = 12;

/** Returns the errors worth reporting, in the order ajv found them. */
export function explainErrors(errors: readonly ErrorObject[], data: unknown, compileBranch: BranchCompiler, depth = 0): ErrorObject[] {
  const parts: ErrorObject[][] = [];
  let i = errors.length - 1;
  while (i >= 0) {
    const error = errors[i];
    // An `if` error only reports that `then` or `else` failed, whose own errors are listed.
    if (error.keyword === 'if') {
      i -= 1;
      continue;
    }
    const members = isComposite(error) && depth < MAX_DEPTH ? runMembers(error, data, compileBranch) : undefined;
    const count = members?.reduce((sum, list) => sum + list.length, 0) ?? 0;
    // ajv lists the errors of the members right before the composite error; they must be the same.
    if (members !== undefined && count <= i && sameErrors(errors.slice(i - count, i), members.flat())) {
      parts.push(chooseMember(error, members, data, compileBranch, depth));
      i -= count + 1;
      continue;
    }
    parts.push([error]);
    i -= 1;
  }
  const explained = parts.reverse().flat();
  // Member errors stay complete, since a type mismatch is what rules a member out.
  return depth === 0 ? dropTypeBesideEnum(explained) : explained;
}

/** Drops a `type` error where the same value also fails `enum` or `const`, since the allowed values are the better hint. */
function dropTypeBesideEnum(errors: ErrorObject[]): ErrorObject[] {
  const listed = new Set(errors.filter((error) => error.keyword === 'enum' || error.keyword === 'const').map((error) => error.instancePath));
  return listed.size === 0 ? errors : errors.filter((error) => error.keyword !== 'type' || !listed.has(error.instancePath));
}

function isComposite(error: ErrorObject): boolean {
  return (error.keyword === 'oneOf' || error.keyword === 'anyOf') && Array.isArray(error.schema);
}

/** Validates the value at the composite error against each member; returns the errors with absolute paths. */
function runMembers(error: ErrorObject, data: unknown, compileBranch: BranchCompiler): ErrorObject[][] | undefined {
  const value = valueAt(data, error.instancePath);
  const members: ErrorObject[][] = [];
  for (let index = 0; index < (error.schema as unknown[]).length; index++) {
    const validate = compileBranch(error, index);
    if (validate === undefined) return undefined;
    members.push(validate(value).map((memberError) => ({ ...memberError, instancePath: error.instancePath + memberError.instancePath })));
  }
  return members;
}

function sameErrors(listed: ErrorObject[], rerun: ErrorObject[]): boolean {
  return listed.length === rerun.length && listed.every((error, i) => error.keyword === rerun[i].keyword && error.instancePath === rerun[i].instancePath);
}

/**
 * Picks the member the value was meant for. A member is ruled out when the value has the wrong
 * type for it, lacks `$ref` (it is the Reference alternative), or has another value in a property
 * that the member fixes to a single value (`in: path`, `type: apiKey`). Of the rest, the member
 * with the fewest errors wins.
 */
function chooseMember(error: ErrorObject, members: ErrorObject[][], data: unknown, compileBranch: BranchCompiler, depth: number): ErrorObject[] {
  // `oneOf` that matched more than one member: its own error is the finding.
  if (error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas != null) return [error];

  const explained = members.map((list) => explainErrors(list, data, compileBranch, depth + 1));
  const path = error.instancePath;
  const candidates = explained.filter((list) => list.length > 0 && !list.some((memberError) => rulesOutMember(memberError, path)));
  if (candidates.length > 0) return candidates.reduce((best, list) => (list.length < best.length ? list : best));
  return mergeMismatches(error, explained) ?? [error];
}

function rulesOutMember(error: ErrorObject, path: string): boolean {
  if (error.instancePath === path) {
    return error.keyword === 'type' || (error.keyword === 'required' && (error.params as { missingProperty?: string }).missingProperty === '$ref');
  }
  if (!isChildPath(error.instancePath, path)) return false;
  if (error.keyword === 'const') return true;
  return error.keyword === 'enum' && ((error.params as { allowedValues?: unknown[] }).allowedValues?.length ?? 0) === 1;
}

/**
 * When every member is ruled out in the same way, states it once: "must be string or array" for
 * type mismatches, or "/in must be one of ..." for a property that each member fixes.
 */
function mergeMismatches(error: ErrorObject, explained: ErrorObject[][]): ErrorObject[] | undefined {
  const path = error.instancePath;
  const typeErrors = explained.map((list) => list.find((memberError) => memberError.instancePath === path && memberError.keyword === 'type'));
  if (typeErrors.every((typeError) => typeError !== undefined)) {
    const types = [...new Set(typeErrors.flatMap((typeError) => String((typeError!.params as { type: unknown }).type).split(',')))];
    return [{ ...error, keyword: 'type', params: { type: types.join(',') }, message: `must be ${types.join(' or ')}` }];
  }
  const fixed = explained.map((list) => list.find((memberError) => isChildPath(memberError.instancePath, path) && rulesOutMember(memberError, path)));
  const property = fixed[0]?.instancePath;
  if (property !== undefined && fixed.every((memberError) => memberError?.instancePath === property)) {
    const allowedValues = [...new Set(fixed.flatMap((memberError) => {
      const params = memberError!.params as { allowedValue?: unknown; allowedValues?: unknown[] };
      return memberError!.keyword === 'const' ? [params.allowedValue] : params.allowedValues ?? [];
    }))];
    return [{ ...error, instancePath: property, keyword: 'enum', params: { allowedValues }, message: 'must be equal to one of the allowed values' }];
  }
  return undefined;
}

function isChildPath(candidate: string, parent: string): boolean {
  return candidate.startsWith(parent + '/') && !candidate.slice(parent.length + 1).includes('/');
}

/** Returns the value at an ajv instance path (a JSON pointer). */
export function valueAt(data: unknown, instancePath: string): unknown {
  let value = data;
  for (const segment of fromPointer(instancePath)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
