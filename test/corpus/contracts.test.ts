import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CORPUS_DIR, readCorpusManifest } from '../helpers/corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPOSITORY = path.resolve(HERE, '../..');
const LAUNCHER = path.join(REPOSITORY, 'bin/retailgov.js');
const NO_NETWORK_PRELOAD = pathToFileURL(path.join(HERE, 'no-network.mjs')).href;
/**
 * Line prefix that the preload writes before it throws. Written out here rather than imported,
 * because importing the preload would disable the network in the test runner itself.
 */
const NETWORK_MARKER = 'RETAILGOV-TEST-NETWORK-ATTEMPT';

/** A run that takes longer than this is killed and fails its test as a hang. */
const RUN_TIMEOUT_MS = 60_000;
/** Child processes at once: the CI machine has two cores. */
const CONCURRENCY = 2;

/**
 * Files that lint must reject with exit 2, each because the file itself is broken:
 * - the social-media `common/` files are fragments that the backend and frontend documents
 *   reference: each is a bare map of messages, parameters, schemas or servers with no `asyncapi`
 *   version key, so none is a document of its own;
 * - the EPCIS draft closes a multi-line flow collection (`example: [{ ... }]`, line 2038) at the
 *   indentation of its parent key, which YAML 1.2 forbids: flow content inside a block mapping
 *   must be indented deeper than the key.
 */
const EXPECTED_INVALID = new Set([
  'asyncapi-spec/v3/social-media/common/messages.yaml',
  'asyncapi-spec/v3/social-media/common/parameters.yaml',
  'asyncapi-spec/v3/social-media/common/schemas.yaml',
  'asyncapi-spec/v3/social-media/common/servers.yaml',
  'gs1-epcis/epcis-openapi.v-old.yaml',
]);

const CONTRACTS = readCorpusManifest()
  .filter((entry) => entry.kind.startsWith('openapi-') || entry.kind.startsWith('asyncapi-'))
  .map((entry) => entry.file);

interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs the built CLI in a child process with every network entry point replaced by a tripwire. */
function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], {
      cwd: REPOSITORY,
      env: { ...process.env, NODE_OPTIONS: `--import=${NO_NETWORK_PRELOAD}`, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, stdout, stderr: `${stderr}spawn failed: ${error.message}\n`, timedOut });
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr, timedOut });
    });
  });
}

/** Returns a function that runs tasks with at most `concurrency` of them at once, in call order. */
function createLimiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active -= 1;
    waiting.shift()?.();
  };
  return (task) =>
    new Promise((resolve, reject) => {
      const start = (): void => {
        active += 1;
        task().then(resolve, reject).finally(release);
      };
      if (active < concurrency) start();
      else waiting.push(start);
    });
}

function lintArgs(file: string): string[] {
  return ['lint', path.join(CORPUS_DIR, file), '--format', 'json', '--root', CORPUS_DIR];
}

/** Keywords whose value is literal data in OpenAPI, AsyncAPI and JSON Schema, never a reference. */
const LITERAL_KEYWORDS = new Set(['example', 'enum', 'const', 'default']);

function isRemoteRef(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref);
}

/**
 * Lists the `$ref` values of a document outside literal data: `example`, `enum`, `const` and
 * `default` values, JSON Schema `examples` lists, Example objects' `value` and `x-` extensions are
 * skipped. With `everywhere`, literal data is searched too.
 */
function listRefs(value: unknown, everywhere = false, refs: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) listRefs(item, everywhere, refs);
    return refs;
  }
  if (value === null || typeof value !== 'object') return refs;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') refs.push(child);
    else if (everywhere) listRefs(child, true, refs);
    else if (LITERAL_KEYWORDS.has(key) || key.startsWith('x-') || (key === 'examples' && Array.isArray(child))) continue;
    else if (key === 'examples' && child !== null && typeof child === 'object') {
      for (const example of Object.values(child)) {
        if (example === null || typeof example !== 'object') continue;
        const { value: _literal, ...rest } = example as Record<string, unknown>;
        listRefs(rest, false, refs);
      }
    } else listRefs(child, false, refs);
  }
  return refs;
}

