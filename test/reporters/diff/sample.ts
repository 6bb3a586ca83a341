import type { Change, DiffResult } from '../../../src/diff/types.js';

/** A waived breaking change of a request enum, reached from one operation. */
export const WAIVED: Change = {
  id: 'request-body-enum-value-removed',
  level: 'breaking',
  direction: 'request',
  area: 'request-body',
  kind: 'removed',
  message: "enum value 'marketplace-modena' was removed from property 'channel'",
  why: 'Clients that still send the removed value have their data rejected.',
  base: { file: 'contracts/orders.yaml', pointer: '/components/schemas/OrderRequest/properties/channel/enum/4', line: 83, column: 69 },
  revision: { file: 'contracts/orders.yaml', pointer: '/components/schemas/OrderRequest/properties/channel/enum', line: 83, column: 11 },
  contract: 'orders-api',
  system: 'oms',
  usedBy: ['POST /orders'],
  waiver: { approver: 'architecture-board', reason: 'Modena contract ended', expires: '2027-01-31', expired: false },
};

/** A breaking response change whose waiver has expired, inside a freeze window. */
export const EXPIRED: Change = {
  id: 'response-body-property-removed',
  level: 'breaking',
  direction: 'response',
  area: 'responses',
  kind: 'removed',
  message: "property 'acceptedAt' was removed",
  why: 'Clients that read the property get nothing where they expect a value.',
  base: { file: 'contracts/orders.yaml', pointer: '/components/schemas/Order/properties/acceptedAt', line: 125, column: 9 },
  revision: { file: 'contracts/orders.yaml', pointer: '/components/schemas/Order/properties', line: 107, column: 7 },
  contract: 'orders-api',
  system: 'oms',
  usedBy: ['GET /orders/{orderId}', 'POST /orders'],
  waiver: { approver: 'finance-systems', reason: 'Read it from the events', expires: '2026-12-01', expired: true },
  freeze: { id: 'christmas-2026', start: '2026-12-14', end: '2027-01-04' },
};

/** A warning whose message and file name carry characters every format must escape. */
export const HOSTILE: Change = {
  id: 'response-body-enum-value-added',
  level: 'warning',
  direction: 'response',
  area: 'responses',
  kind: 'added',
  message: `enum value '<script>alert("x")</script> & 50% | off' was added\nto property 'status'`,
  why: 'Clients that switch over the known values meet a value they cannot handle.',
  base: { file: 'contracts/refunds:v2,api.yaml', pointer: '/components/schemas/Refund/properties/status/enum', line: 40, column: 11 },
  revision: { file: 'contracts/refunds:v2,api.yaml', pointer: '/components/schemas/Refund/properties/status/enum/2', line: 41, column: 13 },
  contract: 'refunds-api',
  system: 'payments',
};

/** An info change that exists in the revision only. */
export const REVISION_ONLY: Change = {
  id: 'path-added',
  level: 'info',
  direction: 'request',
  area: 'paths',
  kind: 'added',
  message: 'path /refunds/{refundId}/cancel was added',
  why: 'A new path changes nothing existing clients call.',
  revision: { file: 'contracts/refunds:v2,api.yaml', pointer: '/paths/~1refunds~1{refundId}~1cancel', line: 12, column: 3 },
  contract: 'refunds-api',
  system: 'payments',
};

/** A breaking change without a waiver that exists in the base only, in a contract of no declared system. */
export const BASE_ONLY: Change = {
  id: 'operation-removed',
  level: 'breaking',
  direction: 'request',
  area: 'operations',
  kind: 'removed',
  message: 'operation DELETE /stock/reservations/{id} was removed',
  why: 'Clients that call the operation get an error.',
  base: { file: 'contracts/stock.yaml', pointer: '/paths/~1stock~1reservations~1{id}/delete', line: 30, column: 5 },
  contract: 'stock-api',
};

/** Five changes over three contracts with every optional field used at least once. */
export const SAMPLE: DiffResult = {
  base: 'release-2026.11',
  revision: 'release-2026.12',
  changes: [HOSTILE, BASE_ONLY, REVISION_ONLY, EXPIRED, WAIVED],
  summary: {
    breaking: 3,
    warning: 1,
    info: 1,
    waived: 1,
    expiredWaivers: 1,
    inFreeze: 1,
    compatibility: {
      'refund-v1': { backward: true, forward: true, full: true },
      'order-v1': { backward: false, forward: true, full: false },
    },
  },
};

