import type { ChangeKind } from '../types.js';

export const OPENAPI_CHANGES: ChangeKind[] = [
  {
    id: 'document-format-changed',
    level: 'breaking',
    direction: 'response',
    area: 'document',
    kind: 'changed',
    message: 'the contract changed from {base} to {revision}',
    why: 'An OpenAPI contract and an AsyncAPI contract describe different interfaces, so none of the clients of the old one can use the new one.',
  },

  // Document
  {
    id: 'openapi-version-changed', level: 'info', direction: 'none', area: 'document', kind: 'changed',
    message: 'the document moved from OpenAPI {base} to OpenAPI {revision}',
    why: 'The OpenAPI version changes how the contract is written, not what goes over the wire, so clients are unaffected.',
  },
  {
    id: 'api-version-changed', level: 'info', direction: 'none', area: 'document', kind: 'changed',
    message: 'the API version changed from {base} to {revision}',
    why: 'info.version labels the contract; the changes listed beside it decide whether clients break.',
  },

  // Paths and operations
  {
    id: 'path-added', level: 'info', direction: 'request', area: 'paths', kind: 'added',
    message: 'path {path} was added',
    why: 'A new path is only called by clients written against it.',
  },
  {
    id: 'path-removed', level: 'breaking', direction: 'request', area: 'paths', kind: 'removed',
    message: 'path {path} was removed',
    why: 'Clients still calling the path get 404 Not Found, and none of them was warned by a deprecation first.',
  },
  {
    id: 'operation-added', level: 'info', direction: 'request', area: 'operations', kind: 'added',
    message: 'operation {operation} was added',
    why: 'A new operation is only called by clients written against it.',
  },
  {
    id: 'operation-removed', level: 'breaking', direction: 'request', area: 'operations', kind: 'removed',
    message: 'operation {operation} was removed without being deprecated first',
    why: 'Clients still calling the operation get 404 or 405, and none of them was warned by a deprecation first.',
  },
  {
    id: 'operation-removed-after-deprecation', level: 'warning', direction: 'request', area: 'operations', kind: 'removed',
    message: 'deprecated operation {operation} was removed',
    why: 'Clients were told to migrate away, but those that did not will fail; check that no caller remains.',
  },
  {
    id: 'operation-removed-before-sunset', level: 'breaking', direction: 'request', area: 'operations', kind: 'removed',
    message: 'operation {operation} was removed before its sunset date {sunset}',
    why: 'Clients were promised the operation until its sunset date and may not have migrated yet.',
  },
  {
    id: 'operation-removed-after-sunset', level: 'info', direction: 'request', area: 'operations', kind: 'removed',
    message: 'operation {operation} was removed after its sunset date {sunset}',
    why: 'The removal keeps the announced schedule, so clients had the promised time to migrate.',
  },
  {
    id: 'operation-deprecated', level: 'info', direction: 'request', area: 'operations', kind: 'deprecated',
    message: 'operation {operation} is deprecated',
    why: 'The operation still works, but clients should plan to move off it before it is removed.',
  },
  {
    id: 'operation-undeprecated', level: 'info', direction: 'request', area: 'operations', kind: 'changed',
    message: 'operation {operation} is no longer deprecated',
    why: 'Withdrawing a deprecation keeps the operation available; clients that migrated are unaffected.',
  },
  {
    id: 'operation-sunset-added', level: 'warning', direction: 'request', area: 'operations', kind: 'deprecated',
    message: 'operation {operation} will be removed after {sunset}',
    why: 'A sunset date sets a deadline: every caller must migrate before it or fail afterwards.',
  },
  {
    id: 'operation-sunset-brought-forward', level: 'warning', direction: 'request', area: 'operations', kind: 'changed',
    message: 'the sunset date of operation {operation} moved forward from {base} to {revision}',
    why: 'Callers planned their migration for the old date and now have less time.',
  },
  {
    id: 'operation-id-changed', level: 'warning', direction: 'request', area: 'operations', kind: 'renamed',
    message: "the operationId of {operation} changed from '{base}' to '{revision}'",
    why: 'Generated clients name their methods after operationId, so code calling the old method no longer compiles.',
  },
  {
    id: 'operation-id-removed', level: 'warning', direction: 'request', area: 'operations', kind: 'removed',
    message: "operation {operation} no longer has the operationId '{base}'",
    why: 'Generated clients fall back to a name derived from the path, so code calling the old method no longer compiles.',
  },
  {
    id: 'operation-id-added', level: 'info', direction: 'request', area: 'operations', kind: 'added',
    message: "operation {operation} got the operationId '{revision}'",
    why: 'Regenerated clients get a new method name for the operation; handwritten clients are unaffected.',
  },
  {
    id: 'operation-tags-changed', level: 'info', direction: 'none', area: 'operations', kind: 'changed',
    message: 'the tags of operation {operation} changed from [{base}] to [{revision}]',
    why: 'Tags group operations in documentation and may move methods between generated client classes, but requests are unchanged.',
  },

  // Parameters
  {
    id: 'parameter-added-required', level: 'breaking', direction: 'request', area: 'parameters', kind: 'added',
    message: "required {in} parameter '{name}' was added",
    why: 'Existing clients do not send the new parameter, so the server rejects their requests.',
  },
  {
    id: 'parameter-added-optional', level: 'info', direction: 'request', area: 'parameters', kind: 'added',
    message: "optional {in} parameter '{name}' was added",
    why: 'Clients that do not send the parameter keep working.',
  },
  {
    id: 'parameter-removed', level: 'warning', direction: 'request', area: 'parameters', kind: 'removed',
    message: "{in} parameter '{name}' was removed",
    why: 'Clients may still send the parameter; the server now ignores it or rejects it, and the behaviour it selected is gone.',
  },
  {
    id: 'parameter-became-required', level: 'breaking', direction: 'request', area: 'parameters', kind: 'tightened',
    message: "{in} parameter '{name}' became required",
    why: 'Clients that leave the parameter out are now rejected.',
  },
  {
    id: 'parameter-became-optional', level: 'info', direction: 'request', area: 'parameters', kind: 'loosened',
    message: "{in} parameter '{name}' became optional",
    why: 'Clients that send the parameter keep working.',
  },
  {
    id: 'parameter-location-changed', level: 'breaking', direction: 'request', area: 'parameters', kind: 'changed',
    message: "parameter '{name}' moved from the {base} to the {revision}",
    why: 'Clients send the value where it used to be, so the server no longer finds it.',
  },
  {
    id: 'parameter-style-changed', level: 'breaking', direction: 'request', area: 'parameters', kind: 'changed',
    message: "the serialization style of {in} parameter '{name}' changed from {base} to {revision}",
    why: 'Clients keep encoding the value the old way, which the server now parses differently or rejects.',
  },
  {
    id: 'parameter-explode-changed', level: 'breaking', direction: 'request', area: 'parameters', kind: 'changed',
    message: "explode of {in} parameter '{name}' changed from {base} to {revision}",
    why: 'Arrays and objects are sent as repeated parameters or as one joined value depending on explode, so old clients send a shape the server no longer reads.',
  },
  {
    id: 'parameter-empty-value-disallowed', level: 'breaking', direction: 'request', area: 'parameters', kind: 'tightened',
    message: "{in} parameter '{name}' no longer accepts an empty value",
    why: 'Clients that send the parameter without a value are now rejected.',
  },
  {
    id: 'parameter-empty-value-allowed', level: 'info', direction: 'request', area: 'parameters', kind: 'loosened',
    message: "{in} parameter '{name}' now accepts an empty value",
    why: 'Requests that were valid stay valid.',
  },
  {
    id: 'parameter-reserved-characters-disallowed', level: 'breaking', direction: 'request', area: 'parameters', kind: 'tightened',
    message: "{in} parameter '{name}' no longer accepts reserved characters unencoded",
    why: 'Clients that send characters such as / ? & as they are now have their values split or rejected.',
  },
  {
    id: 'parameter-media-type-changed', level: 'breaking', direction: 'request', area: 'parameters', kind: 'changed',
    message: "the encoding of {in} parameter '{name}' changed from {base} to {revision}",
    why: 'Clients keep encoding the value the old way, which the server can no longer decode.',
  },
  {
    id: 'parameter-deprecated', level: 'info', direction: 'request', area: 'parameters', kind: 'deprecated',
    message: "{in} parameter '{name}' is deprecated",
    why: 'The parameter still works, but clients should stop sending it before it is removed.',
  },

  // Request body
  {
    id: 'request-body-added-required', level: 'breaking', direction: 'request', area: 'request-body', kind: 'added',
    message: 'operation {operation} now requires a request body',
    why: 'Existing clients send no body, so the server rejects their requests.',
  },
  {
    id: 'request-body-added-optional', level: 'info', direction: 'request', area: 'request-body', kind: 'added',
    message: 'operation {operation} now accepts an optional request body',
    why: 'Clients that send no body keep working.',
  },
  {
    id: 'request-body-removed', level: 'warning', direction: 'request', area: 'request-body', kind: 'removed',
    message: 'operation {operation} no longer accepts a request body',
    why: 'Clients still send the body; the server ignores it or rejects it, and what it carried is no longer acted on.',
  },
  {
    id: 'request-body-became-required', level: 'breaking', direction: 'request', area: 'request-body', kind: 'tightened',
    message: 'the request body of {operation} became required',
    why: 'Clients that call the operation without a body are now rejected.',
  },
  {
    id: 'request-body-became-optional', level: 'info', direction: 'request', area: 'request-body', kind: 'loosened',
    message: 'the request body of {operation} became optional',
    why: 'Clients that send a body keep working.',
  },
  {
    id: 'request-media-type-added', level: 'info', direction: 'request', area: 'media-types', kind: 'added',
    message: 'operation {operation} now accepts request bodies of type {mediaType}',
    why: 'Clients keep sending the media types that were accepted before.',
  },
  {
    id: 'request-media-type-removed', level: 'breaking', direction: 'request', area: 'media-types', kind: 'removed',
    message: 'operation {operation} no longer accepts request bodies of type {mediaType}',
    why: 'Clients sending that media type now get 415 Unsupported Media Type.',
  },

  // Responses
  {
    id: 'response-success-status-added', level: 'warning', direction: 'response', area: 'responses', kind: 'added',
    message: 'operation {operation} can now return the success status {status}',
    why: 'Clients that only handle the documented success statuses may treat the new one as a failure or skip its body.',
  },
  {
    id: 'response-success-status-removed', level: 'breaking', direction: 'response', area: 'responses', kind: 'removed',
    message: 'operation {operation} no longer returns the success status {status}',
    why: 'Clients that wait for that status to confirm the call now take every result as unexpected.',
  },
  {
    id: 'response-error-status-added', level: 'info', direction: 'response', area: 'responses', kind: 'added',
    message: 'operation {operation} documents the new error status {status}',
    why: 'Clients already have to handle errors; documenting one more lets them handle it precisely.',
  },
  {
    id: 'response-error-status-removed', level: 'warning', direction: 'response', area: 'responses', kind: 'removed',
    message: 'operation {operation} no longer documents the error status {status}',
    why: 'Clients that branch on that error, for example to retry, lose the case; the server may now signal it differently.',
  },
  {
    id: 'response-default-added', level: 'info', direction: 'response', area: 'responses', kind: 'added',
    message: 'operation {operation} documents a default response',
    why: 'Clients gain a description of the responses not listed by status.',
  },
  {
    id: 'response-default-removed', level: 'warning', direction: 'response', area: 'responses', kind: 'removed',
    message: 'operation {operation} no longer documents a default response',
    why: 'Clients that decode undocumented statuses, usually errors, with the default schema lose its description.',
  },
  {
    id: 'response-media-type-added', level: 'info', direction: 'response', area: 'media-types', kind: 'added',
    message: 'the {status} response of {operation} can now be {mediaType}',
    why: 'The server only sends the new media type to clients that ask for it in Accept.',
  },
  {
    id: 'response-media-type-removed', level: 'breaking', direction: 'response', area: 'media-types', kind: 'removed',
    message: 'the {status} response of {operation} is no longer offered as {mediaType}',
    why: 'Clients that accept only that media type get 406 Not Acceptable or a body they cannot parse.',
  },
  {
    id: 'response-header-added', level: 'info', direction: 'response', area: 'response-headers', kind: 'added',
    message: "the {status} response of {operation} has the new header '{header}'",
    why: 'Clients ignore headers they do not read.',
  },
  {
    id: 'response-header-removed', level: 'breaking', direction: 'response', area: 'response-headers', kind: 'removed',
    message: "header '{header}' was removed from the {status} response of {operation}",
    why: 'Clients read the header from successful or required responses, for example a Location or rate-limit value, and no longer get it.',
  },
  {
    id: 'response-error-header-removed', level: 'warning', direction: 'response', area: 'response-headers', kind: 'removed',
    message: "optional header '{header}' was removed from the {status} response of {operation}",
    why: 'The header was optional on an error response, so clients could not rely on it, but those reading it lose the value.',
  },
  {
    id: 'response-header-became-optional', level: 'warning', direction: 'response', area: 'response-headers', kind: 'loosened',
    message: "header '{header}' of the {status} response of {operation} became optional",
    why: 'Clients that read the header may now find it missing.',
  },
  {
    id: 'response-header-became-required', level: 'info', direction: 'response', area: 'response-headers', kind: 'tightened',
    message: "header '{header}' of the {status} response of {operation} became required",
    why: 'Clients get the header at least as often as before.',
  },

  // Security
  {
    id: 'security-requirement-added', level: 'breaking', direction: 'request', area: 'security', kind: 'tightened',
    message: "{scope} now requires security scheme '{scheme}'",
    why: 'Clients that do not send the new credentials get 401 Unauthorized.',
  },
  {
    id: 'security-requirement-removed', level: 'info', direction: 'request', area: 'security', kind: 'loosened',
    message: '{scope} no longer requires {requirement}',
    why: 'Clients that still send the credentials keep working.',
  },
  {
    id: 'security-alternative-added', level: 'info', direction: 'request', area: 'security', kind: 'added',
    message: '{scope} now also accepts {requirement}',
    why: 'A new way to authenticate leaves the existing ones working.',
  },
  {
    id: 'security-alternative-removed', level: 'breaking', direction: 'request', area: 'security', kind: 'removed',
    message: '{scope} no longer accepts {requirement}',
    why: 'Clients that authenticate this way are left with no accepted credentials and get 401 Unauthorized.',
  },
  {
    id: 'security-scope-added', level: 'breaking', direction: 'request', area: 'security', kind: 'tightened',
    message: "{scope} now requires scope '{oauthScope}' of security scheme '{scheme}'",
    why: 'Tokens issued without the new scope are rejected with 403 Forbidden until clients request it.',
  },
  {
    id: 'security-scope-removed', level: 'info', direction: 'request', area: 'security', kind: 'loosened',
    message: "{scope} no longer requires scope '{oauthScope}' of security scheme '{scheme}'",
    why: 'Tokens that carry the scope keep working.',
  },
  {
    id: 'security-scheme-added', level: 'info', direction: 'request', area: 'security', kind: 'added',
    message: "security scheme '{scheme}' was added",
    why: 'Defining a scheme changes nothing until an operation requires it, which is reported on its own.',
  },
  {
    id: 'security-scheme-removed', level: 'breaking', direction: 'request', area: 'security', kind: 'removed',
    message: "security scheme '{scheme}' was removed",
    why: 'Clients configured for the scheme lose the way they obtained and sent credentials.',
  },
  {
    id: 'security-scheme-type-changed', level: 'breaking', direction: 'request', area: 'security', kind: 'changed',
    message: "security scheme '{scheme}' changed from {base} to {revision}",
    why: 'Clients send credentials in the old form, which the server no longer accepts.',
  },
  {
    id: 'security-api-key-location-changed', level: 'breaking', direction: 'request', area: 'security', kind: 'changed',
    message: "API key scheme '{scheme}' moved from {base} to {revision}",
    why: 'Clients send the key where it used to be, so the server sees unauthenticated requests.',
  },
  {
    id: 'oauth-flow-added', level: 'info', direction: 'request', area: 'security', kind: 'added',
    message: "security scheme '{scheme}' offers the new OAuth flow {flow}",
    why: 'A new way to obtain tokens leaves the existing flows working.',
  },
  {
    id: 'oauth-flow-removed', level: 'breaking', direction: 'request', area: 'security', kind: 'removed',
    message: "security scheme '{scheme}' no longer offers the OAuth flow {flow}",
    why: 'Clients that obtain tokens through the flow can no longer authenticate.',
  },
  {
    id: 'oauth-flow-url-changed', level: 'warning', direction: 'request', area: 'security', kind: 'changed',
    message: "the {urlKind} of OAuth flow {flow} of security scheme '{scheme}' changed from {base} to {revision}",
    why: 'Clients configured with the old URL fail to obtain tokens unless it still answers or redirects.',
  },
  {
    id: 'openid-connect-url-changed', level: 'warning', direction: 'request', area: 'security', kind: 'changed',
    message: "the OpenID Connect discovery URL of security scheme '{scheme}' changed from {base} to {revision}",
    why: 'Clients configured with the old discovery URL fail to find the provider unless it still answers.',
  },

  // Servers
  {
    id: 'server-url-changed', level: 'warning', direction: 'request', area: 'servers', kind: 'changed',
    message: 'base URL {base} changed to {revision}',
    why: 'Clients configured with the old base URL fail unless it still serves the API or redirects.',
  },
  {
    id: 'server-removed', level: 'warning', direction: 'request', area: 'servers', kind: 'removed',
    message: 'base URL {url} was removed',
    why: 'Clients configured with that base URL fail unless it still serves the API.',
  },
  {
    id: 'server-added', level: 'info', direction: 'request', area: 'servers', kind: 'added',
    message: 'base URL {url} was added',
    why: 'A new base URL leaves the existing ones working.',
  },
];
