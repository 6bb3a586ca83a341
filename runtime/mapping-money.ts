import { MappingError, type FieldRef } from './mapping-errors.js';

/**
 * Rounding of a money conversion, named as in Java's RoundingMode: `half-even` (banker's rounding),
 * `half-up` (a half rounds away from zero), `down` (towards zero) and `up` (away from zero).
 * `exact` rejects a value that would need rounding.
 */
export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up' | 'exact';

/**
 * ISO 4217 currencies whose minor unit is not two decimal places. Every other code, and a code
 * missing from this table, gets two.
 */
const MINOR_UNIT_EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/**
 * Returns the number of decimal places of an ISO 4217 currency: 0 for JPY, 3 for KWD, 2 by default.
 * Undefined stands for a mapping that names no currency field, and gets 2.
 */
export function currencyExponent(currency: unknown, at: FieldRef): number {
  if (currency === undefined) return 2;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw new MappingError(at, 'invalid-value', currency, 'expected an ISO 4217 currency code such as EUR');
  }
  return Object.hasOwn(MINOR_UNIT_EXPONENTS, currency) ? MINOR_UNIT_EXPONENTS[currency]! : 2;
}

interface Decimal {
  negative: boolean;
  /** All digits without the point, as an integer. */
  digits: bigint;
  /** Number of digits after the point: the value is digits / 10^scale. */
  scale: number;
}

/** A decimal string as amounts are sent: an optional minus, digits, and an optional point followed by digits. */
const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;
/** A number written by String(): it may end in an exponent, such as `1e-7` or `1e+21`. */
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Parses a decimal string such as `-12.50` exactly. A string with an exponent, a plus sign,
 * surrounding spaces or no digit before the point (`1e3`, `+5`, ` 1`, `.5`) is rejected, because
 * amounts in payloads are plain decimals and such a value points to a mistake upstream. A number is
 * first written as the shortest decimal string that reads back as the same number, so 2.675 is
 * parsed as 2.675, not as its binary approximation 2.67499999....
 */
function parseDecimal(value: unknown, at: FieldRef): Decimal {
  let match: RegExpExecArray | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) match = NUMBER_TEXT.exec(String(value));
  else if (typeof value === 'string') match = DECIMAL_STRING.exec(value);
  if (match === null) {
    throw new MappingError(at, 'invalid-value', value, 'expected a decimal number such as 19.99');
  }
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? '0');
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) {
    throw new MappingError(at, 'invalid-value', value, 'the exponent is out of range');
  }
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { negative: match[1] === '-' && digits !== 0n, digits, scale };
}

/** Divides a non-negative `numerator` by `denominator`, rounding the magnitude by `mode`. */
function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode, at: FieldRef, value: unknown): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const twice = remainder * 2n;
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return quotient + 1n;
    case 'half-up':
      return twice >= denominator ? quotient + 1n : quotient;
    case 'half-even':
      if (twice > denominator) return quotient + 1n;
      if (twice < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + 1n;
    case 'exact':
      throw new MappingError(at, 'invalid-value', value, 'the amount has more decimal places than the currency, and the mapping declares no rounding');
  }
}

/**
 * Converts a decimal amount (a string such as `59.90`, or a number) to an integer number of minor
 * units of `currency`: 59.90 EUR is 5990, 5990 JPY is 5990, 1.234 KWD is 1234. Works on the decimal
 * digits with BigInt, never on binary floating point. Rounding applies to the magnitude, so
 * `half-up` rounds -0.005 EUR to -1 and `down` rounds it to 0.
 */
export function decimalToMinorUnits(value: unknown, currency: unknown, mode: RoundingMode, at: FieldRef, currencyAt: FieldRef = at): number {
  const exponent = currencyExponent(currency, currencyAt);
  const decimal = parseDecimal(value, at);
  const shift = exponent - decimal.scale;
  const magnitude = shift >= 0
    ? decimal.digits * 10n ** BigInt(shift)
    : divideRounded(decimal.digits, 10n ** BigInt(-shift), mode, at, value);
  const minorUnits = decimal.negative ? -magnitude : magnitude;
  if (minorUnits > BigInt(Number.MAX_SAFE_INTEGER) || minorUnits < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MappingError(at, 'invalid-value', value, 'the amount in minor units is beyond 2^53 - 1');
  }
  return Number(minorUnits);
}

/**
 * Converts an integer amount in minor units of `currency` to a decimal string with as many
 * fraction digits as the currency has: 5990 EUR is `59.90`, 5 EUR is `0.05`, -5 EUR is `-0.05`,
 * 5990 JPY is `5990`. A string of digits is accepted for amounts beyond 2^53 - 1.
 */
export function minorUnitsToDecimal(value: unknown, currency: unknown, at: FieldRef, currencyAt: FieldRef = at): string {
  const exponent = currencyExponent(currency, currencyAt);
  let units: bigint;
  if (typeof value === 'number' && Number.isSafeInteger(value)) units = BigInt(value);
  else if (typeof value === 'bigint') units = value;
  else if (typeof value === 'string' && /^-?\d+$/.test(value)) units = BigInt(value);
  else throw new MappingError(at, 'invalid-value', value, 'expected an integer amount in minor units');
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}
