import { deref, isRefObject, resolveIfFetched, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { SourceFile } from '../../workspace/source.js';

/** A value being compared. Its pointer is built only when a `$ref` is followed, which keeps the walk cheap. */
interface Node {
  value: unknown;
  file: SourceFile;
  pointer: () => string;
}

/**
 * Decides whether two schemas are the same value once every `$ref` is followed on both sides, so
 * the comparer only walks schemas that differ. A `$ref` with sibling keywords is equal only to a
 * `$ref` with equal siblings and an equal target. Circular schemas are equal when no difference is
 * reachable: a pair met again while it is being compared counts as equal.
 */
export class SchemaEquality {
  /** Pairs of `$ref` targets known equal, keyed `file#pointer|file#pointer`. */
  private readonly equal = new Set<string>();
  private readonly unequal = new Set<string>();

  constructor(
    private readonly baseResolve: ResolveFn,
    private readonly revisionResolve: ResolveFn,
  ) {}

  isEqual(base: Resolved, revision: Resolved): boolean {
    const pending = new Set<string>();
    const provisional: string[] = [];
    const result = this.compareTargets(nodeOf(base), nodeOf(revision), pending, provisional);
    // Pairs found equal while another pair was assumed equal are only sure when the whole walk succeeded.
    if (result) for (const key of provisional) this.equal.add(key);
    return result;
  }

  private compareTargets(base: Node, revision: Node, pending: Set<string>, provisional: string[]): boolean {
    const baseTarget = this.follow(base, this.baseResolve);
    const revisionTarget = this.follow(revision, this.revisionResolve);
    if (baseTarget === undefined || revisionTarget === undefined) return false;
    const key = `${baseTarget.file.absolutePath}#${baseTarget.pointer()}|${revisionTarget.file.absolutePath}#${revisionTarget.pointer()}`;
    if (this.equal.has(key) || pending.has(key)) return true;
    if (this.unequal.has(key)) return false;
    pending.add(key);
    const result = this.compareValues(baseTarget, revisionTarget, pending, provisional);
    pending.delete(key);
    if (result) provisional.push(key);
    else this.unequal.add(key);
    return result;
  }

  /** Follows a `$ref` without siblings to its target; other nodes stay as they are. */
  private follow(node: Node, resolve: ResolveFn): Node | undefined {
    if (!isPlainRef(node.value)) return node;
    const target = deref({ value: node.value, file: node.file, pointer: node.pointer() }, resolve);
    return target === undefined ? undefined : nodeOf(target);
  }

  private compareValues(base: Node, revision: Node, pending: Set<string>, provisional: string[]): boolean {
    const a = base.value;
    const b = revision.value;
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      const list = b as unknown[];
      if (a.length !== list.length) return false;
      return a.every((item, index) => this.compareMember(base, revision, index, item, list[index], pending, provisional));
    }
    const baseObject = a as Record<string, unknown>;
    const revisionObject = b as Record<string, unknown>;
    const baseKeys = Object.keys(baseObject);
    if (baseKeys.length !== Object.keys(revisionObject).length) return false;
    for (const key of baseKeys) {
      if (!Object.hasOwn(revisionObject, key)) return false;
      if (key === '$ref') continue;
      if (!this.compareMember(base, revision, key, baseObject[key], revisionObject[key], pending, provisional)) return false;
    }
    // Both sides are `$ref` objects with siblings: their targets must match too.
    if (isRefObject(a) && isRefObject(b)) {
      const baseTarget = resolveIfFetched(this.baseResolve, a.$ref, base.file, `${base.pointer()}/$ref`);
      const revisionTarget = resolveIfFetched(this.revisionResolve, b.$ref, revision.file, `${revision.pointer()}/$ref`);
      if (baseTarget === undefined || revisionTarget === undefined) return false;
      return this.compareTargets(nodeOf(baseTarget), nodeOf(revisionTarget), pending, provisional);
    }
    return true;
  }

  private compareMember(
    base: Node,
    revision: Node,
    key: string | number,
    a: unknown,
    b: unknown,
    pending: Set<string>,
    provisional: string[],
  ): boolean {
    const baseChild = childNode(base, key, a);
    const revisionChild = childNode(revision, key, b);
    if (isPlainRef(a) || isPlainRef(b)) return this.compareTargets(baseChild, revisionChild, pending, provisional);
    return this.compareValues(baseChild, revisionChild, pending, provisional);
  }
}

function nodeOf(resolved: Resolved): Node {
  return { value: resolved.value, file: resolved.file, pointer: () => resolved.pointer };
}

function childNode(parent: Node, key: string | number, value: unknown): Node {
  return { value, file: parent.file, pointer: () => `${parent.pointer()}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}` };
}

/** Returns whether `value` is a `$ref` object without sibling keywords. */
function isPlainRef(value: unknown): boolean {
  return isRefObject(value) && Object.keys(value).length === 1;
}
