/**
 * Finds the examples and defaults of an OpenAPI contract with the schema each must satisfy, and
 * validates them with the contract's validator cache. Shared by the four example rules, which
 * differ in the examples they pick.
 */
import { openApiNodes, type ExampleNode, type OpenApiNodes } from '../../../contracts/nodes/openapi.js';
import { child } from '../../../contracts/refs.js';
import type { Contract, Resolved } from '../../../contracts/types.js';
import { describeError } from '../../../contracts/validation/error-text.js';
import type { ExampleMode } from '../../../contracts/validation/openapi-schema.js';
import { validatorCacheOf } from '../../../contracts/validation/validator-cache.js';
import type { Report } from '../../types.js';

/** A value to validate and the schema it must satisfy. */
export interface ExampleCheck {
  /** The example value itself, where it is written. */
  value: Resolved;
  schema: Resolved;
  mode: ExampleMode;
  /** The kind of value named in the message; an entry of `examples` counts as an `example`. */
  keyword: 'example' | 'x-example' | 'default';
  /** The object that pairs the example with the schema, when the example is written elsewhere (a `$ref`'d Example object). */
  usage?: Resolved;
}

/**
 * Validates each check and reports an invalid value once per schema, with the first relevant error:
 * message `invalid` (data: keyword, pointer, error) or `invalidFor` (also usage).
 */
export function reportInvalidExamples(contract: Contract, checks: Iterable<ExampleCheck>, report: (report: Report) => void): void {
  const cache = validatorCacheOf(contract, openApiNodes(contract).dialect);
  const reported = new Set<string>();
  for (const check of checks) {
    const validator = cache.validatorFor(check.schema, check.mode);
    if (validator === undefined) continue;
    const key = `${validator.key}\0${check.value.file.path}\0${check.value.pointer}`;
    if (reported.has(key)) continue;
    const outcome = validator.validate(check.value.value);
    if (outcome.valid !== false || outcome.errors.length === 0) continue;
    reported.add(key);

    const first = describeError(outcome.errors[0]);
    const more = outcome.errors.length > 1 ? ` (and ${outcome.errors.length - 1} more)` : '';
    const error = `${first.pointer === '' ? 'the value' : first.pointer} ${first.text}${more}`;
    const data = { keyword: check.keyword, pointer: check.value.pointer, error };
    const location = { file: check.value.file.path, pointer: check.value.pointer };
    if (check.usage === undefined) report({ messageId: 'invalid', data, location });
    else report({ messageId: 'invalidFor', data: { ...data, usage: check.usage.pointer }, location });
  }
}

/** Messages of the example rules; `reportInvalidExamples` fills them. */
export const EXAMPLE_MESSAGES = {
  invalid: '{{keyword}} at {{pointer}} is invalid: {{error}}; correct the {{keyword}} or the schema',
  invalidFor: '{{keyword}} at {{pointer}} is invalid for {{usage}}: {{error}}; correct the {{keyword}} or the schema',
};

/** Checks of schema `example`, 3.1 `examples` items and 2.0 `x-example`, and of schema `default`s. */
export function* schemaExampleChecks(nodes: OpenApiNodes): Generator<ExampleCheck> {
  for (const example of nodes.examples) {
    if (example.owner !== 'schema' || example.schema === undefined) continue;
    // `x-example` is an extension of 2.0 tools; in 3.x it is data like any other extension.
    if (example.keyword === 'x-example' && nodes.dialect !== 'oas2') continue;
    yield { value: example.node, schema: example.schema, mode: 'plain', keyword: keywordOf(example) };
  }
  for (const schema of nodes.schemas) {
    // In 2.0 and 3.0 the members next to a `$ref` are ignored, `default` included.
    if (nodes.dialect !== 'oas3_1' && typeof schema.node.value.$ref === 'string') continue;
    if ('default' in schema.node.value) yield { value: child(schema.node, 'default'), schema: schema.node, mode: 'plain', keyword: 'default' };
  }
}

/**
 * Checks of 2.0 parameters and headers that describe their value themselves: `x-example` and
 * `default` against the parameter or header object. Body parameter examples use the body schema.
 */
export function* oas2ParameterChecks(nodes: OpenApiNodes): Generator<ExampleCheck> {
  for (const example of nodes.examples) {
    if ((example.owner !== 'parameter' && example.owner !== 'header') || example.schema === undefined) continue;
    yield { value: example.node, schema: example.schema, mode: example.owner === 'parameter' ? 'request' : 'response', keyword: keywordOf(example) };
  }
  for (const [list, mode] of [[nodes.parameters, 'request'], [nodes.headers, 'response']] as const) {
    for (const { node } of list) {
      if (node.value.in === 'body' || !('default' in node.value)) continue;
      yield { value: child(node, 'default'), schema: node, mode, keyword: 'default' };
    }
  }
}

/** Checks of 2.0 response `examples`, keyed by media type, against the response schema. */
export function* oas2ResponseChecks(nodes: OpenApiNodes): Generator<ExampleCheck> {
  for (const example of nodes.examples) {
    if (example.owner !== 'response' || example.schema === undefined) continue;
    yield { value: example.node, schema: example.schema, mode: 'response', keyword: 'example' };
  }
}

/** Checks of 3.x `example` and Example objects of media types, parameters and headers. */
export function* oas3MediaChecks(nodes: OpenApiNodes): Generator<ExampleCheck> {
  const mediaOwners = new Map(nodes.mediaTypes.map((mediaType) => [`${mediaType.node.file.path}#${mediaType.node.pointer}`, mediaType.owner]));
  for (const example of nodes.examples) {
    if (example.owner === 'schema' || example.owner === 'components' || example.owner === 'response') continue;
    if (example.keyword === 'x-example') continue;
    const schema = example.schema;
    if (schema === undefined) continue;
    // The schema is the `schema` member of the media type, parameter or header that pairs it with the example.
    const holder = { value: undefined, file: schema.file, pointer: schema.pointer.slice(0, schema.pointer.lastIndexOf('/')) };
    const value = exampleValue(example);
    if (value === undefined) continue;
    const mode = modeOf(example, mediaOwners.get(`${holder.file.path}#${holder.pointer}`));
    const written = value.file === holder.file && value.pointer.startsWith(holder.pointer + '/');
    yield { value, schema, mode, keyword: keywordOf(example), ...(written ? {} : { usage: holder }) };
  }
}

/** Returns the value of an example, or undefined for an Example object without `value` or with `externalValue`. */
function exampleValue(example: ExampleNode): Resolved | undefined {
  if (example.form === 'value') return example.node;
  const object = example.node.value;
  if (typeof object !== 'object' || object === null || !('value' in object) || 'externalValue' in object) return undefined;
  return child(example.node, 'value');
}

function keywordOf(example: ExampleNode): ExampleCheck['keyword'] {
  return example.keyword === 'x-example' ? 'x-example' : 'example';
}

function modeOf(example: ExampleNode, mediaOwner: string | undefined): ExampleMode {
  const owner = example.owner === 'mediaType' ? mediaOwner : example.owner;
  return owner === 'response' || owner === 'header' ? 'response' : 'request';
}