/** A comparison that found nothing. */
export const EMPTY: DiffResult = {
  base: 'orders.yaml',
  revision: 'orders.yaml',
  changes: [],
  summary: { breaking: 0, warning: 0, info: 0, waived: 0, expiredWaivers: 0, inFreeze: 0 },
};

/** A declaration change: an SLA target loosened, in a freeze window with a reason. */
export const SLA_LOOSENED: Change = {
  id: 'sla-target-loosened',
  level: 'breaking',
  direction: 'declaration',
  area: 'declarations',
  kind: 'loosened',
  message: "the p95 target of SLA 'order-to-erp-post' was loosened from 2m to 3m",
  why: 'The business accepts slower or less reliable outcomes, which the board must approve.',
  base: { file: 'estate/declarations/slas.yaml', pointer: '/slas/0/targets/p95', line: 11, column: 26 },
  revision: { file: 'estate/declarations/slas.yaml', pointer: '/slas/0/targets/p95', line: 11, column: 26 },
  freeze: { id: 'christmas-2026', start: '2026-12-14', end: '2027-01-04', reason: 'Christmas & January sale trading' },
};

/** A canonical model change, which belongs to no contract. */
export const MODEL_CHANGE: Change = {
  id: 'canonical-model-version-not-bumped',
  level: 'warning',
  direction: 'declaration',
  area: 'models',
  kind: 'changed',
  message: "canonical model 'order-v1' changed incompatibly (forward only) but keeps version 1.4.0",
  why: 'Systems pin a model version, so data of the old and the new schema cannot be told apart under one version.',
  base: { file: 'estate/declarations/models.yaml', pointer: '/canonicalModels/0/version', line: 9, column: 14 },
  revision: { file: 'estate/declarations/models.yaml', pointer: '/canonicalModels/0/version', line: 9, column: 14 },
};

/** A shared schema change reached from eight operations. */
export const WIDELY_USED: Change = {
  ...HOSTILE,
  message: "enum value 'on-hold' was added to property 'status'",
  contract: 'order-process-api',
  system: 'oms',
  base: { file: 'estate/contracts/orders.yaml', pointer: '/components/schemas/OrderStatus/enum', line: 210, column: 13 },
  revision: { file: 'estate/contracts/orders.yaml', pointer: '/components/schemas/OrderStatus/enum/4', line: 215, column: 13 },
  usedBy: ['GET /orders', 'POST /orders', 'GET /orders/{orderId}', 'PATCH /orders/{orderId}', 'POST /orders/{orderId}/cancel', 'GET /returns', 'POST /returns', 'GET /returns/{returnId}'],
};

/** An estate comparison with everything the governance board's page shows. */
export const ESTATE: DiffResult = {
  base: 'release-2026.11',
  revision: 'release-2026.12',
  changes: [SLA_LOOSENED, MODEL_CHANGE, WIDELY_USED],
  summary: {
    breaking: 1,
    warning: 2,
    info: 0,
    waived: 0,
    expiredWaivers: 0,
    inFreeze: 1,
    compatibility: {
      'order-v1': { backward: true, forward: true, full: true },
      'refund-v1': { backward: true, forward: true, full: true },
    },
  },
  compared: 'estates',
  date: '2026-12-20',
  contracts: {
    base: [{ id: 'order-process-api', file: 'estate/contracts/orders.yaml', title: 'Order Process API', version: '2.3.0', system: 'oms' }],
    revision: [{ id: 'order-process-api', file: 'estate/contracts/orders.yaml', title: 'Order Process API', version: '2.4.0', system: 'oms' }],
  },
  systems: [{ id: 'oms', name: 'Order management', owner: 'commerce-platform', ownerName: 'Commerce Platform' }],
  breakingChangeApprovers: ['architecture-board', 'finance-systems'],
};

/** A comparison of two contract files whose paths differ. */
export const FILE_PAIR: DiffResult = {
  base: 'v1/orders.yaml',
  revision: 'v2/orders.yaml',
  changes: [{ ...BASE_ONLY, contract: 'v2/orders.yaml', base: { ...BASE_ONLY.base!, file: 'v1/orders.yaml' } }],
  summary: { breaking: 1, warning: 0, info: 0, waived: 0, expiredWaivers: 0, inFreeze: 0 },
  compared: 'contracts',
  date: '2026-01-15',
  contracts: {
    base: [{ id: 'v1/orders.yaml', file: 'v1/orders.yaml', title: 'Orders', version: '1.0.0' }],
    revision: [{ id: 'v2/orders.yaml', file: 'v2/orders.yaml', title: 'Orders', version: '2.0.0' }],
  },
};
