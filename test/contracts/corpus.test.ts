import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import type { Contract } from '../../src/contracts/types.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { inputErrorOf } from '../helpers/contract-fixtures.js';

// Expected counts were taken from the files with jq and yq, independently of the loader.

function loadCorpus(file: string): Promise<Contract> {
  return loadContract(path.join(CORPUS_DIR, file), { root: CORPUS_DIR });
}

describe('corpus contracts', () => {
  it('loads Adyen Checkout, OpenAPI 3.1', async () => {
    const contract = await loadCorpus('adyen/CheckoutService-v71.v-new.json');
    expect([contract.format, contract.version]).toEqual(['openapi', '3.1.0']);
    expect(contract.operations).toHaveLength(28);
    const payments = contract.findOperation('POST /payments')!;
    expect(payments.operationId).toBe('post-payments');
    expect(payments.requestBodyProperties).toHaveLength(74);
    expect(payments.requestBodyProperties).toContain('merchantAccount');
    expect(payments.responseHeaders).toEqual(['Idempotency-Key']);
    expect(payments.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['header:Idempotency-Key']);
  });

  it('skips Adyen webhooks, OpenAPI 3.1', async () => {
    const contract = await loadCorpus('adyen/Webhooks-v1.json');
    expect(contract.version).toBe('3.1.0');
    expect(contract.operations).toEqual([]);
  });

  it('loads Amazon FBA inventory, OpenAPI 2.0', async () => {
    const contract = await loadCorpus('amazon-sp-api/fbaInventory.json');
    expect([contract.format, contract.version]).toEqual(['openapi', '2.0']);
    expect(contract.operations.map((operation) => operation.operationId)).toEqual([
      'getInventorySummaries',
      'createInventoryItem',
      'deleteInventoryItem',
      'addInventory',
    ]);
    expect(contract.findOperation('createInventoryItem')!.requestBodyProperties).toEqual(['sellerSku', 'marketplaceId', 'productName']);
  });

  it('loads Square, OpenAPI 3.0 of 2.7 MB', async () => {
    const contract = await loadCorpus('square/api.v-old.json');
    expect([contract.format, contract.version]).toEqual(['openapi', '3.0.0']);
    expect(contract.operations).toHaveLength(305);
    // Its 30 URL-valued `$ref`s all sit inside `example` values, which are data.
    expect(contract.unfollowedRefs).toEqual([]);
  });

  it('records the dangling $refs in Square 2025-08-20', async () => {
    const contract = await loadCorpus('square/api.v-new.json');
    const broken = contract.unfollowedRefs.filter((ref) => ref.reason === 'broken');
    expect(broken).toHaveLength(5);
    for (const ref of broken) expect(ref.ref).toBe('#/components/schemas/CatalogModifierToggleOverrideType');
    expect(contract.source.position(broken[0].pointer)).toEqual({ line: 9946, column: 13 });
  });

  it('records GS1 EPCIS remote refs', async () => {
    const contract = await loadCorpus('gs1-epcis/epcis-openapi.v-new.yaml');
    expect(contract.operations).toHaveLength(63);
    expect(contract.unfollowedRefs).toHaveLength(21);
    for (const unfollowed of contract.unfollowedRefs) expect(unfollowed.ref).toMatch(/^https:\/\/gs1\.github\.io\//);
  });

  it('loads Streetlights, AsyncAPI 2.6', async () => {
    const contract = await loadCorpus('asyncapi-spec/v2/streetlights-kafka.v-new.yml');
    expect([contract.format, contract.version]).toEqual(['asyncapi', '2.6.0']);
    expect(contract.channels).toHaveLength(4);
    expect(contract.channels.flatMap((channel) => channel.operations.map((operation) => `${operation.action}:${operation.id}`))).toEqual([
      'receive:receiveLightMeasurement',
      'send:turnOn',
      'send:turnOff',
      'send:dimLight',
    ]);
    const [measured] = contract.channels[0].messages;
    expect(measured.headerProperties).toEqual(['my-app-header']);
    expect(measured.payloadProperties).toEqual(['lumens', 'sentAt']);
  });

  it('loads Streetlights, AsyncAPI 3.0', async () => {
    const contract = await loadCorpus('asyncapi-spec/v3/streetlights-kafka-asyncapi.yml');
    expect(contract.version).toBe('3.0.0');
    expect(contract.channels.map((channel) => `${channel.id}:${channel.operations.length}`)).toEqual([
      'lightingMeasured:1',
      'lightTurnOn:1',
      'lightTurnOff:1',
      'lightsDim:1',
    ]);
    expect(contract.findChannel('smartylighting.streetlights.1.0.action.{streetlightId}.dim')?.id).toBe('lightsDim');
  });

  it('loads the multi-file social media example', async () => {
    const contract = await loadCorpus('asyncapi-spec/v3/social-media/backend/asyncapi.yaml');
    expect(contract.files).toHaveLength(5);
    expect(contract.channels).toHaveLength(4);
    const liked = contract.findChannel('comment/liked')!;
    expect(liked.messages.map((message) => [message.name, message.file])).toEqual([
      ['commentLiked', 'asyncapi-spec/v3/social-media/common/messages.yaml'],
    ]);
    expect(liked.messages[0].payloadProperties).toEqual(['commentId']);
  });

  it('records Adeo Avro schemas as remote', async () => {
    const contract = await loadCorpus('asyncapi-spec/v3/adeo-kafka-request-reply-asyncapi.yml');
    expect(contract.channels).toHaveLength(2);
    expect(contract.unfollowedRefs).toHaveLength(2);
    expect(contract.findChannel('costingRequestChannel')!.operations.map((operation) => operation.id)).toEqual(['receiveACostingRequest']);
    expect(contract.findChannel('costingResponseChannel')!.address).toBeUndefined();
  });

  it('loads Kraken and Slack operations, AsyncAPI 3.0', async () => {
    const kraken = await loadCorpus('asyncapi-spec/v3/kraken-websocket-request-reply-multiple-channels-asyncapi.yml');
    expect(kraken.channels).toHaveLength(7);
    expect(kraken.channels.reduce((sum, channel) => sum + channel.operations.length, 0)).toBe(5);
    const slack = await loadCorpus('asyncapi-spec/v3/slack-rtm-asyncapi.yml');
    expect(slack.channels.map((channel) => channel.operations.map((operation) => operation.action))).toEqual([['receive', 'send']]);
  });
});
