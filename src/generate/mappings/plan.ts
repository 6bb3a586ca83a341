/**
 * Turns the fields of a mapping into a tree shaped like the target: objects, arrays filled element
 * by element from a source array, and leaves that each take one field mapping. Every path is looked
 * up in its side's schema, so a wrong path or an array step out of line fails at generate time.
 */
import type { FieldMapping, Mapping } from '../../model/types.js';
import type { DeclarationDiagnostics } from './diagnostics.js';
import { arrayDepth, formatFieldPath, parseFieldPath, prefixToArray, type PathStep } from './field-path.js';
import type { MappingSide } from './sides.js';
import { lookUpPath, type FieldShape, type LookupResult } from './schema-lookup.js';

/** A path read from the source side, with the optionality and shape its schema gives. */
export interface SourceRead {
  steps: PathStep[];
  /** `optional[i]`: step `i` may be absent. */
  optional: boolean[];
  /** False when the schema does not describe the path, so the value has no static type. */
  known: boolean;
  shape: FieldShape;
}

export interface LeafPlan {
  kind: 'leaf';
  field: FieldMapping;
  /** Index of the field in the mapping's `fields`. */
  position: number;
  source?: SourceRead;
  currency?: SourceRead;
  /** The target's schema for the value; no types when the target side is not described. */
  targetShape: FieldShape;
}

export interface ArrayPlan {
  kind: 'array';
  /** 1 for the outermost array of the target. */
  depth: number;
  /** The source array the target array is filled from, element by element; set by `alignArrays`. */
  source?: SourceRead;
  element: NodePlan;
}

export interface ObjectPlan {
  kind: 'object';
  properties: PropertyPlan[];
}

export interface PropertyPlan {
  name: string;
  /** The target schema does not require the property. */
  optional: boolean;
  node: NodePlan;
}

export type NodePlan = LeafPlan | ArrayPlan | ObjectPlan;

const ANY_SHAPE: FieldShape = { types: new Set() };

function parseOrThrow(diagnostics: DeclarationDiagnostics, field: FieldMapping, key: 'from' | 'to' | 'currencyField', path: string): PathStep[] {
  const steps = parseFieldPath(path);
  if ('error' in steps) throw diagnostics.error(field, [key], `invalid ${key} path '${path}': ${steps.error}`, 'Write a dotted path such as lines[].unitPrice.amount');
  return steps;
}

function lookUpOrThrow(
  diagnostics: DeclarationDiagnostics, field: FieldMapping, key: 'from' | 'to' | 'currencyField', side: MappingSide, steps: PathStep[],
): LookupResult & { status: 'found' | 'unknown' } {
  const result = lookUpPath(side.root, steps, side.resolve);
  if (result.status === 'missing') {
    const parent = formatFieldPath(steps.slice(0, result.step));
    throw diagnostics.error(field, [key], `${key} path '${formatFieldPath(steps)}' is not in ${side.label}: there is no '${result.missing}' under ${parent === '' ? 'the top level' : `'${parent}'`}`,
      'Correct the path or add the field to the schema');
  }
  if (result.status === 'wrong-step') {
    throw diagnostics.error(field, [key], `${key} path '${formatFieldPath(steps)}' does not fit ${side.label}: at '${formatFieldPath(steps.slice(0, result.step + 1))}', ${result.detail}`,
      'Write [] after the name of every array the path steps into, and only there');
  }
  return result;
}

/** Looks up a source path; exported for reading array prefixes. */
export function sourceRead(steps: PathStep[], side: MappingSide): SourceRead {
  const result = lookUpPath(side.root, steps, side.resolve);
  if (result.status === 'found') return { steps, optional: result.optional, known: true, shape: result.shape };
  const optional = 'optional' in result ? result.optional : steps.map(() => true);
  return { steps, optional, known: false, shape: ANY_SHAPE };
}

/** Builds the node for the value that `steps[index]` leads to, and everything below it. */
function buildNode(steps: PathStep[], index: number, leaf: LeafPlan, optional: boolean[], depth: number): NodePlan {
  if (index === steps.length - 1) return leaf;
  const next = steps[index + 1]!;
  if (next.kind === 'each') return { kind: 'array', depth: depth + 1, element: buildNode(steps, index + 1, leaf, optional, depth + 1) };
  const node = buildNode(steps, index + 1, leaf, optional, depth);
  return { kind: 'object', properties: [{ name: next.name, optional: optional[index + 1] ?? true, node }] };
}

function insertLeaf(diagnostics: DeclarationDiagnostics, root: ObjectPlan, leaf: LeafPlan, steps: PathStep[], optional: boolean[]): void {
  const conflict = (index: number): Error => diagnostics.error(leaf.field, ['to'],
    `to path '${formatFieldPath(steps)}' overlaps the target of another field of the mapping at '${formatFieldPath(steps.slice(0, index + 1))}'`,
    'Map each target path once, and map either a whole object or its fields');
  let node: NodePlan = root;
  let depth = 0;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const isLast = index === steps.length - 1;
    if (step.kind === 'each') {
      if (node.kind !== 'array' || isLast) throw conflict(index);
      depth = node.depth;
      node = node.element;
      continue;
    }
    if (node.kind !== 'object') throw conflict(index);
    const existing: PropertyPlan | undefined = node.properties.find((property) => property.name === step.name);
    if (existing === undefined) {
      node.properties.push({ name: step.name, optional: optional[index] ?? true, node: buildNode(steps, index, leaf, optional, depth) });
      return;
    }
    if (isLast) throw conflict(index);
    node = existing.node;
  }
}

