import { describe, expect, it } from 'vitest';
import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';
import { lintContract } from '../../helpers/contract-lint.js';

const RULE = 'asyncapi-payload';

describeContractRule(RULE, [
  {
    name: '2.x required is not a list',
    files: `${AAS2}channels:\n  orders:\n    subscribe:\n      message:\n        payload: {type: object, required: orderId}\n`,
    expected: [[RULE, 'invalidSchema', '/channels/orders/subscribe/message/payload/required']],
  },
  {
    name: '3.x unknown type in a referenced schema',
    files: `${AAS3}components:\n  messages:\n    Order:\n      payload: {$ref: '#/components/schemas/Order'}\n  schemas:\n    Order: {type: object, properties: {total: {$ref: '#/components/schemas/Money'}}}\n    Money: {type: decimal}\n`,
    expected: [[RULE, 'invalidSchema', '/components/schemas/Money/type']],
  },
  { name: '2.x valid payload', files: `${AAS2}components:\n  messages:\n    Order:\n      payload: {type: object, required: [orderId]}\n`, expected: [] },
  {
    name: '3.x Avro payload is skipped',
    files: `${AAS3}components:\n  messages:\n    Order:\n      payload:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        schema: {type: record, name: Order, fields: []}\n`,
    expected: [],
  },
]);

describe(`${RULE} across files`, () => {
  it('reports in the file of the schema', async () => {
    const findings = await lintContract({
      'events.yaml': `${AAS3}components:\n  messages:\n    Order:\n      payload: {$ref: 'schemas.yaml#/Order'}\n`,
      'schemas.yaml': 'Order:\n  type: object\n  minProperties: -1\n',
    }, [RULE]);
    expect(findings.map((finding) => [finding.location.file, finding.location.pointer])).toEqual([['schemas.yaml', '/Order/minProperties']]);
  });
});
