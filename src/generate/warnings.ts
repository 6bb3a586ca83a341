/** Problems that do not stop generation, placed in a declaration or contract file. */

export interface GenerateWarning {
  /** Path of the file, relative to the estate folder (or to the contract's root folder). */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Formats a warning as `file:line:column: warning: message`; `file` replaces the warning's path, such as one relative to the current folder. */
export function formatWarning(warning: GenerateWarning, file: string = warning.file): string {
  return `${file}:${warning.line}:${warning.column}: warning: ${warning.message}`;
}
