/**
 * Expected failures. Each carries what the user needs to fix the input: the file, the position and
 * the next step. The CLI prints them as one line and exits with 2; any other error is a bug.
 */
export interface ErrorPosition {
  file: string;
  line?: number;
  column?: number;
}

/** Invalid input: unreadable, malformed or hostile files, broken references. */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
  /** Further problems found in the same pass, such as the other schema errors of a file. */
  readonly others: InputError[];

  constructor(message: string, position?: ErrorPosition, hint?: string, others: InputError[] = []) {
    super(message);
    this.name = 'InputError';
    this.file = position?.file;
    this.line = position?.line;
    this.column = position?.column;
    this.hint = hint;
    this.others = others;
  }

  /** Formats as `file:line:column: message. hint`, one line per problem. */
  format(): string {
    const lines = [this, ...this.others].map((error) => {
      const where = error.file === undefined
        ? ''
        : `${error.file}${error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`}: `;
      return `${where}${error.message}`;
    });
    return lines.join('\n') + (this.hint === undefined ? '' : `\n${this.hint}.`);
  }
}

/** Invalid command line: unknown option values, missing paths. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
