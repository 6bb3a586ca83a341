import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../errors.js';
import { exportFiles } from '../git/export.js';
import { locateInRepository, objectTypeAt, resolveCommit, toRelative } from '../git/repository.js';
import { ROOT_DECLARATION } from '../workspace/load.js';
import { isInside } from '../workspace/source.js';
import { contractRoot, describeKind, loadSide, sideKindOf, type DiffPair } from './inputs.js';
import { onSide } from './side-error.js';

/** Files copied out of the git revision: the loaders read YAML and JSON only. */
const COPIED_FILE = /\.(ya?ml|json)$/i;

/**
 * Loads `target` (a contract file or an estate folder, relative to `cwd`) from the working tree as
 * the revision and from the git revision `ref` as the base. The base is read with git plumbing
 * commands into a temporary folder that `dispose` removes. The working tree, the index and the
 * checked-out branch are left as they are.
 */
export async function loadGitPair(ref: string, target: string, cwd: string): Promise<DiffPair> {
  const revisionLabel = 'revision in the working tree';
  const absolute = path.resolve(cwd, target);
  const kind = await onSide('revision', revisionLabel, async () => sideKindOf(absolute, target));
  const repository = await locateInRepository(absolute);
  const commit = await resolveCommit(repository.top, ref);
  const baseLabel = `base at ${ref}`;

  // The side root is the folder both sides are read from: the estate folder, or for a contract
  // the folder its `$ref`s must stay inside, clamped to the repository.
  const realTarget = realpathSync(absolute);
  let root = kind === 'estate' ? realTarget : contractRoot(realTarget, realpathSync(cwd));
  if (!isInside(repository.top, root)) root = repository.top;
  const rootInRepository = toRelative(repository.top, root);
  const targetInRoot = toRelative(root, realTarget);

  const type = await objectTypeAt(repository.top, commit, repository.relative);
  const expected = kind === 'estate' ? 'tree' : 'blob';
  if (type === undefined) {
    throw new InputError(`${target} does not exist at git revision ${ref}`, undefined,
      'Check the path and the revision; a file added since that revision has no base to compare with');
  }
  if (type !== expected) {
    throw new InputError(`${target} is ${describeKind(kind)} in the working tree but not at git revision ${ref}`, undefined,
      'Compare a path that has the same kind at both revisions');
  }

  const folder = mkdtempSync(path.join(tmpdir(), 'retailgov-diff-'));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  try {
    await exportFiles(repository.top, commit, rootInRepository, folder,
      (file) => file === repository.relative || COPIED_FILE.test(file));
    const baseTarget = targetInRoot === '' ? folder : path.join(folder, targetInRoot);
    if (kind === 'estate' && !existsSync(path.join(baseTarget, ROOT_DECLARATION))) {
      throw new InputError(`no ${ROOT_DECLARATION} in ${target} at git revision ${ref}`, undefined,
        'Pass a folder that was an estate at that revision');
    }
    const base = await onSide('base', baseLabel, () => loadSide(kind, baseTarget, folder));
    const revision = await onSide('revision', revisionLabel, () => loadSide(kind, realTarget, root));
    return {
      base,
      revision,
      baseName: `${ref}:${target}`,
      revisionName: target,
      ...(kind === 'estate' ? { revisionFolder: realTarget } : {}),
      roots: { base: root, revision: root },
      gitTop: repository.top,
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}
