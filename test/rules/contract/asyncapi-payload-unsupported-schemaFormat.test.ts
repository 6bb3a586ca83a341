import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-payload-unsupported-schemaFormat';

describeContractRule(RULE, [
  {
    name: '2.x Avro message',
    files: `${AAS2}components:\n  messages:\n    Order:\n      schemaFormat: application/vnd.apache.avro;version=1.9.0\n      payload: {type: record, name: Order, fields: []}\n`,
    expected: [[RULE, 'unsupportedFormat', '/components/messages/Order/schemaFormat']],
  },
  {
    name: '3.x OpenAPI payload',
    files: `${AAS3}components:\n  messages:\n    Order:\n      payload:\n        schemaFormat: application/vnd.oai.openapi;version=3.0.0\n        schema: {type: object, nullable: true}\n`,
    expected: [[RULE, 'unsupportedFormat', '/components/messages/Order/payload/schemaFormat']],
  },
  { name: '2.x JSON Schema draft-07', files: `${AAS2}components:\n  messages:\n    Order:\n      schemaFormat: application/schema+json;version=draft-07\n      payload: {type: object}\n`, expected: [] },
  { name: '3.x explicit AsyncAPI format', files: `${AAS3}components:\n  messages:\n    Order:\n      payload:\n        schemaFormat: application/vnd.aai.asyncapi+json;version=3.0.0\n        schema: {type: object}\n`, expected: [] },
]);
