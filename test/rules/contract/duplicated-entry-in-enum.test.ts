import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'duplicated-entry-in-enum';

describeContractRule(RULE, [
  { name: '3.0 repeated string', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Carrier: {type: string, enum: [DHL, UPS, DHL, UPS]}\n`, expected: [[RULE, 'duplicate', '/components/schemas/Carrier/enum/2'], [RULE, 'duplicate', '/components/schemas/Carrier/enum/3']] },
  { name: '3.1 equal objects', files: `${OAS31}components:\n  schemas:\n    Box: {enum: [{w: 1, h: 2}, {h: 2, w: 1}]}\n`, expected: [[RULE, 'duplicate', '/components/schemas/Box/enum/1']] },
  { name: '2.0 parameter enum', files: `${OAS2}paths:\n  /stock:\n    get:\n      parameters:\n        - {name: zone, in: query, type: string, enum: [a, a]}\n      responses: {'200': {description: OK}}\n`, expected: [[RULE, 'duplicate', '/paths/~1stock/get/parameters/0/enum/1']] },
  { name: '3.0 server variable enum', files: `${OAS30}servers:\n  - url: 'https://{region}.example.com'\n    variables:\n      region: {default: eu, enum: [eu, us, eu]}\npaths: {}\n`, expected: [[RULE, 'duplicate', '/servers/0/variables/region/enum/2']] },
  { name: '3.0 distinct values', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Carrier: {type: string, enum: [DHL, UPS, dhl]}\n`, expected: [] },
  { name: '3.1 number and string differ', files: `${OAS31}components:\n  schemas:\n    Code: {enum: [1, '1']}\n`, expected: [] },
]);
