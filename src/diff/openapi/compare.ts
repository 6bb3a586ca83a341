import type { Contract } from '../../contracts/types.js';
import type { ChangeCollector } from '../collector.js';
import { SchemaComparer } from '../schema/compare.js';
import { compareDocuments } from './compare-document.js';
import { comparePaths } from './compare-paths.js';
import { compareSecuritySchemes } from './compare-security-schemes.js';
import { compareGlobalSecurity } from './compare-security.js';
import { compareServers } from './compare-servers.js';
import type { Comparison } from './context.js';
import { normalizeOpenApi } from './normalize.js';
import { SchemaEquality } from './schema-equality.js';

export interface OpenApiComparisonOptions {
  /** Returns the current time in milliseconds since the epoch; sunset dates are compared with it. Defaults to Date.now. */
  now?: () => number;
}

/** Reports the changes between two OpenAPI documents (2.0, 3.0 or 3.1, in any pairing). */
export function compareOpenApi(base: Contract, revision: Contract, collector: ChangeCollector, options: OpenApiComparisonOptions = {}): void {
  const comparison: Comparison = {
    base: normalizeOpenApi(base),
    revision: normalizeOpenApi(revision),
    collector,
    schemas: new SchemaComparer(collector, base.resolve, revision.resolve),
    equality: new SchemaEquality(base.resolve, revision.resolve),
    now: (options.now ?? Date.now)(),
  };
  compareDocuments(comparison);
  compareServers(comparison);
  compareSecuritySchemes(comparison);
  compareGlobalSecurity(comparison);
  comparePaths(comparison);
}
