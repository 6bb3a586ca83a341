import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/diff/catalogue/index.js';
import { ChangeCollector } from '../../src/diff/collector.js';
import { compareModel } from '../../src/diff/models/compare.js';
import { readSourceFile } from '../../src/workspace/source.js';
import { runCli } from '../helpers/cli.js';
import { writeWorkspace } from '../helpers/estate.js';
import { CORPUS_DIR, readCorpusManifest } from '../helpers/corpus.js';
import {
  changesUnder,
  countByLevel,
  enumValuesAt,
  expectChange,
  lineOf,
  messagesOf,
  misplacedLocations,
  readVersionPairs,
  runDiff,
  type DiffReport,
  type DiffRun,
} from './diff-reports.js';

// `retailgov diff` on the real contracts of the corpus, run in-process from the corpus folder.

const runs = new Map<string, Promise<DiffRun>>();

/** Runs `retailgov diff BASE REVISION --format json ...EXTRA` once per argument list. */
function diff(base: string, revision: string, ...extra: string[]): Promise<DiffRun> {
  const key = [base, revision, ...extra].join('\0');
  let run = runs.get(key);
  if (run === undefined) {
    run = runDiff([base, revision, ...extra]);
    runs.set(key, run);
  }
  return run;
}

/** Compares a version pair under the default gate and checks what holds for every report. */
async function diffPair(base: string, revision: string): Promise<{ run: DiffRun; report: DiffReport }> {
  const run = await diff(base, revision);
  expect(run.report, `diff of ${base} failed with exit code ${run.exitCode}:\n${run.stderr}`).toBeDefined();
  const report = run.report!;

  const { breaking, warning, info } = report.summary;
  expect({ breaking, warning, info }).toEqual(countByLevel(report.changes));
  for (const change of report.changes) {
    const kind = CATALOGUE.get(change.id);
    expect(kind, `unknown change id ${change.id}`).toBeDefined();
    expect([change.level, change.direction, change.area]).toEqual([kind!.level, kind!.direction, kind!.area]);
    expect(change.base?.file).toBe(base);
    expect(change.revision?.file).toBe(revision);
  }
  expect(misplacedLocations(report)).toEqual([]);
  expect(run.exitCode).toBe(breaking > 0 ? 1 : 0);
  return { run, report };
}

/** Returns the names of the component schemas of a JSON OpenAPI 3 file that its revision no longer has. */
function droppedSchemas(base: string, revision: string): string[] {
  const [before, after] = [base, revision].map((file) => {
    const document = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as { components: { schemas: object } };
    return Object.keys(document.components.schemas);
  });
  const kept = new Set(after);
  return before.filter((name) => !kept.has(name));
}

/** Files that are not valid input for diff, each because the file itself is broken. */
const INVALID_INPUT: Record<string, RegExp> = {
  // Fragments of the multi-file social-media example: bare maps of components with no `asyncapi` key.
  'asyncapi-spec/v3/social-media/common/messages.yaml': /:1:1: not an OpenAPI or AsyncAPI document/,
  'asyncapi-spec/v3/social-media/common/parameters.yaml': /:1:1: not an OpenAPI or AsyncAPI document/,
  'asyncapi-spec/v3/social-media/common/schemas.yaml': /:1:1: not an OpenAPI or AsyncAPI document/,
  'asyncapi-spec/v3/social-media/common/servers.yaml': /:1:1: not an OpenAPI or AsyncAPI document/,
  // The EPCIS draft closes a multi-line flow collection at the indentation of its parent key.
  'gs1-epcis/epcis-openapi.v-old.yaml': /:2038:15: invalid YAML: /,
};

const EPCIS_OLD = 'gs1-epcis/epcis-openapi.v-old.yaml';
const EPCIS_NEW = 'gs1-epcis/epcis-openapi.v-new.yaml';

