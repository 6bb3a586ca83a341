import type { DiffResult } from '../../diff/types.js';

export interface DiffReporterOptions {
  /** Colours the text report with ANSI escapes; the other formats ignore it. */
  color?: boolean;
  /** Version of retailgov, written into the SARIF tool description when given. */
  toolVersion?: string;
}

/** A pure function from a comparison result to the text to write. */
export type DiffReporter = (result: DiffResult, options?: DiffReporterOptions) => string;
