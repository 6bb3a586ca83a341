import { describe, expect, it } from 'vitest';
import { declarationIdPath } from '../../../src/diff/gate/declaration-path.js';
import { locationCovers, parseWaiverLocation, type ChangeSite } from '../../../src/diff/gate/location.js';
import type { Change } from '../../../src/diff/types.js';

const CHANGE: Change = {
  id: 'request-property-became-required',
  level: 'breaking',
  direction: 'request',
  area: 'request-body',
  kind: 'tightened',
  message: "property 'channel' became required",
  why: 'clients that omit it are rejected',
  contract: 'orders-api',
  base: { file: 'contracts/orders.yaml', pointer: '/paths/~1orders/post/requestBody', line: 20, column: 7 },
  revision: { file: 'contracts/common/order.yaml', pointer: '/OrderRequest/required', line: 4, column: 3 },
};

describe('waiver location', () => {
  it('splits target and pointer', () => {
    expect(parseWaiverLocation('orders-api#/paths/~1orders/post')).toEqual({ target: 'orders-api', pointer: ['paths', '/orders', 'post'] });
    expect(parseWaiverLocation('./contracts/orders.yaml')).toEqual({ target: 'contracts/orders.yaml' });
    expect(parseWaiverLocation('orders-api#')).toEqual({ target: 'orders-api', pointer: [] });
  });

  const cases: Array<[string, boolean]> = [
    ['orders-api', true],
    ['orders-api#', true],
    ['orders-api#/paths/~1orders/post', true],
    ['orders-api#/paths/~1orders/post/requestBody', true],
    ['orders-api#/OrderRequest', true],
    ['orders-api#/paths/~1orders/get', false],
    ['orders-api#/paths/~1ord', false],
    ['contracts/orders.yaml', true],
    ['./contracts/orders.yaml#/paths/~1orders', true],
    ['contracts/orders.yaml#/OrderRequest', false],
    ['contracts/common/order.yaml#/OrderRequest/required', true],
    ['contracts\\common\\order.yaml', true],
    ['contracts/common/order.yaml#/paths', false],
    ['payments-api', false],
    ['orders', false],
  ];
  for (const [location, expected] of cases) {
    it(`${location} ${expected ? 'covers' : 'misses'} the change`, () => {
      expect(locationCovers(location, CHANGE)).toBe(expected);
    });
  }

  it('decodes percent-encoded pointer segments', () => {
    const change: Change = { ...CHANGE, revision: { ...CHANGE.revision!, pointer: '/paths/~1orders~1{id}/get' } };
    expect(locationCovers('orders-api#/paths/~1orders~1%7Bid%7D', change)).toBe(true);
  });
});

describe('declaration id path', () => {
  const data = {
    slas: [{ id: 'order-to-erp-post', targets: { p95: '2m' } }, { id: 'stock-update-latency' }],
    workflows: [{ id: 'order-capture', steps: [{ id: 'accept-order' }, { id: 'post-to-erp', retryPolicy: 'erp-posting' }] }],
    traffic: [{ channel: 'webshop', workflow: 'order-capture' }],
  };

  it('replaces list indexes by ids', () => {
    expect(declarationIdPath(data, '/slas/0/targets/p95')).toEqual(['slas', 'order-to-erp-post', 'targets', 'p95']);
    expect(declarationIdPath(data, '/workflows/0/steps/1/retryPolicy')).toEqual(['workflows', 'order-capture', 'steps', 'post-to-erp', 'retryPolicy']);
  });

  it('keeps indexes of items without id', () => {
    expect(declarationIdPath(data, '/traffic/0/workflow')).toEqual(['traffic', '0', 'workflow']);
    expect(declarationIdPath(data, '/slas/7')).toEqual(['slas', '7']);
    expect(declarationIdPath(data, '')).toEqual([]);
  });
});

describe('waiver location by declaration id', () => {
  const STEP: Change = {
    id: 'step-retry-policy-changed',
    level: 'warning',
    direction: 'declaration',
    area: 'declarations',
    kind: 'changed',
    message: "the retry policy of step 'post-to-erp' changed",
    why: 'retries change',
    base: { file: 'declarations/workflows/order-capture.yaml', pointer: '/workflows/0/steps/1/retryPolicy', line: 30, column: 9 },
    revision: { file: 'declarations/workflows/order-capture.yaml', pointer: '/workflows/0/steps/2/retryPolicy', line: 36, column: 9 },
  };
  const sites: ChangeSite[] = [
    { file: STEP.revision!.file, pointer: STEP.revision!.pointer, declaration: ['workflows', 'order-capture', 'steps', 'post-to-erp', 'retryPolicy'] },
  ];

  const cases: Array<[string, boolean]> = [
    ['workflows/order-capture/steps/post-to-erp', true],
    ['workflows/order-capture/steps/post-to-erp/retryPolicy', true],
    ['workflows/order-capture', true],
    ['/workflows/order-capture/steps/post-to-erp', true],
    ['workflows/order-capture/steps/accept-order', false],
    ['workflows/returns/steps/post-to-erp', false],
    ['slas/order-to-erp-post', false],
    ['workflows/order-capture/steps/1', false],
    ['declarations/workflows/order-capture.yaml#/workflows/0/steps/2', true],
  ];
  for (const [location, expected] of cases) {
    it(`${location} ${expected ? 'covers' : 'misses'} the step`, () => {
      expect(locationCovers(location, STEP, sites)).toBe(expected);
    });
  }

  it('needs the declaration path', () => {
    expect(locationCovers('workflows/order-capture/steps/post-to-erp', STEP)).toBe(false);
  });
});
