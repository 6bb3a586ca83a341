import { InputError } from '../../errors.js';
import { isPlainObject } from '../openapi-index.js';
import { collectRefSites, escapeSegment } from '../ref-sites.js';
import { child, deref, isRemoteRef } from '../refs.js';
import type { Contract, Resolved } from '../types.js';
import type { MediaTypeNode, ObjectNode, OpenApiDialect, OpenApiNodes, PathItemLocation, PathItemNode, ServerNode } from './openapi.js';
import {
  visitCallback, visitDocument, visitLink, visitMediaType, visitOperation, visitParameterOrHeader, visitPathItem,
  visitRequestBody, visitResponse, visitSchema,
} from './openapi-visitors.js';

/** Members that hold literal data, never document nodes. */
const LITERALS = new Set(['example', 'examples', 'enum', 'const', 'default', 'x-example']);

/** A node waiting to be visited, with its role and what the role needs to know. */
export type Task =
  | { kind: 'document' | 'parameter' | 'requestBody' | 'response' | 'header' | 'schema' | 'example' | 'callback' | 'link' | 'generic' | 'extension'; node: Resolved }
  | { kind: 'pathItem'; node: Resolved; key: string; location: PathItemLocation }
  | { kind: 'operation'; node: Resolved; method: string; pathItem: PathItemNode }
  | { kind: 'mediaType'; node: Resolved; name: string; owner: MediaTypeNode['owner'] }
  | { kind: 'server'; node: Resolved; scope: ServerNode['scope']; location?: PathItemLocation }
  | { kind: 'securityScheme'; node: Resolved; name: string };

/** Kinds whose `$ref` is a Reference object: the target replaces the node and siblings are not read. */
const REPLACED_BY_TARGET = new Set<Task['kind']>([
  'pathItem', 'operation', 'parameter', 'requestBody', 'response', 'header', 'example', 'callback', 'link', 'securityScheme', 'mediaType', 'server',
]);

/** Builds the node index of an OpenAPI contract with one iterative walk. */
export function walkOpenApi(contract: Contract, dialect: OpenApiDialect): OpenApiNodes {
  return new Walker(contract, dialect).run();
}

/** The state of one walk; the visitors in openapi-visitors.ts fill `nodes` through it. */
export class Walker {
  readonly nodes: OpenApiNodes;
  private readonly stack: Task[] = [];
  /** Tasks queued by the current handler, moved to the stack in reverse so the walk keeps document order. */
  private pending: Task[] = [];
  /** Objects visited, by visit tag, so a node shared through `$ref`s or YAML aliases is read once per role. */
  private readonly visited = new Map<string, Set<object>>();

  constructor(private readonly contract: Contract, dialect: OpenApiDialect) {
    const root: ObjectNode = { value: isPlainObject(contract.source.data) ? contract.source.data : {}, file: contract.source, pointer: '' };
    this.nodes = {
      dialect, root, pathItems: [], operations: [], parameters: [], responses: [], requestBodies: [], headers: [],
      mediaTypes: [], schemas: [], examples: [], tags: [], operationTags: [], servers: [], securityRequirements: [],
      securitySchemes: [], components: [], refs: [], texts: [], referenced: new Set(),
    };
  }

  run(): OpenApiNodes {
    this.stack.push({ kind: 'document', node: this.nodes.root });
    while (this.stack.length > 0) {
      this.visit(this.stack.pop()!);
      for (let i = this.pending.length - 1; i >= 0; i--) this.stack.push(this.pending[i]);
      this.pending = [];
    }
    // Other files may hold references outside the nodes the walk reached; they still count as uses.
    for (const file of this.contract.files) {
      if (file === this.contract.source) continue;
      for (const site of collectRefSites(file, 'openapi')) this.resolveTarget(site.ref, { value: undefined, file, pointer: site.pointer.slice(0, -5) });
    }
    return this.nodes;
  }

  private visit(task: Task): void {
    const value = task.node.value;
    if (!isPlainObject(value)) {
      if (Array.isArray(value) && (task.kind === 'generic' || task.kind === 'extension')) {
        value.forEach((item, i) => this.queue({ kind: task.kind, node: child(task.node, i) } as Task));
      }
      return;
    }
    if (!this.isFirstVisit(value, visitTag(task))) return;
    const node = task.node as ObjectNode;
    if (task.kind === 'extension') return this.visitExtension(node);

    if (typeof value.description === 'string') this.nodes.texts.push(child(node, 'description') as Resolved<string>);
    if (typeof value.title === 'string') this.nodes.texts.push(child(node, 'title') as Resolved<string>);
    if (typeof value.$ref === 'string') {
      this.nodes.refs.push({ ref: value.$ref, node });
      const target = this.resolveTarget(value.$ref, node);
      if (task.kind === 'generic') {
        // Only a use of the target: the walk does not know what a reference from here leads to.
      } else if (target !== undefined) {
        this.queue({ ...task, node: target } as Task);
      }
      if (REPLACED_BY_TARGET.has(task.kind)) return;
    }

    switch (task.kind) {
      case 'document': return visitDocument(this, node);
      case 'pathItem': return visitPathItem(this, node, task.key, task.location);
      case 'operation': return visitOperation(this, node, task.method, task.pathItem);
      case 'parameter': return visitParameterOrHeader(this, node, 'parameter');
      case 'header': return visitParameterOrHeader(this, node, 'header');
      case 'requestBody': return visitRequestBody(this, node);
      case 'response': return visitResponse(this, node);
      case 'mediaType': return visitMediaType(this, node, task.name, task.owner);
      case 'schema': return visitSchema(this, node);
      case 'callback': return visitCallback(this, node);
      case 'link': return visitLink(this, node);
      case 'server':
        this.nodes.servers.push({ node, scope: task.scope, ...(task.location === undefined ? {} : { location: task.location }) });
        return this.visitMembers(node);
      case 'securityScheme':
        this.nodes.securitySchemes.push({ name: task.name, node });
        return this.visitMembers(node);
      case 'example':
        return;
      case 'generic':
        return this.visitMembers(node);
    }
  }

