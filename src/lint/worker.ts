// Entry point of a lint worker thread: runs the jobs that the pool in pool.ts sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { FetchOutcome } from '../contracts/remote/download.js';
import { createRemoteFetcher } from '../contracts/remote/fetcher.js';
import { RULES } from '../rules/registry.js';
import { runLintJob } from './job.js';
import type { LintOptions } from './lint.js';
import type { FromWorker, ToWorker, WorkerSetup } from './pool-messages.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const waitingFetches = new Map<number, (outcome: FetchOutcome) => void>();
let nextRequestId = 0;

function send(message: FromWorker): void {
  port.postMessage(message);
}

/** Requests a document from the main thread, whose fetcher caches every document for the run. */
function requestDocument(url: string): Promise<FetchOutcome> {
  const requestId = nextRequestId++;
  return new Promise((resolve) => {
    waitingFetches.set(requestId, resolve);
    send({ type: 'fetch', requestId, url });
  });
}

const options: LintOptions = {
  ...setup.options,
  rules: setup.ruleIds === undefined ? undefined : RULES.filter((rule) => setup.ruleIds!.includes(rule.id)),
  remote: setup.remote === undefined ? undefined : createRemoteFetcher(setup.remote, requestDocument),
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'fetched') {
    waitingFetches.get(message.requestId)?.(message.outcome);
    waitingFetches.delete(message.requestId);
    return;
  }
  runLintJob(message.job, options).then(
    (result) => send({ type: 'result', index: message.index, result }),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      send({ type: 'crashed', index: message.index, message: failure.message, stack: failure.stack });
    },
  );
});
