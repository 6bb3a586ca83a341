import { InputError } from '../errors.js';

/** Name of one of the two compared versions. */
export type DiffSideName = 'base' | 'revision';

/**
 * Invalid input on one side of a comparison. It keeps the loader's file, line and column and
 * prefixes each problem with the side, for example `base at HEAD: orders.yaml:3:5: invalid YAML`.
 */
export class SideInputError extends InputError {
  constructor(readonly side: DiffSideName, readonly sideLabel: string, readonly cause: InputError) {
    super(cause.message, cause.file === undefined ? undefined : { file: cause.file, line: cause.line, column: cause.column }, cause.hint, cause.others);
  }

  override format(): string {
    const lines = this.cause.format().split('\n');
    const problems = this.cause.hint === undefined ? lines.length : lines.length - 1;
    return lines.map((line, index) => (index < problems ? `${this.sideLabel}: ${line}` : line)).join('\n');
  }
}

/** Runs `load` and marks any InputError it throws with the side it was found on. */
export async function onSide<T>(side: DiffSideName, sideLabel: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof InputError && !(error instanceof SideInputError)) throw new SideInputError(side, sideLabel, error);
    throw error;
  }
}
