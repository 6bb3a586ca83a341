import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'typed-enum';

describeContractRule(RULE, [
  { name: '3.0 number in string enum', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Status: {type: string, enum: [open, 2, shipped]}\n`, expected: [[RULE, 'wrongType', '/components/schemas/Status/enum/1']] },
  { name: '3.0 null without nullable', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Status: {type: string, enum: [open, null]}\n`, expected: [[RULE, 'wrongType', '/components/schemas/Status/enum/1']] },
  { name: '2.0 fraction in integer parameter enum', files: `${OAS2}paths:\n  /stock:\n    get:\n      parameters:\n        - {name: pack, in: query, type: integer, enum: [1, 2.5]}\n      responses: {'200': {description: OK}}\n`, expected: [[RULE, 'wrongType', '/paths/~1stock/get/parameters/0/enum/1']] },
  { name: '3.1 value outside type list', files: `${OAS31}components:\n  schemas:\n    Size: {type: [integer, 'null'], enum: [1, null, L]}\n`, expected: [[RULE, 'wrongType', '/components/schemas/Size/enum/2']] },
  { name: '3.0 nullable enum with null', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Status: {type: string, nullable: true, enum: [open, null]}\n`, expected: [] },
  { name: '2.0 x-nullable enum with null', files: `${OAS2}paths: {}\ndefinitions:\n  Status: {type: string, x-nullable: true, enum: [open, null]}\n`, expected: [] },
  { name: '3.1 integers in number enum', files: `${OAS31}components:\n  schemas:\n    Rate: {type: number, enum: [0, 0.5, 1]}\n`, expected: [] },
  { name: 'enum in example data ignored', files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Meta:\n      type: object\n      example: {type: string, enum: [1, 2]}\n`, expected: [] },
]);
