import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RemoteFetcher } from '../contracts/remote/fetcher.js';
import type { JobResult } from './job.js';
import type { FromWorker, ToWorker, WorkerSetup } from './pool-messages.js';
import type { LintJob } from './targets.js';

/**
 * Returns the compiled worker script, or undefined when this module runs from TypeScript sources
 * (as under vitest). Without a script, callers lint in the main thread.
 */
export function workerScript(): URL | undefined {
  const script = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : undefined;
}

/**
 * Runs `jobs` on `size` worker threads, each taking the next job when it finishes one, and returns
 * the results in the order of `jobs`. Jobs are handed out in `dispatchOrder` (indices into `jobs`),
 * so that the largest start first and no thread is left with one long job at the end. Workers send
 * fetch requests for remote `$ref`s here, so that `remote` fetches each document once for the
 * whole run. A job that throws an unexpected error stops the pool and rejects with that error.
 */
export function runJobsInWorkers(
  script: URL,
  jobs: readonly LintJob[],
  dispatchOrder: readonly number[],
  setup: WorkerSetup,
  size: number,
  remote?: RemoteFetcher,
): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const workers: Worker[] = [];
  let nextJob = 0;
  let finishedJobs = 0;
  let settled = false;

  return new Promise((resolve, reject) => {
    const stop = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((worker) => worker.terminate())).then(outcome, outcome);
    };
    const dispatch = (worker: Worker): void => {
      if (nextJob >= dispatchOrder.length) return;
      const index = dispatchOrder[nextJob++];
      worker.postMessage({ type: 'job', index, job: jobs[index] } satisfies ToWorker);
    };
    const handle = (worker: Worker, message: FromWorker): void => {
      if (message.type === 'fetch') {
        if (remote === undefined) {
          stop(() => reject(new Error('a worker asked to fetch a document, but remote $refs are off')));
          return;
        }
        void remote.fetch(message.url).then((outcome) => {
          if (!settled) worker.postMessage({ type: 'fetched', requestId: message.requestId, outcome } satisfies ToWorker);
        });
        return;
      }
      if (message.type === 'crashed') {
        const error = new Error(message.message);
        error.stack = message.stack;
        stop(() => reject(error));
        return;
      }
      results[message.index] = message.result;
      finishedJobs += 1;
      if (finishedJobs === jobs.length) stop(() => resolve(results));
      else dispatch(worker);
    };

    for (let i = 0; i < Math.min(size, jobs.length); i++) {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => handle(worker, message));
      worker.on('error', (error) => stop(() => reject(error)));
      dispatch(worker);
    }
    if (jobs.length === 0) resolve(results);
  });
}
