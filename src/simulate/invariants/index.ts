/** The invariants every run checks, in report order. */
import { erpRateLimitRespected } from './erp-rate-limit-respected.js';
import { noDuplicateBusinessWrite } from './no-duplicate-business-write.js';
import { noDuplicateErpPosting } from './no-duplicate-erp-posting.js';
import { nothingLost } from './nothing-lost.js';
import { perKeyOrder } from './per-key-order.js';
import { refundMatchesReturn } from './refund-matches-return.js';
import { stockDivergenceBounded } from './stock-divergence-bounded.js';
import type { Invariant } from './types.js';

export const INVARIANTS: Invariant[] = [
  noDuplicateErpPosting,
  noDuplicateBusinessWrite,
  nothingLost,
  perKeyOrder,
  stockDivergenceBounded,
  refundMatchesReturn,
  erpRateLimitRespected,
];
