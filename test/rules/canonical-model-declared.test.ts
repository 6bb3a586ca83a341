import { describe, expect, it } from 'vitest';
import { lintWorkspace, writeWorkspace } from '../helpers/estate.js';

const RULE = 'canonical-model-declared';

interface Expected {
  messageId: string;
  pointer: string;
  file?: string;
}

interface Case {
  name: string;
  files: Record<string, string>;
  expected: Expected[];
}

const HEAD = `retailgov: 1
teams:
  - id: commerce
systems:
  - { id: oms, kind: oms, layer: process, owner: commerce }
  - { id: pim, kind: pim, layer: system, owner: commerce }
`;

const SCHEMAS = {
  'models/order.schema.yaml': 'type: object\nproperties:\n  id: { type: string }\n',
  'models/product.schema.yaml': 'type: object\nproperties:\n  sku: { type: string }\n',
};

const failing: Case[] = [
  {
    name: 'object without model and object naming an undeclared model',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: order, kind: order, owner: oms }
  - { id: product, kind: product, owner: pim, model: product-v1 }
`,
      ...SCHEMAS,
    },
    expected: [
      { messageId: 'missingModel', pointer: '/objects/0' },
      { messageId: 'unknownModel', pointer: '/objects/1/model' },
    ],
  },
  {
    name: 'model describing another object or an undeclared one',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: order, kind: order, owner: oms, model: product-v1 }
  - { id: product, kind: product, owner: pim, model: product-v1 }
canonicalModels:
  - { id: product-v1, object: product, version: 1.0.0, schema: models/product.schema.yaml }
  - { id: order-v1, object: sales-order, version: 1.0.0, schema: models/order.schema.yaml }
`,
      ...SCHEMAS,
    },
    expected: [
      { messageId: 'modelDescribesOther', pointer: '/canonicalModels/0/object' },
      { messageId: 'unknownObject', pointer: '/canonicalModels/1/object' },
    ],
  },
];

const passing: Case[] = [
  {
    name: 'every object with its own model',
    files: {
      'ownership.yaml': `${HEAD}objects:
  - { id: order, kind: order, owner: oms, model: order-v1 }
  - { id: product, kind: product, owner: pim, model: product-v1 }
canonicalModels:
  - { id: order-v1, object: order, version: 1.4.0, schema: models/order.schema.yaml }
  - { id: product-v1, object: product, version: 2.0.0-rc.1, schema: models/product.schema.yaml }
`,
      ...SCHEMAS,
    },
    expected: [],
  },
  {
    name: 'models declared in an included file',
    files: {
      'ownership.yaml': `${HEAD}include: [models/models.yaml]
objects:
  - { id: order, kind: order, owner: oms, model: order-v1 }
`,
      'models/models.yaml': `canonicalModels:
  - { id: order-v1, object: order, version: 1.0.0, schema: order.schema.yaml }
`,
      ...SCHEMAS,
    },
    expected: [],
  },
];

async function findingsOf(files: Record<string, string>): Promise<Array<Required<Expected> & { ruleId: string }>> {
  const findings = await lintWorkspace(writeWorkspace(files), [RULE]);
  return findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, file: f.location.file, pointer: f.location.pointer }));
}

describe(RULE, () => {
  it.each(failing)('reports $name', async ({ files, expected }) => {
    expect(await findingsOf(files)).toEqual(expected.map((e) => ({ ruleId: RULE, file: 'ownership.yaml', ...e })));
  });

  it.each(passing)('accepts $name', async ({ files }) => {
    expect(await findingsOf(files)).toEqual([]);
  });

  it('message names both objects', async () => {
    const [finding] = await lintWorkspace(writeWorkspace(failing[1].files), [RULE]);
    expect(finding.message).toBe(
      "object 'order' names canonical model 'product-v1', but that model describes object 'product'; point the model's `object` back to 'order' or name another model",
    );
  });
});
