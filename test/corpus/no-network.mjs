// Preloaded with `node --import` into CLI runs of the corpus tests. It replaces the Node.js functions
// that open connections or look up host names (fetch, http, https, http2, net, tls, dns.lookup) with
// a function that writes NETWORK_MARKER to stderr and throws, so a test can prove that linting a
// contract makes no network request through them.
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const NETWORK_MARKER = 'RETAILGOV-TEST-NETWORK-ATTEMPT';

/** Describes the first argument of a blocked call: a URL, host or options object. */
function describeTarget(value) {
  if (typeof value === 'string' || value instanceof URL) return String(value);
  try {
    return JSON.stringify(value ?? null);
  } catch {
    return typeof value;
  }
}

function block(api) {
  return function blocked(...args) {
    const target = describeTarget(args[0]);
    process.stderr.write(`${NETWORK_MARKER} ${api} ${target}\n`);
    throw new Error(`network access is blocked in this test run (${api})`);
  };
}

globalThis.fetch = block('fetch');
http.request = block('http.request');
http.get = block('http.get');
https.request = block('https.request');
https.get = block('https.get');
http2.connect = block('http2.connect');
net.connect = block('net.connect');
net.createConnection = block('net.createConnection');
net.Socket.prototype.connect = block('net.Socket.connect');
tls.connect = block('tls.connect');
dns.lookup = block('dns.lookup');
dns.promises.lookup = block('dns.promises.lookup');
// Named ESM imports of built-in modules (`import { request } from 'node:http'`) see the
// replacements only after this call.
syncBuiltinESMExports();
