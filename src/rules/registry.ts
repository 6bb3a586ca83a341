import type { Rule } from './types.js';

// Add a rule with one import and one list entry; the lists are sorted by id when read.

const GOVERNANCE_RULES: Rule[] = [
];

const CONTRACT_RULES: Rule[] = [
];

/** Every built-in rule, sorted by id. */
export const RULES: readonly Rule[] = [...GOVERNANCE_RULES, ...CONTRACT_RULES].sort((a, b) =>
  a.id.localeCompare(b.id),
);

/** Returns the built-in rule with `id`, or undefined. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
