import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateJsonPointers } from '../../src/workspace/json-locate.js';

/** Turns pointer segments into a jsonc-parser path: numbers for array indexes, strings for member keys. */
function jsoncPath(data: unknown, segments: string[]): Array<string | number> {
  const result: Array<string | number> = [];
  let node = data;
  for (const segment of segments) {
    result.push(Array.isArray(node) ? Number(segment) : segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return result;
}

/** Returns the offset jsonc-parser gives: the member key for a member, the value for an element. */
function expectedOffset(text: string, segments: string[]): number {
  const tree = parseTree(text);
  const data: unknown = JSON.parse(text);
  let path = segments;
  while (tree !== undefined) {
    const node = findNodeAtLocation(tree, jsoncPath(data, path));
    if (node !== undefined) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
    if (path.length === 0) break;
    path = path.slice(0, -1);
  }
  return 0;
}

/** Lists the path to every node of `value`, depth first. */
function allPaths(value: unknown, prefix: string[] = []): string[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...allPaths(item, [...prefix, String(index)])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...prefix, key]));
  }
  return paths;
}

const SAMPLE = `  {
  "openapi": "3.1.0",
  "info": {"title": "Orders \\"v2\\"", "version": "1.0.0"},
  "paths": {
    "/orders/{id}": {
      "get": {"parameters": [ {"name": "id", "in": "path"}, {"name": "expand"} ], "responses": {}}
    },
    "a\\/b": [1, -2.5e3, true, null, "x\\\\", [], {}],
    "": {"~tilde": {"/slash": 0}},
    "ünïcode": "\\u00e9\\n"
  }
}`;

describe('locateJsonPointers', () => {
  it('agrees with jsonc-parser on every node, one at a time', () => {
    for (const segments of allPaths(JSON.parse(SAMPLE))) {
      expect(locateJsonPointers(SAMPLE, [segments])).toEqual([expectedOffset(SAMPLE, segments)]);
    }
  });

  it('agrees with jsonc-parser on every node at once', () => {
    const paths = allPaths(JSON.parse(SAMPLE));
    expect(locateJsonPointers(SAMPLE, paths)).toEqual(paths.map((segments) => expectedOffset(SAMPLE, segments)));
  });

  it('falls back to the nearest existing parent', () => {
    const missing = [['paths', '/orders/{id}', 'post'], ['paths', 'a/b', '9'], ['nothing'], ['info', 'title', 'deeper']];
    expect(locateJsonPointers(SAMPLE, missing)).toEqual(missing.map((segments) => expectedOffset(SAMPLE, segments)));
  });

  it('places the document itself at its first character', () => {
    expect(locateJsonPointers(SAMPLE, [[]])).toEqual([2]);
  });

  it('finds numeric member keys such as status codes', () => {
    const text = '{"responses": {"200": {"description": "OK"}, "404": {}}}';
    expect(locateJsonPointers(text, [['responses', '404']])).toEqual([text.indexOf('"404"')]);
  });

  it('agrees with jsonc-parser on a real contract', () => {
    const file = path.resolve(import.meta.dirname, '../fixtures/contracts/openapi-3.1/api.json');
    const text = readFileSync(file, 'utf8');
    const paths = allPaths(JSON.parse(text));
    const found = locateJsonPointers(text, paths);
    const wrong = paths.filter((segments, index) => found[index] !== expectedOffset(text, segments));
    expect(wrong).toEqual([]);
  });
});
