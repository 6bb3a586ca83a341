import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does for one path. */
export type Route =
  | { body: string; contentType?: string; status?: number; chunked?: boolean }
  | { redirect: string; status?: number }
  | { hang: true };

/** An HTTP server on 127.0.0.1 that serves fixed documents and records every request. */
export interface SchemaServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string;
  port: number;
  /** Request paths in arrival order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 with a free port. A `hang` route accepts the request and never
 * sends a response, and `close` drops such connections.
 */
export async function startSchemaServer(routes: Record<string, Route> = {}): Promise<SchemaServer> {
  const routeMap = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const route = routeMap.get(url);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } else if ('hang' in route) {
      // No response at all: the client must give up on its own.
    } else if ('redirect' in route) {
      response.writeHead(route.status ?? 302, { location: route.redirect }).end();
    } else if (route.chunked === true) {
      // No content-length: the body arrives in chunks, so only counting bytes can stop it.
      response.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/yaml' });
      const chunkSize = 1024;
      for (let offset = 0; offset < route.body.length; offset += chunkSize) response.write(route.body.slice(offset, offset + chunkSize));
      response.end();
    } else {
      response.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/yaml', 'content-length': Buffer.byteLength(route.body) });
      response.end(route.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    routes: routeMap,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
