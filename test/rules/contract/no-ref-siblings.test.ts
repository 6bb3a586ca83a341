import { describeContractRule, OAS2, OAS30, OAS31 } from '../../helpers/contract-cases.js';

const RULE = 'no-$ref-siblings';

describeContractRule(RULE, [
  {
    name: 'description next to a schema $ref in 3.0',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order:\n      type: object\n      properties:\n        total:\n          $ref: '#/components/schemas/Money'\n          description: Order total\n          nullable: true\n    Money: {type: object}\n`,
    expected: [
      [RULE, 'refSibling', '/components/schemas/Order/properties/total/description'],
      [RULE, 'refSibling', '/components/schemas/Order/properties/total/nullable'],
    ],
  },
  {
    name: 'sibling of a response $ref in 2.0',
    files: `${OAS2}paths:\n  /orders:\n    get:\n      responses:\n        '200':\n          $ref: '#/responses/Orders'\n          description: Orders\nresponses:\n  Orders: {description: The orders}\n`,
    expected: [[RULE, 'refSibling', '/paths/~1orders/get/responses/200/description']],
  },
  {
    name: 'allOf wrapper in 3.0',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Order:\n      properties:\n        total:\n          allOf: [{$ref: '#/components/schemas/Money'}]\n          description: Order total\n    Money: {type: object}\n`,
    expected: [],
  },
  {
    name: 'a property named $ref is not a reference',
    files: `${OAS30}paths: {}\ncomponents:\n  schemas:\n    Link:\n      type: object\n      properties:\n        $ref: {type: string}\n        title: {type: string}\n`,
    expected: [],
  },
  {
    name: 'siblings are allowed in 3.1',
    files: `${OAS31}paths: {}\ncomponents:\n  schemas:\n    Order:\n      properties:\n        total: {$ref: '#/components/schemas/Money', description: Order total}\n    Money: {type: object}\n`,
    expected: [],
  },
]);