/** Checks of each version pair, by its `.v-old` file. */
const PAIR_CHECKS: Record<string, (report: DiffReport) => void> = {
  'adyen/CheckoutService-v71.v-old.json': (report) => {
    const taxInfo = '/components/schemas/ShopperTaxInfo/properties';
    for (const property of ['taxCountryCode', 'taxIdentificationNumber']) {
      expectChange(report, { id: 'request-body-required-property-added', level: 'breaking', base: taxInfo, revision: `${taxInfo}/${property}`, usedBy: ['POST /payments'] });
    }
    // ShopperTaxInfo sets `additionalProperties: false` in both versions, so callers that still
    // send the removed identifiers are rejected, which breaks them.
    for (const property of ['taxId', 'taxIdCountryCode']) {
      const removal = report.changes.filter((change) => change.base?.pointer === `${taxInfo}/${property}`);
      expect(removal.map((change) => [change.level, change.direction, change.revision?.pointer])).toEqual([['breaking', 'request', taxInfo]]);
      expect(removal[0].id).toMatch(/^request-body-.*removed/);
    }

    // Only requests use PaymentDetails, so callers can no longer send 'alma' there.
    const paymentType = '/components/schemas/PaymentDetails/properties/type/enum';
    const alma = expectChange(report, { id: 'request-body-enum-value-removed', level: 'breaking', message: "enum value 'alma' was removed", base: `${paymentType}/36` });
    expect(lineOf(alma.base!.file, alma.base!.line)).toContain('"alma"');
    expect(enumValuesAt(report, 'request-body-enum-value-added', paymentType)).toEqual(['wero']);
    expect(changesUnder(report, paymentType).filter((change) => change.id.startsWith('response-'))).toEqual([]);

    expect(enumValuesAt(report, 'response-body-enum-value-added', '/components/schemas/Result/enum')).toEqual(['NOT_REQUIRED']);
    expectChange(report, { id: 'response-body-enum-value-added', level: 'warning', revision: '/components/schemas/Result/enum/3', usedBy: ['POST /validateShopperId'] });
  },

  'adyen/TerminalAPI-v1.v-old.json': (report) => {
    expect(messagesOf(report, 'path-removed')).toEqual(['path /loyalty was removed']);
    expect(messagesOf(report, 'path-added')).toEqual(['path /abort was added']);
    expectChange(report, { id: 'path-removed', level: 'breaking', base: '/paths/~1loyalty', revision: '/paths' });

    expectChange(report, { id: 'request-body-enum-value-removed', level: 'breaking', message: "enum value 'CardReaderAPDU' was removed", base: '/components/schemas/MessageCategory/enum/4' });

    // 23 schemas were removed. A removed schema is no change of its own, because clients only see
    // the properties that referred to it disappear. By hand, 26 properties of schemas kept in the
    // revision were removed. EventNotification.CustomerLanguage is not among the changes, because
    // no operation of the base reaches EventNotification.
    const removed = new Set(report.changes
      .filter((change) => /^(request|response)-body-(optional|required)-property-removed$/.test(change.id))
      .map((change) => change.base!.pointer.replace('/components/schemas/', '').replace('/properties/', '.')));
    expect([...removed].sort()).toEqual([
      'BalanceInquiryResponse.LoyaltyAccountStatus', 'CardAcquisitionResponse.CustomerLanguage', 'CardData.AllowedProduct',
      'CardData.AllowedProductCode', 'CardData.CustomerOrder', 'DiagnosisResponse.LoggedSaleID', 'LoginResponse.CustomerOrderStatus',
      'LoyaltyData.LoyaltyAmount', 'LoyaltyResult.LoyaltyAmount', 'LoyaltyResult.Rebates', 'OriginalPOITransaction.CustomerLanguage',
      'OutputBarcode.BarcodeType', 'OutputText.Color', 'OutputText.Font', 'POIStatus.CashHandlingDevice', 'POISystemData.POITerminalData',
      'PaymentData.CustomerOrder', 'PaymentResponse.CustomerOrder', 'PaymentTransaction.SaleItem', 'ReversalRequest.CustomerOrder',
      'ReversalResponse.CustomerOrder', 'StoredValueRequest.CustomerLanguage', 'TransactionTotals.LoyaltyCurrency',
      'TransactionTotals.LoyaltyTotals', 'TransactionTotals.LoyaltyUnit',
    ]);
    expectChange(report, { id: 'response-body-optional-property-removed', level: 'breaking', base: '/components/schemas/POIStatus/properties/CashHandlingDevice' });
    expectChange(report, { id: 'request-body-optional-property-removed', level: 'warning', base: '/components/schemas/CardData/properties/AllowedProduct', usedBy: ['POST /payment'] });
    expectChange(report, { id: 'response-body-optional-property-removed', level: 'breaking', base: '/components/schemas/CardData/properties/AllowedProduct', usedBy: ['POST /payment'] });
  },

  'amazon-sp-api/fulfillmentOutbound_2020-07-01.v-old.json': (report) => {
    const offerings = '/paths/~1fba~1outbound~12020-07-01~1deliveryOfferings';
    expectChange(report, { id: 'operation-removed', level: 'breaking', base: `${offerings}/post`, revision: offerings });
    expect(messagesOf(report, 'operation-removed')).toEqual(['operation POST /fba/outbound/2020-07-01/deliveryOfferings was removed without being deprecated first']);
    // The removed DeliveryOffering schemas served only the removed operation.
    expect(changesUnder(report, '/definitions/DeliveryOffering')).toEqual([]);

    expectChange(report, {
      id: 'response-body-optional-property-removed',
      level: 'breaking',
      message: "skuInfo' was removed",
      base: '/definitions/GetFeatureSkuResult/properties/skuInfo',
      usedBy: ['GET /fba/outbound/2020-07-01/features/inventory/{featureName}/{sellerSku}'],
    });
    expect(enumValuesAt(report, 'response-body-enum-value-added', '/definitions/EventCode/enum')).toEqual(['EVENT_801', 'EVENT_804']);
    expectChange(report, { id: 'response-body-enum-value-added', level: 'warning', revision: '/definitions/EventCode/enum/33' });
  },

  'amazon-sp-api/ordersV0.v-old.json': (report) => {
    expectChange(report, {
      id: 'response-body-optional-property-removed',
      level: 'breaking',
      message: "ExportInfo' was removed",
      base: '/definitions/OrderItem/properties/ExportInfo',
      revision: '/definitions/OrderItem/properties',
      usedBy: ['GET /orders/v0/orders/{orderId}/orderItems'],
    });
    // The manifest note leaves out that Address lost `required: [Name]`.
    expectChange(report, { id: 'response-body-property-became-optional', level: 'breaking', base: '/definitions/Address/required/0', revision: '/definitions/Address/properties/Name' });
    expect(report.changes.filter((change) => change.area === 'paths' || change.id.startsWith('operation-removed'))).toEqual([]);
  },

  'asyncapi-spec/v2/streetlights-kafka.v-old.yml': (report) => {
    expect(report.changes.map((change) => [change.id, change.level, change.direction, change.message])).toEqual([
      ['asyncapi-server-removed', 'warning', 'consumer', "server 'test' was removed"],
      ['operation-binding-changed', 'warning', 'consumer', "the kafka binding 'clientId' of operation trait 'kafka' changed"],
      ['asyncapi-spec-version-changed', 'info', 'none', 'the AsyncAPI version changed from 2.1.0 to 2.6.0'],
      ['asyncapi-server-added', 'info', 'none', "server 'scram-connections' was added"],
      ['asyncapi-server-added', 'info', 'none', "server 'mtls-connections' was added"],
    ]);
    const clientId = '/components/operationTraits/kafka/bindings/kafka/clientId';
    expectChange(report, { id: 'operation-binding-changed', level: 'warning', base: clientId, revision: clientId, usedBy: ['smartylighting.streetlights.1.0.action.{streetlightId}.dim'] });
  },

  'avalara/avatax-rest-v2.v-old.json': (report) => {
    expectChange(report, {
      id: 'request-body-property-became-required',
      level: 'breaking',
      message: "lines' became required",
      base: '/definitions/CreateTransactionModel/properties/lines',
      revision: '/definitions/CreateTransactionModel/required/0',
      usedBy: ['POST /api/v2/transactions/create', 'POST /api/v2/transactions/createoradjust'],
    });

    // The manifest note lists GET .../filings/{filingId}/attachment as removed. The revision has
    // the same operation at .../filings/{filingReturnId}/attachment, whose path parameter has the
    // same type and format, so the path parameter was only renamed, which is no change. The engine
    // pairs the two paths: the default of the X-Avalara-Client header is compared across them.
    expect(messagesOf(report, 'path-removed')).toEqual([]);
    expect(report.changes.filter((change) => change.id.startsWith('operation-removed'))).toEqual([]);
    const attachment = 'GET /api/v2/companies/{companyId}/filings/{filingReturnId}/attachment';
    const onAttachment = report.changes.filter((change) => change.usedBy?.includes(attachment) === true);
    expect(onAttachment.map((change) => change.id)).toEqual(['request-parameter-default-changed']);
    expect(onAttachment[0].base?.pointer).toBe('/paths/~1api~1v2~1companies~1{companyId}~1filings~1{filingId}~1attachment/get/parameters/3/default');
    expect(onAttachment[0].revision?.pointer).toBe('/paths/~1api~1v2~1companies~1{companyId}~1filings~1{filingReturnId}~1attachment/get/parameters/3/default');

    // CreateMultiCompanyTransactionModel was removed, but no path of the base referred to it.
    expect(report.changes.filter((change) => JSON.stringify(change).includes('MultiCompany'))).toEqual([]);

    const jurisdictionType = '/definitions/JurisdictionModel/properties/type/enum';
    expectChange(report, { id: 'request-body-enum-value-removed', level: 'breaking', message: "enum value 'Composite' was removed", base: `${jurisdictionType}/1`, usedBy: ['POST /api/v2/accounts/{accountId}/jurisdictionoverrides'] });
    expectChange(report, { id: 'response-body-enum-value-removed', level: 'info', message: "enum value 'Composite' was removed", base: `${jurisdictionType}/1` });

    // ErrorDetail.code, by hand: 195 values before, 239 after, 9 removed, 53 added.
    const errorCode = '/definitions/ErrorDetail/properties/code/enum';
    expect(enumValuesAt(report, 'response-body-enum-value-removed', errorCode)).toEqual([
      'AddressIncomplete', 'CannotChangeCompanyCode', 'CertCaptureError', 'CertCaptureFieldValidationError', 'CertCaptureNotConfiguredError',
      'InvalidCertCaptureOperation', 'NullRefundPercentageAndLines', 'TaxRateNotAvailableForFreeInThisCountry', 'TooManyTransactionLines',
    ]);
    expect(enumValuesAt(report, 'response-body-enum-value-added', errorCode)).toHaveLength(53);
    expectChange(report, { id: 'response-body-enum-value-added', level: 'warning', message: "enum value 'MaxStringLengthError' was added", base: errorCode, revision: `${errorCode}/12` });

    // The note counts 47 new operations, but the files have 271 and 317. All 46 new ones are on 34 new paths.
    expect(messagesOf(report, 'path-added')).toHaveLength(34);
    expect(messagesOf(report, 'operation-added')).toEqual([]);
  },

  'bigcommerce/orders.v3.v-old.yml': (report) => {
    expect(messagesOf(report, 'path-added')).toEqual([
      'path /orders/{order_id}/payment_actions/capture was added',
      'path /orders/{order_id}/payment_actions/void was added',
    ]);
    // The server no longer reads this request property, which is a warning, so the pair passes the default gate.
    expectChange(report, {
      id: 'request-body-required-property-removed',
      level: 'warning',
      message: "order_id' was removed",
      base: '/definitions/RefundRequest_Post/properties/order_id',
      revision: '/definitions/RefundRequest_Post/properties',
      usedBy: ['POST /orders/payment_actions/refunds', 'POST /orders/{order_id}/payment_actions/refunds'],
    });
    expect(report.summary.breaking).toBe(0);
  },

  'medusa/store.openapi.full.v-old.yaml': (report) => {
    // The note counts 37 removed operations: 36 sit on the 33 removed paths, and the 37th is the
    // deprecated GET /store/customers/me/payment-methods.
    expect(messagesOf(report, 'path-removed')).toEqual([
      '/store/auth', '/store/auth/token', '/store/auth/{email}', '/store/carts/{id}/discounts/{code}', '/store/carts/{id}/payment-session',
      '/store/carts/{id}/payment-sessions', '/store/carts/{id}/payment-sessions/{provider_id}', '/store/carts/{id}/payment-sessions/{provider_id}/refresh',
      '/store/customers/me/orders', '/store/customers/password-reset', '/store/customers/password-token', '/store/gift-cards/{code}',
      '/store/order-edits/{id}', '/store/order-edits/{id}/complete', '/store/order-edits/{id}/decline', '/store/orders/batch/customer/token',
      '/store/orders/cart/{cart_id}', '/store/orders/customer/confirm', '/store/payment-collections/{id}', '/store/payment-collections/{id}/sessions',
      '/store/payment-collections/{id}/sessions/batch', '/store/payment-collections/{id}/sessions/batch/authorize',
      '/store/payment-collections/{id}/sessions/{session_id}', '/store/payment-collections/{id}/sessions/{session_id}/authorize',
      '/store/product-tags', '/store/product-types', '/store/products/search', '/store/returns', '/store/shipping-options/{cart_id}', '/store/swaps',
      '/store/swaps/{cart_id}', '/store/variants', '/store/variants/{id}',
    ].map((route) => `path ${route} was removed`).sort());
    expect(messagesOf(report, 'operation-removed-after-deprecation')).toEqual(['deprecated operation GET /store/customers/me/payment-methods was removed']);
    expect(messagesOf(report, 'operation-removed')).toEqual([]);
    expectChange(report, { id: 'path-removed', level: 'breaking', base: '/paths/~1store~1auth', revision: '/paths' });

    expectChange(report, {
      id: 'parameter-added-required',
      level: 'breaking',
      message: "required query parameter 'cart_id' was added",
      base: '/paths/~1store~1shipping-options/get/parameters',
      usedBy: ['GET /store/shipping-options'],
    });

    expectChange(report, { id: 'response-body-required-property-removed', level: 'breaking', base: '/components/schemas/Order/properties/cart_id', usedBy: ['GET /store/orders/{id}'] });
    expectChange(report, { id: 'response-body-optional-property-removed', level: 'breaking', base: '/components/schemas/Order/properties/claims', usedBy: ['GET /store/orders/{id}'] });

    // Return.status lost 'requires_action', but POST /store/returns, the only operation that
    // returned a Return, was removed with its path, so the enum is not compared.
    expect(changesUnder(report, '/components/schemas/Return')).toEqual([]);
  },

  'paypal/checkout_orders_v2.v-old.json': (report) => {
    // The note counts 38 removed properties of component schemas. 16 are `issues` and
    // `information_link` of the shared error_NNN schemas. The other 22 are `issues` of
    // per-operation schemas such as orders.patch-400, which each response combines with its
    // error_NNN schema in an allOf. So each response loses one `issues` property, reported once at
    // error_NNN with every operation that uses it.
    const removed = report.changes
      .filter((change) => change.id === 'response-body-optional-property-removed')
      .map((change) => change.base!.pointer)
      .sort();
    const statuses = ['400', '401', '403', '404', '409', '415', '422', '500', '503'];
    expect(removed).toEqual([
      ...statuses.map((status) => `/components/schemas/error_${status}/properties/information_link`),
      ...statuses.filter((status) => !['500', '503'].includes(status)).map((status) => `/components/schemas/error_${status}/properties/issues`),
    ].sort());
    expectChange(report, {
      id: 'response-body-optional-property-removed',
      level: 'breaking',
      message: "issues' was removed",
      base: '/components/schemas/error_400/properties/issues',
      usedBy: ['PATCH /v2/checkout/orders/{id}', 'POST /v2/checkout/orders/{id}/authorize'],
    });

    for (const pointer of ['/components/schemas/shipping_type/enum', '/components/schemas/shipping_detail/properties/type/enum']) {
      expect(enumValuesAt(report, 'response-body-enum-value-added', pointer)).toEqual(['PICKUP_FROM_PERSON', 'PICKUP_IN_STORE']);
      expect(enumValuesAt(report, 'request-body-enum-value-added', pointer)).toEqual(['PICKUP_FROM_PERSON', 'PICKUP_IN_STORE']);
    }
    expectChange(report, { id: 'response-body-enum-value-added', level: 'warning', message: "'PICKUP_IN_STORE' was added", usedBy: ['GET /v2/checkout/orders/{id}'] });
    expectChange(report, { id: 'request-body-enum-value-added', level: 'info', message: "'PICKUP_IN_STORE' was added", usedBy: ['POST /v2/checkout/orders'] });
  },

  'spree/storefront.index.v-old.yaml': (report) => {
    expect(messagesOf(report, 'operation-removed')).toEqual(['operation PUT /api/v2/storefront/wishlists/{token} was removed without being deprecated first']);
    expectChange(report, { id: 'operation-removed', level: 'breaking', base: '/paths/~1api~1v2~1storefront~1wishlists~1{token}/put' });

    // The note counts 8 newly required parameters. Counting by hand over both parsed files, with
    // path-level and $ref'd parameters, finds 3 in the operations that both versions have. They are
    // these three query parameters, each optional before. No parameter was added as required.
    expect(report.changes.filter((change) => change.id === 'parameter-became-required').map((change) => [change.message, change.usedBy])).toEqual([
      ["query parameter 'country_iso' became required", ['GET /api/v2/storefront/cart/estimate_shipping_rates']],
      ["query parameter 'guest_order_token' became required", ['PATCH /api/v2/storefront/cart/associate']],
      ["query parameter 'new_currency' became required", ['PATCH /api/v2/storefront/cart/change_currency']],
    ]);
    expect(messagesOf(report, 'parameter-added-required')).toEqual([]);
    expectChange(report, { id: 'parameter-became-required', level: 'breaking', base: '/paths/~1api~1v2~1storefront~1cart~1estimate_shipping_rates/get/parameters/0' });

    // The note lists Cart.data and Cart.included as removed. The Cart schema became the resource
    // itself, and the response wraps it in `data` next to an optional `included`. So on the wire,
    // `data` stays and `included` became optional.
    expectChange(report, { id: 'response-body-property-became-optional', level: 'breaking', message: "included' became optional", base: '/components/schemas/Cart/required/1', usedBy: ['GET /api/v2/storefront/cart'] });
    const cartProperties = ['/components/schemas/Cart/properties/data', '/components/schemas/Cart/properties/included'];
    expect(report.changes.filter((change) => change.id.endsWith('-property-removed') && cartProperties.includes(change.base!.pointer))).toEqual([]);
    for (const [index, property] of ['id', 'type', 'attributes'].entries()) {
      expectChange(report, { id: 'response-body-property-became-required', level: 'info', message: `${property}' became required`, revision: `/components/schemas/Cart/required/${index}` });
    }
  },

  'square/api.v-old.json': (report) => {
    // 11 new operations on 8 new paths.
    expect(messagesOf(report, 'path-added')).toEqual([
      '/v2/labor/scheduled-shifts', '/v2/labor/scheduled-shifts/bulk-publish', '/v2/labor/scheduled-shifts/search', '/v2/labor/scheduled-shifts/{id}',
      '/v2/labor/scheduled-shifts/{id}/publish', '/v2/labor/timecards', '/v2/labor/timecards/search', '/v2/labor/timecards/{id}',
    ].map((route) => `path ${route} was added`).sort());
    expect(report.changes.filter((change) => change.id === 'path-removed' || change.id.startsWith('operation-removed'))).toEqual([]);

    expectChange(report, {
      id: 'response-body-optional-property-removed',
      level: 'breaking',
      message: "definition' was removed",
      base: '/components/schemas/LoyaltyProgramRewardTier/properties/definition',
      usedBy: ['GET /v2/loyalty/programs'],
    });
    expectChange(report, {
      id: 'request-body-property-became-required',
      level: 'breaking',
      message: "object_ids' became required",
      base: '/components/schemas/BatchDeleteCatalogObjectsRequest/properties/object_ids',
      revision: '/components/schemas/BatchDeleteCatalogObjectsRequest/required/0',
      usedBy: ['POST /v2/catalog/batch-delete'],
    });
    expect(enumValuesAt(report, 'response-body-enum-value-added', '/components/schemas/ErrorCode/enum')).toEqual([
      'ORDER_UNPAID_NOT_RETURNABLE', 'READER_DECLINED', 'REFUND_ERROR_PAYMENT_NEEDS_COMPLETION',
    ]);
    expect(report.changes.filter((change) => change.id === 'response-body-enum-value-added').every((change) => change.level === 'warning')).toBe(true);

    // The revision dropped 186 schemas. Operations referred to none of them except PaymentSortField,
    // the schema of GET /v2/payments?sort_field, which the revision replaced by an equal schema
    // under another name. So none of them shows up in a change.
    const dropped = droppedSchemas('square/api.v-old.json', 'square/api.v-new.json');
    expect(dropped).toHaveLength(186);
    expect(dropped.flatMap((name) => changesUnder(report, `/components/schemas/${name}`))).toEqual([]);
    expect(report.changes.filter((change) => change.usedBy?.includes('GET /v2/payments') === true && change.message.includes('sort_field'))).toEqual([]);
  },

  'vtex/logistics-api.v-old.json': (report) => {
    // {cep} renamed {postalcode} on the freight values path is no change, so this is the whole report.
    expect(report.changes.map((change) => [change.id, change.level, change.message])).toEqual([
      ['path-removed', 'breaking', 'path /availability/v1/inventory/batch/{batchId}/commit was removed'],
      ['path-added', 'info', 'path /availability/v1/inventory/batch/{batchId}/confirm was added'],
    ]);
  },
};

