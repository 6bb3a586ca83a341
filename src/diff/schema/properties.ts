import type { Resolved } from '../../contracts/types.js';
import type { Side } from '../collector.js';
import { propertyPathOf } from './paths.js';
import { sideOf, type PairScope } from './scope.js';
import type { SchemaView } from './view.js';

/**
 * Compares the properties of two object schemas: which exist, which are required, and each
 * property schema in turn. A name listed in `required` counts as a property even without a schema.
 */
export function compareProperties(scope: PairScope): void {
  const { base, revision } = scope;
  const names = new Set([...base.properties.keys(), ...base.required.keys(), ...revision.properties.keys(), ...revision.required.keys()]);
  for (const name of names) {
    const baseSchema = base.properties.get(name);
    const revisionSchema = revision.properties.get(name);
    const baseRequired = base.required.get(name);
    const revisionRequired = revision.required.get(name);
    const inBase = baseSchema !== undefined || baseRequired !== undefined;
    const inRevision = revisionSchema !== undefined || revisionRequired !== undefined;

    if (inBase && !inRevision) {
      if (isHidden(scope, 'base', baseSchema)) continue;
      const path = propertyPathOf(scope.path, name, (baseSchema ?? baseRequired)!, base.node);
      const sites = { base: sideOf((baseSchema ?? baseRequired)!), revision: sideOf(revision.propertiesSite ?? revision.node) };
      if (isClosedFor(revision, name)) {
        scope.report('property-removed-from-closed-schema', sites, { path });
        // For a request, the rejection is the whole effect: the plain removal is only the open-schema case of it.
        if (scope.spec.flow === 'request') continue;
      }
      scope.report(baseRequired !== undefined ? 'required-property-removed' : 'optional-property-removed', sites, { path });
      continue;
    }
    if (!inBase && inRevision) {
      if (isHidden(scope, 'revision', revisionSchema)) continue;
      const path = propertyPathOf(scope.path, name, (revisionSchema ?? revisionRequired)!, revision.node);
      const sites = { base: sideOf(base.propertiesSite ?? base.node), revision: sideOf((revisionSchema ?? revisionRequired)!) };
      if (isClosedFor(base, name) && scope.spec.kinds.has('property-added-to-closed-schema')) {
        scope.report('property-added-to-closed-schema', sites, { path });
        // An optional property has no other effect; a required one also breaks writers of the base.
        if (revisionRequired === undefined) continue;
      }
      scope.report(revisionRequired !== undefined ? 'required-property-added' : 'property-added', sites, { path });
      continue;
    }
    compareRequired(scope, name, baseSchema, revisionSchema);
    if (baseSchema !== undefined && revisionSchema !== undefined) scope.recurse(baseSchema, revisionSchema, propertyPathOf(scope.path, name, revisionSchema, revision.node));
  }
}

/**
 * Returns whether the schema rejects a member called `name` that it does not list: additional
 * (or unevaluated) properties are `false` and no `patternProperties` pattern may match the name.
 */
function isClosedFor(view: SchemaView, name: string): boolean {
  if (view.additional?.value !== false) return false;
  for (const pattern of view.patternProperties.keys()) {
    if (mayMatch(pattern, name)) return false;
  }
  return true;
}

/** Returns whether `pattern` matches `name`; a pattern that JavaScript cannot compile may match anything. */
function mayMatch(pattern: string, name: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    return true;
  }
}

/** Reports a property that became required or optional, named from the `required` entry that changed. */
function compareRequired(scope: PairScope, name: string, baseSchema: Resolved | undefined, revisionSchema: Resolved | undefined): void {
  const baseRequired = scope.base.required.get(name);
  const revisionRequired = scope.revision.required.get(name);
  if ((baseRequired === undefined) === (revisionRequired === undefined)) return;
  if (isHidden(scope, 'base', baseSchema) && isHidden(scope, 'revision', revisionSchema)) return;
  const at = (site: Side | undefined, fallback: Side): Side => sideOf(site ?? fallback);
  if (revisionRequired !== undefined) {
    const path = propertyPathOf(scope.path, name, revisionRequired, scope.revision.node);
    scope.report('property-became-required', { base: at(baseSchema, scope.base.node), revision: at(revisionRequired, scope.revision.node) }, { path });
  } else {
    const path = propertyPathOf(scope.path, name, baseRequired!, scope.base.node);
    scope.report('property-became-optional', { base: at(baseRequired, scope.base.node), revision: at(revisionSchema, scope.revision.node) }, { path });
  }
}

/**
 * Returns whether a property takes no part in the data flow of the context: a read-only property
 * is never sent in a request, and a write-only property is never returned in a response.
 */
function isHidden(scope: PairScope, side: 'base' | 'revision', schema: Resolved | undefined): boolean {
  if (schema === undefined) return false;
  const flow = scope.spec.flow;
  if (flow !== 'request' && flow !== 'response') return false;
  const view = scope.view(side, schema);
  return flow === 'request' ? view.readOnly !== undefined : view.writeOnly !== undefined;
}