/** Returns whether a same-document `$ref` such as `#/components/schemas/Order` names an existing node. */
function resolvesInDocument(document: unknown, ref: string): boolean {
  const segments = ref.slice(1).split('/').slice(1)
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = document;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

function readDocument(file: string): unknown {
  const text = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

describe('network tripwire', () => {
  it('reports a blocked connection attempt', async () => {
    const script = [
      "import('node:net').then((net) => { try { net.connect(9, '127.0.0.1'); } catch {} })",
      ".then(() => import('node:dns')).then((dns) => { try { dns.lookup('localhost', () => {}); } catch {} })",
      ".then(() => { try { fetch('http://127.0.0.1:9/'); } catch {} });",
    ].join('');
    const run = await new Promise<CliRun>((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, NODE_OPTIONS: `--import=${NO_NETWORK_PRELOAD}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('close', (exitCode) => resolve({ exitCode, stdout: '', stderr, timedOut: false }));
    });

    expect(run.stderr).toContain(`${NETWORK_MARKER} net.connect`);
    expect(run.stderr).toContain(`${NETWORK_MARKER} dns.lookup`);
    expect(run.stderr).toContain(`${NETWORK_MARKER} fetch`);
  });
});

describe('lint on every corpus contract', () => {
  const runs = new Map<string, Promise<CliRun>>();

  beforeAll(() => {
    // Start every run now, two at a time in manifest order. Each test awaits its own file, so a
    // slow file delays only the tests after it, and a hang fails its own test.
    const limit = createLimiter(CONCURRENCY);
    for (const file of CONTRACTS) runs.set(file, limit(() => runCli(lintArgs(file))));
  });

  it('covers the OpenAPI and AsyncAPI rows of the manifest', () => {
    expect(CONTRACTS.length).toBeGreaterThan(50);
    for (const file of EXPECTED_INVALID) expect(CONTRACTS).toContain(file);
  });

  it.each(CONTRACTS)('%s', async (file) => {
    const run = await runs.get(file)!;

    expect(run.timedOut, 'lint did not finish in time').toBe(false);
    expect(run.stderr).not.toContain(NETWORK_MARKER);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    expect([0, 1, 2]).toContain(run.exitCode);

    if (EXPECTED_INVALID.has(file)) {
      expect(run.exitCode).toBe(2);
    } else {
      expect(run.exitCode, `unexpected rejection: ${run.stderr}`).not.toBe(2);
    }

    if (run.exitCode === 2) {
      // The error is one line naming the broken file and position; a line of advice may follow.
      const [first] = run.stderr.split('\n');
      expect(first).toMatch(/^error: [^:\s]+:\d+:\d+: \S/);
      expect(first.startsWith(`error: ${file}:`)).toBe(true);
      expect(run.stdout).toBe('');
    } else {
      const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; file: string }>; summary: { errors: number } };
      expect(Array.isArray(report.findings)).toBe(true);
      expect(run.exitCode).toBe(report.summary.errors > 0 ? 1 : 0);

      // Each `$ref` to a URL is one no-remote-ref finding (the run proved none was fetched), and
      // each same-document `$ref` to a missing node one no-broken-ref finding.
      const document = readDocument(file);
      const refs = listRefs(document);
      const countFindings = (ruleId: string): number => report.findings.filter((finding) => finding.ruleId === ruleId).length;
      expect(countFindings('no-remote-ref')).toBe(refs.filter(isRemoteRef).length);
      expect(countFindings('no-broken-ref')).toBe(refs.filter((ref) => ref.startsWith('#') && !resolvesInDocument(document, ref)).length);
    }
  });

  it('reports remote refs without fetching them', async () => {
    const reported = new Map<string, number>();
    for (const file of CONTRACTS.filter((name) => !EXPECTED_INVALID.has(name))) {
      const run = await runs.get(file)!;
      const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> };
      const count = report.findings.filter((finding) => finding.ruleId === 'no-remote-ref').length;
      if (count > 0) reported.set(file, count);
    }

    // The EPCIS REST bindings point to schema stubs on the web, and Adeo's messages to Avro files.
    expect(Object.fromEntries(reported)).toEqual({
      'asyncapi-spec/v3/adeo-kafka-request-reply-asyncapi.yml': 2,
      'gs1-epcis/epcis-openapi.v-new.yaml': 21,
    });
  });

  it.each([
    ['asyncapi-spec/v3/social-media/backend/asyncapi.yaml', 5],
    ['asyncapi-spec/v3/social-media/frontend/asyncapi.yaml', 4],
  ])('follows the refs of %s into common/', async (file, fileCount) => {
    const run = await runs.get(file)!;
    const report = JSON.parse(run.stdout) as { summary: { files: number } };

    // The document itself plus the common/ files it references: servers, messages, schemas and,
    // for the backend, parameters.
    expect(report.summary.files).toBe(fileCount);
  });

  it('reports the broken Square refs as findings', async () => {
    const run = await runs.get('square/api.v-new.json')!;
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; line: number }> };
    const broken = report.findings.filter((finding) => finding.ruleId === 'no-broken-ref');

    expect(run.exitCode).toBe(1);
    expect(broken.map((finding) => finding.line)).toEqual([9946, 9952, 9958, 10531, 10537]);
  });

  it.each([
    ['square/api.v-old.json', 30],
    ['square/api.v-new.json', 60],
  ])('ignores URL $refs inside %s examples', async (file, count) => {
    const run = await runs.get(file)!;
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> };

    expect(listRefs(readDocument(file), true).filter(isRemoteRef)).toHaveLength(count);
    expect(report.findings.filter((finding) => finding.ruleId === 'no-remote-ref')).toEqual([]);
    expect(run.stderr).not.toContain(NETWORK_MARKER);
  });
});
