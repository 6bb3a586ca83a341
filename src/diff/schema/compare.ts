import type { ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { ChangeCollector } from '../collector.js';
import { CONTEXT_SPECS, type SchemaContext } from './contexts.js';
import { rootLabelOf } from './paths.js';
import { buildView, followPlainRefs, nodeKey, type SchemaView } from './view.js';
import { SchemaWalk, type PairRecord } from './walk.js';

export type { SchemaContext } from './contexts.js';

/**
 * Compares JSON Schemas of one document pair; reuse one comparer for the whole pair. Each pair of
 * schemas is compared once per context: a later visit, from another operation or channel, only
 * adds its name to the `usedBy` list of the changes found the first time.
 */
export class SchemaComparer {
  /** Views by side and by `file#pointer` of the schema node reached after plain `$ref`s. */
  private readonly views = { base: new Map<string, SchemaView>(), revision: new Map<string, SchemaView>() };
  private viewCount = 0;
  private readonly records = new Map<string, PairRecord>();

  constructor(
    readonly collector: ChangeCollector,
    readonly baseResolve: ResolveFn,
    readonly revisionResolve: ResolveFn,
  ) {}

  /**
   * Reports every change between two schemas; `usedBy` names the operation or channel that reached
   * them. `rootLabel` names the root in messages, such as `parameter 'limit'`. Without it, a
   * parameter or header is named from where its schema sits. Any other root is named after the
   * named schema it is (`schema 'Order'`), or else after its context (`the request body`).
   */
  compare(base: Resolved, revision: Resolved, context: SchemaContext, usedBy?: string, rootLabel?: string): void {
    const spec = CONTEXT_SPECS[context];
    const label = rootLabel ?? rootLabelOf(spec, base);
    const walk = new SchemaWalk({
      spec,
      usedBy,
      rootLabel: label,
      labelledRoot: label !== spec.rootLabel,
      collector: this.collector,
      records: this.records,
      view: (side, node) => this.view(side, node),
    });
    walk.comparePair(base, revision, '', undefined);
  }

  /** Returns the view of a schema, built once per schema node and side, however many `$ref`s lead to it. */
  private view(side: 'base' | 'revision', start: Resolved): SchemaView {
    const resolve = side === 'base' ? this.baseResolve : this.revisionResolve;
    const { node, opaque } = followPlainRefs(start, resolve);
    const key = nodeKey(node);
    let view = this.views[side].get(key);
    if (view === undefined) {
      view = buildView(node, opaque, resolve, ++this.viewCount);
      this.views[side].set(key, view);
    }
    return view;
  }
}
