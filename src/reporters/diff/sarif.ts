import type { Change, ChangeLevel, DiffLocation } from '../../diff/types.js';
import { sortedChanges } from './common.js';
import type { DiffReporter } from './types.js';

const LEVELS: Record<ChangeLevel, 'error' | 'warning' | 'note'> = { breaking: 'error', warning: 'warning', info: 'note' };
const LABELS: Record<ChangeLevel, string> = { breaking: 'Breaking', warning: 'Warning', info: 'Info' };

// The base and the revision can hold files with the same relative path, so each side gets its own root.
const REVISION_ROOT = '%SRCROOT%';
const BASE_ROOT = 'BASE';

function physicalLocation(location: DiffLocation, uriBaseId: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(location.file), uriBaseId },
      region: { startLine: location.line, startColumn: location.column },
    },
    ...(location.pointer === '' ? {} : { logicalLocations: [{ fullyQualifiedName: location.pointer, kind: 'member' }] }),
  };
}

function rulesOf(changes: Change[]) {
  const rules = new Map<string, Change>();
  for (const change of changes) if (!rules.has(change.id)) rules.set(change.id, change);
  return [...rules.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((change) => ({
      id: change.id,
      shortDescription: { text: `${LABELS[change.level]} change: ${change.kind} in ${change.area}` },
      fullDescription: { text: change.why },
      help: { text: change.why },
      defaultConfiguration: { level: LEVELS[change.level] },
      properties: { level: change.level, direction: change.direction, area: change.area, kind: change.kind },
    }));
}

// A valid waiver is an accepted external suppression; an expired one is a rejected suppression,
// so viewers still show the result as open.
function suppressions(change: Change) {
  if (change.waiver === undefined) return {};
  const { approver, reason, expires, expired } = change.waiver;
  const justification = `${reason} (approved by ${approver}, ${expired ? 'expired' : 'expires'} ${expires})`;
  return { suppressions: [{ kind: 'external', status: expired ? 'rejected' : 'accepted', justification }] };
}

function locations(change: Change) {
  if (change.revision === undefined) return { locations: change.base === undefined ? [] : [physicalLocation(change.base, BASE_ROOT)] };
  return {
    locations: [physicalLocation(change.revision, REVISION_ROOT)],
    ...(change.base === undefined
      ? {}
      : { relatedLocations: [{ id: 1, message: { text: 'the element in the base' }, ...physicalLocation(change.base, BASE_ROOT) }] }),
  };
}

function resultOf(change: Change, ruleIndex: Map<string, number>) {
  const usedBy = change.usedBy !== undefined && change.usedBy.length > 0 ? ` (used by ${change.usedBy.join(', ')})` : '';
  return {
    ruleId: change.id,
    ruleIndex: ruleIndex.get(change.id),
    level: LEVELS[change.level],
    message: { text: `${change.message}${usedBy}` },
    ...locations(change),
    ...suppressions(change),
    properties: {
      direction: change.direction,
      area: change.area,
      ...(change.contract === undefined ? {} : { contract: change.contract }),
      ...(change.system === undefined ? {} : { system: change.system }),
      ...(change.usedBy === undefined ? {} : { usedBy: change.usedBy }),
      ...(change.freeze === undefined ? {} : { freeze: change.freeze }),
    },
  };
}

/**
 * SARIF 2.1.0 with one rule per change id used, its why line as help text. Each result points at
 * the revision, with the base as a related location; a change that exists in the base only points
 * at the base.
 */
export const sarif: DiffReporter = (result, options = {}) => {
  const changes = sortedChanges(result);
  const rules = rulesOf(changes);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'retailgov', ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }), rules } },
        originalUriBaseIds: {
          [REVISION_ROOT]: { description: { text: `The revision: ${result.revision}` } },
          [BASE_ROOT]: { description: { text: `The base: ${result.base}` } },
        },
        results: changes.map((change) => resultOf(change, ruleIndex)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
