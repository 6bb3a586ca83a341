import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { DiffReporter } from './types.js';

export type DiffFormat = 'text' | 'json' | 'markdown' | 'html' | 'junit' | 'sarif' | 'github';

/** Diff reporters by the name given to `--format`. */
export const DIFF_REPORTERS: Readonly<Record<DiffFormat, DiffReporter>> = { text, json, markdown, html, junit, sarif, github };

export type { DiffReporter, DiffReporterOptions } from './types.js';
