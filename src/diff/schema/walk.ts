import type { Resolved } from '../../contracts/types.js';
import type { ChangeCollector, ChangeSites, MessageValues } from '../collector.js';
import { compareBranches, compareDiscriminators, hasOneSidedBranches } from './branches.js';
import { compareAdditionalProperties, compareItems } from './containers.js';
import type { ContextSpec } from './contexts.js';
import { compareFlags, compareNullable, compareValueKeywords } from './keywords.js';
import { compareLimits } from './limits.js';
import { namedRoot, subjectOf, type PathRoot } from './paths.js';
import { compareProperties } from './properties.js';
import type { PairScope } from './scope.js';
import { isSameWithoutRefs } from './values.js';
import type { SchemaView } from './view.js';

/**
 * The outcome of comparing one schema pair: its own changes and the pairs compared below it. The
 * comparer keeps it, so a later visit can add its `usedBy` name to every change of the subtree
 * without comparing again.
 */
export interface PairRecord {
  changes: Array<{ id: string; sites: ChangeSites; values: MessageValues }>;
  children: PairRecord[];
  /** False while the pair is being compared: meeting it again then means a cycle. */
  done: boolean;
  /** Names already attached to every change of the subtree. */
  usedBy: Set<string>;
  /** Whether the pair or a pair below it reported a change, once known. */
  hasChanges?: boolean;
}

export interface WalkOptions {
  spec: ContextSpec;
  usedBy: string | undefined;
  rootLabel: string;
  /**
   * True when the root label names one parameter, header or model. The root then keeps that label
   * even when it is a named schema, and its pairs are not shared with walks under other labels.
   */
  labelledRoot: boolean;
  collector: ChangeCollector;
  /** Records by pair key, shared by every walk of one comparer. */
  records: Map<string, PairRecord>;
  view(side: 'base' | 'revision', node: Resolved): SchemaView;
}

/** One comparison of two root schemas in one context. */
export class SchemaWalk {
  constructor(private readonly options: WalkOptions) {}

  /**
   * Compares two schemas at `path`, unless the pair was compared before or is being compared now.
   * A named schema starts a path of its own (`Order`, `Order.lines[]`), so a shared schema's changes
   * read the same from every operation or channel that reaches it. Only inline schemas are named
   * by their path from the root of the comparison.
   */
  comparePair(baseNode: Resolved, revisionNode: Resolved, path: string, parent: PairRecord | undefined, root: PathRoot = { path: '', label: this.options.rootLabel }): void {
    if (isSameWithoutRefs(baseNode.value, revisionNode.value)) return;
    const { spec, records, usedBy, labelledRoot, rootLabel } = this.options;
    const base = this.options.view('base', baseNode);
    const revision = this.options.view('revision', revisionNode);
    if (base.opaque || revision.opaque) return;

    // NOTE: a `$ref` with a constraint beside it, such as `nullable: true`, is an inline schema. A keyword
    // change of the named schema it includes is named from the wrapper's path, and is listed once more
    // where the named schema is reached directly. Property changes are named from the schema that contains them.
    const name = parent === undefined && labelledRoot ? undefined : (revision.name ?? base.name);
    const pairRoot = name === undefined ? root : namedRoot(name);
    const pairPath = name ?? path;
    // A labelled root names the changes of every pair below it that is not named itself.
    const key = labelledRoot ? `${spec.context}:${rootLabel}:${base.id}:${revision.id}` : `${spec.context}:${base.id}:${revision.id}`;
    const known = records.get(key);
    if (known !== undefined) {
      parent?.children.push(known);
      if (known.done) this.replay(known);
      return;
    }
    const record: PairRecord = { changes: [], children: [], done: false, usedBy: new Set(usedBy === undefined ? [] : [usedBy]) };
    records.set(key, record);
    parent?.children.push(record);
    compareSchemas(this.scope(base, revision, pairPath, pairRoot, record));
    record.done = true;
  }

  private scope(base: SchemaView, revision: SchemaView, path: string, root: PathRoot, record: PairRecord): PairScope {
    const { spec, collector, usedBy } = this.options;
    return {
      base,
      revision,
      path,
      spec,
      subject: () => subjectOf(path, root),
      report: (suffix, sites, values = {}) => {
        if (!spec.kinds.has(suffix)) return;
        const id = `${spec.prefix}-${suffix}`;
        collector.add(id, sites, values, usedBy);
        record.changes.push({ id, sites, values });
      },
      recurse: (baseNode, revisionNode, childPath) => this.comparePair(baseNode, revisionNode, childPath, record, root),
      view: (side, node) => this.options.view(side, node),
    };
  }

  /** Adds this walk's `usedBy` name to the changes of a pair compared earlier and of the pairs below it. */
  private replay(record: PairRecord): void {
    const { usedBy, collector } = this.options;
    if (usedBy === undefined || record.usedBy.has(usedBy) || !hasChangesBelow(record)) return;
    record.usedBy.add(usedBy);
    for (const change of record.changes) collector.add(change.id, change.sites, change.values, usedBy);
    for (const child of record.children) this.replay(child);
  }
}

/**
 * Returns whether a finished pair or any pair below it reported a change. When none did, no pair
 * reached from it did either, so all of them are marked, and a later replay skips them at once.
 */
function hasChangesBelow(record: PairRecord): boolean {
  if (record.hasChanges !== undefined) return record.hasChanges;
  const reached: PairRecord[] = [];
  const found = searchChanges(record, new Set(), reached);
  if (found) record.hasChanges = true;
  else for (const each of reached) each.hasChanges = false;
  return found;
}

function searchChanges(record: PairRecord, seen: Set<PairRecord>, reached: PairRecord[]): boolean {
  if (record.hasChanges !== undefined) return record.hasChanges;
  if (seen.has(record)) return false;
  seen.add(record);
  reached.push(record);
  return record.changes.length > 0 || record.children.some((child) => searchChanges(child, seen, reached));
}

/** Runs every comparison step on one pair. */
function compareSchemas(scope: PairScope): void {
  if (hasOneSidedBranches(scope)) {
    // One side is a single schema and the other a set of alternatives: compare it with the alternatives only.
    compareNullable(scope);
    compareFlags(scope);
    compareBranches(scope);
    return;
  }
  compareValueKeywords(scope);
  compareLimits(scope);
  compareFlags(scope);
  compareProperties(scope);
  compareAdditionalProperties(scope);
  compareItems(scope);
  compareBranches(scope);
  compareDiscriminators(scope);
}
