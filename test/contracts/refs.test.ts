import http from 'node:http';
import https from 'node:https';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import { inputErrorOf, loadFixture } from '../helpers/contract-fixtures.js';

describe('file $refs', () => {
  it('loads each referenced file once', async () => {
    const contract = await loadFixture('file-refs', 'api.yaml');
    expect(contract.files.map((file) => file.path)).toEqual([
      'api.yaml',
      'paths/returns.yaml',
      'common/parameters.yaml',
      'schemas/return.yaml',
      'schemas/money.yaml',
    ]);
  });

  it('indexes operations of a referenced path item', async () => {
    const createReturn = (await loadFixture('file-refs', 'api.yaml')).findOperation('POST /returns')!;
    expect(createReturn.operationId).toBe('createReturn');
    expect(createReturn.file).toBe('paths/returns.yaml');
    expect(createReturn.pointer).toBe('/post');
    expect(createReturn.requestBodyProperties).toEqual(['returnId', 'orderId', 'refund']);
    expect(createReturn.responseHeaders).toEqual(['Location']);
  });

  it('resolves parameters from another file', async () => {
    const getReturn = (await loadFixture('file-refs', 'api.yaml')).findOperation('getReturn')!;
    expect(getReturn.parameters).toEqual([
      { name: 'returnId', in: 'path', required: true, pointer: '/paths/~1returns~1{returnId}/get/parameters/0', file: 'api.yaml' },
    ]);
  });

  it('resolves relative to the referencing file', async () => {
    const contract = await loadFixture('file-refs', 'api.yaml');
    const returnSchema = contract.files.find((file) => file.path === 'schemas/return.yaml')!;
    const money = contract.resolve('./money.yaml', returnSchema);
    expect(money.file.path).toBe('schemas/money.yaml');
    expect(money.pointer).toBe('');
    expect(Object.keys((money.value as { properties: object }).properties)).toEqual(['amountMinor', 'currency']);
  });

  it('rejects a file outside the workspace', async () => {
    const error = await inputErrorOf(loadFixture('ref-outside/workspace', 'api.yaml'));
    expect(error.message).toBe("refusing $ref to a file outside the workspace: '../outside.yaml#/Order'");
    expect([error.file, error.line, error.column]).toEqual(['api.yaml', 14, 17]);
  });

  it('rejects a symbolic link out of the workspace', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'retailgov-refs-'));
    const workspace = path.join(scratch, 'workspace');
    mkdirSync(workspace);
    writeFileSync(path.join(scratch, 'secret.yaml'), 'Order:\n  type: object\n');
    symlinkSync(path.join(scratch, 'secret.yaml'), path.join(workspace, 'linked.yaml'));
    writeFileSync(
      path.join(workspace, 'api.yaml'),
      [
        'openapi: 3.0.3',
        'info: { title: Orders, version: 1.0.0 }',
        'components:',
        '  schemas:',
        '    Order:',
        "      $ref: './linked.yaml#/Order'",
        '',
      ].join('\n'),
    );

    const error = await inputErrorOf(loadContract(path.join(workspace, 'api.yaml'), { root: workspace }));
    expect(error.message).toBe("refusing $ref to a file outside the workspace: './linked.yaml#/Order'");
    expect([error.file, error.line, error.column]).toEqual(['api.yaml', 6, 7]);
  });

  it('follows a symbolic link that stays inside', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'retailgov-refs-'));
    mkdirSync(path.join(workspace, 'shared'));
    writeFileSync(path.join(workspace, 'shared', 'order.yaml'), 'Order:\n  type: object\n');
    symlinkSync(path.join(workspace, 'shared', 'order.yaml'), path.join(workspace, 'linked.yaml'));
    writeFileSync(
      path.join(workspace, 'api.yaml'),
      "openapi: 3.0.3\ninfo: { title: Orders, version: 1.0.0 }\ncomponents:\n  schemas:\n    Order:\n      $ref: './linked.yaml#/Order'\n",
    );

    const contract = await loadContract(path.join(workspace, 'api.yaml'), { root: workspace });
    expect(contract.files.map((file) => file.path)).toEqual(['api.yaml', 'linked.yaml']);
  });

  it('records a missing file at the $ref', async () => {
    const contract = await loadFixture('missing-file', 'api.yaml');
    const [broken] = contract.unfollowedRefs;
    expect(broken.detail).toBe("broken $ref './schemas/nope.yaml#/Order': file schemas/nope.yaml not found");
    expect(broken.reason).toBe('broken');
    expect(contract.source.position(broken.pointer)).toEqual({ line: 14, column: 17 });
  });
});

