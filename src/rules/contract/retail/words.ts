/**
 * Splitting of property names, path segments and operation ids into words, so that `unitPrice`,
 * `unit_price`, `Unit-Price` and `page[size]` compare the same way.
 */

const wordCache = new Map<string, readonly string[]>();

/** Splits a name into lower-case words at case changes and at any punctuation. */
export function splitWords(name: string): readonly string[] {
  let words = wordCache.get(name);
  if (words === undefined) {
    words = computeWords(name);
    // Names repeat across schemas and contracts; the bound keeps a long-running process small.
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(name, words);
  }
  return words;
}

function computeWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '');
}

/** Joins the words of a name, so `event_id`, `eventId` and `event-id` all become `eventid`. */
export function compactName(name: string): string {
  return splitWords(name).join('');
}

/** Returns the singular of an English plural the way resource names use it: `orders`, `inventories`, `statuses`. */
export function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|us)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && word.length > 3) return word.slice(0, -1);
  return word;
}
