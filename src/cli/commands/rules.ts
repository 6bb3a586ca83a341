import { RULES } from '../../rules/registry.js';
import { UsageError } from '../../errors.js';
import { EXIT } from '../io.js';
import type { CommandResult } from '../output.js';

/** Lists the built-in rules as a table or as JSON. */
export function runRulesCommand(options: { format: string }): CommandResult {
  if (options.format === 'json') {
    const rules = RULES.map((rule) => ({
      id: rule.id,
      scope: rule.scope,
      category: rule.meta.category,
      severity: rule.meta.defaultSeverity,
      description: rule.meta.description,
      why: rule.meta.why,
    }));
    return { exitCode: EXIT.ok, outputs: [{ target: 'stdout', text: JSON.stringify(rules, null, 2) + '\n' }] };
  }
  if (options.format !== 'text') throw new UsageError(`unknown --format '${options.format}'; use text or json`);
  const width = Math.max(...RULES.map((rule) => rule.id.length), 2);
  const lines = RULES.map((rule) =>
    `${rule.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.scope.padEnd(8)}  ${rule.meta.description}`,
  );
  const header = `${'id'.padEnd(width)}  level  scope     description`;
  return { exitCode: EXIT.ok, outputs: [{ target: 'stdout', text: [header, ...lines, `${RULES.length} rules`].join('\n') + '\n' }] };
}
