/**
 * Option values that the command line lists in its help. They live apart from the commands, so
 * that declaring the commands loads none of them: a lint run does not pay for loading diff,
 * generate or simulate. test/cli/choices.test.ts keeps them equal to what the commands accept.
 */

/** Report formats of `retailgov diff`. */
export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html', 'junit', 'sarif', 'github'] as const;

/** Values of `retailgov diff --fail-on`: a change level, or none. */
export const FAIL_ON_CHOICES = ['breaking', 'warning', 'info', 'none'] as const;

/** Report formats of `retailgov simulate`. */
export const SIMULATE_FORMAT_CHOICES = ['terminal', 'json', 'junit', 'html'] as const;
