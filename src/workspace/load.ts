import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../contracts/load.js';
import type { RemoteFetcher } from '../contracts/remote/fetcher.js';
import type { Contract } from '../contracts/types.js';
import { InputError } from '../errors.js';
import type { Estate } from '../model/types.js';
import { LIST_SECTIONS } from '../model/types.js';
import { loadCanonicalSchema } from './canonical.js';
import { expandInclude } from './include.js';
import { OriginMap } from './origins.js';
import { isInside, readSourceFile, type SourceFile } from './source.js';
import type { Workspace } from './types.js';
import { validateDeclarationFile } from './validate.js';

export const ROOT_DECLARATION = 'ownership.yaml';

/** Returns whether `folder` is a workspace, that is, contains an `ownership.yaml`. */
export function isWorkspaceFolder(folder: string): boolean {
  return existsSync(path.join(folder, ROOT_DECLARATION));
}

function emptyEstate(): Estate {
  return {
    retailgov: 1,
    teams: [], systems: [], objects: [], canonicalModels: [], mappings: [], workflows: [],
    retryPolicies: [], slas: [], traffic: [],
    deadLetter: { queues: [], exceptionClasses: [] },
    changeControl: {},
  };
}

type Declaration = Record<string, unknown>;

/** Reads `ownership.yaml` and every file it includes, in include order, each validated. */
function readDeclarationFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const visited = new Set<string>();
  const visit = (absolutePath: string): void => {
    if (visited.has(absolutePath)) return;
    visited.add(absolutePath);
    const file = readSourceFile(absolutePath, root);
    if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
      throw new InputError('a declaration file must be a YAML mapping', { file: file.path, line: 1, column: 1 },
        'Start the file with keys such as `teams:` or `systems:`');
    }
    validateDeclarationFile(file);
    files.push(file);
    const includes = ((file.data as Declaration).include ?? []) as string[];
    includes.forEach((pattern, index) => {
      for (const target of expandInclude(root, file, pattern, index)) visit(target);
    });
  };
  visit(path.join(root, ROOT_DECLARATION));
  return files;
}

/** Concatenates the sections of all declaration files, recording where every node was written. */
function mergeDeclarations(files: SourceFile[], origins: OriginMap): Estate {
  const estate = emptyEstate();
  for (const file of files) {
    const data = file.data as Declaration;
    if (typeof data.name === 'string' && estate.name === undefined) estate.name = data.name;
    for (const section of LIST_SECTIONS) {
      const items = (data[section] ?? []) as object[];
      origins.record(items, file.path, [section]);
      (estate[section] as object[]).push(...items);
    }
    const deadLetter = (data.deadLetter ?? {}) as Estate['deadLetter'];
    origins.record(deadLetter, file.path, ['deadLetter']);
    estate.deadLetter.queues.push(...(deadLetter.queues ?? []));
    estate.deadLetter.exceptionClasses.push(...(deadLetter.exceptionClasses ?? []));
    const changeControl = (data.changeControl ?? {}) as Estate['changeControl'];
    origins.record(changeControl, file.path, ['changeControl']);
    for (const key of ['freezeWindows', 'publishWindows', 'breakingChangeApprovers', 'waivers'] as const) {
      const values = changeControl[key] as unknown[] | undefined;
      if (values === undefined) continue;
      (estate.changeControl[key] as unknown[] | undefined) ??= [];
      (estate.changeControl[key] as unknown[]).push(...values);
    }
  }
  return estate;
}

/** Resolves a path written in a declaration file, refusing one that leaves the workspace. */
function resolveDeclaredPath(root: string, origins: OriginMap, node: object, key: string, value: string): string {
  const location = origins.locate(node, [key], ROOT_DECLARATION);
  const absolute = path.resolve(root, path.dirname(location.file), value);
  if (!isInside(root, absolute)) {
    throw new InputError(`refusing path '${value}' outside the workspace`, { file: location.file, ...positionOf(root, location) },
      'Keep contracts and schemas inside the workspace folder');
  }
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    throw new InputError(`file '${value}' not found`, { file: location.file, ...positionOf(root, location) },
      `Create it, or correct the path: it is relative to ${path.dirname(location.file) === '.' ? 'the workspace root' : `the folder ${path.dirname(location.file)}`}`);
  }
  return absolute;
}

const fileCache = new Map<string, SourceFile>();

function positionOf(root: string, location: { file: string; pointer: string }): { line: number; column: number } {
  const absolute = path.join(root, location.file);
  let file = fileCache.get(absolute);
  if (file === undefined) {
    file = readSourceFile(absolute, root);
    fileCache.set(absolute, file);
  }
  return file.position(location.pointer);
}

export interface LoadWorkspaceOptions {
  /** Fetches remote `$ref`s of the contracts from allowed hosts; without it, none is fetched. */
  remote?: RemoteFetcher;
}

/** Loads a workspace folder: declarations, contracts and canonical schemas. Throws InputError. */
export async function loadWorkspace(folder: string, options: LoadWorkspaceOptions = {}): Promise<Workspace> {
  const root = path.resolve(folder);
  if (!isWorkspaceFolder(root)) {
    throw new InputError(`no ${ROOT_DECLARATION} in ${folder}`, undefined,
      `Run retailgov in a workspace folder, pass one, or pass a contract file to lint it alone`);
  }
  const declarationFiles = readDeclarationFiles(root);
  const rootData = declarationFiles[0].data as Declaration;
  if (rootData.retailgov !== 1) {
    const { line, column } = declarationFiles[0].position('');
    throw new InputError(`${ROOT_DECLARATION} must start with 'retailgov: 1' (the format version)`,
      { file: declarationFiles[0].path, line, column }, 'Add `retailgov: 1` as its first key');
  }
  const origins = new OriginMap();
  const estate = mergeDeclarations(declarationFiles, origins);
  fileCache.clear();
  for (const file of declarationFiles) fileCache.set(file.absolutePath, file);

  const contracts = new Map<string, Contract>();
  for (const system of estate.systems) {
    for (const reference of system.contracts ?? []) {
      if (contracts.has(reference.id)) continue;
      const absolute = resolveDeclaredPath(root, origins, reference, 'path', reference.path);
      contracts.set(reference.id, await loadContract(absolute, { root, id: reference.id, remote: options.remote }));
    }
  }

  const canonicalSchemas = new Map<string, SourceFile>();
  for (const model of estate.canonicalModels) {
    if (canonicalSchemas.has(model.id)) continue;
    const absolute = resolveDeclaredPath(root, origins, model, 'schema', model.schema);
    canonicalSchemas.set(model.id, loadCanonicalSchema(absolute, root));
  }

  return {
    root,
    estate,
    declarationFiles,
    contracts,
    canonicalSchemas,
    locate: (node, ...segments) => origins.locate(node, segments, declarationFiles[0].path),
  };
}