const PAIRS = readVersionPairs();
const CONTRACT_PAIRS = PAIRS.filter((pair) => pair.kind.startsWith('openapi-') || pair.kind.startsWith('asyncapi-'));

describe('diff of corpus version pairs', () => {
  it('covers every pair of the manifest', () => {
    const contractPairs = CONTRACT_PAIRS.map((pair) => pair.base).filter((base) => base !== EPCIS_OLD);
    expect(contractPairs.sort()).toEqual(Object.keys(PAIR_CHECKS).sort());
    expect(PAIRS.filter((pair) => pair.kind === 'jsonschema').map((pair) => pair.base)).toEqual(['amazon-sp-api/notifications/OrderChangeNotification.v-old.json']);
    expect(PAIRS.map((pair) => pair.revision)).toEqual(PAIRS.map((pair) => pair.base.replace('.v-old.', '.v-new.')));
  });

  it('runs with no waiver file in the corpus folder', () => {
    // With one, the gate could accept changes and the exit codes below would not follow the levels.
    expect(existsSync(path.join(CORPUS_DIR, '.retailgov-waivers.yaml'))).toBe(false);
  });

  it.each(Object.keys(PAIR_CHECKS))('%s finds the noted changes', async (base) => {
    const { report } = await diffPair(base, base.replace('.v-old.', '.v-new.'));
    PAIR_CHECKS[base](report);
  });

  it('rejects the EPCIS draft on the base side', async () => {
    const run = await diff(EPCIS_OLD, EPCIS_NEW);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: base: gs1-epcis\/epcis-openapi\.v-old\.yaml:2038:15: invalid YAML: .+\nFix the YAML syntax at that position\.\n$/);
    expect(lineOf(EPCIS_OLD, 2038).charAt(14)).toBe('}');
  });

  it('rejects the EPCIS draft on the revision side', async () => {
    const run = await diff(EPCIS_NEW, EPCIS_OLD);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error: revision: gs1-epcis\/epcis-openapi\.v-old\.yaml:2038:15: invalid YAML: /);
  });

  // diff compares canonical models only inside estates, so this test compares the two schema files
  // the way an estate comparison does, as versions of one model.
  it('rates the OrderChangeNotification enum widening', () => {
    const stem = path.join(CORPUS_DIR, 'amazon-sp-api/notifications/OrderChangeNotification');
    const [base, revision] = [`${stem}.v-old.json`, `${stem}.v-new.json`].map((file) => readSourceFile(file, CORPUS_DIR));
    const collector = new ChangeCollector();
    const compatibility = compareModel('order-change', base, revision, collector);
    const changes = collector.changes();

    // Readers of the new version read every old notification, but old readers may meet DeliveryTipChange.
    expect(compatibility).toEqual({ backward: true, forward: false, full: false });
    expect(changes.map((change) => [change.id, change.direction])).toEqual([['model-enum-value-added', 'consumer']]);
    expect(changes[0].message).toMatch(/^enum value 'DeliveryTipChange' was added to property '.*OrderChangeType'$/);
    const [widening] = changes;
    expect(widening.level).toBe(CATALOGUE.get('model-enum-value-added')!.level);
    expect(widening.base?.pointer).toMatch(/\/OrderChangeType\/enum$/);
    expect(widening.revision?.pointer).toMatch(/\/OrderChangeType\/enum\/1$/);
    expect(lineOf('amazon-sp-api/notifications/OrderChangeNotification.v-new.json', widening.revision!.line)).toContain('DeliveryTipChange');
  });
});

