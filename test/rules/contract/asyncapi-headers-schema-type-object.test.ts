import { describe, expect, it } from 'vitest';
import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';
import { lintContract } from '../../helpers/contract-lint.js';

const RULE = 'asyncapi-headers-schema-type-object';

describeContractRule(RULE, [
  {
    name: '2.x headers without type',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n        headers: {properties: {correlationId: {type: string}}}\n`,
    expected: [[RULE, 'missingType', '/channels/orders/subscribe/message/headers']],
  },
  {
    name: '3.x trait headers of type string',
    files: `${AAS3}components:\n  messageTraits:\n    tracing:\n      headers: {type: string}\n`,
    expected: [[RULE, 'wrongType', '/components/messageTraits/tracing/headers/type']],
  },
  {
    name: '2.x headers through $ref',
    files: `${AAS2}components:\n  messages:\n    OrderCreated:\n      headers: {$ref: '#/components/schemas/Headers'}\n  schemas:\n    Headers: {type: object}\n`,
    expected: [],
  },
  {
    name: '3.x Avro headers are not read',
    files: `${AAS3}components:\n  messages:\n    OrderCreated:\n      headers:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        schema: {type: record, name: Headers, fields: []}\n`,
    expected: [],
  },
  { name: '3.x object headers', files: `${AAS3}components:\n  messages:\n    OrderCreated:\n      headers: {type: object}\n`, expected: [] },
]);

describe(`${RULE} across files`, () => {
  it('reports a shared headers schema once, in its file', async () => {
    const findings = await lintContract({
      'events.yaml': `${AAS3}components:\n  messages:\n    A:\n      headers: {$ref: 'common.yaml#/Headers'}\n    B:\n      headers: {$ref: 'common.yaml#/Headers'}\n`,
      'common.yaml': 'Headers:\n  properties: {eventId: {type: string}}\n',
    }, [RULE]);
    expect(findings.map((finding) => [finding.location.file, finding.location.pointer])).toEqual([['common.yaml', '/Headers']]);
  });
});
