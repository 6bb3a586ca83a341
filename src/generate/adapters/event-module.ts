/**
 * Renders the adapter module of one AsyncAPI contract: for every message of every channel, a
 * typed publisher and a typed consumer (every message is sent by one system and received by
 * others, and one module serves both ends).
 */
import type { Contract } from '../../contracts/types.js';
import { docComment, propertyAccess, propertyKey, stringLiteral, valueLiteral } from '../typescript/literals.js';
import { acceptsString, readMessages, type MessageModel } from './asyncapi-model.js';
import { createModuleContext, renderImports, use, type ModuleContext } from './module-context.js';
import { commonSpecValues, policyDocLines } from './policy-text.js';
import type { ContractProfiles, Profile } from './profiles.js';

const RUNTIME_NAMES = {
  events: ['EventClient', 'EventMessage', 'EventSpec', 'PublishContext', 'PublishResult', 'ConsumeResult', 'Unsubscribe'],
  idempotency: ['IdentityValue'],
} as const;

interface MessageTypes {
  headers: string;
  payload: string;
  message: string;
  parameters: string[];
}

function addressParameters(address: string): string[] {
  return [...new Set([...address.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? ''))];
}

function renderMessageTypes(context: ModuleContext, model: MessageModel, out: string[]): MessageTypes {
  const name = model.message.name;
  const headerTypes = model.headers.map((node, index) => context.types.declare(`${name} headers${index === 0 ? '' : ` ${index + 1}`}`, node));
  const headers = headerTypes.length === 0 ? 'Record<string, unknown>' : headerTypes.map((type) => (type.includes(' ') ? `(${type})` : type)).join(' & ');
  const payload = model.payload === undefined ? 'unknown' : context.types.declare(`${name} payload`, model.payload);
  const message = context.scope.allocate(`${name} message`, 'pascal');
  out.push(`${docComment([model.summary ?? `Message ${name}.`, model.description, `Channel ${model.channel.id}, address ${model.address}.`])}` +
    `export type ${message} = ${use(context, 'events', 'EventMessage')}<${headers}, ${payload}>;\n`);
  return { headers, payload, message, parameters: addressParameters(model.address) };
}

/** Returns the correlation id location of a side: the step's, else the one the contract's message declares. */
function correlationOf(model: MessageModel, profile: Profile | undefined): { in: 'message-header' | 'message-payload'; name: string; traceparent?: boolean } | undefined {
  const declared = profile?.correlationId;
  if (declared !== undefined) {
    return { in: declared.in === 'message-payload' ? 'message-payload' : 'message-header', name: declared.name, ...(declared.traceparent === true ? { traceparent: true } : {}) };
  }
  return model.correlationId;
}

function parametersField(types: MessageTypes, optional: boolean): string {
  if (types.parameters.length === 0) return '';
  const lines = types.parameters.map((parameter) => `    ${propertyKey(parameter)}: string;\n`).join('');
  return `${docComment(['Values of the templates in the channel address.'], '  ')}  parameters${optional ? '?' : ''}: {\n${lines}  };\n`;
}

function specValue(context: ModuleContext, model: MessageModel, profile: Profile | undefined, keyPlaced: boolean): Record<string, unknown> {
  const key = profile?.idempotencyKey;
  const correlation = correlationOf(model, profile);
  return {
    contract: context.contract.id,
    channel: model.channel.id,
    address: model.address,
    message: model.message.name,
    idempotencyKey: key === undefined || !keyPlaced ? undefined : { in: key.in === 'message-payload' || key.in === 'body' ? 'message-payload' : 'message-header', name: key.name, parts: key.from },
    correlationId: correlation,
    orderingKey: profile?.orderingKey,
    ...commonSpecValues(profile),
  };
}

function renderPublisher(context: ModuleContext, model: MessageModel, types: MessageTypes, profile: Profile | undefined, name: string, out: string[]): void {
  const key = profile?.idempotencyKey;
  const inPayload = key?.in === 'message-payload' || key?.in === 'body';
  const keyPlaced = key !== undefined && (inPayload ? acceptsString(context.contract, model.payload === undefined ? [] : [model.payload], key.name) : acceptsString(context.contract, model.headers, key.name));
  const correlation = correlationOf(model, profile);
  const omittedHeaders = [
    ...(keyPlaced && key !== undefined && !inPayload ? [key.name] : []),
    ...(correlation?.in === 'message-header' ? [correlation.name] : []),
    ...(correlation?.traceparent === true ? ['traceparent'] : []),
  ];
  const omittedPayload = [
    ...(keyPlaced && key !== undefined && inPayload ? [key.name] : []),
    ...(correlation?.in === 'message-payload' ? [correlation.name] : []),
  ];
  const omit = (type: string, names: string[]): string => (names.length === 0 || type === 'unknown' ? type : `Omit<${type}, ${[...new Set(names)].map(stringLiteral).join(' | ')}>`);

  const inputName = context.scope.allocate(`${name} input`, 'pascal');
  const parts = keyPlaced && key !== undefined ? [...new Set(key.from)] : [];
  const identityValue = parts.length > 0 ? use(context, 'idempotency', 'IdentityValue') : '';
  const fields = [
    `${docComment(['Message headers; the adapter sets the idempotency key, correlation id and traceparent itself.'], '  ')}  headers: ${omit(types.headers, omittedHeaders)};\n`,
    `  payload: ${omit(types.payload, omittedPayload)};\n`,
    parametersField(types, false),
    parts.length === 0 ? '' : `${docComment([`Business identity the idempotency key is derived from: ${parts.join(', ')}.`], '  ')}  identity: {\n${parts.map((part) => `    readonly ${propertyKey(part)}: ${identityValue};\n`).join('')}  };\n`,
    `  context?: ${use(context, 'events', 'PublishContext')};\n`,
  ];
  out.push(`${docComment([`Input of ${name}.`])}export interface ${inputName} {\n${fields.join('')}}\n`);

  const specName = context.scope.allocate(`${name} spec`, 'camel');
  out.push(`const ${specName}: ${use(context, 'events', 'EventSpec')} = ${valueLiteral(specValue(context, model, profile, keyPlaced))};\n`);
  const pairs = parts.length === 0 || key === undefined ? '' : `, identity: [${key.from.map((part) => `[${stringLiteral(part)}, input.identity${propertyAccess(part)}]`).join(', ')}]`;
  const identityNote = key !== undefined && !keyPlaced ? `- Idempotency key: the caller sets \`${key.name}\` (from ${key.from.join(', ')}).` : undefined;
  out.push(`${docComment([`Publishes ${model.message.name} on ${model.address}.`, ...policyDocLines(profile, identityNote)])}` +
    `export async function ${name}(client: ${use(context, 'events', 'EventClient')}, input: ${inputName}): Promise<${use(context, 'events', 'PublishResult')}> {\n` +
    `  return client.publish(${specName}, { ...input${pairs} });\n}\n`);
}