describe('diff of two estates around the OrderChangeNotification schema', () => {
  it('reports the model as backward but not forward compatible', async () => {
    const stem = path.join(CORPUS_DIR, 'amazon-sp-api/notifications/OrderChangeNotification');
    const estate = (version: string) => writeWorkspace({
      'ownership.yaml': [
        'retailgov: 1',
        'teams:',
        '  - id: marketplaces',
        'systems:',
        '  - id: marketplace',
        '    kind: marketplace',
        '    layer: system',
        '    owner: marketplaces',
        'objects:',
        '  - id: order',
        '    kind: order',
        '    owner: marketplace',
        '    model: order-change',
        'canonicalModels:',
        '  - id: order-change',
        '    object: order',
        `    version: ${version}`,
        '    schema: models/order-change.json',
        '',
      ].join('\n'),
      'models/order-change.json': readFileSync(`${stem}.${version === '1.0.0' ? 'v-old' : 'v-new'}.json`, 'utf8'),
    });
    const run = await runCli(['diff', estate('1.0.0'), estate('1.1.0'), '--format', 'json', '--fail-on', 'none']);
    expect(run.stderr).not.toMatch(/error/);
    const report = JSON.parse(run.stdout) as { changes: Array<{ id: string }>; summary: { compatibility?: Record<string, unknown> } };
    expect(report.summary.compatibility).toEqual({ 'order-change': { backward: true, forward: false, full: false } });
    expect(report.changes.map((change) => change.id)).toContain('model-enum-value-added');
  });
});