/** Collects the leaves below a node, outside nested arrays too. */
export function leavesOf(node: NodePlan): LeafPlan[] {
  if (node.kind === 'leaf') return [node];
  if (node.kind === 'array') return leavesOf(node.element);
  return node.properties.flatMap((property) => leavesOf(property.node));
}

/**
 * Decides the source array of every target array: the fields below the `d`-th target array whose
 * source has at least `d` array steps must agree on the source path up to their `d`-th `[]`.
 */
function alignArrays(diagnostics: DeclarationDiagnostics, node: NodePlan, side: MappingSide): void {
  if (node.kind === 'leaf') return;
  if (node.kind === 'object') {
    for (const property of node.properties) alignArrays(diagnostics, property.node, side);
    return;
  }
  let prefix: PathStep[] | undefined;
  let first: LeafPlan | undefined;
  for (const leaf of leavesOf(node.element)) {
    const steps = leaf.source?.steps;
    if (steps === undefined || arrayDepth(steps) < node.depth) continue;
    const candidate = prefixToArray(steps, node.depth);
    if (prefix === undefined) {
      prefix = candidate;
      first = leaf;
    } else if (formatFieldPath(candidate) !== formatFieldPath(prefix)) {
      throw diagnostics.error(leaf.field, ['from'],
        `from path '${leaf.field.from}' fills the same target array as '${first?.field.from}' but steps through another source array ('${formatFieldPath(candidate)}' instead of '${formatFieldPath(prefix)}')`,
        'Map the elements of one target array from the elements of one source array');
    }
  }
  if (prefix === undefined) {
    const leaf = leavesOf(node.element)[0]!;
    throw diagnostics.error(leaf.field, ['to'], `target array in '${leaf.field.to}' has no source array: no field below it reads a path with [] at that level`,
      'Map at least one field of the array from a source path with [], such as items[].sku');
  }
  node.source = sourceRead(prefix.slice(0, -1), side);
  alignArrays(diagnostics, node.element, side);
}

function checkLeafDepth(diagnostics: DeclarationDiagnostics, leaf: LeafPlan, targetSteps: PathStep[]): void {
  const targetDepth = arrayDepth(targetSteps);
  if (leaf.source !== undefined && arrayDepth(leaf.source.steps) > targetDepth) {
    throw diagnostics.error(leaf.field, ['from'],
      `from path '${leaf.field.from}' has more [] steps than to path '${leaf.field.to}', so several source values would land in one target value`,
      'Map into a target array with as many [] steps, or pick one element upstream');
  }
  if (leaf.currency === undefined || leaf.source === undefined) return;
  const currencyDepth = arrayDepth(leaf.currency.steps);
  const sourceDepth = arrayDepth(leaf.source.steps);
  const aligned = currencyDepth <= sourceDepth &&
    (currencyDepth === 0 || formatFieldPath(prefixToArray(leaf.currency.steps, currencyDepth)) === formatFieldPath(prefixToArray(leaf.source.steps, currencyDepth)));
  if (!aligned) {
    throw diagnostics.error(leaf.field, ['currencyField'],
      `currencyField '${leaf.field.currencyField}' is not in the same array element as '${leaf.field.from}'`,
      'Name a currency beside the amount (orderItems[].price.currency for orderItems[].price.amount) or at the top level');
  }
}

/** Builds the target tree of a mapping; throws InputError for paths that do not fit the schemas. */
export function planMapping(diagnostics: DeclarationDiagnostics, mapping: Mapping, source: MappingSide, target: MappingSide): ObjectPlan {
  const root: ObjectPlan = { kind: 'object', properties: [] };
  mapping.fields.forEach((field, position) => {
    const targetSteps = parseOrThrow(diagnostics, field, 'to', field.to);
    const targetLookup = lookUpOrThrow(diagnostics, field, 'to', target, targetSteps);
    const leaf: LeafPlan = {
      kind: 'leaf', field, position,
      targetShape: targetLookup.status === 'found' ? targetLookup.shape : ANY_SHAPE,
    };
    if (field.from !== undefined) {
      const steps = parseOrThrow(diagnostics, field, 'from', field.from);
      lookUpOrThrow(diagnostics, field, 'from', source, steps);
      leaf.source = sourceRead(steps, source);
    }
    if (field.currencyField !== undefined) {
      const steps = parseOrThrow(diagnostics, field, 'currencyField', field.currencyField);
      lookUpOrThrow(diagnostics, field, 'currencyField', source, steps);
      leaf.currency = sourceRead(steps, source);
    }
    checkLeafDepth(diagnostics, leaf, targetSteps);
    insertLeaf(diagnostics, root, leaf, targetSteps, targetLookup.optional);
  });
  alignArrays(diagnostics, root, source);
  return root;
}
