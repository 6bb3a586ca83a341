/**
 * One view of an OpenAPI document whatever its version. OpenAPI 2.0 body and formData parameters
 * become a request body whose media types come from `consumes`, and `produces` gives the media
 * types of responses. Security definitions and servers take their 3.x shape. Every node keeps the
 * file and pointer where it was written, so changes are located in the original document.
 */
import type { Resolved } from '../../contracts/types.js';

export type OpenApiDialect = 'oas2' | 'oas3_0' | 'oas3_1';

export interface ApiView {
  dialect: OpenApiDialect;
  /** The value of `swagger` or `openapi`. */
  specVersion: string;
  /** `info.version`, when it is a string. */
  apiVersion?: string;
  root: Resolved;
  /** `/paths`, or the document itself when it has none. */
  pathsNode: Resolved;
  paths: PathView[];
  /** Top-level security; undefined when the document declares none. */
  security?: SecurityRequirementsView;
  securitySchemes: Map<string, SecuritySchemeView>;
  /** `components/securitySchemes` or `securityDefinitions`, or the document itself. */
  securitySchemesNode: Resolved;
  servers: ServerView[];
  /** `/servers`, `/host`, or the document itself. */
  serversNode: Resolved;
}

export interface PathView {
  /** The path template as written, for example `/orders/{orderId}`. */
  key: string;
  /** The template with parameter names erased: `/orders/{}`. */
  shape: string;
  /** The path item after `$ref`s. */
  node: Resolved;
  /** Operations by upper-case method. */
  operations: Map<string, OperationView>;
}

/** Parsed `x-sunset` extension: the date after which the operation may be removed. */
export interface Sunset {
  text: string;
  /** Milliseconds since the epoch. */
  time: number;
}

export interface OperationView {
  /** Upper-case HTTP method. */
  method: string;
  path: string;
  /** `METHOD /path`, the name reports use in `usedBy`. */
  label: string;
  node: Resolved;
  pathItem: PathView;
  operationId?: string;
  deprecated: boolean;
  sunset?: Sunset;
  tags: string[];
  /** Path-level and operation-level parameters merged, without 2.0 body and formData ones. */
  parameters: ParameterView[];
  /** The operation's `parameters` list, or the operation when it has none. */
  parametersNode: Resolved;
  requestBody?: RequestBodyView;
  responses: Map<string, ResponseView>;
  /** The operation's `responses`, or the operation when it has none. */
  responsesNode: Resolved;
  /** Operation-level security; undefined when the operation inherits the top-level one. */
  security?: SecurityRequirementsView;
}

export type ParameterLocation = 'query' | 'header' | 'path' | 'cookie';

export interface ParameterView {
  /**
   * The identity of the parameter across versions: `query:name`, `header:` plus the lower-case
   * name, and for a path parameter its position in the template (`path:#0`), so a rename alone
   * still matches.
   */
  key: string;
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  style: string;
  explode: boolean;
  allowEmptyValue: boolean;
  allowReserved: boolean;
  /** The media type of a parameter that uses `content` instead of `schema`. */
  mediaType?: string;
  /** The schema; for a 2.0 parameter, the parameter object without its own keywords. */
  schema?: Resolved;
  /** The Parameter object after `$ref`s. */
  node: Resolved;
}

export interface MediaTypeView {
  /** The media type as written, for example `application/json`. */
  name: string;
  /** The 3.x Media Type object, or in 2.0 the `consumes` or `produces` entry. */
  node: Resolved;
  schema?: Resolved;
}

export interface RequestBodyView {
  /** The 3.x Request Body object, or the 2.0 body parameter (the operation's `parameters` for formData). */
  node: Resolved;
  required: boolean;
  /** Media types by normalized name (see mediaTypeKey). */
  content: Map<string, MediaTypeView>;
}

export interface ResponseView {
  /** The status code as written, or `default`. */
  status: string;
  node: Resolved;
  content: Map<string, MediaTypeView>;
  headers: Map<string, HeaderView>;
  /** The response's `headers`, or the response when it has none. */
  headersNode: Resolved;
}

export interface HeaderView {
  name: string;
  node: Resolved;
  required: boolean;
  schema?: Resolved;
}

export interface SecurityRequirementsView {
  /** The `security` list. */
  node: Resolved;
  /** Alternatives in list order: each maps a scheme name to its scopes, and all its schemes apply. */
  alternatives: SecurityAlternative[];
}

export interface SecurityAlternative {
  node: Resolved;
  scopes: Map<string, string[]>;
}

export interface SecuritySchemeView {
  name: string;
  node: Resolved;
  /** `apiKey`, `http:<scheme>`, `oauth2`, `openIdConnect` or `mutualTLS`; 2.0 `basic` is `http:basic`. */
  type: string;
  /** For `apiKey`: where the key goes and its name. */
  apiKey?: { in: string; name: string };
  /** For `oauth2`, by 3.x flow name (2.0 `application` is `clientCredentials`, `accessCode` is `authorizationCode`). */
  flows: Map<string, OAuthFlowView>;
  openIdConnectUrl?: string;
}

export interface OAuthFlowView {
  name: string;
  /** The 3.x flow object, or the 2.0 scheme itself. */
  node: Resolved;
  urls: Partial<Record<OAuthUrlKind, string>>;
}

export const OAUTH_URL_KINDS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const;
export type OAuthUrlKind = (typeof OAUTH_URL_KINDS)[number];

export interface ServerView {
  /** The URL with variables replaced by their defaults, without a trailing slash. */
  url: string;
  node: Resolved;
}
