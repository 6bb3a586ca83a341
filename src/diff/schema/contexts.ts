import { maxLevel, type ChangeArea, type ChangeDirection, type ChangeLevel } from '../types.js';
import {
  MESSAGE_HEADER_KIND_SET,
  MODEL_KIND_SET,
  PARAMETER_KIND_SET,
  RESPONSE_BODY_KIND_SET,
  RESPONSE_HEADER_KIND_SET,
  WRITTEN_BODY_KIND_SET,
  type SchemaKind,
} from './kinds/index.js';

/**
 * The place of a schema, which sets the id prefix of its changes and who reads and writes the data.
 * Clients write request schemas and servers write response schemas. Producers write message
 * schemas that consumers read, and a canonical model is read by revisions older and newer than its writer.
 */
export type SchemaContext =
  | 'request-body'
  | 'request-parameter'
  | 'response-body'
  | 'response-header'
  | 'message-payload'
  | 'message-headers'
  | 'model';

/**
 * The party that writes the data a schema describes. `request`: clients write, the changed side reads.
 * `response`: the changed side writes, clients read. `message`: producers and consumers upgrade
 * independently, so each change breaks the side that the larger of the two levels names.
 * `model`: like `message`, with backward and forward compatibility kept apart.
 */
export type SchemaFlow = 'request' | 'response' | 'message' | 'model';

/** Words that fill the role placeholders of the `why` texts. */
interface Roles {
  writers: string;
  reader: string;
  readers: string;
  writer: string;
}

export interface ContextSpec {
  context: SchemaContext;
  /** Id prefix, for example `request-body`. */
  prefix: string;
  flow: SchemaFlow;
  area: ChangeArea;
  /** Name of the schema root in messages when the caller gives none. */
  rootLabel: string;
  roles: Roles;
  /** Suffixes of the kinds reported in this context; others are not reported. */
  kinds: ReadonlySet<string>;
}

const CLIENT_REQUEST: Roles = { writers: 'clients', reader: 'the server', readers: 'clients', writer: 'the server' };
const MESSAGE: Roles = { writers: 'producers', reader: 'the consumer', readers: 'consumers', writer: 'the producer' };
const MODEL: Roles = {
  writers: 'systems that still write the previous version',
  reader: 'a reader of the new version',
  readers: 'systems that still read with the previous version',
  writer: 'a writer of the new version',
};

export const CONTEXT_SPECS: Readonly<Record<SchemaContext, ContextSpec>> = {
  'request-body': {
    context: 'request-body', prefix: 'request-body', flow: 'request', area: 'request-body',
    rootLabel: 'the request body', roles: CLIENT_REQUEST, kinds: WRITTEN_BODY_KIND_SET,
  },
  'request-parameter': {
    context: 'request-parameter', prefix: 'request-parameter', flow: 'request', area: 'parameters',
    rootLabel: 'the parameter', roles: CLIENT_REQUEST, kinds: PARAMETER_KIND_SET,
  },
  'response-body': {
    context: 'response-body', prefix: 'response-body', flow: 'response', area: 'responses',
    rootLabel: 'the response body', roles: CLIENT_REQUEST, kinds: RESPONSE_BODY_KIND_SET,
  },
  'response-header': {
    context: 'response-header', prefix: 'response-header', flow: 'response', area: 'response-headers',
    rootLabel: 'the header', roles: CLIENT_REQUEST, kinds: RESPONSE_HEADER_KIND_SET,
  },
  'message-payload': {
    context: 'message-payload', prefix: 'message', flow: 'message', area: 'messages',
    rootLabel: 'the message payload', roles: MESSAGE, kinds: WRITTEN_BODY_KIND_SET,
  },
  'message-headers': {
    context: 'message-headers', prefix: 'message-header', flow: 'message', area: 'messages',
    rootLabel: 'the message headers', roles: MESSAGE, kinds: MESSAGE_HEADER_KIND_SET,
  },
  model: {
    context: 'model', prefix: 'model', flow: 'model', area: 'models',
    rootLabel: 'the model', roles: MODEL, kinds: MODEL_KIND_SET,
  },
};

const RANK: Record<ChangeLevel, number> = { breaking: 3, warning: 2, info: 1 };

/** Level, direction and `why` line of `kind` in the context `spec`. */
export function classify(kind: SchemaKind, spec: ContextSpec): { level: ChangeLevel; direction: ChangeDirection; why: string } {
  const written = fillRoles(kind.whenWritten, spec.roles);
  const read = fillRoles(kind.whenRead, spec.roles);
  switch (spec.flow) {
    case 'request':
      return { level: kind.requestLevel, direction: 'request', why: written };
    case 'response':
      return { level: kind.responseLevel, direction: 'response', why: read };
    case 'message': {
      // A change that tightens more than it loosens breaks producers; otherwise, including a tie, consumers.
      const producerSide = RANK[kind.requestLevel] > RANK[kind.responseLevel];
      return {
        level: maxLevel(kind.requestLevel, kind.responseLevel),
        direction: producerSide ? 'producer' : 'consumer',
        why: producerSide ? written : read,
      };
    }
    case 'model':
      return classifyModel(kind, written, read);
  }
}

/**
 * Classifies a model change: breaking when it breaks backward or forward compatibility, and
 * otherwise the larger of its two levels, at most a warning.
 */
function classifyModel(kind: SchemaKind, written: string, read: string): { level: ChangeLevel; direction: ChangeDirection; why: string } {
  const breaksCompatibility = kind.breaksBackward || kind.breaksForward;
  let level = maxLevel(kind.requestLevel, kind.responseLevel);
  if (breaksCompatibility) level = 'breaking';
  else if (level === 'breaking') level = 'warning';

  // Writers of the previous version are blamed for a change that only tightens the model.
  const producerSide = breaksCompatibility
    ? kind.breaksBackward && !kind.breaksForward
    : RANK[kind.requestLevel] > RANK[kind.responseLevel];
  let why = producerSide ? written : read;
  if (kind.breaksBackward && kind.breaksForward) why = `${written} ${read}`;
  return { level, direction: producerSide ? 'producer' : 'consumer', why };
}

/** Replaces `{writers}`-style placeholders; a capitalised placeholder gets a capitalised word. */
function fillRoles(template: string, roles: Roles): string {
  return template.replace(/\{(Writers|writers|Reader|reader|Readers|readers|Writer|writer)\}/g, (_match, name: string) => {
    const word = roles[name.toLowerCase() as keyof Roles];
    return name[0] === name[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
  });
}
