/** Renders one HTTP operation: its input and result types, its spec and its async function. */
import type { IdempotencyKey } from '../../model/types.js';
import { docComment, propertyAccess, propertyKey, stringLiteral, valueLiteral } from '../typescript/literals.js';
import { child, deref, isJsonMediaType, isObject, type Node } from './contract-nodes.js';
import { annotation } from '../typescript/schema-types.js';
import { use, type ModuleContext } from './module-context.js';
import type { OperationModel, ParameterModel } from './openapi-model.js';
import { commonSpecValues, policyDocLines } from './policy-text.js';
import type { Profile } from './profiles.js';

/** Headers the client sets itself; OpenAPI 3 also requires tools to ignore them as parameters. */
const CLIENT_HEADERS = new Set(['accept', 'content-type', 'authorization']);

const LOCATION_FIELDS: Array<{ location: ParameterModel['in']; field: string; doc: string }> = [
  { location: 'path', field: 'path', doc: 'Path parameters.' },
  { location: 'query', field: 'query', doc: 'Query parameters.' },
  { location: 'header', field: 'headers', doc: 'Header parameters; the adapter sets the idempotency key, correlation id and traceparent itself.' },
  { location: 'cookie', field: 'cookies', doc: 'Cookie parameters.' },
];

/** Returns the name declarations use for an operation: its operationId, else `METHOD /path`. */
export function operationLabel(model: OperationModel): string {
  return model.operation.operationId ?? `${model.operation.method} ${model.operation.path}`;
}

/** Returns a readable raw name for an operation; without operationId, `GET /orders/{id}` gives `get orders by id`. */
function rawOperationName(model: OperationModel): string {
  if (model.operation.operationId !== undefined) return model.operation.operationId;
  const segments = model.operation.path.split('/').filter((segment) => segment !== '')
    .map((segment) => segment.replace(/^\{(.+)\}$/, 'by $1'));
  return [model.operation.method.toLowerCase(), ...segments].join(' ');
}

/** Returns where the adapter puts the idempotency key, or undefined when it cannot, because a body key must be a string property. */
function keyPlacement(context: ModuleContext, model: OperationModel, key: IdempotencyKey | undefined): 'header' | 'body' | undefined {
  if (key === undefined) return undefined;
  if (key.in === 'header' || key.in === 'message-header') return 'header';
  const schema = model.body?.schema;
  return schema !== undefined && isStringProperty(context, schema, key.name, 0) ? 'body' : undefined;
}

function isStringProperty(context: ModuleContext, schemaNode: Node, name: string, depth: number): boolean {
  const schema = deref(context.contract, schemaNode);
  if (schema === undefined || !isObject(schema.value) || depth > 8) return false;
  const property = deref(context.contract, child(child(schema, 'properties'), name));
  if (property !== undefined && isObject(property.value)) {
    const type = property.value.type;
    return type === 'string' || (Array.isArray(type) && type.includes('string')) || (type === undefined && property.value.enum === undefined);
  }
  const allOf = schema.value.allOf;
  return Array.isArray(allOf) && allOf.some((_, index) => isStringProperty(context, child(child(schema, 'allOf'), index), name, depth + 1));
}

function identityParts(key: IdempotencyKey | undefined): string[] {
  return key === undefined ? [] : [...new Set(key.from.filter((part) => part !== 'operation'))];
}

