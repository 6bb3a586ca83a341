import { existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';
import type { LintTargetsResult } from '../lint/many.js';
import type { Output } from './output.js';

/**
 * Returns the path that the configuration and the default Spectral ruleset are looked up from.
 * That is the one target or the fixed leading folders of its pattern, and with several targets the working folder.
 */
export function configAnchor(targets: readonly string[], cwd: string): string {
  if (targets.length !== 1) return cwd;
  const absolute = path.resolve(cwd, targets[0]);
  if (existsSync(absolute)) return absolute;
  const scan = picomatch.scan(targets[0]);
  return scan.isGlob ? path.resolve(cwd, scan.base === '' ? '.' : scan.base) : absolute;
}

/** Parses the hidden `--jobs N` option: worker threads to use, 1 for none. */
export function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`invalid --jobs '${value}'; write a whole number of 1 or more`);
  return threads;
}

/** Formats the stderr lines about targets: one error per invalid target, then how many files were skipped. */
export function targetNotes(run: LintTargetsResult): Output[] {
  const outputs: Output[] = run.invalid.map((error) => ({ target: 'stderr', text: `error: ${error.format()}\n` }));
  if (run.skipped.length > 0) {
    const files = run.skipped.length === 1 ? '1 file' : `${run.skipped.length} files`;
    outputs.push({ target: 'stderr', text: `note: skipped ${files} without an openapi, swagger or asyncapi key\n` });
  }
  return outputs;
}
