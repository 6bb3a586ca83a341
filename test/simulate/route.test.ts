import { describe, expect, it } from 'vitest';
import { buildRoute } from '../../src/simulate/engine/route.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import type { Estate } from '../../src/model/types.js';
import { REPOSITORY } from './helpers.js';

let estate: Estate;

async function route(workflowId: string, channel: string): Promise<Array<[string, string]>> {
  estate ??= (await loadWorkspace(REPOSITORY)).estate;
  const workflow = estate.workflows.find((candidate) => candidate.id === workflowId)!;
  const tree = buildRoute(workflow, channel);
  // Each step with the step it waits for.
  return tree.nodes.map((node) => [node.step.id, node.parent < 0 ? channel : tree.nodes[node.parent].step.id]);
}

describe('routes through the reference estate', () => {
  it('take a web order through capture, tax quote, publication and fan-out', async () => {
    expect(await route('order-capture', 'webshop')).toEqual([
      ['capture-web-order', 'webshop'],
      ['quote-tax', 'capture-web-order'],
      ['publish-order-accepted', 'quote-tax'],
      ['deliver-order-to-crm', 'publish-order-accepted'],
      ['post-sales-order-to-erp', 'publish-order-accepted'],
    ]);
  });

  it('pull marketplace orders through the hub before capture', async () => {
    const steps = await route('order-capture', 'marketplace-nile');
    expect(steps.slice(0, 3)).toEqual([
      ['poll-nile-orders', 'marketplace-nile'],
      ['capture-nile-order', 'poll-nile-orders'],
      ['quote-tax', 'capture-nile-order'],
    ]);
    expect(steps.map(([step]) => step)).not.toContain('capture-web-order');
  });

  it('deliver only the published event channel', async () => {
    const product = (await route('product-and-price-publishing', 'pim')).map(([step]) => step);
    expect(product).toEqual(['publish-product', 'deliver-product-to-webshop', 'deliver-product-to-b2b', 'upsert-nile-listing', 'upsert-modena-article']);
    const price = (await route('product-and-price-publishing', 'erp')).map(([step]) => step);
    expect(price).toContain('deliver-price-to-stores');
    expect(price).not.toContain('deliver-product-to-webshop');
  });

  it('follow the state machine from return to refund', async () => {
    expect(await route('returns-and-refunds', 'webshop')).toEqual([
      ['register-web-return', 'webshop'],
      ['record-return-receipt', 'register-web-return'],
      ['publish-return-received', 'record-return-receipt'],
      ['request-refund', 'publish-return-received'],
      ['receive-refund-completed', 'request-refund'],
      ['record-refund-outcome', 'receive-refund-completed'],
      ['post-credit-memo-to-erp', 'receive-refund-completed'],
    ]);
  });

  it('fan stock out to OMS and ERP', async () => {
    const steps = new Map(await route('inventory-sync', 'wms'));
    expect(steps.get('apply-supply-change')).toBe('publish-stock-changed');
    expect(steps.get('post-stock-adjustment-to-erp')).toBe('publish-stock-changed');
    expect(steps.get('publish-availability-changed')).toBe('apply-supply-change');
    expect(steps.get('push-stock-to-nile')).toBe('publish-availability-changed');
    expect(steps.get('read-availability-for-b2b')).toBe('apply-supply-change');
  });
});
