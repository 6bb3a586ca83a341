import { BOUND_KINDS } from './bounds.js';
import { PROPERTY_KINDS } from './properties.js';
import { STRUCTURE_KINDS } from './structure.js';
import type { SchemaKind } from './types.js';
import { VALUE_KINDS } from './values.js';

export type { SchemaKind } from './types.js';

/** Every schema change kind, in catalogue order. */
export const SCHEMA_KINDS: readonly SchemaKind[] = [...PROPERTY_KINDS, ...VALUE_KINDS, ...BOUND_KINDS, ...STRUCTURE_KINDS];

const ALL_SUFFIXES = SCHEMA_KINDS.map((kind) => kind.suffix);

const TYPE_SUFFIXES = ['type-changed', 'type-widened', 'type-narrowed', 'format-changed', 'format-added', 'format-removed'];
const ENUM_SUFFIXES = ['enum-value-added', 'enum-value-removed', 'enum-added', 'enum-removed', 'const-changed'];
const PATTERN_SUFFIXES = ['pattern-changed', 'pattern-added', 'pattern-removed'];

/**
 * A property removed from a schema that allows no additional properties: writers that still send
 * it are rejected. Readers of a response are not affected by that, so responses leave it out.
 */
const REMOVED_FROM_CLOSED = 'property-removed-from-closed-schema';

/**
 * A property added to a schema that allowed no additional properties: readers that still validate
 * with the previous schema reject it. Only canonical models track such readers (forward
 * compatibility). Clients and consumers are expected to skip unknown members, as for any other
 * new property.
 */
const ADDED_TO_CLOSED = 'property-added-to-closed-schema';

/** Kinds reported for canonical models: every kind. */
export const MODEL_KIND_SET: ReadonlySet<string> = new Set(ALL_SUFFIXES);

/** Kinds reported for request bodies and message payloads. */
export const WRITTEN_BODY_KIND_SET: ReadonlySet<string> = new Set(ALL_SUFFIXES.filter((suffix) => suffix !== ADDED_TO_CLOSED));

/** Kinds reported for response bodies. */
export const RESPONSE_BODY_KIND_SET: ReadonlySet<string> = new Set(ALL_SUFFIXES.filter((suffix) => suffix !== ADDED_TO_CLOSED && suffix !== REMOVED_FROM_CLOSED));

/**
 * Kinds reported for a parameter schema: a scalar or a list of scalars.
 * NOTE: changes inside an object-valued parameter (a deepObject query) are not reported.
 */
export const PARAMETER_KIND_SET: ReadonlySet<string> = new Set([
  ...TYPE_SUFFIXES,
  ...ENUM_SUFFIXES,
  ...PATTERN_SUFFIXES,
  'default-changed', 'default-added', 'default-removed',
  'nullable-added', 'nullable-removed',
  ...ALL_SUFFIXES.filter((suffix) => /^(maximum|minimum|max-length|min-length|max-items|min-items)-/.test(suffix)),
]);

/** Kinds reported for a response header schema. */
export const RESPONSE_HEADER_KIND_SET: ReadonlySet<string> = new Set([...TYPE_SUFFIXES, ...ENUM_SUFFIXES, ...PATTERN_SUFFIXES]);

/** Kinds reported for the headers schema of a message: which headers exist, are required, and their types and values. */
export const MESSAGE_HEADER_KIND_SET: ReadonlySet<string> = new Set([
  'property-added', 'required-property-added', 'required-property-removed', 'optional-property-removed', REMOVED_FROM_CLOSED,
  'property-became-required', 'property-became-optional',
  'type-changed', 'type-widened', 'type-narrowed', 'format-changed',
  'enum-value-added', 'enum-value-removed', 'const-changed',
]);
