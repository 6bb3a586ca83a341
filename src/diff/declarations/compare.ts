import type { Workspace } from '../../workspace/types.js';
import type { ChangeCollector } from '../collector.js';
import { compareChangeControl } from './change-control.js';
import { compareMappings, compareObjects, compareSystems } from './ownership.js';
import { compareProtection } from './protection.js';
import { compareExceptionClasses, compareRetryPolicies } from './resilience.js';
import { compareSlas } from './slas.js';
import type { DeclarationComparison } from './sites.js';
import { compareWorkflows } from './workflows.js';

/**
 * Reports the declaration changes the governance board reviews: owners, SLAs, retry and
 * dead-letter policies, workflow steps, rate limits and traffic, and change control. Contracts and
 * canonical model schemas are compared on their own.
 */
export function compareDeclarations(base: Workspace, revision: Workspace, collector: ChangeCollector): void {
  const comparison: DeclarationComparison = { base, revision, collector };
  compareObjects(comparison);
  compareSystems(comparison);
  compareMappings(comparison);
  compareSlas(comparison);
  compareRetryPolicies(comparison);
  compareExceptionClasses(comparison);
  compareWorkflows(comparison);
  compareProtection(comparison);
  compareChangeControl(comparison);
}
