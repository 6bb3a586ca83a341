import { isPlainObject } from '../openapi-index.js';
import { child } from '../refs.js';
import type { Resolved } from '../types.js';
import type { ExampleNode, MediaTypeNode, ObjectNode, OperationNode, ParameterUse, PathItemLocation, PathItemNode } from './openapi.js';
import type { Walker } from './openapi-walk.js';

/*
 * Visitors for the typed nodes of an OpenAPI document. Each records its node in the index and
 * queues the members that have a role of their own; the walker follows `$ref`s and skips data.
 */

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Schema keywords whose value maps names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Schema keywords whose value is one schema. */
const SCHEMA_SINGLES = new Set([
  'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems',
  'unevaluatedProperties', 'additionalItems', 'contentSchema', 'items',
]);
/** Schema keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);

/** Task kinds of the component sections whose name is a plural of the kind. */
const SECTION_KINDS = {
  responses: 'response',
  parameters: 'parameter',
  headers: 'header',
  links: 'link',
  callbacks: 'callback',
} as const;

export function visitDocument(walker: Walker, node: ObjectNode): void {
  for (const key of Object.keys(node.value)) {
    const member = child(node, key);
    switch (key) {
      case 'tags':
        walker.eachItem(member, (tag) => {
          const name = (tag.value as { name?: unknown }).name;
          walker.nodes.tags.push({ node: tag, ...(typeof name === 'string' ? { name } : {}) });
          walker.queue({ kind: 'generic', node: tag });
        });
        break;
      case 'servers':
        walker.eachItem(member, (server) => walker.queue({ kind: 'server', node: server, scope: 'document' }));
        break;
      case 'paths':
      case 'webhooks':
        walker.eachEntry(member, (item, name) => walker.queue({ kind: 'pathItem', node: item, key: name, location: key }), true);
        break;
      case 'security':
        walker.eachItem(member, (requirement) => walker.nodes.securityRequirements.push({ node: requirement }));
        break;
      case 'components':
        if (walker.nodes.dialect !== 'oas2') walker.eachEntry(member, (section, type) => visitComponentSection(walker, section, type), true);
        else walker.visitMember(node, key);
        break;
      case 'definitions':
      case 'parameters':
      case 'responses':
      case 'securityDefinitions':
        if (walker.nodes.dialect === 'oas2') visitComponentSection(walker, member, key);
        else walker.visitMember(node, key);
        break;
      default:
        walker.visitMember(node, key);
    }
  }
}

function visitComponentSection(walker: Walker, section: Resolved, type: string): void {
  walker.eachEntry(section, (entry, name) => {
    walker.nodes.components.push({ type, name, node: entry });
    switch (type) {
      case 'schemas':
      case 'definitions':
        return walker.queue({ kind: 'schema', node: entry });
      case 'responses':
      case 'parameters':
      case 'headers':
      case 'links':
      case 'callbacks':
        return walker.queue({ kind: SECTION_KINDS[type], node: entry });
      case 'requestBodies':
        return walker.queue({ kind: 'requestBody', node: entry });
      case 'securitySchemes':
      case 'securityDefinitions':
        return walker.queue({ kind: 'securityScheme', node: entry, name });
      case 'pathItems':
        return walker.queue({ kind: 'pathItem', node: entry, key: name, location: 'components' });
      case 'examples':
        addExampleObject(walker, entry, { owner: 'components', keyword: 'examples' });
        return;
      default:
        return walker.queue({ kind: 'generic', node: entry });
    }
  }, false);
}

export function visitPathItem(walker: Walker, node: ObjectNode, key: string, location: PathItemLocation): void {
  const pathItem: PathItemNode = { node, key, location, parameters: parameterUses(walker, child(node, 'parameters')) };
  walker.nodes.pathItems.push(pathItem);
  for (const member of Object.keys(node.value)) {
    if (METHODS.has(member)) {
      walker.queue({ kind: 'operation', node: child(node, member), method: member, pathItem });
    } else if (member === 'parameters') {
      walker.eachItem(child(node, member), (parameter) => walker.queue({ kind: 'parameter', node: parameter }));
    } else if (member === 'servers') {
      walker.eachItem(child(node, member), (server) => walker.queue({ kind: 'server', node: server, scope: 'pathItem', location }));
    } else {
      walker.visitMember(node, member);
    }
  }
}

