import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-server-security';
const SCRAM = 'components:\n  securitySchemes:\n    saslScram: {type: scramSha512}\n';

describeContractRule(RULE, [
  { name: '2.x undefined scheme', files: `${AAS2}servers:\n  production:\n    url: broker.retail.test\n    protocol: kafka-secure\n    security: [{sasl: []}]\n${SCRAM}`, expected: [[RULE, 'undefinedScheme', '/servers/production/security/0/sasl']] },
  {
    name: '3.x reference to a component that is not a scheme',
    files: `${AAS3}servers:\n  production:\n    host: broker.retail.test\n    protocol: kafka-secure\n    security:\n      - $ref: '#/components/messages/Login'\ncomponents:\n  messages:\n    Login: {payload: {type: object}}\n`,
    expected: [[RULE, 'notSchemeReference', '/servers/production/security/0']],
  },
  { name: '2.x defined scheme', files: `${AAS2}servers:\n  production:\n    url: broker.retail.test\n    protocol: kafka-secure\n    security: [{saslScram: []}]\n${SCRAM}`, expected: [] },
  { name: '3.x scheme reference', files: `${AAS3}servers:\n  production:\n    host: broker.retail.test\n    protocol: kafka-secure\n    security:\n      - $ref: '#/components/securitySchemes/saslScram'\n${SCRAM}`, expected: [] },
]);
