/**
 * Static checks of one field mapping: what values it produces, whether they fit the target schema,
 * and which runtime check the generated code needs where the schemas alone cannot tell.
 */
import type { FieldMapping, Mapping } from '../../model/types.js';
import type { DeclarationDiagnostics } from './diagnostics.js';
import type { LeafPlan } from './plan.js';
import type { FieldShape } from './schema-lookup.js';

export type Scalar = string | number | boolean;
type Category = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** Runtime check that makes a value fit its target type: an enum, a scalar type, or a type assertion. */
export type Guard = { kind: 'one-of'; values: Scalar[] } | { kind: 'string' | 'number' | 'integer' | 'boolean' } | { kind: 'cast' };

export interface LeafValue {
  /** The unmapped policy of a value map; a missing policy counts as `reject`. */
  policy?: 'reject' | 'default' | 'passthrough';
  /** Value map entries, in declaration order. */
  entries: Array<[string, Scalar]>;
  /** Rounding of `decimal-to-minor-units`; `exact` when none is declared. */
  rounding: 'half-even' | 'half-up' | 'down' | 'up' | 'exact';
  /** `to-local-time` writes an offset when the target is an RFC 3339 `date-time`. */
  withOffset: boolean;
  guard?: Guard;
  /** Source enum values the value map does not list. */
  unlisted: Scalar[];
}

const MONEY = new Set(['decimal-to-minor-units', 'minor-units-to-decimal']);
const TIME = new Set(['to-utc', 'to-local-time']);

