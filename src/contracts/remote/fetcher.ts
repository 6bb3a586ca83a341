import { downloadDocument, type FetchOutcome } from './download.js';
import { refusalOf, type RemoteRefRefusal, type RemoteRefSettings } from './policy.js';

/** Downloads a document given its URL without fragment. */
export type DocumentTransport = (url: string) => Promise<FetchOutcome>;

/**
 * Fetches the documents that remote `$ref`s name, for one lint run. The cache keeps each document,
 * or its failure, in memory for the rest of the run, so a URL is requested at most once.
 */
export interface RemoteFetcher {
  readonly settings: RemoteRefSettings;
  /** Returns why `url` may not be fetched, or undefined when it may. */
  refusalOf(url: URL): RemoteRefRefusal | undefined;
  /** Fetches the document at `url`, which has no fragment; a second call returns the first result. */
  fetch(url: string): Promise<FetchOutcome>;
}

/**
 * Creates the fetcher of a run. `transport` defaults to a download with Node's `fetch`. A worker
 * thread passes one that sends the request to the main thread, so that a document is fetched once per run.
 */
export function createRemoteFetcher(settings: RemoteRefSettings, transport?: DocumentTransport): RemoteFetcher {
  const download = transport ?? ((url: string) => downloadDocument(url, settings));
  const cache = new Map<string, Promise<FetchOutcome>>();
  return {
    settings,
    refusalOf: (url) => refusalOf(url, settings.allowedHosts),
    fetch(url) {
      let pending = cache.get(url);
      if (pending === undefined) {
        pending = download(url);
        cache.set(url, pending);
      }
      return pending;
    },
  };
}
