import { InputError } from '../../errors.js';
import type { Workspace } from '../../workspace/types.js';
import type { GenerateWarning } from '../warnings.js';

/** Reports problems of one declaration node with file, line and column. */
export class DeclarationDiagnostics {
  readonly warnings: GenerateWarning[] = [];

  constructor(private readonly workspace: Workspace) {}

  private where(node: object, path: Array<string | number>): { file: string; line: number; column: number } {
    const location = this.workspace.locate(node, ...path);
    const file = this.workspace.declarationFiles.find((candidate) => candidate.path === location.file);
    const position = file === undefined ? { line: 1, column: 1 } : file.position(location.pointer);
    return { file: location.file, ...position };
  }

  /** Returns an InputError placed at `path` below `node`. */
  error(node: object, path: Array<string | number>, message: string, hint: string): InputError {
    return new InputError(message, this.where(node, path), hint);
  }

  /** Records a warning placed at `path` below `node`. */
  warn(node: object, path: Array<string | number>, message: string): void {
    this.warnings.push({ ...this.where(node, path), message });
  }
}
