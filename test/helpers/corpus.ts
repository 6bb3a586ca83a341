import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folder of real public contracts used as test data. It sits beside the repository and is read in
 * place: tests never copy its files into the repository.
 */
export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

/** One row of the corpus manifest. */
export interface CorpusEntry {
  /** Path relative to CORPUS_DIR, with forward slashes. */
  file: string;
  /** Document kind, for example `openapi-3.0`, `asyncapi-2.x` or `jsonschema`. */
  kind: string;
  note: string;
}

/** Reads MANIFEST.tsv: a header line, then one tab-separated row per file. */
export function readCorpusManifest(): CorpusEntry[] {
  const lines = readFileSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const header = lines[0].split('\t');
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`MANIFEST.tsv has no '${name}' column`);
    return index;
  };
  const [fileColumn, kindColumn, noteColumn] = [column('file'), column('kind'), column('note')];
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return { file: cells[fileColumn], kind: cells[kindColumn], note: cells[noteColumn] ?? '' };
  });
}
