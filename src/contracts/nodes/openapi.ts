/**
 * A typed index of the nodes of an OpenAPI 2.0, 3.0 or 3.1 contract, shared by the contract rules.
 * One iterative walk fills it the first time a rule asks; later rules on the same Contract get the
 * cached index, so no rule walks the whole document on its own.
 *
 * Every node carries its value, the SourceFile it lives in and its JSON pointer there. A node
 * reached through a `$ref` is recorded once, where the reference leads (possibly another file).
 * Values inside `x-` extensions, examples, `enum`, `const` and `default` are data and are not
 * indexed, apart from local `$ref`s in extensions, which count as uses of their targets.
 */
import { dialectOf, type Contract, type Resolved } from '../types.js';
import { walkOpenApi } from './openapi-walk.js';

export type OpenApiDialect = 'oas2' | 'oas3_0' | 'oas3_1';

export type JsonObject = Record<string, unknown>;

/** A JSON object node with its file and pointer. */
export type ObjectNode = Resolved<JsonObject>;

/**
 * Where a path item sits: under `paths`, under 3.1 `webhooks`, inside a callback (the key is
 * the callback expression), or under 3.1 `components.pathItems`.
 */
export type PathItemLocation = 'paths' | 'webhooks' | 'callback' | 'components';

/** One entry of a `parameters` list: as written, and the Parameter object after `$ref`s. */
export interface ParameterUse {
  entry: Resolved;
  /** Undefined when the reference is broken, remote or circular, or the target is not an object. */
  definition?: ObjectNode;
}

export interface PathItemNode {
  node: ObjectNode;
  /** The path template, webhook name, callback expression or component name. */
  key: string;
  location: PathItemLocation;
  /** Path-level `parameters`, in order. */
  parameters: ParameterUse[];
}

export interface OperationNode {
  node: ObjectNode;
  /** Lower-case HTTP method, the key under the path item. */
  method: string;
  /** The key of the path item, equal to `pathItem.key`. */
  path: string;
  pathItem: PathItemNode;
  /** Operation-level `parameters`, in order, without the path-level ones. */
  parameters: ParameterUse[];
}

/** A reusable object: a schema, parameter, response, request body or header. */
export interface DefinitionNode {
  node: ObjectNode;
  /**
   * Name under `components.<type>` of the root document (3.x), or under `definitions`,
   * `parameters` or `responses` of the root document (2.0).
   */
  component?: string;
}

export type ParameterNode = DefinitionNode;
export type ResponseNode = DefinitionNode;
export type RequestBodyNode = DefinitionNode;
export type HeaderNode = DefinitionNode;

/**
 * A schema object. Includes `$ref` schemas, and in 2.0 the Items objects of non-body parameters
 * and headers, which use a subset of the schema keywords.
 */
export type SchemaNode = DefinitionNode;

export interface MediaTypeNode {
  node: ObjectNode;
  /** The media type key, for example `application/json`. */
  name: string;
  owner: 'requestBody' | 'response' | 'parameter' | 'header';
}

/**
 * An example value and the schema it must satisfy.
 * - owner `mediaType`: `example` or an Example object of `examples` of a 3.x Media Type object.
 * - owner `parameter`/`header`: `example` or `examples` of a 3.x parameter or header; in 2.0,
 *   `x-example` of a non-body parameter or header, whose schema is the parameter itself.
 * - owner `response`: an entry of a 2.0 response `examples` map, keyed by media type.
 * - owner `schema`: `example` or `x-example` of a schema, or an item of a schema `examples` array.
 * - owner `components`: an Example object under 3.x `components.examples`, with no schema.
 */
export interface ExampleNode {
  owner: 'mediaType' | 'parameter' | 'header' | 'response' | 'schema' | 'components';
  /** The member that holds the example. */
  keyword: 'example' | 'examples' | 'x-example';
  /** `value`: the node is the example itself. `object`: the node is an Example object (after `$ref`), with `value` or `externalValue`. */
  form: 'value' | 'object';
  node: Resolved;
  /** The schema the example must satisfy, as written (it may be a `$ref` object). */
  schema?: Resolved;
  /** The media type, for owners `mediaType` and `response`. */
  mediaType?: string;
}

