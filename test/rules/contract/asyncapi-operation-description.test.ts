import { AAS2, AAS3 } from '../../helpers/asyncapi-documents.js';
import { describeContractRule } from '../../helpers/contract-cases.js';

const RULE = 'asyncapi-operation-description';
const CHANNEL3 = 'channels:\n  orders: {address: orders}\n';

describeContractRule(RULE, [
  { name: '2.x subscribe without description', files: `${AAS2}channels:\n  orders:\n    subscribe: {operationId: publishOrder}\n`, expected: [[RULE, 'missingDescription', '/channels/orders/subscribe']] },
  {
    name: '3.x operation without description',
    files: `${AAS3}${CHANNEL3}operations:\n  publishOrder:\n    action: send\n    channel: {$ref: '#/channels/orders'}\n`,
    expected: [[RULE, 'missingDescription', '/operations/publishOrder']],
  },
  { name: '2.x description from a trait', files: `${AAS2}channels:\n  orders:\n    subscribe:\n      operationId: publishOrder\n      traits: [{description: Sent after commit.}]\n`, expected: [] },
  {
    name: '3.x operation with description',
    files: `${AAS3}${CHANNEL3}operations:\n  publishOrder:\n    action: send\n    channel: {$ref: '#/channels/orders'}\n    description: Sent after commit.\n`,
    expected: [],
  },
]);
