/**
 * The naming heuristics of money-amount-has-currency: which property names and descriptions
 * denote a money amount, and which denote its currency. docs/rules/money-amount-has-currency.md
 * states the same rules for users; change both together.
 */
import { splitWords } from './words.js';

/** Last words of a property name that make it a money amount: `amount`, `unit_price`, `grandTotal`. */
const AMOUNT_WORDS = new Set(['amount', 'price', 'total', 'subtotal', 'cost']);
/** Words after the money word that keep the name an amount: `price_inc_tax`, `totalGross`. */
const TRAILING_QUALIFIERS = new Set(['inc', 'incl', 'including', 'ex', 'excl', 'excluding', 'with', 'without', 'tax', 'taxes', 'vat', 'gross', 'net']);
/** Words that make a name a measure other than money: `timeCost`, `discount_percentage`, `weightTotal`. */
const NON_MONEY_WORDS = new Set(['time', 'weight', 'distance', 'volume', 'point', 'points', 'percent', 'percentage', 'ratio']);
/** Member names that hold the number inside a money object such as `Money { value, currency }`. */
const MONEY_OBJECT_MEMBERS = new Set(['value', 'units', 'cents']);
/** Description phrases that only money amounts use. */
const MONEY_DESCRIPTION = /\b(monetary|amount of money|(smallest|minor) (currency )?units?|in cents)\b/i;
/** Description words that make an integer `total` an amount rather than a count of items. */
const TOTAL_AMOUNT_DESCRIPTION = /\b(amount|price|money|cost|cents|minor units?)\b/i;

/** Last words of a currency property: `currency`, `currency_code`, `currencyIsoCode`, `currency_id`. */
const CURRENCY_LAST_WORDS = new Set(['currency', 'ccy', 'code', 'iso', 'id']);
const CURRENCY_DESCRIPTION = /\b(ISO[ -]?4217|currency code)\b/i;
/** Names of units that make an object a quantity, unless the unit is a currency: `Amount { value, unitOfMeasure }`. */
const QUANTITY_UNIT_NAMES = new Set(['unit', 'unitofmeasure', 'unitofmeasurement', 'uom', 'measurementunit']);

export type AmountKind = 'named' | 'memberOfMoneyObject' | 'described';

const moneyNames = new Map<string, boolean>();
const currencyNames = new Map<string, boolean>();

/** Looks `name` up in `cache`, computing and storing it on a miss; the bound keeps a long-running process small. */
function cached(cache: Map<string, boolean>, name: string, compute: (name: string) => boolean): boolean {
  let result = cache.get(name);
  if (result === undefined) {
    result = compute(name);
    if (cache.size > 50_000) cache.clear();
    cache.set(name, result);
  }
  return result;
}

/** Returns whether a name ends in a money word, ignoring tax and gross/net qualifiers after it. */
export function isMoneyName(name: string): boolean {
  return cached(moneyNames, name, computeIsMoneyName);
}

function computeIsMoneyName(name: string): boolean {
  // Most names contain no money word at all; this test spares them the word split.
  if (!/amount|price|total|cost/i.test(name)) return false;
  const words = [...splitWords(name)];
  if (words.some((word) => NON_MONEY_WORDS.has(word))) return false;
  while (words.length > 1 && TRAILING_QUALIFIERS.has(words[words.length - 1])) words.pop();
  return words.length > 0 && AMOUNT_WORDS.has(words[words.length - 1]);
}

/** Returns whether an object's name makes it a money object: `Money`, `Amount`, `unit_price`, `TotalPrice`. */
export function isMoneyObjectName(name: string | undefined): boolean {
  if (name === undefined) return false;
  return isMoneyName(name) || splitWords(name).at(-1) === 'money';
}

/**
 * Classifies a property as a money amount by its name, by being the number of a money object,
 * or by a title or description that names it as money. Returns undefined for anything else.
 */
export function amountKind(name: string, owner: () => string | undefined, schema: { title?: unknown; description?: unknown }): AmountKind | undefined {
  if (isMoneyName(name)) return 'named';
  if (MONEY_OBJECT_MEMBERS.has(name.toLowerCase()) && isMoneyObjectName(owner())) return 'memberOfMoneyObject';
  const { title, description } = schema;
  const isDescribed = (typeof title === 'string' && isMoneyName(title)) || (typeof description === 'string' && MONEY_DESCRIPTION.test(description));
  if (!isDescribed || splitWords(name).some((word) => NON_MONEY_WORDS.has(word))) return undefined;
  return 'described';
}

/**
 * Returns whether an integer property whose money word is `total` counts items rather than
 * money: `total` in a pagination object is a count unless its description speaks of money.
 */
export function isCountNamedTotal(name: string, description: unknown): boolean {
  const words = [...splitWords(name)];
  while (words.length > 1 && TRAILING_QUALIFIERS.has(words[words.length - 1])) words.pop();
  if (words[words.length - 1] !== 'total') return false;
  return typeof description !== 'string' || !TOTAL_AMOUNT_DESCRIPTION.test(description);
}

/** Returns whether a property's name marks it as a currency: `currency`, `currency_code`, `priceCurrency`. */
export function isCurrencyName(name: string): boolean {
  return cached(currencyNames, name, computeIsCurrencyName);
}

function computeIsCurrencyName(name: string): boolean {
  if (!/currency|ccy/i.test(name)) return false;
  const words = splitWords(name);
  const namesCurrency = words.includes('currency') || words.includes('ccy');
  return namesCurrency && CURRENCY_LAST_WORDS.has(words[words.length - 1]);
}

/** Returns whether a description states that the value is an ISO 4217 currency code. */
export function describesCurrencyCode(description: unknown): boolean {
  return typeof description === 'string' && CURRENCY_DESCRIPTION.test(description);
}

/** Returns whether a name is a unit of measure, which makes its object a quantity unless the unit is a currency. */
export function isQuantityUnitName(name: string): boolean {
  return QUANTITY_UNIT_NAMES.has(splitWords(name).join(''));
}

/** Returns whether a name is about a country, language, locale or region code rather than a currency. */
export function isOtherCodeName(name: string): boolean {
  return splitWords(name).some((word) => word === 'country' || word === 'language' || word === 'locale' || word === 'region');
}
