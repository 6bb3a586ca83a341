import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadContract } from '../../src/contracts/load.js';
import type { Contract } from '../../src/contracts/types.js';
import { InputError } from '../../src/errors.js';

/** Folder with one sub-folder of contract files per loader case. */
export const CONTRACT_FIXTURES = fileURLToPath(new URL('../fixtures/contracts/', import.meta.url));

/** Loads `file` of the fixture folder `caseName`, with that folder as the workspace root unless `root` is given. */
export function loadFixture(caseName: string, file: string, root?: string): Promise<Contract> {
  const folder = path.join(CONTRACT_FIXTURES, caseName);
  return loadContract(path.join(folder, file), { root: root ?? folder });
}

/** Awaits `loading` and returns the InputError it rejects with; fails the test on anything else. */
export async function inputErrorOf(loading: Promise<unknown>): Promise<InputError> {
  const error = await loading.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}
