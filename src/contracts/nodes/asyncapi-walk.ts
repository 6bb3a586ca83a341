import { InputError } from '../../errors.js';
import { isPlainObject } from '../openapi-index.js';
import { child, isRefObject, isRemoteRef } from '../refs.js';
import type { Contract, Resolved } from '../types.js';
import {
  schemaFormatKind,
  type AsyncApiDialect, type AsyncApiNodes, type NamedNode, type ObjectNode, type SchemaNode,
  type SchemaUse, type SecurityListNode, type TagOwner,
} from './asyncapi.js';

/** Schema keywords whose value maps names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Schema keywords whose value is one schema. */
const SCHEMA_SINGLES = new Set([
  'additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
/** Schema keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Members that hold literal data, never document nodes. */
const LITERALS = new Set(['example', 'examples', 'enum', 'const', 'default']);

/**
 * The order in which `components` sections are walked. Messages come before schemas, so a schema
 * that some payload reaches is first visited as a payload schema.
 */
const COMPONENT_ORDER = [
  'servers', 'channels', 'operations', 'messages', 'messageTraits', 'operationTraits', 'parameters', 'securitySchemes',
];

type Task =
  | { kind: 'server' | 'channel' | 'operation' | 'parameter'; node: Resolved; name: string }
  | { kind: 'operation2'; node: Resolved; name: string; verb: 'publish' | 'subscribe' }
  | { kind: 'message'; node: Resolved; name: string }
  | { kind: 'messageTrait' | 'operationTrait' | 'opaque'; node: Resolved }
  | { kind: 'schema'; node: Resolved; inPayload: boolean; schemaFormat?: string };

/** Builds the node index of an AsyncAPI contract with one iterative walk. */
export function walkAsyncApi(contract: Contract, dialect: AsyncApiDialect): AsyncApiNodes {
  return new Walker(contract, dialect).run();
}

class Walker {
  readonly nodes: AsyncApiNodes;
  private readonly stack: Task[] = [];
  /** Tasks queued by the current handler, moved to the stack in reverse so the walk keeps document order. */
  private pending: Task[] = [];
  /** Objects visited, by task kind, so a node shared through `$ref`s or YAML aliases is read once per role. */
  private readonly visited = new Map<string, Set<object>>();
  private readonly schemaNodes = new Map<object, SchemaNode>();

  constructor(private readonly contract: Contract, dialect: AsyncApiDialect) {
    const data = contract.source.data;
    const root: ObjectNode = { value: isPlainObject(data) ? data : {}, file: contract.source, pointer: '' };
    this.nodes = {
      dialect, version: contract.version, root, servers: [], channels: [], parameters: [], operations: [],
      operationTraits: [], messages: [], messageTraits: [], schemas: [], tagLists: [], securityLists: [],
      securitySchemes: [], components: [], referenced: new Set(),
    };
  }

  run(): AsyncApiNodes {
    this.visitRoot();
    this.flush();
    while (this.stack.length > 0) {
      const task = this.stack.pop()!;
      this.visit(task);
      this.flush();
    }
    return this.nodes;
  }

  private get isV2(): boolean {
    return this.nodes.dialect === 'asyncapi2';
  }

  private flush(): void {
    for (let i = this.pending.length - 1; i >= 0; i--) this.stack.push(this.pending[i]);
    this.pending = [];
  }

  private queue(task: Task): void {
    this.pending.push(task);
  }

  private visitRoot(): void {
    const { root } = this.nodes;
    const info = this.follow(child(root, 'info'));
    if (info !== undefined && isPlainObject(info.value)) {
      this.nodes.info = info as ObjectNode;
      if (!this.isV2) this.addTagList(child(info, 'tags'), 'document');
      this.queueOpaque(child(info, 'externalDocs'));
    }
    if (this.isV2) this.addTagList(child(root, 'tags'), 'document');
    this.queueOpaque(child(root, 'externalDocs'));

    this.queueEntries(child(root, 'servers'), (node, name) => ({ kind: 'server', node, name }));
    this.queueEntries(child(root, 'channels'), (node, name) => ({ kind: 'channel', node, name }));
    if (!this.isV2) this.queueEntries(child(root, 'operations'), (node, name) => ({ kind: 'operation', node, name }));
    this.visitComponents(child(root, 'components'));
  }

  private visitComponents(components: Resolved): void {
    if (!isPlainObject(components.value)) return;
    const types = Object.keys(components.value);
    for (const type of types) {
      const section = child(components, type);
      if (!isPlainObject(section.value)) continue;
      for (const name of Object.keys(section.value)) this.nodes.components.push({ type, name, node: child(section, name) });
    }

    const ordered = [...COMPONENT_ORDER.filter((type) => types.includes(type)), ...types.filter((type) => !COMPONENT_ORDER.includes(type))];
    // Schemas go last: see COMPONENT_ORDER.
    const sorted = [...ordered.filter((type) => type !== 'schemas'), ...ordered.filter((type) => type === 'schemas')];
    for (const type of sorted) {
      const section = child(components, type);
      switch (type) {
        case 'servers':
        case 'channels':
        case 'parameters':
        case 'messages':
          this.queueEntries(section, (node, name) => ({ kind: type.slice(0, -1) as 'server' | 'channel' | 'parameter' | 'message', node, name }));
          break;
        case 'operations':
          if (!this.isV2) this.queueEntries(section, (node, name) => ({ kind: 'operation', node, name }));
          break;
        case 'messageTraits':
          this.queueEntries(section, (node) => ({ kind: 'messageTrait', node }));
          break;
        case 'operationTraits':
          this.queueEntries(section, (node) => ({ kind: 'operationTrait', node }));
          break;
        case 'securitySchemes':
          this.visitSecuritySchemes(section);
          break;
        case 'schemas':
          this.queueEntries(section, (node) => this.schemaTask(node, false, undefined));
          break;
        default:
          this.queueOpaque(section);
      }
    }
  }

  private visitSecuritySchemes(section: Resolved): void {
    if (!isPlainObject(section.value)) return;
    for (const name of Object.keys(section.value)) {
      const scheme = this.follow(child(section, name));
      if (scheme !== undefined && isPlainObject(scheme.value)) this.nodes.securitySchemes.push({ name, node: scheme as ObjectNode });
    }
  }

  private visit(task: Task): void {
    if (task.kind === 'schema') {
      this.visitSchema(task.node, task.inPayload, task.schemaFormat);
      return;
    }
    if (task.kind === 'opaque') {
      this.visitOpaque(task.node);
      return;
    }
    const node = this.follow(task.node);
    if (node === undefined || !isPlainObject(node.value) || this.isVisited(task.kind, node.value)) return;
    const object = node as ObjectNode;
    switch (task.kind) {
      case 'server':
        return this.visitServer(object, task.name);
      case 'channel':
        return this.visitChannel(object, task.name);
      case 'operation':
        return this.visitOperation(object, task.name, undefined);
      case 'operation2':
        return this.visitOperation(object, task.name, task.verb);
      case 'parameter':
        return this.visitParameter(object, task.name);
      case 'message':
        return this.visitMessage(object, task.name);
      case 'messageTrait':
        return this.visitMessageTrait(object);
      case 'operationTrait':
        return this.visitOperationTrait(object);
    }
  }

  private visitServer(server: ObjectNode, name: string): void {
    const variables: NamedNode[] = [];
    const written = child(server, 'variables');
    if (isPlainObject(written.value)) {
      for (const key of Object.keys(written.value)) {
        const variable = this.follow(child(written, key));
        if (variable !== undefined && isPlainObject(variable.value)) variables.push({ name: key, node: variable as ObjectNode });
      }
    }
    this.nodes.servers.push({ name, node: server, component: this.isComponent(server, 'servers'), variables });
    this.addSecurityList(child(server, 'security'), 'server');
    this.addTagList(child(server, 'tags'), 'server');
    this.queueOpaque(child(server, 'bindings'));
    this.queueOpaque(child(server, 'externalDocs'));
  }

  private visitChannel(channel: ObjectNode, name: string): void {
    const parameters: NamedNode[] = [];
    const written = child(channel, 'parameters');
    if (isPlainObject(written.value)) {
      for (const key of Object.keys(written.value)) {
        const parameter = this.follow(child(written, key));
        if (parameter === undefined || !isPlainObject(parameter.value)) continue;
        parameters.push({ name: key, node: parameter as ObjectNode });
        this.queue({ kind: 'parameter', node: parameter, name: key });
      }
    }
    const address = this.isV2 ? name : channel.value.address;
    this.nodes.channels.push({
      name,
      ...(typeof address === 'string' ? { address } : {}),
      node: channel,
      component: this.isComponent(channel, 'channels'),
      parameters,
    });

    if (this.isV2) {
      for (const verb of ['publish', 'subscribe'] as const) {
        const operation = child(channel, verb);
        if (operation.value !== undefined) this.queue({ kind: 'operation2', node: operation, name: verb, verb });
      }
    } else {
      this.queueEntries(child(channel, 'messages'), (node, key) => ({ kind: 'message', node, name: key }));
      this.addTagList(child(channel, 'tags'), 'channel');
      this.followEach(child(channel, 'servers'));
    }
    this.queueOpaque(child(channel, 'bindings'));
    this.queueOpaque(child(channel, 'externalDocs'));
  }

  private visitParameter(parameter: ObjectNode, name: string): void {
    this.nodes.parameters.push({ name, node: parameter });
    const schema = child(parameter, 'schema');
    if (schema.value !== undefined) this.queue(this.schemaTask(schema, false, undefined));
  }

  private visitOperation(operation: ObjectNode, key: string, verb: 'publish' | 'subscribe' | undefined): void {
    const traits = this.followTraits(child(operation, 'traits'));
    for (const trait of traits) this.queue({ kind: 'operationTrait', node: trait });

    let name = key;
    let action: 'publish' | 'subscribe' | 'send' | 'receive' | undefined = verb;
    if (verb !== undefined) {
      // A trait's `operationId` wins over the operation's own, as traits are applied on top of it in 2.x.
      for (const part of [operation, ...traits]) if (typeof part.value.operationId === 'string') name = part.value.operationId;
      this.visitOperationMessages(child(operation, 'message'), verb);
    } else {
      const written = operation.value.action;
      action = written === 'send' || written === 'receive' ? written : undefined;
      this.follow(child(operation, 'channel'));
      this.followEach(child(operation, 'messages'));
      this.queueOpaque(child(operation, 'reply'));
    }
    this.nodes.operations.push({ name, ...(action === undefined ? {} : { action }), node: operation, component: this.isComponent(operation, 'operations'), traits });
    this.addSecurityList(child(operation, 'security'), 'operation');
    this.addTagList(child(operation, 'tags'), 'operation');
    this.queueOpaque(child(operation, 'bindings'));
    this.queueOpaque(child(operation, 'externalDocs'));
  }

  /** Queues a 2.x operation's `message`: one message, or `oneOf` a list of them. */
  private visitOperationMessages(site: Resolved, verb: string): void {
    const message = this.follow(site);
    if (message === undefined || !isPlainObject(message.value)) return;
    const oneOf = child(message, 'oneOf');
    if (!Array.isArray(oneOf.value)) {
      this.queue({ kind: 'message', node: message, name: verb });
      return;
    }
    oneOf.value.forEach((_, index) => this.queue({ kind: 'message', node: child(oneOf, index), name: `${verb}.${index}` }));
  }

  private visitOperationTrait(trait: ObjectNode): void {
    this.nodes.operationTraits.push(trait);
    this.addSecurityList(child(trait, 'security'), 'operationTrait');
    this.addTagList(child(trait, 'tags'), 'operationTrait');
    this.queueOpaque(child(trait, 'bindings'));
    this.queueOpaque(child(trait, 'externalDocs'));
  }

  private visitMessage(message: ObjectNode, key: string): void {
    const traits = this.followTraits(child(message, 'traits'));
    for (const trait of traits) this.queue({ kind: 'messageTrait', node: trait });

    const component = this.isComponent(message, 'messages');
    let name = component ? message.pointer.split('/')[3].replace(/~1/g, '/').replace(/~0/g, '~') : key;
    let format2: { value: string; node: Resolved } | undefined;
    if (this.isV2) {
      const messageId = message.value.messageId;
      if (typeof messageId === 'string') name = messageId;
      else if (typeof message.value.name === 'string') name = message.value.name;
      // The message's own `schemaFormat` wins over one that a trait brings.
      for (const part of [...traits, message]) {
        if (typeof part.value.schemaFormat === 'string') format2 = { value: part.value.schemaFormat, node: child(part, 'schemaFormat') };
      }
    }

    const payload = this.schemaUse(child(message, 'payload'), format2, true);
    const headers = this.schemaUse(child(message, 'headers'), undefined, false);
    this.nodes.messages.push({
      name, node: message, component, traits, ...(payload === undefined ? {} : { payload }), ...(headers === undefined ? {} : { headers }),
    });
    this.addTagList(child(message, 'tags'), 'message');
    for (const member of ['correlationId', 'bindings', 'externalDocs']) this.queueOpaque(child(message, member));
  }

  private visitMessageTrait(trait: ObjectNode): void {
    const headers = this.schemaUse(child(trait, 'headers'), undefined, false);
    this.nodes.messageTraits.push({ node: trait, ...(headers === undefined ? {} : { headers }) });
    this.addTagList(child(trait, 'tags'), 'messageTrait');
    for (const member of ['correlationId', 'bindings', 'externalDocs']) this.queueOpaque(child(trait, member));
  }

  /**
   * Reads a `payload` or `headers` member and queues the schema it contains. A 3.x Multi Format
   * Schema object (a `schema` member, with an optional `schemaFormat`) is unwrapped. A schema in a
   * format that is not JSON Schema is only searched for `$ref`s.
   */
  private schemaUse(written: Resolved, format2: { value: string; node: Resolved } | undefined, inPayload: boolean): SchemaUse | undefined {
    if (written.value === undefined) return undefined;
    const target = this.follow(written);
    if (target === undefined) return { written };
    let use: SchemaUse;
    if (!this.isV2 && isPlainObject(target.value) && 'schema' in target.value) {
      const format = target.value.schemaFormat;
      const schema = this.follow(child(target, 'schema'));
      use = {
        written,
        ...(schema === undefined ? {} : { schema }),
        ...(typeof format === 'string' ? { schemaFormat: format, schemaFormatNode: child(target, 'schemaFormat') } : {}),
      };
    } else {
      use = { written, schema: target, ...(format2 === undefined ? {} : { schemaFormat: format2.value, schemaFormatNode: format2.node }) };
    }
    if (use.schema !== undefined) this.queue(this.schemaTask(use.schema, inPayload, use.schemaFormat));
    return use;
  }

  /** Returns the task for a schema: a JSON Schema walk, or a search for `$ref`s for other formats. */
  private schemaTask(node: Resolved, inPayload: boolean, schemaFormat: string | undefined): Task {
    let format = schemaFormat;
    let schema = node;
    // A 3.x component schema may be a Multi Format Schema object.
    if (!this.isV2 && isPlainObject(node.value) && 'schema' in node.value && typeof node.value.$ref !== 'string') {
      const written = node.value.schemaFormat;
      if (typeof written === 'string') format = written;
      schema = child(node, 'schema');
    }
    if (schemaFormatKind(format) === 'other') return { kind: 'opaque', node: schema };
    return { kind: 'schema', node: schema, inPayload, ...(format === undefined ? {} : { schemaFormat: format }) };
  }

  /**
   * Records a schema object and queues its subschemas. A schema reached again from a payload after
   * it was first reached otherwise is marked as a payload schema and walked again for its subschemas.
   */
  private visitSchema(site: Resolved, inPayload: boolean, schemaFormat: string | undefined): void {
    const schema = this.follow(site);
    if (schema === undefined || !isPlainObject(schema.value)) return;
    const value = schema.value;
    const known = this.schemaNodes.get(value);
    if (known !== undefined) {
      if (!inPayload || known.inPayload) return;
      known.inPayload = true;
    } else {
      const record: SchemaNode = { node: schema as ObjectNode, inPayload, ...(schemaFormat === undefined ? {} : { schemaFormat }) };
      this.schemaNodes.set(value, record);
      this.nodes.schemas.push(record);
    }

    const next = (node: Resolved): void => {
      if (typeof node.value === 'object' && node.value !== null) this.queue({ kind: 'schema', node, inPayload, ...(schemaFormat === undefined ? {} : { schemaFormat }) });
    };
    for (const key of Object.keys(value)) {
      const member = child(schema, key);
      if (SCHEMA_MAPS.has(key) && isPlainObject(member.value)) {
        for (const name of Object.keys(member.value)) next(child(member, name));
      } else if (SCHEMA_SINGLES.has(key)) {
        next(member);
      } else if ((SCHEMA_LISTS.has(key) || key === 'items') && Array.isArray(member.value)) {
        member.value.forEach((_, index) => next(child(member, index)));
      } else if (key === 'items') {
        next(member);
      } else if (key === 'dependencies' && isPlainObject(member.value)) {
        for (const name of Object.keys(member.value)) if (isPlainObject(member.value[name])) next(child(member, name));
      } else if (key === 'externalDocs') {
        this.queueOpaque(member);
      }
    }
  }

  /** Searches a node that the index does not model (bindings, correlation ids, replies) for `$ref`s. */
  private visitOpaque(site: Resolved): void {
    const node = this.follow(site);
    if (node === undefined || typeof node.value !== 'object' || node.value === null || this.isVisited('opaque', node.value)) return;
    if (Array.isArray(node.value)) {
      node.value.forEach((_, index) => this.queueOpaque(child(node, index)));
      return;
    }
    for (const key of Object.keys(node.value)) {
      if (key.startsWith('x-') || LITERALS.has(key)) continue;
      this.queueOpaque(child(node, key));
    }
  }

  private queueOpaque(node: Resolved): void {
    if (typeof node.value === 'object' && node.value !== null) this.queue({ kind: 'opaque', node });
  }

  /** Queues a task for every entry of a map, in document order. */
  private queueEntries(map: Resolved, task: (node: Resolved, name: string) => Task): void {
    if (!isPlainObject(map.value)) return;
    for (const name of Object.keys(map.value)) this.queue(task(child(map, name), name));
  }

  /** Follows every `$ref` of a list of references, such as a 3.x channel's `servers`, to mark their targets. */
  private followEach(list: Resolved): void {
    if (!Array.isArray(list.value)) return;
    list.value.forEach((_, index) => this.follow(child(list, index)));
  }

  /** Resolves a `traits` list. A 3.x trait may be written as `[trait, values]`; the trait is the first item. */
  private followTraits(list: Resolved): ObjectNode[] {
    if (!Array.isArray(list.value)) return [];
    const traits: ObjectNode[] = [];
    list.value.forEach((item, index) => {
      const site = Array.isArray(item) ? child(child(list, index), 0) : child(list, index);
      const trait = this.follow(site);
      if (trait !== undefined && isPlainObject(trait.value)) traits.push(trait as ObjectNode);
    });
    return traits;
  }

  private addTagList(site: Resolved, owner: TagOwner): void {
    if (!Array.isArray(site.value)) return;
    const tags = site.value.map((_, index) => {
      const written = child(site, index);
      const tag = this.follow(written) ?? written;
      const name = isPlainObject(tag.value) && typeof tag.value.name === 'string' ? tag.value.name : undefined;
      if (isPlainObject(tag.value)) this.queueOpaque(child(tag, 'externalDocs'));
      return { node: tag, ...(name === undefined ? {} : { name }) };
    });
    this.nodes.tagLists.push({ node: site as Resolved<unknown[]>, owner, tags });
  }

  private addSecurityList(site: Resolved, owner: SecurityListNode['owner']): void {
    if (!Array.isArray(site.value)) return;
    const entries = site.value.map((_, index) => {
      const written = child(site, index);
      if (this.isV2) return { written };
      const scheme = this.follow(written);
      return { written, ...(scheme !== undefined && isPlainObject(scheme.value) ? { scheme: scheme as ObjectNode } : {}) };
    });
    this.nodes.securityLists.push({ node: site as Resolved<unknown[]>, owner, entries });
  }

  /** Returns whether `node` is an entry of `components.<type>` of the root document. */
  private isComponent(node: Resolved, type: string): boolean {
    if (node.file !== this.contract.source) return false;
    const segments = node.pointer.split('/');
    return segments.length === 4 && segments[1] === 'components' && segments[2] === type;
  }

  private isVisited(kind: string, value: object): boolean {
    let seen = this.visited.get(kind);
    if (seen === undefined) {
      seen = new Set();
      this.visited.set(kind, seen);
    }
    if (seen.has(value)) return true;
    seen.add(value);
    return false;
  }

  /**
   * Follows `$ref`s from `site` to a node that is not a reference, marking each target as
   * referenced. Remote, broken and circular references return undefined; other rules report them.
   */
  private follow(site: Resolved): Resolved | undefined {
    let current = site;
    const seen = new Set<string>();
    while (isRefObject(current.value)) {
      const ref = current.value.$ref;
      const key = `${current.file.path}#${current.pointer}`;
      if (isRemoteRef(ref) || seen.has(key)) return undefined;
      seen.add(key);
      let target: Resolved;
      try {
        target = this.contract.resolve(ref, current.file, `${current.pointer}/$ref`);
      } catch (error) {
        if (error instanceof InputError) return undefined;
        throw error;
      }
      if (target.value === undefined) return undefined;
      this.markReferenced(target);
      current = target;
    }
    return current;
  }

  private markReferenced(target: Resolved): void {
    let pointer = target.pointer;
    for (;;) {
      const key = `${target.file.path}#${pointer}`;
      if (this.nodes.referenced.has(key)) return;
      this.nodes.referenced.add(key);
      if (pointer === '') return;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
  }
}

