/** The parts of an OpenAPI 2.0/3.0/3.1 operation an HTTP adapter needs, read from a loaded contract. */
import type { Contract, ContractOperation } from '../../contracts/types.js';
import { child, chooseMediaType, deref, isObject, nodeAt, text, type Node } from './contract-nodes.js';

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** The schema node; for OpenAPI 2.0 the parameter itself, which carries `type`, `items` and `enum`. */
  schema: Node | undefined;
  description?: string;
  deprecated: boolean;
  style?: string;
  explode?: boolean;
}

export interface BodyModel {
  schema: Node | undefined;
  mediaType: string;
  required: boolean;
  description?: string;
}

export interface ResponseModel {
  /** `201`, `4XX` or `default`. */
  key: string;
  description?: string;
  /** Undefined when the response has no body. */
  schema: Node | undefined;
  mediaType?: string;
}

export interface OperationModel {
  operation: ContractOperation;
  /** Header parameters left out because their names are not valid HTTP header names, with their nodes. */
  invalidHeaders: Array<{ name: string; node: Node }>;
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: ParameterModel[];
  body?: BodyModel;
  responses: ResponseModel[];
}

const LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);

/** An HTTP field name is a token (RFC 9110, section 5.1): visible ASCII except delimiters. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Returns the characters that a header name may not contain, each once, in order of appearance. */
export function invalidHeaderCharacters(name: string): string[] {
  return [...new Set([...name].filter((character) => !HEADER_NAME.test(character)))];
}

function isOpenApi2(contract: Contract): boolean {
  return contract.version.startsWith('2.');
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function listParameters(contract: Contract, list: Node): Node[] {
  if (!Array.isArray(list.value)) return [];
  return list.value.map((_, index) => deref(contract, child(list, index))).filter((node): node is Node => node !== undefined && isObject(node.value));
}

/** Operation-level parameters replace path-level ones with the same name and location. */
function mergedParameters(contract: Contract, pathItem: Node | undefined, operation: Node): Node[] {
  const merged = pathItem === undefined ? [] : listParameters(contract, child(pathItem, 'parameters'));
  for (const parameter of listParameters(contract, child(operation, 'parameters'))) {
    const index = merged.findIndex((known) => text(known, 'name') === text(parameter, 'name') && text(known, 'in') === text(parameter, 'in'));
    if (index === -1) merged.push(parameter);
    else merged[index] = parameter;
  }
  return merged;
}

function parameterSchema(contract: Contract, parameter: Node): Node | undefined {
  if (isOpenApi2(contract)) return parameter;
  const schema = child(parameter, 'schema');
  if (schema.value !== undefined) return schema;
  const content = child(parameter, 'content');
  if (!isObject(content.value)) return undefined;
  const mediaType = chooseMediaType(Object.keys(content.value));
  return mediaType === undefined ? undefined : child(child(content, mediaType), 'schema');
}

function mediaTypesOf(contract: Contract, operation: Node, key: 'consumes' | 'produces'): string[] {
  const own = operation.value as Record<string, unknown>;
  const root = contract.source.data as Record<string, unknown>;
  const list = Array.isArray(own[key]) ? own[key] : Array.isArray(root[key]) ? root[key] : [];
  return (list as unknown[]).filter((entry): entry is string => typeof entry === 'string');
}

function bodyOf(contract: Contract, operation: Node, parameters: Node[]): BodyModel | undefined {
  if (isOpenApi2(contract)) {
    const consumes = mediaTypesOf(contract, operation, 'consumes');
    const body = parameters.find((parameter) => text(parameter, 'in') === 'body');
    if (body !== undefined) {
      return { schema: child(body, 'schema'), mediaType: chooseMediaType(consumes) ?? 'application/json', required: (body.value as Record<string, unknown>).required === true, ...describe(body) };
    }
    const fields = parameters.filter((parameter) => text(parameter, 'in') === 'formData');
    if (fields.length === 0) return undefined;
    // Form fields become one object schema, placed under the operation so that its pointer is unique.
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const field of fields) {
      const name = text(field, 'name') ?? '';
      properties[name] = field.value;
      if ((field.value as Record<string, unknown>).required === true) required.push(name);
    }
    const multipart = consumes.find((mediaType) => mediaType.toLowerCase().startsWith('multipart/'));
    return {
      schema: { value: { type: 'object', properties, required }, file: operation.file, pointer: `${operation.pointer}/parameters` },
      mediaType: multipart ?? 'application/x-www-form-urlencoded',
      required: required.length > 0,
    };
  }
  const requestBody = deref(contract, child(operation, 'requestBody'));
  if (requestBody === undefined || !isObject(requestBody.value)) return undefined;
  const content = child(requestBody, 'content');
  if (!isObject(content.value)) return undefined;
  const mediaType = chooseMediaType(Object.keys(content.value));
  if (mediaType === undefined) return undefined;
  return { schema: child(child(content, mediaType), 'schema'), mediaType, required: requestBody.value.required === true, ...describe(requestBody) };
}

