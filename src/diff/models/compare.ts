import type { Resolved } from '../../contracts/types.js';
import type { SourceFile } from '../../workspace/source.js';
import { ChangeCollector, type ChangeSites, type MessageValues } from '../collector.js';
import { compatibilityImpact } from '../schema/compatibility.js';
import { SchemaComparer } from '../schema/compare.js';
import type { ModelCompatibility } from '../types.js';
import { resolveWithinFile } from './resolve.js';

/** Passes every change on to `target` and keeps the ids, to rate the compatibility of one model. */
class RecordingCollector extends ChangeCollector {
  readonly ids = new Set<string>();

  constructor(private readonly target: ChangeCollector) {
    super();
  }

  override add(id: string, sites: ChangeSites, values: MessageValues = {}, usedBy?: string): void {
    this.ids.add(id);
    this.target.add(id, sites, values, usedBy);
  }
}

/**
 * Compares two versions of a canonical model's JSON Schema and returns its schema registry
 * compatibility: backward when the revision reads data written with the base, forward when the
 * base reads data written with the revision. The changes go to `collector`, each naming the model
 * among its users, so a schema file shared by two models shows both.
 */
export function compareModel(modelId: string, baseFile: SourceFile, revisionFile: SourceFile, collector: ChangeCollector): ModelCompatibility {
  const recording = new RecordingCollector(collector);
  const comparer = new SchemaComparer(recording, resolveWithinFile(baseFile), resolveWithinFile(revisionFile));
  comparer.compare(rootOf(baseFile), rootOf(revisionFile), 'model', modelId, `canonical model '${modelId}'`);

  let backward = true;
  let forward = true;
  for (const id of recording.ids) {
    const impact = compatibilityImpact(id);
    if (impact.backward) backward = false;
    if (impact.forward) forward = false;
  }
  return { backward, forward, full: backward && forward };
}

function rootOf(file: SourceFile): Resolved {
  return { value: file.data, file, pointer: '' };
}
