import { child, deref } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import type { DocumentScope } from './normalize.js';
import { normalizeContent, oas2Content } from './normalize-media-types.js';
import { isObject, mediaTypeKey } from './nodes.js';
import type { MediaTypeView, RequestBodyView } from './view.js';

/** Keywords of a 2.0 formData parameter that describe the parameter rather than its value. */
const FORM_PARAMETER_KEYWORDS = new Set(['name', 'in', 'required', 'allowEmptyValue', 'collectionFormat']);

/**
 * Builds the request body of an operation: the 3.x `requestBody`, or in 2.0 the body parameter or
 * the formData parameters, with the media types of `consumes`. `parameters` are the operation's
 * parameters after `$ref`s, path-level ones included.
 */
export function normalizeRequestBody(scope: DocumentScope, operation: Resolved, parameters: Resolved[]): RequestBodyView | undefined {
  if (scope.dialect !== 'oas2') {
    const body = deref(child(operation, 'requestBody'), scope.resolve);
    if (body === undefined || !isObject(body.value)) return undefined;
    return { node: body, required: body.value.required === true, content: normalizeContent(child(body, 'content')) };
  }

  const bodyParameter = parameters.find((parameter) => (parameter.value as Record<string, unknown>).in === 'body');
  if (bodyParameter !== undefined) {
    const schema = child(bodyParameter, 'schema');
    return {
      node: bodyParameter,
      required: (bodyParameter.value as Record<string, unknown>).required === true,
      content: oas2Content(operation, scope.root, 'consumes', 'application/json', bodyParameter, schema.value === undefined ? undefined : schema),
    };
  }
  const formParameters = parameters.filter((parameter) => (parameter.value as Record<string, unknown>).in === 'formData');
  if (formParameters.length === 0) return undefined;
  return formRequestBody(scope, operation, formParameters);
}

/**
 * Turns 2.0 formData parameters into an object schema with one property per parameter, as a 3.x
 * form request body declares them.
 * NOTE: the synthesized schema has no node of its own. It is placed at the operation's
 * `parameters`, so pointers below it (`.../parameters/properties/sku`) name no real node, and
 * their line is that of the list.
 */
function formRequestBody(scope: DocumentScope, operation: Resolved, formParameters: Resolved[]): RequestBodyView {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const parameter of formParameters) {
    const value = parameter.value as Record<string, unknown>;
    const property: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) if (!FORM_PARAMETER_KEYWORDS.has(key)) property[key] = member;
    properties[value.name as string] = property.type === 'file' ? { ...property, type: 'string', format: 'binary' } : property;
    if (value.required === true) required.push(value.name as string);
  }
  const list = child(operation, 'parameters');
  const schema: Resolved = {
    value: { type: 'object', properties, ...(required.length === 0 ? {} : { required }) },
    file: list.file,
    pointer: list.pointer,
  };
  const content = oas2Content(operation, scope.root, 'consumes', 'application/x-www-form-urlencoded', list, schema);
  const formContent = new Map<string, MediaTypeView>();
  // A form body is sent as urlencoded or multipart data only; other `consumes` entries apply to body parameters.
  for (const [key, view] of content) if (isFormMediaType(key)) formContent.set(key, view);
  if (formContent.size === 0) formContent.set(mediaTypeKey('application/x-www-form-urlencoded'), { name: 'application/x-www-form-urlencoded', node: list, schema });
  return { node: list, required: required.length > 0, content: formContent };
}

function isFormMediaType(key: string): boolean {
  return key.startsWith('application/x-www-form-urlencoded') || key.startsWith('multipart/form-data');
}