/** Translates an OpenAPI 2.0 `collectionFormat`: `multi` repeats the name, the other formats join the values. */
function collectionStyle(format: unknown): { style?: string; explode?: boolean } {
  if (format === 'multi') return { explode: true };
  if (format === 'ssv') return { style: 'spaceDelimited', explode: false };
  if (format === 'pipes') return { style: 'pipeDelimited', explode: false };
  if (typeof format === 'string') return { style: 'form', explode: false };
  return {};
}

function describe(node: Node): { description?: string } {
  const description = text(node, 'description');
  return description === undefined ? {} : { description };
}

function responsesOf(contract: Contract, operation: Node): ResponseModel[] {
  const responses = child(operation, 'responses');
  if (!isObject(responses.value)) return [];
  const models: ResponseModel[] = [];
  for (const key of Object.keys(responses.value)) {
    if (!/^([1-5](\d\d|XX)|default)$/i.test(key)) continue;
    const response = deref(contract, child(responses, key));
    if (response === undefined || !isObject(response.value)) {
      models.push({ key: key.toUpperCase(), schema: undefined });
      continue;
    }
    if (isOpenApi2(contract)) {
      const schema = child(response, 'schema');
      const mediaType = chooseMediaType(mediaTypesOf(contract, operation, 'produces'));
      models.push({ key: key.toUpperCase(), ...describe(response), schema: schema.value === undefined ? undefined : schema, ...(mediaType === undefined ? {} : { mediaType }) });
      continue;
    }
    const content = child(response, 'content');
    const mediaType = isObject(content.value) ? chooseMediaType(Object.keys(content.value)) : undefined;
    let schema: Node | undefined;
    if (mediaType !== undefined) {
      schema = child(child(content, mediaType), 'schema');
      // A media type without a schema still has a body, whose type is unknown.
      if (schema.value === undefined) schema = { value: true, file: response.file, pointer: response.pointer };
    }
    models.push({ key: key.toUpperCase(), ...describe(response), schema, ...(mediaType === undefined ? {} : { mediaType }) });
  }
  return models;
}

/** Reads the parameters, body and responses of an indexed operation. */
export function readOperation(contract: Contract, operation: ContractOperation): OperationModel | undefined {
  const node = nodeAt(contract, operation.file, operation.pointer);
  if (node === undefined || !isObject(node.value)) return undefined;
  const pathItem = nodeAt(contract, operation.file, parentPointer(operation.pointer));
  const rawParameters = mergedParameters(contract, pathItem, node);
  const parameters: ParameterModel[] = [];
  const invalidHeaders: OperationModel['invalidHeaders'] = [];
  for (const parameter of rawParameters) {
    const value = parameter.value as Record<string, unknown>;
    const location = value.in;
    if (typeof value.name !== 'string' || typeof location !== 'string' || !LOCATIONS.has(location)) continue;
    // fetch and every HTTP stack reject such a name at run time, so no caller could send it.
    if (location === 'header' && !HEADER_NAME.test(value.name)) {
      invalidHeaders.push({ name: value.name, node: parameter });
      continue;
    }
    parameters.push({
      name: value.name,
      in: location as ParameterModel['in'],
      required: value.required === true || location === 'path',
      schema: parameterSchema(contract, parameter),
      ...describe(parameter),
      deprecated: value.deprecated === true,
      ...(typeof value.style === 'string' ? { style: value.style } : {}),
      ...(typeof value.explode === 'boolean' ? { explode: value.explode } : {}),
      ...(isOpenApi2(contract) ? collectionStyle(value.collectionFormat) : {}),
    });
  }
  const summary = text(node, 'summary');
  const description = text(node, 'description');
  const body = bodyOf(contract, node, rawParameters);
  return {
    operation,
    invalidHeaders,
    ...(summary === undefined ? {} : { summary }),
    ...(description === undefined ? {} : { description }),
    deprecated: node.value.deprecated === true,
    parameters,
    ...(body === undefined ? {} : { body }),
    responses: responsesOf(contract, node),
  };
}

/** Returns the first server URL the contract declares, with its variables at their defaults; '' when there is none. */
export function serverUrlOf(contract: Contract): string {
  const root = contract.source.data as Record<string, unknown>;
  if (isOpenApi2(contract)) {
    const host = typeof root.host === 'string' ? root.host : undefined;
    const basePath = typeof root.basePath === 'string' ? root.basePath : '';
    const schemes = Array.isArray(root.schemes) ? root.schemes.filter((scheme): scheme is string => typeof scheme === 'string') : [];
    const scheme = schemes.includes('https') ? 'https' : schemes[0] ?? 'https';
    return host === undefined ? basePath : `${scheme}://${host}${basePath}`;
  }
  const servers = Array.isArray(root.servers) ? root.servers : [];
  const first = servers.find((server): server is Record<string, unknown> => isObject(server) && typeof server.url === 'string');
  if (first === undefined) return '';
  const variables = isObject(first.variables) ? first.variables : {};
  return (first.url as string).replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === 'string' ? variable.default : whole;
  });
}
