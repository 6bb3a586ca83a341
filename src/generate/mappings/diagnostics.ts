import { InputError } from '../../errors.js';
import type { Workspace } from '../../workspace/types.js';

/** Reports problems of one declaration node with file, line and column. */
export class DeclarationDiagnostics {
  readonly warnings: string[] = [];

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

  /** Records a warning placed at `path` below `node`, formatted as `file:line:column: warning: message`. */
  warn(node: object, path: Array<string | number>, message: string): void {
    const { file, line, column } = this.where(node, path);
    this.warnings.push(`${file}:${line}:${column}: warning: ${message}`);
  }
}
