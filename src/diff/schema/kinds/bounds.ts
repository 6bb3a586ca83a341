import type { SchemaKind } from './types.js';

/** One limit keyword family, with what tightening and loosening it does to each party. */
interface BoundFamily {
  /** Id stem, for example `max-length`. */
  stem: string;
  /** Keyword as written in messages, for example `maxLength`. */
  keyword: string;
  /** An upper limit is tightened by lowering it; a lower limit by raising it. */
  limit: 'upper' | 'lower';
  tightenedWritten: string;
  tightenedRead: string;
  loosenedWritten: string;
  loosenedRead: string;
}

const FAMILIES: BoundFamily[] = [
  {
    stem: 'maximum',
    keyword: 'maximum',
    limit: 'upper',
    tightenedWritten: '{Writers} that send values above the new maximum are rejected.',
    tightenedRead: '{Writer} now sends values from a smaller range that {readers} already accept.',
    loosenedWritten: 'Every value {writers} send under the old maximum is still accepted.',
    loosenedRead: '{Readers} that size storage or checks for the old maximum can receive larger values.',
  },
  {
    stem: 'minimum',
    keyword: 'minimum',
    limit: 'lower',
    tightenedWritten: '{Writers} that send values below the new minimum are rejected.',
    tightenedRead: '{Writer} now sends values from a smaller range that {readers} already accept.',
    loosenedWritten: 'Every value {writers} send above the old minimum is still accepted.',
    loosenedRead: '{Readers} can receive values below the old minimum, such as zero or negative amounts, which they may not handle.',
  },
  {
    stem: 'max-length',
    keyword: 'maxLength',
    limit: 'upper',
    tightenedWritten: '{Writers} that send strings longer than the new limit are rejected.',
    tightenedRead: 'Shorter strings fit every field that {readers} sized for the old limit.',
    loosenedWritten: 'Strings that {writers} send under the old limit stay valid.',
    loosenedRead: '{Readers} that store the value in a field sized for the old limit can receive strings that do not fit.',
  },
  {
    stem: 'min-length',
    keyword: 'minLength',
    limit: 'lower',
    tightenedWritten: '{Writers} that send strings shorter than the new minimum are rejected.',
    tightenedRead: '{Readers} receive strings that also met the old minimum.',
    loosenedWritten: 'Strings that {writers} send above the old minimum stay valid.',
    loosenedRead: '{Readers} can receive shorter strings than the old minimum allowed, down to empty ones.',
  },
  {
    stem: 'max-items',
    keyword: 'maxItems',
    limit: 'upper',
    tightenedWritten: '{Writers} that send more items than the new limit are rejected.',
    tightenedRead: '{Readers} receive at most as many items as before.',
    loosenedWritten: 'Lists that {writers} send under the old limit stay valid.',
    loosenedRead: '{Readers} that page, buffer or display up to the old limit can receive longer lists.',
  },
  {
    stem: 'min-items',
    keyword: 'minItems',
    limit: 'lower',
    tightenedWritten: '{Writers} that send fewer items than the new minimum are rejected.',
    tightenedRead: '{Readers} receive lists that also met the old minimum.',
    loosenedWritten: 'Lists that {writers} send above the old minimum stay valid.',
    loosenedRead: '{Readers} can receive shorter lists than before, possibly empty ones, which they may not expect.',
  },
  {
    stem: 'max-properties',
    keyword: 'maxProperties',
    limit: 'upper',
    tightenedWritten: '{Writers} that send objects with more members than the new limit are rejected.',
    tightenedRead: '{Readers} receive objects with no more members than before.',
    loosenedWritten: 'Objects that {writers} send under the old limit stay valid.',
    loosenedRead: '{Readers} can receive objects with more members than the old limit allowed.',
  },
  {
    stem: 'min-properties',
    keyword: 'minProperties',
    limit: 'lower',
    tightenedWritten: '{Writers} that send objects with fewer members than the new minimum are rejected.',
    tightenedRead: '{Readers} receive objects that also met the old minimum.',
    loosenedWritten: 'Objects that {writers} send above the old minimum stay valid.',
    loosenedRead: '{Readers} can receive objects with fewer members than the old minimum allowed, possibly empty ones.',
  },
];

/** Suffix of the change that tightens (`tightened`) or loosens a limit of the family `stem`. */
export function boundSuffix(stem: string, change: 'tightened' | 'loosened'): string {
  const family = FAMILIES.find((candidate) => candidate.stem === stem);
  if (family === undefined) throw new Error(`unknown bound family '${stem}'`);
  const lowered = (family.limit === 'upper') === (change === 'tightened');
  return `${stem}-${lowered ? 'decreased' : 'increased'}`;
}

/** Changes to numeric limits: value range, string length, item count and member count. */
export const BOUND_KINDS: SchemaKind[] = FAMILIES.flatMap((family): SchemaKind[] => [
  {
    suffix: boundSuffix(family.stem, 'tightened'),
    kind: 'tightened',
    requestLevel: 'breaking',
    responseLevel: 'info',
    breaksBackward: true,
    breaksForward: false,
    message: `${family.keyword} of {subject} tightened from {base} to {revision}`,
    whenWritten: family.tightenedWritten,
    whenRead: family.tightenedRead,
  },
  {
    suffix: boundSuffix(family.stem, 'loosened'),
    kind: 'loosened',
    requestLevel: 'info',
    responseLevel: 'warning',
    breaksBackward: false,
    breaksForward: true,
    message: `${family.keyword} of {subject} loosened from {base} to {revision}`,
    whenWritten: family.loosenedWritten,
    whenRead: family.loosenedRead,
  },
]);
