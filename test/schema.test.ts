import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ts from 'typescript';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  API_LAYERS, EXCEPTION_KINDS, LIST_SECTIONS, OBJECT_KINDS, SYSTEM_KINDS,
} from '../src/model/types.js';
import { DURATION_REGEX_SOURCE, RATE_REGEX_SOURCE } from '../src/model/units.js';

type Json = Record<string, any>;

const schemaPath = fileURLToPath(new URL('../schemas/ownership.schema.json', import.meta.url));
const typesPath = fileURLToPath(new URL('../src/model/types.ts', import.meta.url));
const formatDocPath = fileURLToPath(new URL('../docs/format.md', import.meta.url));

const schema: Json = JSON.parse(readFileSync(schemaPath, 'utf8'));

function compileSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormatsModule.default(ajv);
  return ajv.compile(schema);
}

const validate = compileSchema();

function errorsOf(document: unknown): ErrorObject[] {
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

function describeErrors(errors: ErrorObject[]): string {
  return errors.map((error) => `${error.instancePath || '/'} ${error.keyword}: ${error.message}`).join('\n');
}

/** A complete estate that sets every property of the format at least once. */
const FULL_ESTATE = `
retailgov: 1
name: Example retail estate
include: [flows/*.yaml, teams.yaml]
x-retailgov-ignore: [unused-contract-operation]
teams:
  - id: commerce-platform
    name: Commerce platform
    contact: commerce@example.com
    onCall: pagerduty:commerce
  - id: finance-systems
systems:
  - id: web-shop
    name: Web shop
    kind: ecommerce
    layer: experience
    owner: commerce-platform
    contracts:
      - id: web-shop-events
        path: contracts/web-shop.asyncapi.yaml
  - id: cloud-erp
    kind: erp
    layer: system
    owner: finance-systems
    vendor: Example ERP Cloud
    contracts:
      - id: erp-sales-orders
        path: contracts/erp-sales-orders.openapi.yaml
    rateLimits:
      - scope: api
        limit: 2400/min
        burst: 50
        onExceed: reject-429
    releaseCalendar:
      - name: 2025 release wave 2
        start: 2025-10-01
        end: 2025-10-15T23:59:59Z
    x-cost-centre: cc-114
objects:
  - id: sales-order
    kind: order
    owner: cloud-erp
    fields:
      - field: status.fulfilment
        owner: web-shop
    consumers: [web-shop]
    model: order-v1
canonicalModels:
  - id: order-v1
    object: sales-order
    version: 1.2.0
    schema: models/order.schema.json
    payloads:
      - contract: erp-sales-orders
        pointer: /components/schemas/SalesOrder
mappings:
  - id: order-to-erp
    model: order-v1
    system: cloud-erp
    payload:
      contract: erp-sales-orders
      pointer: /components/schemas/SalesOrder
    direction: from-canonical
    fields:
      - from: status
        to: OrderStatus
        valueMap: { placed: '10', cancelled: 90, test: false }
        unmapped: reject
      - to: SalesChannel
        default: WEB
      - from: total.amount
        to: NetAmountCents
        convert: decimal-to-minor-units
        rounding: half-even
        currencyField: total.currency
      - from: placedAt
        to: OrderDate
        convert: to-local-time
        timeZone: Europe/Berlin
    examples:
      - name: placed order
        input: { status: placed, total: { amount: 10.5, currency: EUR } }
        output: { OrderStatus: '10', NetAmountCents: 1050 }
workflows:
  - id: order-capture
    name: Order capture
    object: sales-order
    sla: order-to-erp
    channels: [web-shop]
    stateMachine:
      initial: placed
      states: [placed, posted, cancelled]
      final: [posted, cancelled]
      transitions:
        - { from: placed, to: posted }
        - { from: placed, to: cancelled }
    audit:
      required: true
      records: [order id, posting id]
    steps:
      - id: publish-order
        from: web-shop
        to: cloud-erp
        channel:
          contract: web-shop-events
          channel: orderPlaced
          operation: publishOrderPlaced
        mode: async
        orderingKey: order.id
        correlationId: { in: message-header, name: correlationId, traceparent: true }
        retryPolicy: erp-standard
        deadLetter:
          queue: order-dlq
          exceptionClasses: [order-validation]
        latency: { p50: 200ms, p95: 1s, p99: 2.5s }
      - id: post-order
        from: web-shop
        to: cloud-erp
        operation:
          contract: erp-sales-orders
          operation: POST /salesOrders
        mode: sync
        writes: order
        channelFacing: false
        idempotencyKey:
          in: header
          name: Idempotency-Key
          from: [channel, order.id, operation]
        transition: { from: placed, to: posted }
retryPolicies:
  - id: erp-standard
    maxAttempts: 5
    initialInterval: 500ms
    backoffCoefficient: 2
    maxInterval: 30s
    jitter: full
    timeout: 10s
    retryableErrors: [http-429, http-503, timeout]
    honourRetryAfter: true
deadLetter:
  queues:
    - id: order-dlq
      system: cloud-erp
      owner: finance-systems
  exceptionClasses:
    - id: order-validation
      kind: validation
      owner: commerce-platform
      businessImpact: The order is not shipped until someone fixes it.
      replay:
        mode: manual
        after: 15m
        maxReplays: 3
        approver: commerce-platform
slas:
  - id: order-to-erp
    kind: business
    metric: order-to-erp-post
    workflow: order-capture
    targets: { p50: 30s, p90: 1m, p95: 2m, p99: 5m, max: 1h }
  - id: order-queue
    kind: technical
    metric: queue-lag
    maxQueueLag: 2m
    maxErrorRate: 0.01
traffic:
  - channel: web-shop
    workflow: order-capture
    expected: 5/s
    peak: 40/s
    rateLimit: { limit: 50/s, scope: web-shop }
    backPressure: queue
changeControl:
  freezeWindows:
    - id: black-friday
      start: 2025-11-24
      end: 2025-12-01T06:00:00+01:00
      systems: [cloud-erp]
      reason: Peak trading
  publishWindows:
    - id: tuesday-morning
      start: 2025-09-02T06:00:00Z
      end: 2025-09-02T09:00:00Z
  breakingChangeApprovers: [finance-systems]
  waivers:
    - rule: retry-storm-under-erp-limit
      target: order-capture
      approver: finance-systems
      reason: The ERP limit is raised for the campaign.
      expires: 2026-01-31
`;

function fullEstate(): Json {
  return parse(FULL_ESTATE) as Json;
}

describe('ownership schema', () => {
  it('compiles under Ajv strict mode', () => {
    expect(typeof validate).toBe('function');
  });

  it('accepts a complete estate', () => {
    const errors = errorsOf(fullEstate());
    expect(describeErrors(errors)).toBe('');
  });

  const validCases: Array<{ name: string; document: unknown }> = [
    { name: 'included file without retailgov', document: { teams: [{ id: 'ops' }] } },
    { name: 'empty included file', document: {} },
    { name: 'empty sections', document: { retailgov: 1, teams: [], deadLetter: {}, changeControl: {} } },
    { name: 'ids with dots and underscores', document: { teams: [{ id: 'eu.ops_team-2' }] } },
    {
      name: 'vendor extensions on nested objects',
      document: {
        'x-owner-note': 'free form',
        teams: [{ id: 'ops', 'x-slack': '#ops' }],
        deadLetter: { 'x-tool': 'queue-ui', queues: [{ id: 'dlq', system: 'erp', 'x-arn': 'arn' }] },
      },
    },
    { name: 'fractional duration', document: { slas: [{ id: 's', kind: 'technical', metric: 'lag', maxQueueLag: '1.5h' }] } },
    {
      name: 'rate with every period',
      document: {
        traffic: ['1/s', '1/sec', '1/min', '1/m', '1/h', '1.5/d'].map((rate) => ({
          channel: 'pos', workflow: 'sync', expected: rate, peak: rate,
        })),
      },
    },
    {
      name: 'mapping example with scalar payloads',
      document: {
        mappings: [{
          id: 'm', model: 'c', system: 's', direction: 'to-canonical', fields: [{ from: 'a', to: 'b' }],
          examples: [{ name: 'null in, list out', input: null, output: [1, 'two'] }],
        }],
      },
    },
    { name: 'semantic version with prerelease', document: { canonicalModels: [{ id: 'm', object: 'o', version: '2.0.0-rc.1', schema: 'm.json' }] } },
  ];

  it.each(validCases)('accepts $name', ({ document }) => {
    expect(describeErrors(errorsOf(document))).toBe('');
  });
});

interface InvalidCase {
  name: string;
  /** Changes a copy of the complete estate, or builds a document of its own. */
  build: (estate: Json) => unknown;
  instancePath: string;
  keyword: string;
  params?: Record<string, unknown>;
}

const invalidCases: InvalidCase[] = [
  {
    name: 'unknown key on a system',
    build: (estate) => { estate.systems[0].colour = 'blue'; return estate; },
    instancePath: '/systems/0',
    keyword: 'additionalProperties',
    params: { additionalProperty: 'colour' },
  },
  {
    name: 'unknown top-level section',
    build: (estate) => { estate.owners = []; return estate; },
    instancePath: '',
    keyword: 'additionalProperties',
    params: { additionalProperty: 'owners' },
  },
  {
    name: '__proto__ key at the top level',
    build: () => JSON.parse('{"retailgov": 1, "__proto__": {"teams": []}}'),
    instancePath: '',
    keyword: 'additionalProperties',
    params: { additionalProperty: '__proto__' },
  },
  {
    name: '__proto__ key on a team',
    build: () => JSON.parse('{"teams": [{"id": "ops", "__proto__": {"admin": true}}]}'),
    instancePath: '/teams/0',
    keyword: 'additionalProperties',
    params: { additionalProperty: '__proto__' },
  },
  {
    name: 'duration written in words',
    build: (estate) => { estate.retryPolicies[0].initialInterval = '5 minutes'; return estate; },
    instancePath: '/retryPolicies/0/initialInterval',
    keyword: 'pattern',
  },
  {
    name: 'duration without a unit',
    build: (estate) => { estate.workflows[0].steps[0].latency.p95 = '1000'; return estate; },
    instancePath: '/workflows/0/steps/0/latency/p95',
    keyword: 'pattern',
  },
  {
    name: 'rate written in words',
    build: (estate) => { estate.traffic[0].peak = '40 per second'; return estate; },
    instancePath: '/traffic/0/peak',
    keyword: 'pattern',
  },
  {
    name: 'step with both operation and channel',
    build: (estate) => {
      estate.workflows[0].steps[1].channel = { contract: 'web-shop-events', channel: 'orderPlaced' };
      return estate;
    },
    instancePath: '/workflows/0/steps/1',
    keyword: 'oneOf',
    params: { passingSchemas: [0, 1] },
  },
  {
    name: 'step with neither operation nor channel',
    build: (estate) => { delete estate.workflows[0].steps[0].channel; return estate; },
    instancePath: '/workflows/0/steps/0',
    keyword: 'oneOf',
  },
  {
    name: 'system without owner',
    build: (estate) => { delete estate.systems[1].owner; return estate; },
    instancePath: '/systems/1',
    keyword: 'required',
    params: { missingProperty: 'owner' },
  },
  {
    name: 'business object without owner',
    build: (estate) => { delete estate.objects[0].owner; return estate; },
    instancePath: '/objects/0',
    keyword: 'required',
    params: { missingProperty: 'owner' },
  },
  {
    name: 'unknown system kind',
    build: (estate) => { estate.systems[0].kind = 'mainframe'; return estate; },
    instancePath: '/systems/0/kind',
    keyword: 'enum',
  },
  {
    name: 'id with capital letters',
    build: (estate) => { estate.teams[0].id = 'CommercePlatform'; return estate; },
    instancePath: '/teams/0/id',
    keyword: 'pattern',
  },
  {
    name: 'reference with a space',
    build: (estate) => { estate.systems[0].owner = 'commerce platform'; return estate; },
    instancePath: '/systems/0/owner',
    keyword: 'pattern',
  },
  {
    name: 'unsupported format version',
    build: (estate) => { estate.retailgov = 2; return estate; },
    instancePath: '/retailgov',
    keyword: 'const',
  },
  {
    name: 'zero max attempts',
    build: (estate) => { estate.retryPolicies[0].maxAttempts = 0; return estate; },
    instancePath: '/retryPolicies/0/maxAttempts',
    keyword: 'minimum',
  },
  {
    name: 'fractional max attempts',
    build: (estate) => { estate.retryPolicies[0].maxAttempts = 2.5; return estate; },
    instancePath: '/retryPolicies/0/maxAttempts',
    keyword: 'type',
  },
  {
    name: 'backoff coefficient below one',
    build: (estate) => { estate.retryPolicies[0].backoffCoefficient = 0.5; return estate; },
    instancePath: '/retryPolicies/0/backoffCoefficient',
    keyword: 'minimum',
  },
  {
    name: 'retry policy without jitter',
    build: (estate) => { delete estate.retryPolicies[0].jitter; return estate; },
    instancePath: '/retryPolicies/0',
    keyword: 'required',
    params: { missingProperty: 'jitter' },
  },
  {
    name: 'unquoted HTTP status as retryable error',
    build: (estate) => { estate.retryPolicies[0].retryableErrors = [503]; return estate; },
    instancePath: '/retryPolicies/0/retryableErrors/0',
    keyword: 'type',
  },
  {
    name: 'error rate above one',
    build: (estate) => { estate.slas[1].maxErrorRate = 1.5; return estate; },
    instancePath: '/slas/1/maxErrorRate',
    keyword: 'maximum',
  },
  {
    name: 'fractional burst',
    build: (estate) => { estate.systems[1].rateLimits[0].burst = 1.5; return estate; },
    instancePath: '/systems/1/rateLimits/0/burst',
    keyword: 'type',
  },
  {
    name: 'freeze window start in words',
    build: (estate) => { estate.changeControl.freezeWindows[0].start = 'next monday'; return estate; },
    instancePath: '/changeControl/freezeWindows/0/start',
    keyword: 'anyOf',
  },
  {
    name: 'date-time without offset',
    build: (estate) => { estate.changeControl.waivers[0].expires = '2026-01-31T00:00:00'; return estate; },
    instancePath: '/changeControl/waivers/0/expires',
    keyword: 'anyOf',
  },
  {
    name: 'waiver without expiry',
    build: (estate) => { delete estate.changeControl.waivers[0].expires; return estate; },
    instancePath: '/changeControl/waivers/0',
    keyword: 'required',
    params: { missingProperty: 'expires' },
  },
  {
    name: 'object as value map value',
    build: (estate) => { estate.mappings[0].fields[0].valueMap.placed = { code: 10 }; return estate; },
    instancePath: '/mappings/0/fields/0/valueMap/placed',
    keyword: 'anyOf',
  },
  {
    name: 'unknown write kind',
    build: (estate) => { estate.workflows[0].steps[1].writes = 'invoice'; return estate; },
    instancePath: '/workflows/0/steps/1/writes',
    keyword: 'enum',
  },
  {
    name: 'idempotency key in the query string',
    build: (estate) => { estate.workflows[0].steps[1].idempotencyKey.in = 'query'; return estate; },
    instancePath: '/workflows/0/steps/1/idempotencyKey/in',
    keyword: 'enum',
  },
  {
    name: 'idempotency key derived from nothing',
    build: (estate) => { estate.workflows[0].steps[1].idempotencyKey.from = []; return estate; },
    instancePath: '/workflows/0/steps/1/idempotencyKey/from',
    keyword: 'minItems',
  },
  {
    name: 'audit without required flag',
    build: (estate) => { delete estate.workflows[0].audit.required; return estate; },
    instancePath: '/workflows/0/audit',
    keyword: 'required',
    params: { missingProperty: 'required' },
  },
  {
    name: 'workflow without steps',
    build: (estate) => { estate.workflows[0].steps = []; return estate; },
    instancePath: '/workflows/0/steps',
    keyword: 'minItems',
  },
  {
    name: 'unknown key in deadLetter',
    build: (estate) => { estate.deadLetter.topics = []; return estate; },
    instancePath: '/deadLetter',
    keyword: 'additionalProperties',
    params: { additionalProperty: 'topics' },
  },
  {
    name: 'unknown exception kind',
    build: (estate) => { estate.deadLetter.exceptionClasses[0].kind = 'timeout'; return estate; },
    instancePath: '/deadLetter/exceptionClasses/0/kind',
    keyword: 'enum',
  },
  {
    name: 'section written as a map',
    build: (estate) => { estate.teams = { ops: { name: 'Operations' } }; return estate; },
    instancePath: '/teams',
    keyword: 'type',
  },
  {
    name: 'include entry that is not a string',
    build: (estate) => { estate.include = [{ path: 'flows.yaml' }]; return estate; },
    instancePath: '/include/0',
    keyword: 'type',
  },
  {
    name: 'canonical model version that is not semantic',
    build: (estate) => { estate.canonicalModels[0].version = 'v1'; return estate; },
    instancePath: '/canonicalModels/0/version',
    keyword: 'pattern',
  },
  {
    name: 'extension key without the x- prefix',
    build: (estate) => { estate.systems[1].cost_centre = 'cc-114'; return estate; },
    instancePath: '/systems/1',
    keyword: 'additionalProperties',
    params: { additionalProperty: 'cost_centre' },
  },
];

describe('ownership schema rejects', () => {
  it.each(invalidCases)('$name', ({ build, instancePath, keyword, params }) => {
    const errors = errorsOf(build(fullEstate()));

    expect(errors.length).toBeGreaterThan(0);
    const expected = expect.objectContaining({ instancePath, keyword, ...(params === undefined ? {} : { params }) });
    expect(errors).toContainEqual(expected);
    const unrelated = errors.filter((error) => !error.instancePath.startsWith(instancePath));
    expect(describeErrors(unrelated)).toBe('');
  });

  it('leaves Object.prototype untouched by __proto__ keys', () => {
    errorsOf(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Json).polluted).toBeUndefined();
  });
});

