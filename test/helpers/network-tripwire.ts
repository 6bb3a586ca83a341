import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { vi } from 'vitest';

/** The network calls attempted while the tripwire was set, as `api target` strings. */
export interface NetworkTripwire {
  attempts: string[];
  restore(): void;
}

/**
 * Replaces the Node.js functions that open connections or look up host names with spies that
 * record the attempt and throw, so an in-process test can prove that no request was made.
 */
export function setNetworkTripwire(): NetworkTripwire {
  const attempts: string[] = [];
  const block = (api: string) => (...args: unknown[]): never => {
    attempts.push(`${api} ${String(args[0] instanceof URL || typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]))}`);
    throw new Error(`network access is blocked in this test (${api})`);
  };
  const spies = [
    vi.spyOn(globalThis, 'fetch').mockImplementation(block('fetch')),
    vi.spyOn(http, 'request').mockImplementation(block('http.request')),
    vi.spyOn(http, 'get').mockImplementation(block('http.get')),
    vi.spyOn(https, 'request').mockImplementation(block('https.request')),
    vi.spyOn(https, 'get').mockImplementation(block('https.get')),
    vi.spyOn(net, 'connect').mockImplementation(block('net.connect')),
    vi.spyOn(net, 'createConnection').mockImplementation(block('net.createConnection')),
    vi.spyOn(tls, 'connect').mockImplementation(block('tls.connect')),
    vi.spyOn(dns, 'lookup').mockImplementation(block('dns.lookup')),
  ];
  return { attempts, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}
