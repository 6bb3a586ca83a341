import { codeclimate } from './codeclimate.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Reporters by the name given to `--format`. */
export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json, sarif, junit, github, markdown, codeclimate };

export type { LintReport, Reporter, ReporterOptions } from './types.js';
