import type { Rule } from './types.js';
import { rule as asyncapiChannelNoEmptyParameter } from './contract/asyncapi-channel-no-empty-parameter.js';
import { rule as asyncapiChannelNoQueryNorFragment } from './contract/asyncapi-channel-no-query-nor-fragment.js';
import { rule as asyncapiChannelNoTrailingSlash } from './contract/asyncapi-channel-no-trailing-slash.js';
import { rule as asyncapiChannelParameters } from './contract/asyncapi-channel-parameters.js';
import { rule as asyncapiChannelServers } from './contract/asyncapi-channel-servers.js';
import { rule as asyncapiDocumentResolved } from './contract/asyncapi-document-resolved.js';
import { rule as asyncapiHeadersSchemaTypeObject } from './contract/asyncapi-headers-schema-type-object.js';
import { rule as asyncapiInfoContact } from './contract/asyncapi-info-contact.js';
import { rule as asyncapiInfoContactProperties } from './contract/asyncapi-info-contact-properties.js';
import { rule as asyncapiInfoDescription } from './contract/asyncapi-info-description.js';
import { rule as asyncapiInfoLicense } from './contract/asyncapi-info-license.js';
import { rule as asyncapiInfoLicenseUrl } from './contract/asyncapi-info-license-url.js';
import { rule as asyncapiLatestVersion } from './contract/asyncapi-latest-version.js';
import { rule as asyncapiMessageExamples } from './contract/asyncapi-message-examples.js';
import { rule as asyncapiMessageMessageIdUniqueness } from './contract/asyncapi-message-messageId-uniqueness.js';
import { rule as asyncapiOperationDescription } from './contract/asyncapi-operation-description.js';
import { rule as asyncapiOperationOperationId } from './contract/asyncapi-operation-operationId.js';
import { rule as asyncapiOperationOperationIdUniqueness } from './contract/asyncapi-operation-operationId-uniqueness.js';
import { rule as asyncapiOperationSecurity } from './contract/asyncapi-operation-security.js';
import { rule as asyncapiParameterDescription } from './contract/asyncapi-parameter-description.js';
import { rule as asyncapiPayload } from './contract/asyncapi-payload.js';
import { rule as asyncapiPayloadDefault } from './contract/asyncapi-payload-default.js';
import { rule as asyncapiPayloadExamples } from './contract/asyncapi-payload-examples.js';
import { rule as asyncapiPayloadUnsupportedSchemaFormat } from './contract/asyncapi-payload-unsupported-schemaFormat.js';
import { rule as asyncapiSchema } from './contract/asyncapi-schema.js';
import { rule as asyncapiSchemaDefault } from './contract/asyncapi-schema-default.js';
import { rule as asyncapiSchemaExamples } from './contract/asyncapi-schema-examples.js';
import { rule as asyncapiServerNoEmptyVariable } from './contract/asyncapi-server-no-empty-variable.js';
import { rule as asyncapiServerNoTrailingSlash } from './contract/asyncapi-server-no-trailing-slash.js';
import { rule as asyncapiServerNotExampleCom } from './contract/asyncapi-server-not-example-com.js';
import { rule as asyncapiServerSecurity } from './contract/asyncapi-server-security.js';
import { rule as asyncapiServerVariables } from './contract/asyncapi-server-variables.js';
import { rule as asyncapiServers } from './contract/asyncapi-servers.js';
import { rule as asyncapiTagDescription } from './contract/asyncapi-tag-description.js';
import { rule as asyncapiTags } from './contract/asyncapi-tags.js';
import { rule as asyncapiTagsAlphabetical } from './contract/asyncapi-tags-alphabetical.js';
import { rule as asyncapiTagsUniqueness } from './contract/asyncapi-tags-uniqueness.js';
import { rule as asyncapiUnusedComponentsSchema } from './contract/asyncapi-unused-components-schema.js';
import { rule as asyncapiUnusedComponentsServer } from './contract/asyncapi-unused-components-server.js';
import { rule as arrayItems } from './contract/array-items.js';
import { rule as duplicatedEntryInEnum } from './contract/duplicated-entry-in-enum.js';
import { rule as eventPayloadHasIdAndTimestamp } from './contract/event-payload-has-id-and-timestamp.js';
import { rule as listOperationPaginates } from './contract/list-operation-paginates.js';
import { rule as moneyAmountHasCurrency } from './contract/money-amount-has-currency.js';
import { rule as noBrokenRef } from './contract/no-broken-ref.js';
import { rule as noRemoteRef } from './contract/no-remote-ref.js';
import { rule as skuIsString } from './contract/sku-is-string.js';
import { rule as timestampHasDateTimeFormat } from './contract/timestamp-has-date-time-format.js';
import { rule as orderWriteDeclaresIdempotencyKey } from './contract/order-write-declares-idempotency-key.js';
import { rule as contactProperties } from './contract/contact-properties.js';
import { rule as infoContact } from './contract/info-contact.js';
import { rule as infoDescription } from './contract/info-description.js';
import { rule as infoLicense } from './contract/info-license.js';
import { rule as licenseUrl } from './contract/license-url.js';
import { rule as noEvalInMarkdown } from './contract/no-eval-in-markdown.js';
import { rule as noRefSiblings } from './contract/no-ref-siblings.js';
import { rule as noScriptTagsInMarkdown } from './contract/no-script-tags-in-markdown.js';
import { rule as oas2AnyOf } from './contract/oas2-anyOf.js';
import { rule as oas2ApiHost } from './contract/oas2-api-host.js';
import { rule as oas2ApiSchemes } from './contract/oas2-api-schemes.js';
import { rule as oas2Discriminator } from './contract/oas2-discriminator.js';
import { rule as oas2HostNotExample } from './contract/oas2-host-not-example.js';
import { rule as oas2HostTrailingSlash } from './contract/oas2-host-trailing-slash.js';
import { rule as oas2OneOf } from './contract/oas2-oneOf.js';
import { rule as oas2OperationFormDataConsumeCheck } from './contract/oas2-operation-formData-consume-check.js';
import { rule as oas2OperationSecurityDefined } from './contract/oas2-operation-security-defined.js';
import { rule as oas2ParameterDescription } from './contract/oas2-parameter-description.js';
import { rule as oas2UnusedDefinition } from './contract/oas2-unused-definition.js';
import { rule as oas3ApiServers } from './contract/oas3-api-servers.js';
import { rule as oas3CallbacksInCallbacks } from './contract/oas3-callbacks-in-callbacks.js';
import { rule as oas3OperationSecurityDefined } from './contract/oas3-operation-security-defined.js';
import { rule as oas3ParameterDescription } from './contract/oas3-parameter-description.js';
import { rule as oas3ServerNotExampleCom } from './contract/oas3-server-not-example.com.js';
import { rule as oas3ServerTrailingSlash } from './contract/oas3-server-trailing-slash.js';
import { rule as oas3ServerVariables } from './contract/oas3-server-variables.js';
import { rule as oas3UnusedComponent } from './contract/oas3-unused-component.js';
import { rule as oas31CallbacksInWebhook } from './contract/oas3_1-callbacks-in-webhook.js';
import { rule as oas31ServersInWebhook } from './contract/oas3_1-servers-in-webhook.js';
import { rule as openapiTags } from './contract/openapi-tags.js';
import { rule as openapiTagsAlphabetical } from './contract/openapi-tags-alphabetical.js';
import { rule as openapiTagsUniqueness } from './contract/openapi-tags-uniqueness.js';
import { rule as operationDescription } from './contract/operation-description.js';
import { rule as operationOperationId } from './contract/operation-operationId.js';
import { rule as operationOperationIdUnique } from './contract/operation-operationId-unique.js';
import { rule as operationOperationIdValidInUrl } from './contract/operation-operationId-valid-in-url.js';
import { rule as operationParameters } from './contract/operation-parameters.js';
import { rule as operationSingularTag } from './contract/operation-singular-tag.js';
import { rule as operationSuccessResponse } from './contract/operation-success-response.js';
import { rule as operationTagDefined } from './contract/operation-tag-defined.js';
import { rule as operationTags } from './contract/operation-tags.js';
import { rule as pathDeclarationsMustExist } from './contract/path-declarations-must-exist.js';
import { rule as pathKeysNoTrailingSlash } from './contract/path-keys-no-trailing-slash.js';
import { rule as pathNotIncludeQuery } from './contract/path-not-include-query.js';
import { rule as pathParams } from './contract/path-params.js';
import { rule as tagDescription } from './contract/tag-description.js';
import { rule as oas2Schema } from './contract/oas2-schema.js';
import { rule as oas2ValidMediaExample } from './contract/oas2-valid-media-example.js';
import { rule as oas2ValidSchemaExample } from './contract/oas2-valid-schema-example.js';
import { rule as oas3ExamplesValueOrExternalValue } from './contract/oas3-examples-value-or-externalValue.js';
import { rule as oas3Schema } from './contract/oas3-schema.js';
import { rule as oas3ValidMediaExample } from './contract/oas3-valid-media-example.js';
import { rule as oas3ValidSchemaExample } from './contract/oas3-valid-schema-example.js';
import { rule as typedEnum } from './contract/typed-enum.js';
import { rule as asyncStepRequiresDeadLetter } from './governance/async-step-requires-dead-letter.js';
import { rule as asyncStepRequiresRetryPolicy } from './governance/async-step-requires-retry-policy.js';
import { rule as auditTrailRequired } from './governance/audit-trail-required.js';
import { rule as canonicalModelDeclared } from './governance/canonical-model-declared.js';
import { rule as channelExists } from './governance/channel-exists.js';
import { rule as channelSyncNeverWaitsOnErp } from './governance/channel-sync-never-waits-on-erp.js';
import { rule as contractExists } from './governance/contract-exists.js';
import { rule as contractOperationUsed } from './governance/contract-operation-used.js';
import { rule as eventCarriesCorrelationId } from './governance/event-carries-correlation-id.js';
import { rule as eventCarriesOrderingKey } from './governance/event-carries-ordering-key.js';
import { rule as eventCarriesVersion } from './governance/event-carries-version.js';
import { rule as exceptionClassHasOwner } from './governance/exception-class-has-owner.js';
import { rule as idempotencyKeyInContract } from './governance/idempotency-key-in-contract.js';
import { rule as ignoreHasReason } from './governance/ignore-has-reason.js';
import { rule as inventoryStatesSeparated } from './governance/inventory-states-separated.js';
import { rule as mappingTargetsExist } from './governance/mapping-targets-exist.js';
import { rule as operationExists } from './governance/operation-exists.js';
import { rule as referenceExists } from './governance/reference-exists.js';
import { rule as retryAttemptsBounded } from './governance/retry-attempts-bounded.js';
import { rule as retryIntervalOrder } from './governance/retry-interval-order.js';
import { rule as retryJitterOnSharedSystem } from './governance/retry-jitter-on-shared-system.js';
import { rule as retryTrafficUnderErpLimit } from './governance/retry-traffic-under-erp-limit.js';
import { rule as singleAuthoritativeOwner } from './governance/single-authoritative-owner.js';
import { rule as slaPercentilesOrdered } from './governance/sla-percentiles-ordered.js';
import { rule as slaReachable } from './governance/sla-reachable.js';
import { rule as stateTransitionValid } from './governance/state-transition-valid.js';
import { rule as systemExists } from './governance/system-exists.js';
import { rule as teamExists } from './governance/team-exists.js';
import { rule as uniqueIds } from './governance/unique-ids.js';
import { rule as vendorReleaseOutsideFreeze } from './governance/vendor-release-outside-freeze.js';
import { rule as workflowHasSla } from './governance/workflow-has-sla.js';
import { rule as writeRequiresIdempotencyKey } from './governance/write-requires-idempotency-key.js';

