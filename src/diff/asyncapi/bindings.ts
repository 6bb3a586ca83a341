import { child, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { isSameValue, objectAt } from './values.js';

/** One binding field: its value node, and the object or trait that sets it. */
export interface BindingField {
  node: Resolved;
  owner: Resolved;
}

/** Protocol bindings by protocol, then by field. */
export type Bindings = Map<string, Map<string, BindingField>>;

/** One binding field that differs between the base and the revision. */
export interface BindingDifference {
  protocol: string;
  field: string;
  /** Completes the catalogue message: "the kafka binding 'clientId' of … {change}". */
  change: 'was added' | 'was removed' | 'changed';
  base?: BindingField;
  revision?: BindingField;
}

/**
 * Reads the `bindings` of an object and of its traits. `parts` lists the traits in order and the
 * object last, so the object's own fields override those of its traits, as AsyncAPI 3.0 defines.
 * `bindingVersion` is left out because it versions the format of the binding, not the broker settings.
 */
export function readBindings(parts: Resolved[], resolve: ResolveFn): Bindings {
  const result: Bindings = new Map();
  for (const part of parts) {
    const bindings = objectAt(child(part, 'bindings'), resolve);
    if (bindings === undefined) continue;
    for (const protocol of Object.keys(bindings.value)) {
      const binding = objectAt(child(bindings, protocol), resolve);
      if (binding === undefined) continue;
      const fields = result.get(protocol) ?? new Map<string, BindingField>();
      for (const field of Object.keys(binding.value)) {
        if (field !== 'bindingVersion') fields.set(field, { node: child(binding, field), owner: part });
      }
      result.set(protocol, fields);
    }
  }
  return result;
}

/** Lists the binding fields added, removed or changed, sorted by protocol and field. */
export function diffBindings(base: Bindings, revision: Bindings, baseResolve: ResolveFn, revisionResolve: ResolveFn): BindingDifference[] {
  const differences: BindingDifference[] = [];
  const protocols = [...new Set([...base.keys(), ...revision.keys()])].sort();
  for (const protocol of protocols) {
    const baseFields = base.get(protocol) ?? new Map<string, BindingField>();
    const revisionFields = revision.get(protocol) ?? new Map<string, BindingField>();
    const fields = [...new Set([...baseFields.keys(), ...revisionFields.keys()])].sort();
    for (const field of fields) {
      const before = baseFields.get(field);
      const after = revisionFields.get(field);
      if (before === undefined && after !== undefined) differences.push({ protocol, field, change: 'was added', revision: after });
      else if (before !== undefined && after === undefined) differences.push({ protocol, field, change: 'was removed', base: before });
      else if (before !== undefined && after !== undefined && !isSameValue(before.node, after.node, baseResolve, revisionResolve)) {
        differences.push({ protocol, field, change: 'changed', base: before, revision: after });
      }
    }
  }
  return differences;
}