const CONTRACT_FILES = readCorpusManifest()
  .filter((entry) => entry.kind.startsWith('openapi-') || entry.kind.startsWith('asyncapi-'))
  .map((entry) => entry.file);

describe('diff of each corpus contract with itself', () => {
  it.each(CONTRACT_FILES.filter((file) => !(file in INVALID_INPUT)))('%s has no changes', async (file) => {
    const run = await diff(file, file);
    expect(run.stderr).not.toMatch(/^error|internal error/m);
    expect(run.report?.changes).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it.each(Object.entries(INVALID_INPUT))('%s is invalid input', async (file, problem) => {
    expect(CONTRACT_FILES).toContain(file);
    const run = await diff(file, file);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(`error: base: ${file}:`)).toBe(true);
    expect(run.stderr).toMatch(problem);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('names the revision side of a fragment', async () => {
    const fragment = 'asyncapi-spec/v3/social-media/common/servers.yaml';
    const run = await diff('asyncapi-spec/v3/social-media/frontend/asyncapi.yaml', fragment);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.startsWith(`error: revision: ${fragment}:1:1: not an OpenAPI or AsyncAPI document`)).toBe(true);
  });
});

describe('diff gate on corpus pairs', () => {
  const expectedExit: Record<string, number> = {
    'adyen/CheckoutService-v71.v-old.json': 1,
    'adyen/TerminalAPI-v1.v-old.json': 1,
    'amazon-sp-api/fulfillmentOutbound_2020-07-01.v-old.json': 1,
    'amazon-sp-api/ordersV0.v-old.json': 1,
    'asyncapi-spec/v2/streetlights-kafka.v-old.yml': 0,
    'avalara/avatax-rest-v2.v-old.json': 1,
    'bigcommerce/orders.v3.v-old.yml': 0,
    'medusa/store.openapi.full.v-old.yaml': 1,
    'paypal/checkout_orders_v2.v-old.json': 1,
    'spree/storefront.index.v-old.yaml': 1,
    'square/api.v-old.json': 1,
    'vtex/logistics-api.v-old.json': 1,
  };

  it.each(Object.entries(expectedExit))('%s exits %i by default', async (base, exitCode) => {
    const run = await diff(base, base.replace('.v-old.', '.v-new.'));
    expect(run.exitCode).toBe(exitCode);
  });

  const breakingPairs = Object.keys(expectedExit).filter((base) => expectedExit[base] === 1);

  it.each(breakingPairs)('%s exits 0 with --fail-on none', async (base) => {
    const revision = base.replace('.v-old.', '.v-new.');
    const gated = await diff(base, revision);
    const ungated = await diff(base, revision, '--fail-on', 'none');
    expect(ungated.report?.summary.breaking).toBeGreaterThan(0);
    expect(ungated.exitCode).toBe(0);
    expect(ungated.report).toEqual(gated.report);
  });

  it('fails a pair of warnings with --fail-on warning', async () => {
    const base = 'asyncapi-spec/v2/streetlights-kafka.v-old.yml';
    const run = await diff(base, base.replace('.v-old.', '.v-new.'), '--fail-on', 'warning');
    expect(run.report?.summary).toMatchObject({ breaking: 0, warning: 2 });
    expect(run.exitCode).toBe(1);
  });
});
