import { describe, expect, it } from 'vitest';
import { locationCovers, parseWaiverLocation } from '../../../src/diff/gate/location.js';
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