/** Follows a local `$ref` such as `#/$defs/system` to its target. */
function resolve(node: Json): Json {
  let current = node;
  while (typeof current.$ref === 'string') {
    const name = current.$ref.replace(/^#\/\$defs\//, '');
    current = schema.$defs[name];
    if (current === undefined) throw new Error(`Schema $ref ${node.$ref} not found`);
  }
  return current;
}

function definition(name: string): Json {
  const found = schema.$defs[name];
  if (found === undefined) throw new Error(`Schema definition $defs/${name} not found`);
  return found;
}

describe('ownership schema matches the model', () => {
  it('has the enums of src/model/types.ts', () => {
    expect(resolve(definition('system').properties.kind).enum).toEqual([...SYSTEM_KINDS]);
    expect(resolve(definition('system').properties.layer).enum).toEqual([...API_LAYERS]);
    expect(resolve(definition('businessObject').properties.kind).enum).toEqual([...OBJECT_KINDS]);
    expect(resolve(definition('exceptionClass').properties.kind).enum).toEqual([...EXCEPTION_KINDS]);
    expect(definition('workflowStep').properties.writes.enum).toEqual([...OBJECT_KINDS, 'stock-adjustment']);
  });

  it('uses the unit patterns of src/model/units.ts', () => {
    expect(definition('duration').pattern).toBe(DURATION_REGEX_SOURCE);
    expect(definition('rate').pattern).toBe(RATE_REGEX_SOURCE);
  });

  it('declares every list section as an array', () => {
    for (const section of LIST_SECTIONS) {
      expect(schema.properties[section]?.type, section).toBe('array');
    }
  });

  const model = readModelInterfaces();

  it('has a definition per model interface', () => {
    const expected = [...model.keys()].filter((name) => name !== 'Estate').map(lowerFirst).sort();
    const interfaceDefinitions = Object.keys(schema.$defs).filter((name) => schema.$defs[name].type === 'object' && name !== 'audit');
    expect(interfaceDefinitions.sort()).toEqual(expected);
  });

  it('has the top-level keys of Estate plus include', () => {
    const estate = model.get('Estate');
    expect(estate).toBeDefined();
    const expected = [...estate!.keys(), 'include'].sort();
    expect(Object.keys(schema.properties).sort()).toEqual(expected);
    expect(schema.required).toBeUndefined();
  });

  for (const [interfaceName, members] of model) {
    if (interfaceName === 'Estate') continue;
    it(`matches interface ${interfaceName}`, () => {
      compareMembers(members, definition(lowerFirst(interfaceName)), interfaceName);
    });
  }

  it('describes every property and titles every definition', () => {
    for (const [name, node] of Object.entries(schema.$defs as Record<string, Json>)) {
      expect(node.title, `$defs/${name}`).toBeTypeOf('string');
    }
    for (const [path, property] of allProperties(schema, '')) {
      expect(property.description, path).toBeTypeOf('string');
    }
  });

  it('allows x- keys and no other extra key on every object', () => {
    const objects = [schema, ...Object.values(schema.$defs as Record<string, Json>)].filter(
      (node) => node.type === 'object' && node.properties !== undefined,
    );
    for (const node of objects) {
      expect(node.additionalProperties, node.title).toBe(false);
      expect(node.patternProperties, node.title).toEqual({ '^x-': {} });
    }
  });
});

interface ModelMember {
  optional: boolean;
  type: ts.TypeNode;
}

/** Reads every interface of src/model/types.ts as a map of member name to member. */
function readModelInterfaces(): Map<string, Map<string, ModelMember>> {
  const source = ts.createSourceFile(typesPath, readFileSync(typesPath, 'utf8'), ts.ScriptTarget.ES2022, true);
  const interfaces = new Map<string, Map<string, ModelMember>>();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      interfaces.set(statement.name.text, readMembers(statement.members));
    }
  }
  return interfaces;
}