function renderConsumer(context: ModuleContext, model: MessageModel, types: MessageTypes, profile: Profile | undefined, name: string, subscribeName: string, out: string[]): void {
  const specName = context.scope.allocate(`${name} spec`, 'camel');
  out.push(`const ${specName}: ${use(context, 'events', 'EventSpec')} = ${valueLiteral(specValue(context, model, profile, true))};\n`);
  const key = profile?.idempotencyKey;
  const dedup = key === undefined
    ? 'No idempotency key is declared, so repeats are not dropped.'
    : `Drops a repeat by its ${key.in} \`${key.name}\` through the client's IdempotencyStore; a handler failure forgets the key, so a replay is processed.`;
  const handler = `(message: ${types.message}) => Promise<void>`;
  out.push(`${docComment([`Consumes one ${model.message.name} from ${model.address} with \`handler\`.`, dedup, ...policyDocLines(profile)])}` +
    `export function ${name}(client: ${use(context, 'events', 'EventClient')}, message: ${use(context, 'events', 'EventMessage')}, handler: ${handler}): Promise<${use(context, 'events', 'ConsumeResult')}> {\n` +
    `  return client.consume(${specName}, message, handler);\n}\n`);
  const parameters = types.parameters.length === 0 ? '' : `, parameters: { ${types.parameters.map((parameter) => `${propertyKey(parameter)}: string`).join('; ')} }`;
  out.push(`${docComment([`Subscribes to ${model.address} and consumes every ${model.message.name} as ${name} does.`])}` +
    `export function ${subscribeName}(client: EventClient, handler: ${handler}${parameters}): Promise<${use(context, 'events', 'Unsubscribe')}> {\n` +
    `  return client.subscribe(${specName}, handler${parameters === '' ? '' : ', parameters'});\n}\n`);
}

/** Renders the module text; `runtimePrefix` is the relative path to the runtime folder, ending in `/`. */
export function renderEventModule(contract: Contract, profiles: ContractProfiles, runtimePrefix: string): string {
  const context = createModuleContext(contract, RUNTIME_NAMES, ['CONTRACT_ID']);
  const body: string[] = [];
  for (const model of readMessages(contract)) {
    const types = renderMessageTypes(context, model, body);
    const sides = profiles.channel(model.channel);
    const publishers = sides.publish.length === 0 ? [undefined] : sides.publish;
    const consumers = sides.consume.length === 0 ? [undefined] : sides.consume;
    const publishName = context.scope.allocate(`publish ${model.message.name}`, 'camel');
    publishers.forEach((profile, index) => {
      const name = index === 0 ? publishName : context.scope.allocate(`${publishName} for ${profile?.steps[0] ?? index}`, 'camel');
      renderPublisher(context, model, types, profile, name, body);
    });
    const consumeName = context.scope.allocate(`consume ${model.message.name}`, 'camel');
    consumers.forEach((profile, index) => {
      const name = index === 0 ? consumeName : context.scope.allocate(`${consumeName} for ${profile?.steps[0] ?? index}`, 'camel');
      const subscribeName = context.scope.allocate(name.replace(/^consume/, 'subscribe'), 'camel');
      renderConsumer(context, model, types, profile, name, subscribeName, body);
    });
  }

  const types = context.types.render();
  const info = (contract.source.data as { info?: { title?: unknown; version?: unknown; description?: unknown } }).info ?? {};
  const title = typeof info.title === 'string' ? info.title : contract.id;
  const version = typeof info.version === 'string' ? ` ${info.version}` : '';
  const header = docComment([
    `Event adapter for ${title}${version} (AsyncAPI ${contract.version}, contract ${contract.id}).`,
    typeof info.description === 'string' ? info.description : undefined,
  ]);
  return [
    header,
    renderImports(context, runtimePrefix),
    '\n',
    `/** Contract id. */\nexport const CONTRACT_ID = ${stringLiteral(contract.id)};\n`,
    types === '' ? '' : `\n${types}`,
    body.length === 0 ? '' : `\n${body.join('\n')}`,
  ].join('');
}
