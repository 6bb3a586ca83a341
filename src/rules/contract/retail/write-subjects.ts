/**
 * Deciding what business object an HTTP write is about, from its path and operationId, for
 * order-write-declares-idempotency-key. docs/rules/order-write-declares-idempotency-key.md states
 * the same rules for users; change both together.
 */
import type { ContractOperation } from '../../../contracts/types.js';
import { singular, splitWords } from './words.js';

/** Resources whose duplicate write books money or goods twice, by the singular of their last word. */
const SUBJECTS: Record<string, string> = {
  order: 'an order',
  payment: 'a payment',
  refund: 'a refund',
  capture: 'a capture',
  return: 'a return',
  posting: 'a posting',
  shipment: 'a shipment',
  stock: 'a stock adjustment',
  inventory: 'a stock adjustment',
};
/** Last words of a resource under a stock or inventory path that make it an adjustment: `inventory/adjustments`, `stock-levels`. */
const STOCK_CHANGE_WORDS = new Set(['adjustment', 'level', 'change', 'movement', 'quantity', 'transfer']);
/** Trailing segments that write the resource before them: `/inventory/batch`, `/orders/create`. */
const WRITE_ACTIONS = new Set(['authorize', 'authorise', 'batch', 'bulk', 'commit', 'create', 'execute', 'process', 'submit', 'update', 'upsert']);
/**
 * Trailing segments that move an identified resource to another state, such as
 * `/orders/{id}/cancel`. Repeating one finds the resource already in that state, so it cannot
 * book anything twice.
 */
const STATE_TRANSITIONS = new Set([
  'accept', 'acknowledge', 'approve', 'cancel', 'close', 'complete', 'confirm', 'dismiss', 'finalize', 'finalise',
  'reject', 'reopen', 'resume', 'void',
]);
/** Words that make a POST a read: `/orders/search`, `/orders/batch-retrieve`, `/orders/calculate`. */
const READ_WORDS = new Set(['search', 'retrieve', 'calculate', 'query', 'list', 'find', 'get', 'lookup', 'preview', 'estimate', 'validate', 'verify', 'count']);
/** Words of an operationId that are verbs or qualifiers rather than the resource: `createOrderV2`, `ordersCreate`. */
const OPERATION_ID_NOISE = new Set([...WRITE_ACTIONS, 'add', 'post', 'put', 'patch', 'replace', 'set', 'make', 'place', 'new', 'async', 'id', 'v1', 'v2', 'v3']);
/** An operationId names its resource before these words: `addTagToOrder` is about a tag. */
const PREPOSITIONS = new Set(['to', 'from', 'for', 'on', 'of', 'in', 'by', 'with']);

export interface WriteTarget {
  /** Business object the write changes, with its article for messages, such as `an order`. */
  subject: string;
  /** The path ends with a parameter, so the write addresses one existing resource. */
  isIdentified: boolean;
}

interface Segment {
  words: readonly string[];
  /** The segment is followed by a path parameter or carries an OData key: `/orders/{id}`, `salesOrders({id})`. */
  isKeyed: boolean;
}

/** Returns what the write is about, or undefined when it is about none of the subjects or is a read. */
export function writeTarget(operation: ContractOperation): WriteTarget | undefined {
  const segments = literalSegments(operation.path);
  const isIdentified = /\}\)?$/.test(operation.path.replace(/\/+$/, ''));
  if (segments.length === 0) {
    const subject = operation.operationId === undefined ? undefined : operationIdSubject(operation.operationId);
    return subject === undefined ? undefined : { subject, isIdentified };
  }

  const pathWords = new Set(segments.flatMap((segment) => segment.words));
  const last = segments[segments.length - 1];
  if (last.words.some((word) => READ_WORDS.has(word))) return undefined;
  const subject = subjectOf(last.words, pathWords);
  if (subject !== undefined) return { subject, isIdentified };

  const action = last.words[last.words.length - 1];
  const previous = segments[segments.length - 2];
  if (previous === undefined) return undefined;
  if (STATE_TRANSITIONS.has(action) && previous.isKeyed) return undefined;
  if (!WRITE_ACTIONS.has(action) && !STATE_TRANSITIONS.has(action)) return undefined;
  const parent = subjectOf(previous.words, pathWords);
  return parent === undefined ? undefined : { subject: parent, isIdentified: false };
}

/** Lists the literal segments of a path, without parameters, OData keys or empty segments. */
function literalSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    if (raw.startsWith('{')) {
      if (segments.length > 0) segments[segments.length - 1].isKeyed = true;
      continue;
    }
    const keyStart = raw.indexOf('(');
    const name = keyStart === -1 ? raw : raw.slice(0, keyStart);
    segments.push({ words: splitWords(name), isKeyed: keyStart !== -1 });
  }
  return segments.filter((segment) => segment.words.length > 0);
}

function operationIdSubject(operationId: string): string | undefined {
  const words: string[] = [];
  for (const word of splitWords(operationId)) {
    if (PREPOSITIONS.has(word)) break;
    if (!OPERATION_ID_NOISE.has(word) && !/^\d+$/.test(word)) words.push(word);
  }
  return words.length === 0 ? undefined : subjectOf(words, new Set(words));
}

/** Reads the subject from the words of one name: the singular of its last word, or a change under a stock path. */
function subjectOf(words: readonly string[], context: ReadonlySet<string>): string | undefined {
  const last = singular(words[words.length - 1]);
  if (Object.hasOwn(SUBJECTS, last)) return SUBJECTS[last];
  const isStock = context.has('stock') || context.has('inventory');
  return isStock && STOCK_CHANGE_WORDS.has(last) ? SUBJECTS.stock : undefined;
}
