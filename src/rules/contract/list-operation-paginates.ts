import type { ContractRule } from '../types.js';
import { listResponse } from './retail/list-responses.js';
import { compactName, singular, splitWords } from './retail/words.js';

/** Query parameters that bound a page: `limit`, `pageSize`, `page[size]`, `per_page`, `maxResults`, `$top`. */
const SIZE_PARAMETERS = new Set([
  'limit', 'pagesize', 'perpage', 'maxresults', 'size', 'count', 'top', 'first', 'last', 'pagelimit', 'maxitems',
  'maxpagesize', 'resultsperpage', 'itemsperpage', 'max', 'take',
]);
/** Query parameters that select a page: `cursor`, `page`, `pageToken`, `nextToken`, `offset`, `startingAfter`, `$skip`. */
const POSITION_PARAMETERS = new Set([
  'cursor', 'page', 'pagenumber', 'pageindex', 'pagetoken', 'nexttoken', 'nextpagetoken', 'offset', 'startingafter',
  'endingbefore', 'after', 'before', 'skip', 'start', 'startindex', 'from', 'continuationtoken', 'marker', 'skiptoken',
  'sinceid', 'searchafter', 'startafter', 'scrollid',
]);
/** Business objects whose lists grow with orders, catalogue and customers, by the singular of the last word of the path. */
const GROWING_COLLECTIONS = new Set([
  'order', 'product', 'sku', 'inventory', 'stock', 'customer', 'shipment', 'return', 'refund', 'payment', 'transaction',
  'invoice', 'price', 'offer', 'listing', 'event', 'movement', 'adjustment', 'fulfillment', 'fulfilment', 'dispute',
  'document', 'item',
]);
/** Words of a path about the shape of the data rather than the data: `/attributeMetadata/customer`. */
const DESCRIPTIVE_WORDS = new Set(['metadata', 'configuration', 'config', 'settings', 'schema', 'schemas']);
/** Documents whose lines and sub-resources are bounded: the items of one cart, the refunds of one order. */
const BOUNDED_DOCUMENTS = new Set(['cart', 'basket', 'checkout', 'quote', 'order', 'invoice', 'creditmemo', 'shipment', 'return', 'wishlist']);
/** Path segments that stand for the caller's own document: `/carts/mine/items`. */
const SELF_ALIASES = new Set(['mine', 'me', 'current', 'self']);
/** Words that make any other query parameter a page selector: `pageCursor`, `next_page`, `continuation`. */
const POSITION_WORDS = new Set(['cursor', 'page', 'offset', 'next', 'continuation']);

export const rule: ContractRule = {
  id: 'list-operation-paginates',
  scope: 'contract',
  meta: {
    description: 'Every GET operation that returns a list offers pagination: a page or cursor query parameter, a Link header, or a next-page property in the response.',
    why: 'A list without pages grows with the catalogue and the order book; the call that took 200 ms at launch times out during the peak-season sale, and the stock sync that depends on it stops.',
    category: 'capacity',
    defaultSeverity: 'warn',
    dialects: ['oas2', 'oas3_0', 'oas3_1'],
    rulesets: ['retail'],
  },
  messages: {
    noPagination:
      'GET {{path}} returns {{shape}} without pagination; add a page size parameter such as limit with a cursor, page or offset parameter, or return a next-page link',
    sizeWithoutPosition:
      "GET {{path}} bounds the list with '{{parameter}}' but offers no way to the next page; add a cursor, page or offset parameter, a Link header or a next-page property in the response",
  },
  check({ contract, report }) {
    for (const operation of contract.operations) {
      // A path that ends in a parameter, such as /orders/{id}, reads one resource.
      if (operation.method !== 'GET' || /\}\)?\/?$/.test(operation.path)) continue;
      if (!isGrowingCollection(operation.path)) continue;
      const list = listResponse(contract, operation);
      if (list === undefined || list.hasNextPage) continue;

      const queryNames = operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      if (queryNames.some(isPositionParameter)) continue;
      const sizeParameter = queryNames.find((name) => SIZE_PARAMETERS.has(compactName(name)));
      const location = { file: operation.file, pointer: operation.pointer };
      if (sizeParameter === undefined) {
        report({ messageId: 'noPagination', data: { path: operation.path, shape: list.shape }, location });
      } else {
        report({ messageId: 'sizeWithoutPosition', data: { path: operation.path, parameter: sizeParameter }, location });
      }
    }
  },
};

/**
 * Returns whether the path lists business objects whose number grows with trade. Its last literal
 * segment must name one, and it must be no metadata or configuration path. The lines of a single
 * cart, order or other document are bounded, so such a path is left out.
 */
function isGrowingCollection(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '');
  const literal = segments.filter((segment) => !segment.startsWith('{')).map((segment) => splitWords(segment.replace(/\(.*$/, '')));
  const last = literal[literal.length - 1];
  if (last === undefined || last.length === 0 || !GROWING_COLLECTIONS.has(singular(last[last.length - 1]))) return false;
  if (literal.some((words) => words.some((word) => DESCRIPTIVE_WORDS.has(word)))) return false;
  return !segments.some((segment, position) => {
    const next = segments[position + 1];
    const isSingleDocument = next !== undefined && position + 1 < segments.length - 1 && (next.startsWith('{') || SELF_ALIASES.has(next));
    return isSingleDocument && splitWords(segment).some((word) => BOUNDED_DOCUMENTS.has(singular(word)));
  });
}

function isPositionParameter(name: string): boolean {
  const compact = compactName(name);
  if (SIZE_PARAMETERS.has(compact)) return false;
  return POSITION_PARAMETERS.has(compact) || splitWords(name).some((word) => POSITION_WORDS.has(word));
}
