import { describe, expect, it } from 'vitest';
import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';
import { lintContract } from '../../helpers/contract-lint.js';

const RULE = 'asyncapi-document-resolved';

describeContractRule(RULE, [
  {
    name: '3.x channel referring to a schema',
    files: `${AAS3}channels:\n  orders: {$ref: '#/components/schemas/Order'}\ncomponents:\n  schemas:\n    Order: {type: object}\n`,
    expected: [[RULE, 'invalidAfterResolution', '/components/schemas/Order/type']],
  },
  {
    name: '2.x message referring to a server',
    files: `${AAS2}servers:\n  production: {url: broker.retail.test, protocol: kafka}\nchannels:\n  orders:\n    subscribe:\n      message: {$ref: '#/servers/production'}\n`,
    expected: [[RULE, 'invalidAfterResolution', '/servers/production/url'], [RULE, 'invalidAfterResolution', '/servers/production/protocol']],
  },
  { name: 'problem in the root file only once', files: 'asyncapi: 3.0.0\ninfo: {title: Orders}\n', expected: [] },
  { name: '3.x valid references', files: `${AAS3}channels:\n  orders: {$ref: '#/components/channels/orders'}\noperations:\n  publishOrder: {action: send, channel: {$ref: '#/channels/orders'}}\ncomponents:\n  channels:\n    orders: {address: orders}\n`, expected: [] },
  { name: '2.x valid references', files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message: {$ref: '#/components/messages/Order'}\ncomponents:\n  messages:\n    Order: {payload: {type: object}}\n`, expected: [] },
]);

describe(`${RULE} across files`, () => {
  it('reports a problem in a referenced file where it is written', async () => {
    const findings = await lintContract({
      'events.yaml': `${AAS3}servers:\n  production: {$ref: 'servers.yaml#/production'}\n`,
      'servers.yaml': 'production:\n  host: broker.retail.test\n  protocol: kafka\n  port: 9092\n',
    }, [RULE]);
    expect(findings.map((finding) => [finding.location.file, finding.location.pointer, finding.messageId])).toEqual([
      ['servers.yaml', '/production/port', 'invalidAfterResolution'],
    ]);
  });
});