function readMembers(members: ts.NodeArray<ts.TypeElement>): Map<string, ModelMember> {
  const result = new Map<string, ModelMember>();
  for (const member of members) {
    if (!ts.isPropertySignature(member) || member.type === undefined) continue;
    result.set(member.name.getText(), { optional: member.questionToken !== undefined, type: member.type });
  }
  return result;
}

/** Compares property names, optionality, literal unions and references of one interface with its schema. */
function compareMembers(members: Map<string, ModelMember>, node: Json, where: string): void {
  expect(Object.keys(node.properties).sort(), `${where} properties`).toEqual([...members.keys()].sort());
  const required = [...members].filter(([, member]) => !member.optional).map(([name]) => name).sort();
  expect([...(node.required ?? [])].sort(), `${where} required`).toEqual(required);

  for (const [name, member] of members) {
    const property: Json = node.properties[name];
    const label = `${where}.${name}`;
    compareType(member.type, property, label);
  }
}

const TYPE_DEFINITIONS: Record<string, string> = {
  Duration: 'duration', Rate: 'rate', SystemKind: 'systemKind', ApiLayer: 'apiLayer',
  ObjectKind: 'objectKind', ExceptionKind: 'exceptionKind',
};

function compareType(type: ts.TypeNode, property: Json, label: string): void {
  if (ts.isTypeLiteralNode(type)) {
    compareMembers(readMembers(type.members), resolve(property), label);
  } else if (ts.isUnionTypeNode(type) && type.types.every((part) => ts.isLiteralTypeNode(part))) {
    const literals = type.types.map((part) => ((part as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
    expect(property.enum, label).toEqual(literals);
  } else if (ts.isArrayTypeNode(type)) {
    expect(property.type, label).toBe('array');
    compareType(type.elementType, property.items, `${label}[]`);
  } else if (ts.isTypeReferenceNode(type) && type.typeArguments === undefined) {
    const name = type.typeName.getText();
    expect(property.$ref, label).toBe(`#/$defs/${TYPE_DEFINITIONS[name] ?? lowerFirst(name)}`);
  } else if (type.kind === ts.SyntaxKind.BooleanKeyword) {
    expect(property.type, label).toBe('boolean');
  } else if (type.kind === ts.SyntaxKind.NumberKeyword) {
    expect(['number', 'integer'], label).toContain(property.type);
  } else if (type.kind === ts.SyntaxKind.StringKeyword) {
    expect(property.type ?? resolve(property).type, label).toBe('string');
  }
}

function* allProperties(node: unknown, path: string): Generator<[string, Json]> {
  if (node === null || typeof node !== 'object') return;
  const record = node as Json;
  if (record.properties !== undefined && typeof record.properties === 'object') {
    for (const [name, property] of Object.entries(record.properties as Record<string, unknown>)) {
      // The branches of the workflow step's oneOf repeat property names with `true` schemas.
      if (property === true) continue;
      yield [`${path}/properties/${name}`, property as Json];
    }
  }
  for (const [key, child] of Object.entries(record)) {
    yield* allProperties(child, `${path}/${key}`);
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Returns each fenced yaml block of a Markdown text with the line its fence opens on. */
function yamlBlocks(markdown: string): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  const fence = /^```yaml\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    blocks.push({ line, text: match[1] });
  }
  return blocks;
}

describe('docs/format.md examples', () => {
  const blocks = yamlBlocks(readFileSync(formatDocPath, 'utf8'));

  it('contains yaml examples', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks)('block at line $line validates', ({ text }) => {
    const document = parseDocument(text);
    expect(document.errors.map((error) => error.message)).toEqual([]);
    expect(describeErrors(errorsOf(document.toJS()))).toBe('');
  });
});

/** Keywords that draft-07 also defines, so editors limited to draft-07 still read the schema. */
const DRAFT_07_KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$comment', '$defs', 'title', 'description', 'type', 'properties',
  'patternProperties', 'additionalProperties', 'required', 'enum', 'const', 'pattern', 'format',
  'minLength', 'minimum', 'maximum', 'items', 'minItems', 'uniqueItems', 'anyOf', 'oneOf',
]);

describe('ownership schema keywords', () => {
  it('uses only keywords draft-07 also defines', () => {
    const used = new Set<string>();
    const visit = (node: unknown, isNameMap: boolean): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const item of node) visit(item, false);
        return;
      }
      for (const [key, child] of Object.entries(node)) {
        if (!isNameMap) used.add(key);
        if (key === 'enum' || key === 'required' || key === 'const') continue;
        const childIsNameMap = !isNameMap && ['properties', 'patternProperties', '$defs'].includes(key);
        visit(child, childIsNameMap);
      }
    };
    visit(schema, false);
    expect([...used].filter((keyword) => !DRAFT_07_KEYWORDS.has(keyword))).toEqual([]);
  });
});