export function visitOperation(walker: Walker, node: ObjectNode, method: string, pathItem: PathItemNode): void {
  const operation: OperationNode = { node, method, path: pathItem.key, pathItem, parameters: parameterUses(walker, child(node, 'parameters')) };
  walker.nodes.operations.push(operation);
  for (const key of Object.keys(node.value)) {
    const member = child(node, key);
    switch (key) {
      case 'tags':
        if (Array.isArray(member.value)) {
          member.value.forEach((tag, i) => {
            walker.nodes.operationTags.push({ node: child(member, i), operation, ...(typeof tag === 'string' ? { name: tag } : {}) });
          });
        }
        break;
      case 'parameters':
        walker.eachItem(member, (parameter) => walker.queue({ kind: 'parameter', node: parameter }));
        break;
      case 'requestBody':
        walker.queue({ kind: 'requestBody', node: member });
        break;
      case 'responses':
        walker.eachEntry(member, (response) => walker.queue({ kind: 'response', node: response }), true);
        break;
      case 'callbacks':
        walker.eachEntry(member, (callback) => walker.queue({ kind: 'callback', node: callback }), true);
        break;
      case 'security':
        walker.eachItem(member, (requirement) => walker.nodes.securityRequirements.push({ node: requirement, operation }));
        break;
      case 'servers':
        walker.eachItem(member, (server) => walker.queue({ kind: 'server', node: server, scope: 'operation', location: pathItem.location }));
        break;
      default:
        walker.visitMember(node, key);
    }
  }
}

export function visitParameterOrHeader(walker: Walker, node: ObjectNode, kind: 'parameter' | 'header'): void {
  const list = kind === 'parameter' ? walker.nodes.parameters : walker.nodes.headers;
  list.push(walker.definition(node, kind === 'parameter' ? 'parameters' : 'headers'));
  const schema = child(node, 'schema');
  // A 2.0 non-body parameter or header describes its value itself, with schema keywords.
  let ownSchema: Resolved | undefined;
  if (schema.value !== undefined) ownSchema = schema;
  else if (walker.nodes.dialect === 'oas2') ownSchema = node;
  for (const key of Object.keys(node.value)) {
    const member = child(node, key);
    switch (key) {
      case 'schema':
        walker.queue({ kind: 'schema', node: member });
        break;
      case 'items':
        if (walker.nodes.dialect === 'oas2') walker.queue({ kind: 'schema', node: member });
        else walker.visitMember(node, key);
        break;
      case 'content':
        walker.eachEntry(member, (mediaType, name) => walker.queue({ kind: 'mediaType', node: mediaType, name, owner: kind }), false);
        break;
      case 'example':
      case 'x-example':
        walker.nodes.examples.push({ owner: kind, keyword: key, form: 'value', node: member, ...(ownSchema === undefined ? {} : { schema: ownSchema }) });
        break;
      case 'examples':
        walker.eachEntry(member, (entry) => addExampleObject(walker, entry, { owner: kind, keyword: 'examples', ...(ownSchema === undefined ? {} : { schema: ownSchema }) }), true);
        break;
      default:
        walker.visitMember(node, key);
    }
  }
}

export function visitRequestBody(walker: Walker, node: ObjectNode): void {
  walker.nodes.requestBodies.push(walker.definition(node, 'requestBodies'));
  for (const key of Object.keys(node.value)) {
    if (key === 'content') {
      walker.eachEntry(child(node, key), (mediaType, name) => walker.queue({ kind: 'mediaType', node: mediaType, name, owner: 'requestBody' }), false);
    } else {
      walker.visitMember(node, key);
    }
  }
}

export function visitResponse(walker: Walker, node: ObjectNode): void {
  walker.nodes.responses.push(walker.definition(node, 'responses'));
  for (const key of Object.keys(node.value)) {
    const member = child(node, key);
    switch (key) {
      case 'headers':
        walker.eachEntry(member, (header) => walker.queue({ kind: 'header', node: header }), false);
        break;
      case 'content':
        walker.eachEntry(member, (mediaType, name) => walker.queue({ kind: 'mediaType', node: mediaType, name, owner: 'response' }), false);
        break;
      case 'links':
        walker.eachEntry(member, (link) => walker.queue({ kind: 'link', node: link }), true);
        break;
      case 'schema':
        walker.queue({ kind: 'schema', node: member });
        break;
      case 'examples':
        // 2.0: a map from media type to an example value.
        if (isPlainObject(member.value)) {
          const schema = child(node, 'schema');
          for (const mediaType of Object.keys(member.value)) {
            walker.nodes.examples.push({
              owner: 'response', keyword: 'examples', form: 'value', node: child(member, mediaType), mediaType,
              ...(schema.value === undefined ? {} : { schema }),
            });
          }
        }
        break;
      default:
        walker.visitMember(node, key);
    }
  }
}