export interface TagNode {
  /** A Tag object of the top-level `tags`, or one string of an operation's `tags`. */
  node: Resolved;
  /** The tag name, when it is a string. */
  name?: string;
  /** For an operation tag: the operation. */
  operation?: OperationNode;
}

export interface ServerNode {
  node: ObjectNode;
  scope: 'document' | 'pathItem' | 'operation' | 'link';
  /** For a path item or operation server: where the path item sits. */
  location?: PathItemLocation;
}

export interface SecurityRequirementNode {
  node: ObjectNode;
  /** Undefined for the top-level `security`. */
  operation?: OperationNode;
}

export interface SecuritySchemeNode {
  /** The key under `components.securitySchemes` (3.x) or `securityDefinitions` (2.0). */
  name: string;
  /** The scheme after `$ref`s. */
  node: ObjectNode;
}

export interface ComponentNode {
  /** `components` member (`schemas`, `responses`, ...) in 3.x; `definitions`, `parameters`, `responses` or `securityDefinitions` in 2.0. */
  type: string;
  name: string;
  /** The entry as written, which may be a `$ref` object. */
  node: Resolved;
}

/** An object with a `$ref` member, outside `x-` extensions and example data. */
export interface RefNode {
  ref: string;
  /** The object that holds the `$ref`; its pointer does not end in `/$ref`. */
  node: ObjectNode;
}

export interface OpenApiNodes {
  dialect: OpenApiDialect;
  root: ObjectNode;
  /** Path items of every location, in document order; a path item used at two keys appears twice. */
  pathItems: PathItemNode[];
  /** Operations of every location, in document order; filter on `pathItem.location`. */
  operations: OperationNode[];
  parameters: ParameterNode[];
  responses: ResponseNode[];
  requestBodies: RequestBodyNode[];
  headers: HeaderNode[];
  mediaTypes: MediaTypeNode[];
  schemas: SchemaNode[];
  examples: ExampleNode[];
  /** Tag objects of the top-level `tags`, in order. */
  tags: TagNode[];
  /** Every string of every operation's `tags`. */
  operationTags: TagNode[];
  servers: ServerNode[];
  securityRequirements: SecurityRequirementNode[];
  securitySchemes: SecuritySchemeNode[];
  /** Entries of the root document's `components` (3.x) or reusable sections (2.0). */
  components: ComponentNode[];
  refs: RefNode[];
  /** Every string `description` and `title` member of the indexed objects. */
  texts: Array<Resolved<string>>;
  /**
   * Keys `file#pointer` (file as in SourceFile.path) of every node that a `$ref` anywhere in the
   * contract's files points to or into. A reference to `#/components/schemas/A/properties/b` also
   * marks `#/components/schemas/A` and `#/components`. Read it through `isReferenced`.
   */
  referenced: Set<string>;
}

const cache = new WeakMap<Contract, OpenApiNodes>();

/** Returns the node index of an OpenAPI contract, building it on first use. */
export function openApiNodes(contract: Contract): OpenApiNodes {
  let nodes = cache.get(contract);
  if (nodes === undefined) {
    const dialect = dialectOf(contract);
    if (dialect === 'asyncapi2' || dialect === 'asyncapi3') {
      throw new Error(`openApiNodes called on the AsyncAPI contract ${contract.id}`);
    }
    nodes = walkOpenApi(contract, dialect);
    cache.set(contract, nodes);
  }
  return nodes;
}

/** Returns whether some `$ref` points to the node at `pointer` of `file`, or into it. */
export function isReferenced(nodes: OpenApiNodes, file: string, pointer: string): boolean {
  return nodes.referenced.has(`${file}#${pointer}`);
}
