import type { FetchOutcome } from '../contracts/remote/download.js';
import type { RemoteRefSettings } from '../contracts/remote/policy.js';
import type { JobResult } from './job.js';
import type { LintOptions } from './lint.js';
import type { LintJob } from './targets.js';

/** Start-up data of every worker of a run: plain data, copied by the structured clone algorithm. */
export interface WorkerSetup {
  /** The lint options without `rules` and `remote`, which hold functions. */
  options: Omit<LintOptions, 'rules' | 'remote'>;
  /** Ids of the built-in rules to run; undefined runs them all. */
  ruleIds?: string[];
  /** Remote `$ref` settings. A worker sends fetch requests to the main thread, so each document is fetched once per run. */
  remote?: RemoteRefSettings;
}

/** Messages from the main thread to a worker. */
export type ToWorker =
  | { type: 'job'; index: number; job: LintJob }
  | { type: 'fetched'; requestId: number; outcome: FetchOutcome };

/** Messages from a worker to the main thread. */
export type FromWorker =
  | { type: 'result'; index: number; result: JobResult }
  | { type: 'fetch'; requestId: number; url: string }
  | { type: 'crashed'; index: number; message: string; stack?: string };
