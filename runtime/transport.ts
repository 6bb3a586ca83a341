/** The HTTP transport adapters send requests through; fetch by default, replaceable in tests. */
import { InvalidRequestError } from './exceptions.js';
import { hostFetch, type AbortSignalLike } from './platform.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  signal?: AbortSignalLike;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** Sends one request. Rejects on a network error or when `request.signal` aborts. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

/** Sends requests with the host's fetch. */
export const fetchTransport: Transport = async (request) => {
  const fetch = hostFetch();
  if (fetch === undefined) throw new InvalidRequestError('this JavaScript host has no fetch; pass a transport to the client');
  // fetch rejects a relative URL with the same TypeError as a network failure, which would be retried.
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(request.url)) {
    throw new InvalidRequestError(`request URL '${request.url}' is not absolute; pass an absolute baseUrl or baseUrls entry to the client`);
  }
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, headers, body: await response.text() };
};

/** Returns the value of header `name`, compared without case. */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) return headers[key];
  return undefined;
}
