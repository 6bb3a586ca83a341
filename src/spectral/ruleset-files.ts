import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { InputError } from '../errors.js';
import { toPointer } from '../findings.js';
import { isInside, readSourceFile, type SourceFile } from '../workspace/source.js';

/** A YAML or JSON ruleset file, parsed by our own parser, and the ruleset files its `extends` name. */
export interface RulesetFile {
  source: SourceFile;
  /** File name for messages: relative to the current folder, or absolute outside it. */
  display: string;
  /** Extended YAML or JSON rulesets by the pointer of their `extends` entry. */
  extended: Map<string, RulesetFile>;
}

const BASIC_RULESET = /\.(json|ya?ml)$/i;
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Names `absolutePath` relative to the current folder when it is inside it, else by its absolute path. */
export function displayPath(absolutePath: string): string {
  const cwd = process.cwd();
  return isInside(cwd, absolutePath) ? path.relative(cwd, absolutePath).split(path.sep).join('/') : absolutePath;
}

/** Returns whether the ruleset file is YAML or JSON, which Spectral migrates before bundling. */
export function isBasicRuleset(file: string): boolean {
  return BASIC_RULESET.test(file);
}

/**
 * Parses a YAML or JSON ruleset and, transitively, the YAML or JSON rulesets it extends, before
 * Spectral reads them. Spectral's YAML parser accepts broken files silently, and its ruleset
 * migrator fetches URLs named in `extends` with its own HTTP client. So this pass reports syntax
 * errors with line and column, rejects every remote `extends`, and checks that extended files and
 * the files of custom functions exist.
 */
export function scanRulesetFiles(absolutePath: string): RulesetFile {
  return scan(absolutePath, path.dirname(absolutePath), []);
}

function scan(absolutePath: string, topFolder: string, chain: string[]): RulesetFile {
  const display = displayPath(absolutePath);
  const source = readRuleset(absolutePath, display);
  const file: RulesetFile = { source, display, extended: new Map() };
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    throw new InputError('a Spectral ruleset must be a mapping with keys such as extends and rules', { file: display, line: 1, column: 1 },
      'See the Spectral ruleset documentation for the format');
  }
  const data = source.data as Record<string, unknown>;
  const nextChain = [...chain, absolutePath];
  for (const entry of extendsEntries(data)) {
    const target = resolveExtends(file, entry, topFolder);
    if (target === undefined || !isBasicRuleset(target)) continue;
    if (nextChain.includes(target)) {
      throw new InputError(`ruleset extends itself: ${[...nextChain, target].map(displayPath).join(' -> ')}`, at(file, entry.pointer),
        'Remove one of the extends entries in the cycle');
    }
    file.extended.set(entry.pointer, scan(target, topFolder, nextChain));
  }
  checkFunctionFiles(file, data);
  return file;
}

function readRuleset(absolutePath: string, display: string): SourceFile {
  try {
    return readSourceFile(absolutePath, path.dirname(absolutePath));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // Rename the file in the error: readSourceFile names it relative to the folder it was given.
    throw new InputError(error.message, { file: display, line: error.line, column: error.column }, error.hint);
  }
}

interface ExtendsEntry {
  name: string;
  pointer: string;
}

/** Lists the ruleset names in `extends` and in `overrides[*].extends`, in any of Spectral's forms. */
function extendsEntries(data: Record<string, unknown>): ExtendsEntry[] {
  const entries: ExtendsEntry[] = [];
  const collect = (value: unknown, base: Array<string | number>): void => {
    if (typeof value === 'string') {
      entries.push({ name: value, pointer: toPointer(base) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        // An item is a name or a `[name, severity]` pair.
        if (typeof item === 'string') entries.push({ name: item, pointer: toPointer([...base, index]) });
        else if (Array.isArray(item) && typeof item[0] === 'string') entries.push({ name: item[0], pointer: toPointer([...base, index, 0]) });
      });
    }
  };
  collect(data.extends, ['extends']);
  if (Array.isArray(data.overrides)) {
    data.overrides.forEach((override, index) => {
      if (override !== null && typeof override === 'object') collect((override as Record<string, unknown>).extends, ['overrides', index, 'extends']);
    });
  }
  return entries;
}

