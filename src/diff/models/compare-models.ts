import type { CanonicalModel } from '../../model/types.js';
import type { Workspace } from '../../workspace/types.js';
import type { ChangeCollector } from '../collector.js';
import { fileOf, idOf, pairBy, sectionSite, siteOf } from '../declarations/sites.js';
import type { ModelCompatibility } from '../types.js';
import { compareModel } from './compare.js';

/**
 * Compares the canonical models of two estates by id: models removed and added, each schema both
 * declare, and whether the declared version follows the compatibility of the change. Returns the
 * compatibility of every model both estates declare, by model id.
 */
export function compareModels(base: Workspace, revision: Workspace, collector: ChangeCollector): Record<string, ModelCompatibility> {
  const models = pairBy(base.estate.canonicalModels, revision.estate.canonicalModels, idOf);
  for (const model of models.removed) {
    collector.add('canonical-model-removed', { base: siteOf(base, model), revision: sectionSite(revision, ['canonicalModels'], fileOf(base, model)) }, { model: model.id });
  }
  for (const model of models.added) {
    collector.add('canonical-model-added', { base: sectionSite(base, ['canonicalModels'], fileOf(revision, model)), revision: siteOf(revision, model) }, { model: model.id });
  }

  const compatibility: Record<string, ModelCompatibility> = {};
  for (const [before, after] of models.pairs) {
    const baseSchema = base.canonicalSchemas.get(before.id);
    const revisionSchema = revision.canonicalSchemas.get(after.id);
    if (baseSchema === undefined || revisionSchema === undefined) continue;
    const result = compareModel(before.id, baseSchema, revisionSchema, collector);
    compatibility[before.id] = result;
    checkVersion(base, revision, collector, before, after, result);
  }
  return compatibility;
}

/**
 * Reports a version that does not follow the change: a change that breaks backward compatibility
 * needs a new major version, and any other incompatible change at least a new version.
 */
function checkVersion(base: Workspace, revision: Workspace, collector: ChangeCollector, before: CanonicalModel, after: CanonicalModel, result: ModelCompatibility): void {
  if (result.full) return;
  const sites = { base: siteOf(base, before, 'version'), revision: siteOf(revision, after, 'version') };
  const oldMajor = majorOf(before.version);
  const newMajor = majorOf(after.version);
  if (!result.backward && newMajor <= oldMajor && before.version !== after.version) {
    collector.add('canonical-model-major-version-not-bumped', sites, { model: before.id, base: before.version, revision: after.version });
  } else if (before.version === after.version) {
    const broken = [!result.backward && 'not backward compatible', !result.forward && 'not forward compatible'].filter(Boolean).join(', ');
    collector.add('canonical-model-version-not-bumped', sites, { model: before.id, version: before.version, compatibility: broken });
  }
}

/** Returns the major version of a semantic version such as `1.2.0`. */
function majorOf(version: string): number {
  return Number.parseInt(version, 10);
}