  private visitExtension(node: ObjectNode): void {
    const ref = node.value.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) this.resolveTarget(ref, node);
    for (const key of Object.keys(node.value)) this.queue({ kind: 'extension', node: child(node, key) });
  }

  /** Queues a member of an object that has no role of its own: extensions, data, or nested plain objects. */
  visitMember(node: ObjectNode, key: string): void {
    const value = node.value[key];
    if (typeof value !== 'object' || value === null) return;
    if (key.startsWith('x-')) this.queue({ kind: 'extension', node: child(node, key) });
    else if (!LITERALS.has(key)) this.queue({ kind: 'generic', node: child(node, key) });
  }

  private visitMembers(node: ObjectNode): void {
    for (const key of Object.keys(node.value)) if (key !== '$ref') this.visitMember(node, key);
  }

  /** Follows `$ref`s. Returns undefined for a broken, remote or circular chain, or a target that is not an object. */
  safeDeref(node: Resolved): ObjectNode | undefined {
    try {
      const target = deref(node, this.contract.resolve);
      return target !== undefined && isPlainObject(target.value) ? (target as ObjectNode) : undefined;
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
  }

  /**
   * Resolves the `$ref` held by `holder` and marks its target and the target's ancestors as
   * referenced. Remote and broken references resolve to undefined; other rules report them.
   */
  resolveTarget(ref: string, holder: Resolved): Resolved | undefined {
    if (isRemoteRef(ref)) return undefined;
    let target: Resolved;
    try {
      target = this.contract.resolve(ref, holder.file, `${holder.pointer}/$ref`);
    } catch (error) {
      if (error instanceof InputError) return undefined;
      throw error;
    }
    if (target.value === undefined) return undefined;
    let pointer = target.pointer;
    for (;;) {
      const key = `${target.file.path}#${pointer}`;
      if (this.nodes.referenced.has(key)) break;
      this.nodes.referenced.add(key);
      if (pointer === '') break;
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    }
    return target;
  }

  /** Returns a reusable node with its component name when it sits directly in the root document's section `type`. */
  definition(node: ObjectNode, type: string): { node: ObjectNode; component?: string } {
    if (node.file !== this.contract.source) return { node };
    const prefix = this.nodes.dialect === 'oas2' ? `/${type}/` : `/components/${type}/`;
    if (!node.pointer.startsWith(prefix)) return { node };
    const rest = node.pointer.slice(prefix.length);
    if (rest.includes('/')) return { node };
    return { node, component: rest.replace(/~1/g, '/').replace(/~0/g, '~') };
  }

  /** Calls `visit` for each object item of a list. */
  eachItem(list: Resolved, visit: (item: ObjectNode) => void): void {
    if (!Array.isArray(list.value)) return;
    list.value.forEach((item, i) => {
      if (isPlainObject(item)) visit(child(list, i) as ObjectNode);
    });
  }

  /** Calls `visit` for each entry of a map whose keys are names. With `skipExtensions`, `x-` keys are queued as extensions instead. */
  eachEntry(map: Resolved, visit: (entry: Resolved, name: string) => void, skipExtensions: boolean): void {
    if (!isPlainObject(map.value)) return;
    for (const name of Object.keys(map.value)) {
      const entry: Resolved = { value: map.value[name], file: map.file, pointer: `${map.pointer}/${escapeSegment(name)}` };
      if (skipExtensions && name.startsWith('x-')) this.queue({ kind: 'extension', node: entry });
      else visit(entry, name);
    }
  }

  queue(task: Task): void {
    if (typeof task.node.value === 'object' && task.node.value !== null) this.pending.push(task);
  }

  private isFirstVisit(value: object, tag: string): boolean {
    let seen = this.visited.get(tag);
    if (seen === undefined) {
      seen = new Set();
      this.visited.set(tag, seen);
    }
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  }
}

/** Path items and operations are read once per place they are used, other nodes once per role. */
function visitTag(task: Task): string {
  if (task.kind === 'pathItem') return `pathItem\0${task.location}\0${task.key}`;
  if (task.kind === 'operation') return `operation\0${task.pathItem.location}\0${task.pathItem.key}\0${task.method}`;
  return task.kind;
}