function categoryOf(value: Scalar): Category {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

function categoriesOf(shape: FieldShape): Set<Category> {
  return new Set([...shape.types].filter((type): type is Category => type !== 'null'));
}

function fits(category: Category, target: Set<Category>): boolean {
  return target.has(category) || (category === 'integer' && target.has('number'));
}

function formatValues(values: readonly Scalar[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Returns the categories a conversion produces, or undefined when the field has none. */
function convertedCategories(field: FieldMapping): Set<Category> | undefined {
  switch (field.convert) {
    case 'decimal-to-minor-units':
    case 'to-integer':
      return new Set(['integer']);
    case 'minor-units-to-decimal':
    case 'to-string':
    case 'to-utc':
    case 'to-local-time':
      return new Set(['string']);
    default:
      return undefined;
  }
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function checkConversion(diagnostics: DeclarationDiagnostics, field: FieldMapping): void {
  if (field.convert !== undefined && field.from === undefined) {
    throw diagnostics.error(field, ['convert'], `field '${field.to}' converts a value but has no from path`, 'Add a from path, or remove convert from a field that only sets a default');
  }
  if (field.convert !== undefined && TIME.has(field.convert)) {
    if (field.timeZone === undefined) {
      throw diagnostics.error(field, ['convert'], `field '${field.to}' uses ${field.convert} but declares no timeZone`, 'Add timeZone with an IANA name such as Europe/Berlin');
    }
    if (!isValidTimeZone(field.timeZone)) {
      throw diagnostics.error(field, ['timeZone'], `'${field.timeZone}' is not an IANA time zone known to this Node.js`, 'Use a name from the IANA database, such as Europe/Berlin or America/New_York');
    }
  } else if (field.timeZone !== undefined) {
    diagnostics.warn(field, ['timeZone'], `field '${field.to}': timeZone applies only to to-utc and to-local-time, so it is ignored`);
  }
  if (field.rounding !== undefined && field.convert !== 'decimal-to-minor-units') {
    diagnostics.warn(field, ['rounding'], `field '${field.to}': rounding applies only to decimal-to-minor-units, so it is ignored`);
  }
  if (field.convert !== undefined && MONEY.has(field.convert) && field.currencyField === undefined) {
    diagnostics.warn(field, ['convert'], `field '${field.to}': ${field.convert} without currencyField assumes two decimal places`);
  }
}

function checkValueMap(diagnostics: DeclarationDiagnostics, mapping: Mapping, leaf: LeafPlan, value: LeafValue): void {
  const { field } = leaf;
  if (field.valueMap === undefined) return;
  if (field.from === undefined) {
    throw diagnostics.error(field, ['valueMap'], `field '${field.to}' has a value map but no from path`, 'Add the from path whose values the map translates');
  }
  if (field.unmapped === undefined) {
    diagnostics.warn(field, ['valueMap'], `field '${field.to}' of mapping ${mapping.id} has no unmapped policy; unlisted values are rejected`);
  }
  if (value.policy === 'default' && field.default === undefined) {
    throw diagnostics.error(field, ['unmapped'], `field '${field.to}' replaces unlisted values by its default but declares no default`,
      'Add default, or choose unmapped: reject or passthrough');
  }
  const sourceEnum = leaf.source?.shape.enum;
  if (sourceEnum === undefined) return;
  const keys = new Set(Object.keys(field.valueMap));
  value.unlisted = sourceEnum.filter((item) => !keys.has(String(item)));
  if (value.unlisted.length > 0) {
    const outcome = value.policy === 'passthrough' ? 'passed through unchanged' : value.policy === 'default' ? `replaced by the default ${JSON.stringify(field.default)}` : 'rejected with a MappingError';
    diagnostics.warn(field, ['valueMap'], `mapping ${mapping.id}: source values ${formatValues(value.unlisted)} of '${field.from}' are not in the value map of '${field.to}'; they are ${outcome}`);
  }
  const extra = [...keys].filter((key) => !sourceEnum.some((item) => String(item) === key));
  if (extra.length > 0) {
    diagnostics.warn(field, ['valueMap'], `mapping ${mapping.id}: the value map of '${field.to}' lists ${formatValues(extra)}, which the source enum of '${field.from}' does not contain`);
  }
}

/** Returns the values the field can produce when they are all known, else undefined. */
function producedLiterals(leaf: LeafPlan, value: LeafValue): Scalar[] | undefined {
  const { field } = leaf;
  if (field.from === undefined) return field.default === undefined ? [] : [field.default];
  if (field.valueMap !== undefined && field.convert === undefined) {
    const literals = value.entries.map(([, mapped]) => mapped);
    if (value.policy === 'passthrough') {
      if (leaf.source?.shape.enum === undefined) return undefined;
      literals.push(...value.unlisted);
    }
    // The default replaces an absent source value, and an unlisted one under `unmapped: default`.
    if (field.default !== undefined) literals.push(field.default);
    return [...new Set(literals)];
  }
  if (field.convert === undefined && leaf.source?.shape.enum !== undefined) {
    return [...new Set([...leaf.source.shape.enum, ...(field.default === undefined ? [] : [field.default])])];
  }
  return undefined;
}

function decideGuard(diagnostics: DeclarationDiagnostics, mapping: Mapping, leaf: LeafPlan, value: LeafValue): Guard | undefined {
  const { field } = leaf;
  const target = leaf.targetShape;
  const targetCategories = categoriesOf(target);
  const literals = producedLiterals(leaf, value);
  if (target.enum !== undefined) {
    const outside = (literals ?? []).filter((literal) => !target.enum!.includes(literal));
    const isDeclared = field.from === undefined || (field.valueMap !== undefined && value.policy !== 'passthrough');
    if (outside.length > 0 && isDeclared) {
      throw diagnostics.error(field, [field.valueMap === undefined ? 'default' : 'valueMap'],
        `mapping ${mapping.id}: ${formatValues(outside)} for '${field.to}' is not in the target enum (${formatValues(target.enum)})`,
        'Map to one of the enum values, or add the value to the target schema');
    }
    if (literals !== undefined && outside.length === 0) return undefined;
    if (outside.length > 0) {
      diagnostics.warn(field, [field.valueMap === undefined ? 'from' : 'unmapped'],
        `mapping ${mapping.id}: source values ${formatValues(outside)} would reach '${field.to}', whose enum lacks them; the mapping rejects them at run time`);
    }
    return { kind: 'one-of', values: [...target.enum] };
  }
  if (targetCategories.size === 0) return undefined;

  const produced = literals !== undefined && literals.length > 0
    ? new Set(literals.map(categoryOf))
    : convertedCategories(field) ?? categoriesOf(leaf.source?.shape ?? { types: new Set() });
  const scalarTargets = [...targetCategories].filter((category) => category !== 'object' && category !== 'array');
  if (produced.size > 0 && [...produced].every((category) => fits(category, targetCategories))) return undefined;
  const anyFits = [...produced].some((category) => fits(category, targetCategories) || (category === 'number' && targetCategories.has('integer')));
  if (produced.size > 0 && !anyFits) {
    const suggestion = targetCategories.has('string') ? 'add convert: to-string' : targetCategories.has('integer') ? 'add convert: to-integer' : 'convert the value or correct the path';
    throw diagnostics.error(field, [field.from === undefined ? 'default' : 'from'],
      `mapping ${mapping.id}: '${field.to}' expects ${[...targetCategories].join(' or ')}, but the field produces ${[...produced].join(' or ')}`,
      `${suggestion[0]!.toUpperCase()}${suggestion.slice(1)}`);
  }
  if (scalarTargets.length === 1 && scalarTargets.length === targetCategories.size) return { kind: scalarTargets[0] as 'string' | 'number' | 'integer' | 'boolean' };
  return { kind: 'cast' };
}

/** Checks a leaf's field mapping against both schemas and decides how its value is produced. */
export function analyseLeaf(diagnostics: DeclarationDiagnostics, mapping: Mapping, leaf: LeafPlan): LeafValue {
  const { field } = leaf;
  checkConversion(diagnostics, field);
  const value: LeafValue = {
    entries: Object.entries(field.valueMap ?? {}),
    rounding: field.rounding ?? 'exact',
    withOffset: leaf.targetShape.format === 'date-time',
    unlisted: [],
  };
  if (field.valueMap !== undefined) value.policy = field.unmapped ?? 'reject';
  checkValueMap(diagnostics, mapping, leaf, value);
  const guard = decideGuard(diagnostics, mapping, leaf, value);
  if (guard !== undefined) value.guard = guard;
  return value;
}
