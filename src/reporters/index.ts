import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Reporters by the name given to `--format`. */
export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json, sarif };

export type { LintReport, Reporter, ReporterOptions } from './types.js';
