import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import { inputErrorOf, loadFixture } from '../helpers/contract-fixtures.js';

const SUPPORTED_HINT = 'retailgov reads OpenAPI 2.0 (swagger), 3.0 and 3.1, and AsyncAPI 2.x and 3.x';

/** Writes `text` as `name` into a new scratch folder and loads it as a contract. */
function loadText(name: string, text: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-contract-'));
  writeFileSync(path.join(folder, name), text);
  return loadContract(path.join(folder, name), { root: folder });
}

describe('contract format detection', () => {
  it('rejects OpenAPI 4 at its version key', async () => {
    const error = await inputErrorOf(loadFixture('unsupported', 'openapi-4.yaml'));
    expect(error.message).toBe("unsupported OpenAPI version '4.0.0'");
    expect([error.file, error.line, error.column]).toEqual(['openapi-4.yaml', 4, 1]);
    expect(error.hint).toBe(SUPPORTED_HINT);
  });

  it('rejects Swagger 1.2', async () => {
    const error = await inputErrorOf(loadFixture('unsupported', 'swagger-1.2.json'));
    expect(error.message).toBe('unsupported Swagger 1.x');
    expect([error.file, error.line, error.column]).toEqual(['swagger-1.2.json', 2, 3]);
  });

  it('rejects AsyncAPI 1', async () => {
    const error = await inputErrorOf(loadFixture('unsupported', 'asyncapi-1.yaml'));
    expect(error.message).toBe("unsupported AsyncAPI version '1.2.0'");
    expect([error.line, error.column]).toEqual([1, 1]);
  });

  it('rejects a document without a version key', async () => {
    const error = await inputErrorOf(loadFixture('unsupported', 'no-version.yaml'));
    expect(error.message).toBe('not an OpenAPI or AsyncAPI document: no `openapi`, `swagger` or `asyncapi` key at the top level');
    expect([error.file, error.line, error.column]).toEqual(['no-version.yaml', 1, 1]);
    expect(error.hint).toContain('openapi: 3.1.0');
  });

  it('rejects a top-level list', async () => {
    const error = await inputErrorOf(loadFixture('unsupported', 'top-level-list.yaml'));
    expect(error.message).toBe('not an OpenAPI or AsyncAPI document: the top level is not a mapping');
    expect([error.line, error.column]).toEqual([1, 1]);
  });

  it('rejects OpenAPI 3.2', async () => {
    const error = await inputErrorOf(loadText('api.yaml', 'openapi: 3.2.0\ninfo: { title: Orders, version: 1.0.0 }\n'));
    expect(error.message).toBe("unsupported OpenAPI version '3.2.0'");
  });

  it('accepts an unquoted YAML version number', async () => {
    const swagger = await loadText('api.yaml', 'swagger: 2.0\ninfo: { title: Orders, version: 1.0.0 }\npaths: {}\n');
    expect([swagger.format, swagger.version]).toEqual(['openapi', '2.0']);
    const openapi = await loadText('api.yaml', 'openapi: 3.1\ninfo: { title: Orders, version: 1.0.0 }\npaths: {}\n');
    expect(openapi.version).toBe('3.1');
  });

  it('uses the declared id', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-contract-'));
    writeFileSync(path.join(folder, 'events.yaml'), 'asyncapi: 3.0.0\ninfo: { title: Events, version: 1.0.0 }\n');
    const declared = await loadContract(path.join(folder, 'events.yaml'), { root: folder, id: 'erp-events' });
    expect(declared.id).toBe('erp-events');
    const bare = await loadContract(path.join(folder, 'events.yaml'), { root: folder });
    expect(bare.id).toBe('events.yaml');
    expect(bare.channels).toEqual([]);
  });
});

describe('contract syntax errors', () => {
  it('reports a JSON syntax error with its position', async () => {
    const error = await inputErrorOf(loadFixture('json-syntax-error', 'api.json'));
    expect(error.message).toMatch(/^invalid JSON: /);
    expect([error.file, error.line, error.column]).toEqual(['api.json', 7, 5]);
  });
});
