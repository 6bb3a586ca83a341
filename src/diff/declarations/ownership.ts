import type { BusinessObject, System } from '../../model/types.js';
import type { Side } from '../collector.js';
import { fileOf, idOf, pairBy, sectionSite, siteOf, type DeclarationComparison } from './sites.js';

/** Reports removed business objects and changed object and field owners. */
export function compareObjects(comparison: DeclarationComparison): void {
  const { base, revision, collector } = comparison;
  const objects = pairBy(base.estate.objects, revision.estate.objects, idOf);
  for (const object of objects.removed) {
    collector.add('object-removed', { base: siteOf(base, object), revision: sectionSite(revision, ['objects'], fileOf(base, object)) }, { object: object.id });
  }
  for (const [before, after] of objects.pairs) {
    if (before.owner !== after.owner) {
      collector.add('object-owner-changed', { base: siteOf(base, before, 'owner'), revision: siteOf(revision, after, 'owner') },
        { object: before.id, base: before.owner, revision: after.owner });
    }
    compareFieldOwners(comparison, before, after);
  }
}

/**
 * Compares per-field owners. A field without its own entry belongs to the object's owner, so an
 * entry added or removed is reported as the change of owner it amounts to.
 */
function compareFieldOwners({ base, revision, collector }: DeclarationComparison, before: BusinessObject, after: BusinessObject): void {
  const fields = pairBy(before.fields ?? [], after.fields ?? [], (field) => field.field);
  const changed: Array<{ field: string; from: string; to: string; baseSite: Side; revisionSite: Side }> = [];
  for (const [old, current] of fields.pairs) {
    changed.push({ field: old.field, from: old.owner, to: current.owner, baseSite: siteOf(base, old, 'owner'), revisionSite: siteOf(revision, current, 'owner') });
  }
  for (const old of fields.removed) {
    changed.push({ field: old.field, from: old.owner, to: after.owner, baseSite: siteOf(base, old, 'owner'), revisionSite: siteOf(revision, after, 'fields') });
  }
  for (const current of fields.added) {
    changed.push({ field: current.field, from: before.owner, to: current.owner, baseSite: siteOf(base, before, 'fields'), revisionSite: siteOf(revision, current, 'owner') });
  }
  for (const { field, from, to, baseSite, revisionSite } of changed) {
    if (from === to) continue;
    collector.add('object-field-owner-changed', { base: baseSite, revision: revisionSite }, { object: before.id, field, base: from, revision: to });
  }
}

/** Reports removed systems, changed owning teams and contracts that moved to another system. */
export function compareSystems({ base, revision, collector }: DeclarationComparison): void {
  const systems = pairBy(base.estate.systems, revision.estate.systems, idOf);
  for (const system of systems.removed) {
    collector.add('system-removed', { base: siteOf(base, system), revision: sectionSite(revision, ['systems'], fileOf(base, system)) }, { system: system.id });
  }
  for (const [before, after] of systems.pairs) {
    if (before.owner !== after.owner) {
      collector.add('system-owner-changed', { base: siteOf(base, before, 'owner'), revision: siteOf(revision, after, 'owner') },
        { system: before.id, base: before.owner, revision: after.owner });
    }
  }

  // A contract dropped from the whole estate is reported with the contract comparison; here only
  // a contract that another system now declares.
  const revisionOwners = contractOwners(revision.estate.systems);
  for (const [contractId, { system, reference }] of contractOwners(base.estate.systems)) {
    const now = revisionOwners.get(contractId);
    if (now === undefined || now.system.id === system.id) continue;
    collector.add('contract-system-changed', { base: siteOf(base, reference), revision: siteOf(revision, now.reference) },
      { contract: contractId, base: system.id, revision: now.system.id });
  }
}

/** Indexes contract references by contract id; the first system that declares an id owns it, as in the loader. */
function contractOwners(systems: System[]): Map<string, { system: System; reference: object }> {
  const owners = new Map<string, { system: System; reference: object }>();
  for (const system of systems) {
    for (const reference of system.contracts ?? []) {
      if (!owners.has(reference.id)) owners.set(reference.id, { system, reference });
    }
  }
  return owners;
}

/** Reports removed mappings, whose generated code disappears with them. */
export function compareMappings({ base, revision, collector }: DeclarationComparison): void {
  for (const mapping of pairBy(base.estate.mappings, revision.estate.mappings, idOf).removed) {
    collector.add('mapping-removed', { base: siteOf(base, mapping), revision: sectionSite(revision, ['mappings'], fileOf(base, mapping)) }, { mapping: mapping.id });
  }
}
