/** The streams and folder a command runs with, so tests can run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;