/** Renders the shared result type of an operation and returns its name. */
export function renderResultType(context: ModuleContext, model: OperationModel, functionName: string, out: string[]): string {
  const name = context.scope.allocate(`${functionName} result`, 'pascal');
  const members: string[] = [];
  let defaultBody: string | undefined;
  for (const response of model.responses) {
    const body = response.schema === undefined
      ? 'undefined'
      : isJsonMediaType(response.mediaType) ? context.types.declare(`${functionName} ${response.key} response`, response.schema) : 'string';
    if (response.key === 'DEFAULT') {
      defaultBody = body;
      continue;
    }
    const status = /XX$/.test(response.key) ? 'number' : response.key;
    const isSuccess = response.key.startsWith('2');
    members.push(`${use(context, 'http-client', isSuccess ? 'SuccessResponse' : 'ErrorResponse')}<${status}, ${body}>`);
  }
  members.push(use(context, 'http-client', 'UndeclaredSuccess'));
  members.push(`${use(context, 'http-client', 'UndeclaredError')}${defaultBody === undefined ? '' : `<${defaultBody}>`}`);
  members.push(use(context, 'http-client', 'NoResponse'));
  const responseLines = model.responses.map((response) => `- ${response.key === 'DEFAULT' ? 'default' : response.key}: ${response.description ?? 'no description'}`);
  out.push(`${docComment([`Responses of ${operationLabel(model)}, told apart by \`status\`; \`ok\` is true for a 2xx.`, responseLines.join('\n')])}` +
    `export type ${name} =\n${members.map((member) => `  | ${member}`).join('\n')};\n`);
  return name;
}

/** Renders the input type, spec and function of one operation for one profile. */
export function renderOperationFunction(
  context: ModuleContext,
  model: OperationModel,
  profile: Profile | undefined,
  functionName: string,
  resultType: string,
  out: string[],
): void {
  const label = operationLabel(model);
  const key = profile?.idempotencyKey;
  const placement = keyPlacement(context, model, key);
  const correlation = profile?.correlationId;
  const skipped = new Set<string>([...CLIENT_HEADERS]);
  if (placement === 'header' && key !== undefined) skipped.add(key.name.toLowerCase());
  if (correlation !== undefined) skipped.add(correlation.name.toLowerCase());
  if (correlation?.traceparent === true) skipped.add('traceparent');

  const inputName = context.scope.allocate(`${functionName} input`, 'pascal');
  const fields: string[] = [];
  let hasRequired = false;
  for (const { location, field, doc } of LOCATION_FIELDS) {
    const parameters = model.parameters.filter((parameter) => parameter.in === location && !(location === 'header' && skipped.has(parameter.name.toLowerCase())));
    if (parameters.length === 0) continue;
    const required = parameters.some((parameter) => parameter.required);
    hasRequired ||= required;
    const lines = parameters.map((parameter) => {
      const type = parameter.schema === undefined ? 'unknown' : context.types.typeOf(parameter.schema, '    ');
      const parameterDoc = docComment([parameter.description, parameter.deprecated ? '@deprecated' : undefined], '    ');
      return `${parameterDoc}    ${propertyKey(parameter.name)}${parameter.required ? '' : '?'}${annotation(type)};\n`;
    });
    fields.push(`${docComment([doc], '  ')}  ${field}${required ? '' : '?'}: {\n${lines.join('')}  };\n`);
  }

  if (model.body !== undefined) {
    const body = model.body;
    let type = body.schema === undefined
      ? 'unknown'
      : isJsonMediaType(body.mediaType) || /x-www-form-urlencoded/i.test(body.mediaType)
        ? context.types.declare(`${functionName} request body`, body.schema)
        : 'string | Uint8Array';
    if (placement === 'body' && key !== undefined) type = `Omit<${type}, ${stringLiteral(key.name)}>`;
    const note = placement === 'body' && key !== undefined ? `The adapter sets \`${key.name}\` to the idempotency key.` : undefined;
    hasRequired ||= body.required;
    fields.push(`${docComment([`Request body (${body.mediaType}).`, body.description, note], '  ')}  body${body.required ? '' : '?'}: ${type};\n`);
  }

  const parts = placement === undefined ? [] : identityParts(key);
  if (parts.length > 0) {
    hasRequired = true;
    const identityValue = use(context, 'idempotency', 'IdentityValue');
    const lines = parts.map((part) => `    readonly ${propertyKey(part)}: ${identityValue};\n`);
    fields.push(`${docComment([`Business identity the idempotency key is derived from: ${key?.from.join(', ')}.`], '  ')}  identity: {\n${lines.join('')}  };\n`);
  }
  fields.push(`${docComment(['Correlation id, traceparent and cancellation of this call.'], '  ')}  context?: ${use(context, 'http-client', 'CallContext')};\n`);
  out.push(`${docComment([`Input of ${label}.`])}export interface ${inputName} {\n${fields.join('')}}\n`);

  const spec: Record<string, unknown> = {
    contract: context.contract.id,
    operation: label,
    method: model.operation.method,
    path: model.operation.path,
    parameters: model.parameters.map((parameter) => ({ name: parameter.name, in: parameter.in, style: parameter.style, explode: parameter.explode })),
    requestMediaType: model.body?.mediaType,
    responses: model.responses.map((response) => (response.key === 'DEFAULT' ? 'default' : response.key)),
    idempotencyKey: placement === undefined || key === undefined ? undefined : { in: placement, name: key.name, parts: key.from },
    correlationId: correlation === undefined ? undefined : { name: correlation.name, traceparent: correlation.traceparent === true ? true : undefined },
    ...commonSpecValues(profile),
  };
  const specName = context.scope.allocate(`${functionName} operation`, 'camel');
  out.push(`const ${specName}: ${use(context, 'http-client', 'OperationSpec')} = ${valueLiteral(spec)};\n`);

  const identityNote = key !== undefined && placement === undefined
    ? `- Idempotency key: the caller supplies body property \`${key.name}\` (from ${key.from.join(', ')}); the receiver drops requests whose value it has seen.`
    : undefined;
  const doc = docComment([
    model.summary,
    model.description,
    model.deprecated ? '@deprecated' : undefined,
    ...policyDocLines(profile, identityNote),
  ]);
  const pairs = key === undefined || placement === undefined
    ? undefined
    : key.from.map((part) => `[${stringLiteral(part)}, ${part === 'operation' ? stringLiteral(label) : `input.identity${propertyAccess(part)}`}]`);
  const callInput = pairs === undefined ? 'input' : `{ ...input, identity: [${pairs.join(', ')}] }`;
  const client = use(context, 'http-client', 'HttpClient');
  out.push(`${doc}export async function ${functionName}(client: ${client}, input: ${inputName}${hasRequired ? '' : ' = {}'}): Promise<${resultType}> {\n` +
    `  return client.call<${resultType}>(${specName}, ${callInput}, SERVER_URL);\n}\n`);
}

/** Returns a raw function name for an operation. */
export function operationRawName(model: OperationModel): string {
  return rawOperationName(model);
}
