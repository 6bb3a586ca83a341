import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { isWorkspaceFolder } from '../workspace/load.js';
import { isInside } from '../workspace/source.js';
import { walkFiles } from './walk.js';

/** One unit of work of a lint run: a workspace, or a contract file linted on its own. */
export interface LintJob {
  kind: 'workspace' | 'contract';
  /** Absolute path of the workspace folder or the contract file. */
  path: string;
  /** For a contract file: the folder its `$ref`s may not leave. Undefined means the default of lintContractFile. */
  root?: string;
  /**
   * True for a file found by searching a folder or matching a pattern: it is skipped when it has no
   * `openapi`, `swagger` or `asyncapi` key. A file named on its own is always linted.
   */
  optional: boolean;
  /** The command-line argument the job came from. */
  target: string;
}

export interface ExpandedTargets {
  jobs: LintJob[];
  /** Targets that name nothing: a missing path, a pattern or folder without candidate files. */
  errors: InputError[];
}

/** Extensions of the files that a folder or pattern contributes. */
const CONTRACT_EXTENSIONS = /\.(ya?ml|json)$/i;

/**
 * Turns the paths and patterns of the command line into lint jobs, in argument order, each path
 * once. A folder with `ownership.yaml` is a workspace. Another folder stands for the YAML and JSON
 * files below it; a sub-folder with `ownership.yaml` among them becomes a workspace of its own. A
 * pattern (`contracts/**\/*.yaml`, quoted so that the shell leaves it alone) matches the YAML and
 * JSON files below its fixed leading folders. `root`, from `--root`, is the root of every contract file.
 */
export function expandTargets(targets: readonly string[], cwd: string, root?: string): ExpandedTargets {
  const jobs: LintJob[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (job: LintJob): void => {
    const key = `${job.kind}\0${job.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    jobs.push(job);
  };

  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const scan = picomatch.scan(target);
    if (!existsSync(absolute) && scan.isGlob) {
      const found = expandPattern(target, scan.base, scan.glob, cwd, root);
      if (found.length === 0) errors.push(new InputError(`no file matches the pattern '${target}'`, undefined, 'Check the pattern; it is matched against paths below its leading folders'));
      found.forEach(add);
    } else if (!existsSync(absolute)) {
      errors.push(new InputError(`${target} not found`, undefined, 'Pass a workspace folder (with ownership.yaml), a contract file, a folder of contracts or a quoted pattern'));
    } else if (!statSync(absolute).isDirectory()) {
      add({ kind: 'contract', path: absolute, root, optional: false, target });
    } else if (isWorkspaceFolder(absolute)) {
      add({ kind: 'workspace', path: absolute, optional: false, target });
    } else {
      const found = expandFolder(target, absolute, cwd, root);
      if (found.length === 0) errors.push(noContractsIn(target));
      found.forEach(add);
    }
  }
  return { jobs, errors };
}

/** The folder that contract files found below `base` are checked in: the working folder when it contains `base`. */
function defaultRootFor(base: string, cwd: string): string {
  return isInside(cwd, base) ? cwd : base;
}

/** The error for a folder or pattern that yields neither a workspace nor any OpenAPI or AsyncAPI document. */
export function noContractsIn(target: string): InputError {
  if (picomatch.scan(target).isGlob) {
    return new InputError(`no OpenAPI or AsyncAPI document matches the pattern '${target}'`, undefined, 'Check the pattern; only YAML and JSON files with an openapi, swagger or asyncapi key are linted');
  }
  return new InputError(`${target} has no ownership.yaml and no OpenAPI or AsyncAPI document`, undefined,
    'Pass a workspace folder (with ownership.yaml), or a folder that contains contracts');
}

function expandFolder(target: string, folder: string, cwd: string, root: string | undefined): LintJob[] {
  const workspaces: LintJob[] = [];
  const enterFolder = (absolute: string): boolean => {
    if (!isWorkspaceFolder(absolute)) return true;
    workspaces.push({ kind: 'workspace', path: absolute, optional: false, target });
    return false;
  };
  const contractRoot = root ?? defaultRootFor(folder, cwd);
  const files = walkFiles(folder, { enterFolder })
    .filter((file) => CONTRACT_EXTENSIONS.test(file))
    .map((file): LintJob => ({ kind: 'contract', path: file, root: contractRoot, optional: true, target }));
  return [...files, ...workspaces.sort((a, b) => a.path.localeCompare(b.path))];
}

function expandPattern(target: string, base: string, glob: string, cwd: string, root: string | undefined): LintJob[] {
  const folder = path.resolve(cwd, base === '' ? '.' : base);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const matches = picomatch(glob, { dot: false });
  // Without `**` a pattern cannot match deeper than its own number of segments.
  const maxDepth = glob.includes('**') ? undefined : glob.split('/').length - 1;
  const contractRoot = root ?? defaultRootFor(folder, cwd);
  return walkFiles(folder, { maxDepth })
    .filter((file) => CONTRACT_EXTENSIONS.test(file) && matches(path.relative(folder, file).split(path.sep).join('/')))
    .map((file): LintJob => ({ kind: 'contract', path: file, root: contractRoot, optional: true, target }));
}