export function visitMediaType(walker: Walker, node: ObjectNode, name: string, owner: MediaTypeNode['owner']): void {
  walker.nodes.mediaTypes.push({ node, name, owner });
  const schema = child(node, 'schema');
  const context = { mediaType: name, ...(schema.value === undefined ? {} : { schema }) };
  for (const key of Object.keys(node.value)) {
    const member = child(node, key);
    switch (key) {
      case 'schema':
        walker.queue({ kind: 'schema', node: member });
        break;
      case 'example':
        walker.nodes.examples.push({ owner: 'mediaType', keyword: 'example', form: 'value', node: member, ...context });
        break;
      case 'examples':
        walker.eachEntry(member, (entry) => addExampleObject(walker, entry, { owner: 'mediaType', keyword: 'examples', ...context }), true);
        break;
      case 'encoding':
        walker.eachEntry(member, (encoding) => {
          if (!isPlainObject(encoding.value)) return;
          walker.queue({ kind: 'generic', node: encoding });
          walker.eachEntry(child(encoding, 'headers'), (header) => walker.queue({ kind: 'header', node: header }), false);
        }, false);
        break;
      default:
        walker.visitMember(node, key);
    }
  }
}

export function visitSchema(walker: Walker, node: ObjectNode): void {
  walker.nodes.schemas.push(walker.definition(node, walker.nodes.dialect === 'oas2' ? 'definitions' : 'schemas'));
  for (const key of Object.keys(node.value)) {
    const value = node.value[key];
    if (key === 'example' || key === 'x-example') {
      walker.nodes.examples.push({ owner: 'schema', keyword: key, form: 'value', node: child(node, key), schema: node });
      continue;
    }
    // Most members of a schema are scalars such as `type` and `format`.
    if (typeof value !== 'object' || value === null) continue;
    const member = child(node, key);
    if (key === 'examples') {
      if (Array.isArray(value)) {
        value.forEach((_, i) => walker.nodes.examples.push({ owner: 'schema', keyword: 'examples', form: 'value', node: child(member, i), schema: node }));
      }
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      value.forEach((_, i) => walker.queue({ kind: 'schema', node: child(member, i) }));
    } else if (SCHEMA_SINGLES.has(key)) {
      walker.queue({ kind: 'schema', node: member });
    } else if ((SCHEMA_MAPS.has(key) || key === 'dependencies') && isPlainObject(value)) {
      // Draft 4 to 7 `dependencies` values are schemas or lists of property names.
      for (const name of Object.keys(value)) walker.queue({ kind: 'schema', node: child(member, name) });
    } else if (key === 'discriminator') {
      noteMappingTargets(walker, member);
      walker.visitMember(node, key);
    } else {
      walker.visitMember(node, key);
    }
  }
}

/**
 * Marks the schemas named in a 3.x `discriminator.mapping` as referenced. A value is a schema
 * name or a reference. References to other files are left out, because resolving one here
 * would read a file that the contract's `$ref`s never reach.
 */
function noteMappingTargets(walker: Walker, discriminator: Resolved): void {
  const mapping = child(discriminator, 'mapping');
  if (!isPlainObject(mapping.value)) return;
  for (const value of Object.values(mapping.value)) {
    if (typeof value !== 'string') continue;
    const ref = value.startsWith('#') ? value : /^[\w.-]+$/.test(value) ? `#/components/schemas/${value}` : undefined;
    if (ref !== undefined) walker.resolveTarget(ref, mapping);
  }
}

export function visitCallback(walker: Walker, node: ObjectNode): void {
  walker.eachEntry(node, (pathItem, expression) => walker.queue({ kind: 'pathItem', node: pathItem, key: expression, location: 'callback' }), true);
}

export function visitLink(walker: Walker, node: ObjectNode): void {
  // `parameters` and `requestBody` of a Link object hold runtime expressions or literal values.
  const server = child(node, 'server');
  walker.queue({ kind: 'server', node: server, scope: 'link' });
}

/** Records an Example object (after `$ref`s) with its owner, and queues it so its texts are read. */
function addExampleObject(walker: Walker, entry: Resolved, example: Omit<ExampleNode, 'node' | 'form'>): void {
  walker.queue({ kind: 'example', node: entry });
  const definition = walker.safeDeref(entry);
  if (definition !== undefined) walker.nodes.examples.push({ ...example, form: 'object', node: definition });
}

function parameterUses(walker: Walker, list: Resolved): ParameterUse[] {
  if (!Array.isArray(list.value)) return [];
  return list.value.map((_, i) => {
    const entry = child(list, i);
    const definition = walker.safeDeref(entry);
    return definition === undefined ? { entry } : { entry, definition };
  });
}