describe('local $refs', () => {
  it('records a broken pointer at the $ref', async () => {
    const contract = await loadFixture('broken-local-ref', 'api.yaml');
    expect(contract.unfollowedRefs).toHaveLength(1);
    const [broken] = contract.unfollowedRefs;
    expect(broken.detail).toBe("broken $ref '#/components/schemas/Nope': no such node");
    expect(contract.source.position(broken.pointer)).toEqual({ line: 12, column: 15 });
  });

  it('reads properties of a circular schema', async () => {
    const contract = await loadFixture('circular', 'api.yaml');
    const createBundle = contract.findOperation('createBundle')!;
    expect(createBundle.requestBodyProperties).toEqual(['bundleId', 'child', 'parent']);
  });

  it('resolves lazily through a cycle', async () => {
    const contract = await loadFixture('circular', 'api.yaml');
    const a = contract.resolve('#/components/schemas/A', contract.source);
    const child = contract.resolve('#/components/schemas/A/properties/child', contract.source);
    expect(a.pointer).toBe('/components/schemas/A');
    expect(child.value).toEqual({ $ref: '#/components/schemas/B' });
    const parent = contract.resolve('#/components/schemas/B/properties/parent', contract.source);
    expect(contract.resolve((parent.value as { $ref: string }).$ref, contract.source).value).toBe(a.value);
  });

  it('decodes ~0, ~1 and percent escapes', async () => {
    const contract = await loadFixture('ref-keywords', 'api.yaml');
    expect(contract.resolve('#/components/schemas/a~1b', contract.source).value).toEqual({ type: 'string' });
    expect(contract.resolve('#/components/schemas/c~0d', contract.source).pointer).toBe('/components/schemas/c~0d');
    expect(contract.resolve('#/components/schemas/with%20space', contract.source).pointer).toBe('/components/schemas/with space');
    const noteOrder = contract.findOperation('POST /orders/{id}')!;
    expect(noteOrder.requestBodyProperties).toEqual(['$ref', 'example', 'slashed', 'tilde', 'spaced']);
  });

  it('reads $ref keys under properties as names', async () => {
    const contract = await loadFixture('ref-keywords', 'api.yaml');
    // A `$ref` that is a property name, or sits in an example, extension, enum or default, is not followed.
    expect(contract.files.map((file) => file.path)).toEqual(['api.yaml', 'extra.yaml']);
    expect(contract.unfollowedRefs).toEqual([]);
  });

  it('throws for a broken $ref through resolve', async () => {
    const contract = await loadFixture('ref-keywords', 'api.yaml');
    const at = '/paths/~1orders~1{orderId}/post/x-internal/$ref';
    const error = await inputErrorOf(Promise.resolve().then(() => contract.resolve('#/components/schemas/NotThere', contract.source, at)));
    expect(error.message).toBe("broken $ref '#/components/schemas/NotThere': no such node");
    expect([error.line, error.column]).toEqual([25, 9]);
  });
});

describe('remote $refs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('records remote refs without fetching', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const httpSpies = [vi.spyOn(http, 'request'), vi.spyOn(http, 'get'), vi.spyOn(https, 'request'), vi.spyOn(https, 'get')];

    const contract = await loadFixture('remote-refs', 'api.yaml');

    expect(contract.unfollowedRefs).toEqual([
      {
        ref: 'https://schemas.example.com/catalog/product.json#/definitions/Product',
        file: 'api.yaml',
        pointer: '/paths/~1products/post/requestBody/content/application~1json/schema/allOf/0/$ref',
        reason: 'remote',
      },
      {
        ref: '//schemas.example.com/catalog/created.json',
        file: 'api.yaml',
        pointer: '/paths/~1products/post/responses/201/content/application~1json/schema/$ref',
        reason: 'remote',
      },
      {
        ref: 'http://schemas.example.com/catalog/price.json',
        file: 'api.yaml',
        pointer: '/components/schemas/Price/$ref',
        reason: 'remote',
      },
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
    for (const spy of httpSpies) expect(spy).not.toHaveBeenCalled();
  });

  it('skips remote schemas in properties', async () => {
    const createProduct = (await loadFixture('remote-refs', 'api.yaml')).findOperation('createProduct')!;
    expect(createProduct.requestBodyProperties).toEqual(['sku']);
  });

  it('rejects resolving a remote ref', async () => {
    const contract = await loadFixture('remote-refs', 'api.yaml');
    const error = await inputErrorOf(
      Promise.resolve().then(() => contract.resolve('http://schemas.example.com/catalog/price.json', contract.source)),
    );
    expect(error.message).toBe("remote $ref 'http://schemas.example.com/catalog/price.json' was not fetched");
    expect([error.line, error.column]).toEqual([34, 7]);
  });
});

describe('unsupported $refs', () => {
  function writeContract(text: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-refs-'));
    writeFileSync(path.join(folder, 'api.yaml'), text);
    return folder;
  }

  it('records a plain-name fragment', async () => {
    const folder = writeContract(
      "openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\ncomponents:\n  schemas:\n    Order:\n      $ref: '#order'\n",
    );
    const contract = await loadContract(path.join(folder, 'api.yaml'), { root: folder });
    const [broken] = contract.unfollowedRefs;
    expect(broken.detail).toBe("$ref '#order' uses a plain-name fragment, which is not supported");
    expect(contract.source.position(broken.pointer)).toEqual({ line: 6, column: 7 });
  });

  it('rejects a $ref chain that loops', async () => {
    const folder = writeContract(
      [
        'openapi: 3.0.3',
        'info: { title: Orders, version: 1.0.0 }',
        'paths:',
        '  /orders:',
        '    post:',
        "      requestBody: { $ref: '#/components/requestBodies/A' }",
        "      responses: { '201': { description: Created } }",
        'components:',
        '  requestBodies:',
        "    A: { $ref: '#/components/requestBodies/B' }",
        "    B: { $ref: '#/components/requestBodies/A' }",
        '',
      ].join('\n'),
    );
    const error = await inputErrorOf(loadContract(path.join(folder, 'api.yaml'), { root: folder }));
    expect(error.message).toBe("circular $ref '#/components/requestBodies/B': the chain of references never reaches a value");
    expect([error.line, error.column]).toEqual([10, 10]);
  });
});
