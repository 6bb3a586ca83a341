import type { ChangeKind } from '../types.js';

/**
 * Changes of the canonical models an estate declares. Changes inside a model's schema come from
 * the schema catalogue (`model-*`); these cover the model as a whole and its declared version.
 */
export const MODEL_CHANGES: ChangeKind[] = [
  {
    id: 'canonical-model-removed',
    level: 'breaking',
    direction: 'declaration',
    area: 'models',
    kind: 'removed',
    message: "canonical model '{model}' was removed",
    why: 'Mappings, generated adapters and contract payloads that follow the model lose their shared definition.',
  },
  {
    id: 'canonical-model-added',
    level: 'info',
    direction: 'none',
    area: 'models',
    kind: 'added',
    message: "canonical model '{model}' was added",
    why: 'A new model changes no existing mapping or payload.',
  },
  {
    id: 'canonical-model-version-not-bumped',
    level: 'warning',
    direction: 'declaration',
    area: 'models',
    kind: 'changed',
    message: "canonical model '{model}' changed incompatibly ({compatibility}) but keeps version {version}",
    why: 'Systems pin a model version, so data of the old and the new schema cannot be told apart under one version.',
  },
  {
    id: 'canonical-model-major-version-not-bumped',
    level: 'warning',
    direction: 'declaration',
    area: 'models',
    kind: 'changed',
    message: "canonical model '{model}' is no longer backward compatible, but its version went from {base} to {revision} without a new major version",
    why: 'Semantic versioning promises that a reader of a new minor or patch version still reads all data written before it.',
  },
];