// Add a rule with one import and one list entry, sorted by id.

const GOVERNANCE_RULES: Rule[] = [
  asyncStepRequiresDeadLetter,
  asyncStepRequiresRetryPolicy,
  auditTrailRequired,
  canonicalModelDeclared,
  channelExists,
  channelSyncNeverWaitsOnErp,
  contractExists,
  contractOperationUsed,
  eventCarriesCorrelationId,
  eventCarriesOrderingKey,
  eventCarriesVersion,
  exceptionClassHasOwner,
  idempotencyKeyInContract,
  ignoreHasReason,
  inventoryStatesSeparated,
  mappingTargetsExist,
  operationExists,
  referenceExists,
  retryAttemptsBounded,
  retryIntervalOrder,
  retryJitterOnSharedSystem,
  retryTrafficUnderErpLimit,
  singleAuthoritativeOwner,
  slaPercentilesOrdered,
  slaReachable,
  stateTransitionValid,
  systemExists,
  teamExists,
  uniqueIds,
  vendorReleaseOutsideFreeze,
  workflowHasSla,
  writeRequiresIdempotencyKey,
];

const CONTRACT_RULES: Rule[] = [
  asyncapiChannelNoEmptyParameter,
  asyncapiChannelNoQueryNorFragment,
  asyncapiChannelNoTrailingSlash,
  asyncapiChannelParameters,
  asyncapiChannelServers,
  asyncapiDocumentResolved,
  asyncapiHeadersSchemaTypeObject,
  asyncapiInfoContact,
  asyncapiInfoContactProperties,
  asyncapiInfoDescription,
  asyncapiInfoLicense,
  asyncapiInfoLicenseUrl,
  asyncapiLatestVersion,
  asyncapiMessageExamples,
  asyncapiMessageMessageIdUniqueness,
  asyncapiOperationDescription,
  asyncapiOperationOperationId,
  asyncapiOperationOperationIdUniqueness,
  asyncapiOperationSecurity,
  asyncapiParameterDescription,
  asyncapiPayload,
  asyncapiPayloadDefault,
  asyncapiPayloadExamples,
  asyncapiPayloadUnsupportedSchemaFormat,
  asyncapiSchema,
  asyncapiSchemaDefault,
  asyncapiSchemaExamples,
  asyncapiServerNoEmptyVariable,
  asyncapiServerNoTrailingSlash,
  asyncapiServerNotExampleCom,
  asyncapiServerSecurity,
  asyncapiServerVariables,
  asyncapiServers,
  asyncapiTagDescription,
  asyncapiTags,
  asyncapiTagsAlphabetical,
  asyncapiTagsUniqueness,
  asyncapiUnusedComponentsSchema,
  asyncapiUnusedComponentsServer,
  arrayItems,
  duplicatedEntryInEnum,
  eventPayloadHasIdAndTimestamp,
  listOperationPaginates,
  moneyAmountHasCurrency,
  noBrokenRef,
  noRemoteRef,
  orderWriteDeclaresIdempotencyKey,
  skuIsString,
  timestampHasDateTimeFormat,
  contactProperties,
  infoContact,
  infoDescription,
  infoLicense,
  licenseUrl,
  noEvalInMarkdown,
  noRefSiblings,
  noScriptTagsInMarkdown,
  oas2AnyOf,
  oas2ApiHost,
  oas2ApiSchemes,
  oas2Discriminator,
  oas2HostNotExample,
  oas2HostTrailingSlash,
  oas2OneOf,
  oas2OperationFormDataConsumeCheck,
  oas2OperationSecurityDefined,
  oas2ParameterDescription,
  oas2UnusedDefinition,
  oas3ApiServers,
  oas3CallbacksInCallbacks,
  oas3OperationSecurityDefined,
  oas3ParameterDescription,
  oas3ServerNotExampleCom,
  oas3ServerTrailingSlash,
  oas3ServerVariables,
  oas3UnusedComponent,
  oas31CallbacksInWebhook,
  oas31ServersInWebhook,
  openapiTags,
  openapiTagsAlphabetical,
  openapiTagsUniqueness,
  operationDescription,
  operationOperationId,
  operationOperationIdUnique,
  operationOperationIdValidInUrl,
  operationParameters,
  operationSingularTag,
  operationSuccessResponse,
  operationTagDefined,
  operationTags,
  pathDeclarationsMustExist,
  pathKeysNoTrailingSlash,
  pathNotIncludeQuery,
  pathParams,
  tagDescription,
  oas2Schema,
  oas2ValidMediaExample,
  oas2ValidSchemaExample,
  oas3ExamplesValueOrExternalValue,
  oas3Schema,
  oas3ValidMediaExample,
  oas3ValidSchemaExample,
  typedEnum,
];

/** Every built-in rule, sorted by id. */
export const RULES: readonly Rule[] = [...GOVERNANCE_RULES, ...CONTRACT_RULES].sort((a, b) =>
  a.id.localeCompare(b.id),
);

/** Returns the built-in rule with `id`, or undefined. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
