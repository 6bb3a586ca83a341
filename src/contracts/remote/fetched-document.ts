import { InputError } from '../../errors.js';
import { parseSource, type SourceFile } from '../../workspace/source.js';

export type ParsedDocument = { ok: true; file: SourceFile } | { ok: false; problem: 'fetch-failed'; detail: string };

/**
 * Parses a fetched document as YAML or JSON. Its URL serves as both `path` and `absolutePath`, so
 * relative references inside it resolve against the URL. A document that does not parse is a
 * failed fetch, not an error of the run, because the workspace cannot fix it.
 */
export function parseFetchedDocument(text: string, url: string): ParsedDocument {
  // NOTE: after a redirect within the host, relative references still resolve against the
  // requested URL, not the final one.
  try {
    return { ok: true, file: parseSource(text, url, url) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const where = error.line === undefined ? '' : ` at line ${error.line}, column ${error.column ?? 1}`;
    return { ok: false, problem: 'fetch-failed', detail: `${url} is not a YAML or JSON document (${error.message}${where})` };
  }
}
