import type { Contract } from '../contracts/types.js';
import { compareAsyncApi } from './asyncapi/compare.js';
import { ChangeCollector, type CollectorScope } from './collector.js';
import { compareOpenApi } from './openapi/compare.js';
import type { Change } from './types.js';

/** Compares two loaded contracts of the same format and returns their changes. */
export function diffContracts(base: Contract, revision: Contract, scope: CollectorScope = {}): Change[] {
  const collector = new ChangeCollector(scope);
  if (base.format !== revision.format) {
    collector.add('document-format-changed', { base: { file: base.source, pointer: '' }, revision: { file: revision.source, pointer: '' } }, { base: base.format, revision: revision.format });
    return collector.changes();
  }
  if (base.format === 'openapi') compareOpenApi(base, revision, collector);
  else compareAsyncApi(base, revision, collector);
  return collector.changes();
}