/**
 * Returns the file an `extends` entry names, following the ruleset migrator of Spectral:
 * a path is relative to the file that names it, a package name is resolved from the folder of
 * the top-level ruleset. Returns undefined for a built-in ruleset or an unresolved package, which
 * the bundler then reports.
 */
function resolveExtends(file: RulesetFile, entry: ExtendsEntry, topFolder: string): string | undefined {
  const { name } = entry;
  if (name.startsWith('spectral:')) return undefined;
  if (REMOTE.test(name)) {
    throw new InputError(`remote rulesets are not fetched: ${name}`, at(file, entry.pointer),
      'Download the ruleset into the workspace and extend it by a relative path');
  }
  const folder = path.dirname(file.source.absolutePath);
  if (name.startsWith('.') || path.isAbsolute(name)) {
    const target = path.resolve(folder, name);
    if (!isFile(target)) {
      throw new InputError(`extended ruleset ${name} not found (looked for ${displayPath(target)})`, at(file, entry.pointer),
        'Correct the path: it is relative to the ruleset file that names it');
    }
    return target;
  }
  try {
    return createRequire(path.join(topFolder, 'ruleset.js')).resolve(name, { paths: [topFolder] });
  } catch {
    const besideTop = path.join(topFolder, name);
    return isFile(besideTop) ? besideTop : undefined;
  }
}

/** Checks that each name in `functions` has its file, `<functionsDir>/<name>.js`. */
function checkFunctionFiles(file: RulesetFile, data: Record<string, unknown>): void {
  if (!Array.isArray(data.functions)) return;
  const functionsDir = typeof data.functionsDir === 'string' ? data.functionsDir : 'functions';
  if (REMOTE.test(functionsDir)) {
    throw new InputError(`remote functions are not fetched: ${functionsDir}`, at(file, '/functionsDir'),
      'Copy the functions into a folder next to the ruleset');
  }
  data.functions.forEach((name, index) => {
    if (typeof name !== 'string') return;
    const target = path.resolve(path.dirname(file.source.absolutePath), functionsDir, `${name}.js`);
    if (!isFile(target)) {
      throw new InputError(`custom function ${name} not found: no file ${displayPath(target)}`, at(file, `/functions/${index}`),
        `Add the file, or remove ${name} from functions`);
    }
  });
}

function isFile(target: string): boolean {
  return existsSync(target) && statSync(target).isFile();
}

function at(file: RulesetFile, pointer: string): { file: string; line: number; column: number } {
  return { file: file.display, ...file.source.position(pointer) };
}

/**
 * Finds the file and pointer of a path into the ruleset definition that Spectral validated.
 * Spectral prefixes paths inside `overrides[*].extends` but not inside a top-level `extends`, so a
 * path that does not lead anywhere in the top-level file is looked up in the extended files.
 */
export function locateDefinitionPath(top: RulesetFile, segments: ReadonlyArray<string | number>): { file: string; line: number; column: number } {
  const direct = followPath(top, segments.map(String));
  if (direct.complete) return direct.where;
  for (const file of allFiles(top)) {
    if (file === top) continue;
    const candidate = followPath(file, segments.map(String));
    if (candidate.complete) return candidate.where;
  }
  return direct.where;
}

function allFiles(file: RulesetFile): RulesetFile[] {
  return [file, ...[...file.extended.values()].flatMap(allFiles)];
}

/** Walks `segments` through `file`, stepping into an extended file where the path enters one. */
function followPath(file: RulesetFile, segments: string[]): { complete: boolean; where: { file: string; line: number; column: number } } {
  let node: unknown = file.source.data;
  const walked: string[] = [];
  for (let index = 0; index < segments.length; index++) {
    const extended = file.extended.get(toPointer(walked));
    if (extended !== undefined && typeof node === 'string') return followPath(extended, segments.slice(index));
    const segment = segments[index];
    if (node === null || typeof node !== 'object' || !(segment in node)) return { complete: false, where: at(file, toPointer(walked)) };
    node = (node as Record<string, unknown>)[segment];
    walked.push(segment);
  }
  return { complete: true, where: at(file, toPointer(walked)) };
}
