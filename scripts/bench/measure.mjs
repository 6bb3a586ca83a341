// Preloaded into the anchors' processes with `node --import`: records the peak resident set size
// through record-rss.mjs, and makes any network call fail, so neither Spectral nor Redocly can
// fetch a remote $ref or send usage data while it is measured.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import './record-rss.mjs';

function blocked(what) {
  return () => {
    throw new Error(`network access blocked during the benchmark: ${what}`);
  };
}

globalThis.fetch = async () => {
  throw new Error('network access blocked during the benchmark: fetch');
};
for (const [module, name] of [[http, 'http'], [https, 'https']]) {
  module.request = blocked(`${name}.request`);
  module.get = blocked(`${name}.get`);
}
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
tls.connect = blocked('tls.connect');
dns.lookup = (hostname, _options, callback) => {
  const done = typeof _options === 'function' ? _options : callback;
  done(new Error(`network access blocked during the benchmark: dns.lookup ${hostname}`));
};
