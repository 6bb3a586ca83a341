import * as fs from 'node:fs';
import path from 'node:path';
import type { Ruleset } from '@stoplight/spectral-core';
import type { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { InputError } from '../errors.js';
import { toRulesetError } from './ruleset-errors.js';
import { displayPath, isBasicRuleset, scanRulesetFiles, type RulesetFile } from './ruleset-files.js';

/** File names of a ruleset that `retailgov lint` picks up without `--ruleset`, in lookup order. */
export const DEFAULT_RULESET_NAMES = ['.spectral.yaml', '.spectral.yml', '.spectral.json', '.spectral.js'] as const;

/** A Spectral ruleset ready to run, with where it came from. */
export interface LoadedRuleset {
  /** Absolute path of the ruleset file. */
  file: string;
  /** The file as messages name it. */
  display: string;
  ruleset: Ruleset;
}

type RollupPlugin = NonNullable<Parameters<typeof bundleAndLoadRuleset>[2]>[number];

/** Returns the first default ruleset file in `folder`, or undefined when it has none. */
export function findDefaultRuleset(folder: string): string | undefined {
  for (const name of DEFAULT_RULESET_NAMES) {
    const candidate = path.join(folder, name);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface RulesetChoice {
  /** Absolute path of the ruleset to run, or undefined to run the built-in rules only. */
  file?: string;
  /** A note for stderr when the ruleset was found without being named. */
  note?: string;
}

/**
 * Picks the ruleset of a lint run: the `--ruleset` file (relative to `cwd`), else the one the
 * configuration names, else a default ruleset file in the workspace folder being linted, or in
 * `cwd` when a single contract file is linted.
 */
export function chooseRuleset(choice: { flag?: string; configured?: string; target: string; cwd: string }): RulesetChoice {
  if (choice.flag !== undefined) return { file: path.resolve(choice.cwd, choice.flag) };
  if (choice.configured !== undefined) return { file: choice.configured };
  const isFolder = fs.existsSync(choice.target) && fs.statSync(choice.target).isDirectory();
  const found = findDefaultRuleset(isFolder ? choice.target : choice.cwd);
  if (found === undefined) return {};
  return { file: found, note: `note: running the Spectral ruleset ${displayPath(found)} (found in ${isFolder ? 'the workspace folder' : 'the current folder'})\n` };
}

/**
 * Loads a Spectral ruleset file (YAML, JSON or JavaScript) with its `extends`, `overrides` and custom
 * functions, as the Spectral CLI does, without any network access. Throws InputError naming the
 * ruleset file for an invalid ruleset, a remote `extends` or a missing file.
 */
export async function loadRuleset(file: string): Promise<LoadedRuleset> {
  const absolute = path.resolve(file);
  const display = displayPath(absolute);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) {
    throw new InputError('Spectral ruleset not found', { file: display }, 'Check the path given to --ruleset');
  }
  // Checked first: Spectral would fetch a remote `extends` and accept broken YAML.
  const scanned: RulesetFile | undefined = isBasicRuleset(absolute) ? scanRulesetFiles(absolute) : undefined;

  const { bundleAndLoadRuleset } = await import('@stoplight/spectral-ruleset-bundler/with-loader');
  const { builtins } = await import('@stoplight/spectral-ruleset-bundler/plugins/builtins');
  const { commonjs } = await import('@stoplight/spectral-ruleset-bundler/plugins/commonjs');
  const io = { fs, fetch: rejectRemoteRuleset };
  // `builtins` makes `@stoplight/spectral-*` imports in a ruleset use the copies installed with
  // retailgov. `commonjs` accepts custom functions written as CommonJS modules, as the Spectral CLI does.
  // NOTE: the bundler prints Rollup warnings to stderr through console.warn, bypassing the CLI's
  // streams. A circular import in a JavaScript ruleset is one such warning.
  const plugins: RollupPlugin[] = [rejectMissingLocalImports(), builtins(), commonjs()];
  try {
    const ruleset = await bundleAndLoadRuleset(absolute, io as Parameters<typeof bundleAndLoadRuleset>[1], plugins);
    return { file: absolute, display, ruleset };
  } catch (error) {
    throw toRulesetError(error, display, scanned);
  }
}

/** Rejects every URL, as the bundler's `fetch`, so that rulesets are read from disk only. */
async function rejectRemoteRuleset(url: string): Promise<never> {
  throw new Error(`remote rulesets are not fetched: ${url}`);
}

/**
 * Fails the bundle on a relative or absolute import that names no file. Rollup would otherwise
 * warn, keep the import external and fail later with a stack of `require` calls.
 */
function rejectMissingLocalImports(): RollupPlugin {
  return {
    name: 'retailgov-missing-local-imports',
    resolveId(source: string, importer: string | undefined) {
      if (importer === undefined || /^[a-z][a-z0-9+.-]*:/i.test(importer) || /^[a-z][a-z0-9+.-]*:/i.test(source)) return null;
      if (!source.startsWith('.') && !path.isAbsolute(source)) return null;
      const target = path.resolve(path.dirname(importer), source);
      const candidates = [target, `${target}.js`, `${target}.mjs`, `${target}.cjs`, path.join(target, 'index.js')];
      if (candidates.some((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())) return null;
      throw new Error(`${source} not found (imported by ${displayPath(importer)})`);
    },
  };
}
