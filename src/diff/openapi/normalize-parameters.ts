import { child, deref, type ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { DocumentScope } from './normalize.js';
import { isObject } from './nodes.js';
import type { ParameterLocation, ParameterView } from './view.js';

const LOCATIONS = new Set<string>(['query', 'header', 'path', 'cookie']);

/** Keywords of a 2.0 non-body parameter that describe the parameter rather than its value. */
const OAS2_PARAMETER_KEYWORDS = new Set(['name', 'in', 'required', 'description', 'allowEmptyValue', 'collectionFormat']);

/** Default style of a 3.x parameter by location. */
const DEFAULT_STYLES: Record<ParameterLocation, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };

/** Reads a `parameters` list, following `$ref`s; entries without a string name and location are skipped. */
export function listParameters(list: Resolved, resolve: ResolveFn): Resolved[] {
  if (!Array.isArray(list.value)) return [];
  const parameters: Resolved[] = [];
  list.value.forEach((_, index) => {
    const definition = deref(child(list, index), resolve);
    if (definition === undefined || !isObject(definition.value)) return;
    if (typeof definition.value.name !== 'string' || typeof definition.value.in !== 'string') return;
    parameters.push(definition);
  });
  return parameters;
}

/** Builds the views of the query, header, path and cookie parameters of an operation. */
export function normalizeParameters(scope: DocumentScope, pathTemplate: string, parameters: Resolved[]): ParameterView[] {
  const pathNames = [...pathTemplate.matchAll(/\{([^}/]*)\}/g)].map((match) => match[1]);
  const views: ParameterView[] = [];
  for (const node of parameters) {
    const value = node.value as Record<string, unknown>;
    const location = value.in as string;
    if (!LOCATIONS.has(location)) continue;
    const view = scope.dialect === 'oas2'
      ? normalizeOas2Parameter(node, location as ParameterLocation)
      : normalizeOas3Parameter(node, location as ParameterLocation);
    views.push({ ...view, key: parameterKey(location as ParameterLocation, view.name, pathNames) });
  }
  return views;
}

function parameterKey(location: ParameterLocation, name: string, pathNames: string[]): string {
  if (location === 'header') return `header:${name.toLowerCase()}`;
  if (location === 'path') {
    const position = pathNames.indexOf(name);
    if (position >= 0) return `path:#${position}`;
  }
  return `${location}:${name}`;
}

type ParameterFields = Omit<ParameterView, 'key'>;

function normalizeOas3Parameter(node: Resolved, location: ParameterLocation): ParameterFields {
  const value = node.value as Record<string, unknown>;
  const style = typeof value.style === 'string' ? value.style : DEFAULT_STYLES[location];
  const explode = typeof value.explode === 'boolean' ? value.explode : style === 'form';
  const content = child(node, 'content');
  const mediaType = isObject(content.value) ? Object.keys(content.value)[0] : undefined;
  const schema = mediaType === undefined ? child(node, 'schema') : child(child(content, mediaType), 'schema');
  return {
    name: value.name as string,
    in: location,
    required: location === 'path' || value.required === true,
    deprecated: value.deprecated === true,
    style,
    explode,
    allowEmptyValue: value.allowEmptyValue === true,
    allowReserved: value.allowReserved === true,
    ...(mediaType === undefined ? {} : { mediaType }),
    ...(schema.value === undefined ? {} : { schema }),
    node,
  };
}

/**
 * Reads a 2.0 parameter: its schema is the parameter object itself, and `collectionFormat` of an
 * array gives the 3.x style and explode that serialize the same way.
 */
function normalizeOas2Parameter(node: Resolved, location: ParameterLocation): ParameterFields {
  const value = node.value as Record<string, unknown>;
  const { style, explode } = value.type === 'array'
    ? stylesOfCollectionFormat(value.collectionFormat, location)
    : { style: DEFAULT_STYLES[location], explode: DEFAULT_STYLES[location] === 'form' };
  const schemaValue: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) if (!OAS2_PARAMETER_KEYWORDS.has(key)) schemaValue[key] = member;
  return {
    name: value.name as string,
    in: location,
    required: location === 'path' || value.required === true,
    deprecated: value.deprecated === true || value['x-deprecated'] === true,
    style,
    explode,
    allowEmptyValue: value.allowEmptyValue === true,
    allowReserved: false,
    schema: { value: schemaValue, file: node.file, pointer: node.pointer },
    node,
  };
}

function stylesOfCollectionFormat(format: unknown, location: ParameterLocation): { style: string; explode: boolean } {
  switch (format) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'tsv':
      // 3.x has no tab-delimited style; the name keeps it distinct from every other one.
      return { style: 'tabDelimited', explode: false };
    default:
      // `csv`, the default: comma-separated values in one parameter.
      return { style: location === 'query' || location === 'cookie' ? 'form' : 'simple', explode: false };
  }
}
