/** Serialisation of HTTP requests and parsing of responses for generated operations. */
import { InvalidRequestError } from './exceptions.js';
import type { HttpResponse } from './transport.js';

/** A declared parameter: where it goes and how OpenAPI serialises it. */
export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  /** OpenAPI `style`; defaults: `simple` for path and header, `form` for query and cookie. */
  style?: string;
  /** OpenAPI `explode`; defaults to true for `form`, false otherwise. */
  explode?: boolean;
}

/** Separators of non-exploded arrays by OpenAPI style; `form` and `simple` use commas. */
const SEPARATORS: Readonly<Record<string, string>> = { spaceDelimited: ' ', pipeDelimited: '|' };

/** Reads an own property, so that names such as `__proto__` or `constructor` never reach the prototype. */
export function ownValue(container: object | undefined, key: string): unknown {
  if (container === undefined || container === null) return undefined;
  return Object.prototype.hasOwnProperty.call(container, key) ? (container as Record<string, unknown>)[key] : undefined;
}

function scalarText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Joins a server URL and an operation path with exactly one slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Fills the `{name}` templates of a path with the percent-encoded values; throws TypeError for a missing one. */
export function expandPath(template: string, values: object | undefined): string {
  return template.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
    const value = ownValue(values, name);
    if (value === undefined || value === null) throw new TypeError(`path parameter '${name}' is missing`);
    const parts = Array.isArray(value) ? value.map(scalarText) : [scalarText(value)];
    return parts.map((part) => encodeURIComponent(part)).join(',');
  });
}

/** Encodes the query parameters of `specs` found in `values`, without the leading `?`. */
export function encodeQuery(specs: readonly ParameterSpec[], values: object | undefined): string {
  const pairs: string[] = [];
  const add = (name: string, value: unknown): void => {
    pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(scalarText(value))}`);
  };
  for (const spec of specs) {
    if (spec.in !== 'query') continue;
    const value = ownValue(values, spec.name);
    if (value === undefined) continue;
    const style = spec.style ?? 'form';
    const explode = spec.explode ?? style === 'form';
    if (Array.isArray(value)) {
      if (explode) for (const item of value) add(spec.name, item);
      else add(spec.name, value.map(scalarText).join(SEPARATORS[style] ?? ','));
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).filter(([, item]) => item !== undefined);
      if (style === 'deepObject') for (const [key, item] of entries) add(`${spec.name}[${key}]`, item);
      else if (explode) for (const [key, item] of entries) add(key, item);
      else add(spec.name, entries.flat().map(scalarText).join(','));
    } else {
      add(spec.name, value);
    }
  }
  return pairs.join('&');
}

/** Returns the header and cookie parameters of `specs` as header name-value pairs. */
export function encodeHeaders(specs: readonly ParameterSpec[], headers: object | undefined, cookies: object | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  const cookiePairs: string[] = [];
  for (const spec of specs) {
    if (spec.in === 'header') {
      const value = ownValue(headers, spec.name);
      if (value !== undefined) result[spec.name] = Array.isArray(value) ? value.map(scalarText).join(',') : scalarText(value);
    } else if (spec.in === 'cookie') {
      const value = ownValue(cookies, spec.name);
      if (value !== undefined) cookiePairs.push(`${spec.name}=${encodeURIComponent(scalarText(value))}`);
    }
  }
  if (cookiePairs.length > 0) result.Cookie = cookiePairs.join('; ');
  return result;
}

/** An HTTP field name is a token (RFC 9110, section 5.1): visible ASCII except delimiters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Returns whether `name` is a valid HTTP header name. */
export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

/** Returns the characters of `name` that an HTTP header name may not contain, each once, in order. */
export function invalidHeaderNameCharacters(name: string): string[] {
  return [...new Set([...name].filter((character) => !TOKEN.test(character)))];
}

/**
 * Throws InvalidRequestError for a header that no HTTP stack sends: a name that is not a token, or
 * a value with a line break, a NUL or a character beyond U+00FF (fetch sends header values as bytes).
 */
export function checkHeaders(headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!isHeaderName(name)) {
      const characters = invalidHeaderNameCharacters(name).map((character) => JSON.stringify(character)).join(', ');
      const problem = name === '' ? 'it is empty' : `it contains ${characters}`;
      throw new InvalidRequestError(`invalid HTTP header name ${JSON.stringify(name)}: ${problem}, but a header name may contain only letters, digits and !#$%&'*+-.^_\`|~`);
    }
    if (/[\0\r\n]|[^\u0000-\u00ff]/.test(value)) {
      throw new InvalidRequestError(`invalid value of HTTP header ${JSON.stringify(name)}: it contains a line break, a NUL or a character beyond U+00FF; encode the value first`);
    }
  }
}

/** Returns whether a media type carries JSON: `application/json` or any `+json` type. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json') || essence === '*/*';
}

/** Encodes a request body for its media type: JSON, form fields, text, or bytes as given. */
export function encodeBody(mediaType: string | undefined, body: unknown): string | Uint8Array {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (mediaType !== undefined && /^application\/x-www-form-urlencoded/i.test(mediaType) && typeof body === 'object' && body !== null) {
    return Object.entries(body)
      .filter(([, value]) => value !== undefined)
      .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${encodeURIComponent(key)}=${encodeURIComponent(scalarText(item))}`))
      .join('&');
  }
  if (mediaType !== undefined && /^text\//i.test(mediaType)) return String(body);
  return JSON.stringify(body);
}

/** Parses a response body: JSON when the content type is JSON (or missing) and the text parses, else the text; undefined when empty. */
export function parseBody(response: HttpResponse): unknown {
  if (response.body === '') return undefined;
  const contentType = response.headers['content-type'];
  if (isJsonMediaType(contentType) || contentType === undefined) {
    try {
      return JSON.parse(response.body);
    } catch {
      return response.body;
    }
  }
  return response.body;
}
