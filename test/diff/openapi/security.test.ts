import { describe, expect, it } from 'vitest';
import { diffTexts, idsOf } from './pair.js';

/** Returns a payments API with the given top-level and operation `security`; undefined leaves the member out. */
function payments(requirement?: string, operationSecurity?: string): string {
  return `openapi: 3.0.3
info: {title: Payments API, version: 1.0.0}
${requirement === undefined ? '' : `security: ${requirement}\n`}paths:
  /refunds:
    post:
${operationSecurity === undefined ? '' : `      security: ${operationSecurity}\n`}      responses:
        '201': {description: The refund was booked}
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
    mtls: {type: mutualTLS}
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example-retail.com/token
          scopes: {refunds:read: Read refunds, refunds:write: Book refunds}
`;
}

describe('security requirements', () => {
  const cases: Array<[string, string | undefined, string | undefined, string[]]> = [
    ['an open API that requires a key', undefined, '[{apiKey: []}]', ['security-requirement-added']],
    ['a key no longer required', '[{apiKey: []}]', '[]', ['security-requirement-removed']],
    ['anonymous access added as an alternative', '[{apiKey: []}]', '[{apiKey: []}, {}]', ['security-requirement-removed']],
    ['a second scheme required with the first', '[{apiKey: []}]', '[{apiKey: [], mtls: []}]', ['security-requirement-added']],
    ['one of two combined schemes dropped', '[{apiKey: [], mtls: []}]', '[{apiKey: []}]', ['security-requirement-removed']],
    ['an alternative offered', '[{apiKey: []}]', '[{apiKey: []}, {mtls: []}]', ['security-alternative-added']],
    ['an alternative withdrawn', '[{apiKey: []}, {mtls: []}]', '[{mtls: []}]', ['security-alternative-removed']],
    ['one scheme swapped for another', '[{apiKey: []}]', '[{mtls: []}]', ['security-alternative-added', 'security-alternative-removed']],
    ['a scope added', '[{oauth: [refunds:read]}]', '[{oauth: [refunds:read, refunds:write]}]', ['security-scope-added']],
    ['alternatives reordered', '[{apiKey: []}, {mtls: []}]', '[{mtls: []}, {apiKey: []}]', []],
    ['scopes reordered', '[{oauth: [refunds:read, refunds:write]}]', '[{oauth: [refunds:write, refunds:read]}]', []],
    ['one scheme with scopes per alternative', '[{oauth: [refunds:read]}, {oauth: [refunds:write]}]', '[{oauth: [refunds:write]}, {oauth: [refunds:read]}]', []],
    ['a scope alternative offered', '[{oauth: [refunds:read]}]', '[{oauth: [refunds:read]}, {oauth: [refunds:write]}]', ['security-alternative-added']],
  ];

  it.each(cases)('%s', async (_title, base, revision, expected) => {
    expect(idsOf(await diffTexts(payments(base), payments(revision)))).toEqual(expected);
  });

  it('names the scheme and scope in messages', async () => {
    const changes = await diffTexts(payments('[{oauth: [refunds:read]}]'), payments('[{oauth: [refunds:read, refunds:write]}]'));
    expect(changes.map((change) => [change.level, change.message])).toEqual([
      ['breaking', "the API now requires scope 'refunds:write' of security scheme 'oauth'"],
    ]);
  });

  it('compares an operation override against the top level', async () => {
    const changes = await diffTexts(payments('[{apiKey: []}]', '[{oauth: [refunds:write]}]'), payments('[{apiKey: []}]'));
    expect(idsOf(changes)).toEqual(['security-alternative-added', 'security-alternative-removed']);
    expect(changes.every((change) => change.usedBy?.[0] === 'POST /refunds')).toBe(true);
    expect(changes.map((change) => change.message)).toContain("operation POST /refunds no longer accepts 'oauth'");
  });

  it('ignores an override equal to the top level', async () => {
    expect(await diffTexts(payments('[{apiKey: []}]'), payments('[{apiKey: []}]', '[{apiKey: []}]'))).toEqual([]);
  });
});

describe('security schemes', () => {
  it('reports a changed token URL as a warning', async () => {
    const changes = await diffTexts(payments(), payments().replace('https://auth.example-retail.com/token', 'https://login.example-retail.com/token'));
    expect(changes.map((change) => [change.id, change.level])).toEqual([['oauth-flow-url-changed', 'warning']]);
    expect(changes[0].base?.pointer).toBe('/components/securitySchemes/oauth/flows/clientCredentials/tokenUrl');
  });

  it('ignores the case of an API key header', async () => {
    expect(await diffTexts(payments(), payments().replace('name: X-Api-Key', 'name: x-api-key'))).toEqual([]);
  });

  it('reads a 2.0 basic scheme as HTTP basic', async () => {
    const swagger = "swagger: '2.0'\ninfo: {title: Payments API, version: 1.0.0}\npaths: {}\nsecurityDefinitions:\n  backOffice: {type: basic}\n";
    const basic = 'openapi: 3.0.3\ninfo: {title: Payments API, version: 1.0.0}\npaths: {}\ncomponents:\n  securitySchemes:\n    backOffice: {type: http, scheme: basic}\n';
    expect(idsOf(await diffTexts(swagger, basic))).toEqual(['openapi-version-changed']);
    const changes = await diffTexts(swagger, basic.replace('scheme: basic', 'scheme: bearer'));
    expect(changes.find((change) => change.id === 'security-scheme-type-changed')?.message).toBe(
      "security scheme 'backOffice' changed from HTTP basic authentication to HTTP bearer authentication",
    );
  });
});
