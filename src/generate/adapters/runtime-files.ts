/**
 * The runtime library copied into every output folder. Its files live in the `runtime/` folder
 * at the package root, found by walking up from this module, which works from the sources, from
 * the tsc output and from the esbuild bundle alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '../emit/types.js';

/** Folder of the runtime inside the output folder. */
export const RUNTIME_FOLDER = 'runtime';

/** Header of every runtime file: the same from both generate commands, so they can share an output folder. */
const RUNTIME_HEADER =
  '// Part of the retailgov runtime, copied by `retailgov generate adapters` and `retailgov generate mappings`.\n' +
  '// Do not edit by hand: rerun either command with --out DIR to restore it.\n\n';

let cached: GeneratedFile[] | undefined;

/** Returns the absolute path of the package's runtime folder. Throws when the package is incomplete. */
export function runtimeSourceFolder(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 8; level++) {
    const candidate = path.join(folder, RUNTIME_FOLDER);
    if (existsSync(path.join(candidate, 'http-client.ts')) && existsSync(path.join(folder, 'package.json'))) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  throw new Error('the runtime folder of retailgov is missing: reinstall the package');
}

/** Returns the runtime files, sorted by name, with paths below `runtime/`. */
export function runtimeFiles(): GeneratedFile[] {
  if (cached === undefined) {
    const folder = runtimeSourceFolder();
    cached = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .sort()
      .map((name) => ({ path: `${RUNTIME_FOLDER}/${name}`, content: RUNTIME_HEADER + readFileSync(path.join(folder, name), 'utf8').replace(/\r\n/g, '\n') }));
  }
  return cached.map((file) => ({ ...file }));
}
