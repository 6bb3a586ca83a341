import { isLevelAtLeast, type Change } from '../../diff/types.js';
import { changesByContract, formatLocation, isFailing, primaryLocation } from './common.js';
import type { DiffReporter } from './types.js';
import { escapeXml } from '../../util/xml.js';

function details(change: Change): string {
  const lines = [change.message, `why: ${change.why}`];
  if (change.revision !== undefined) lines.push(`revision: ${formatLocation(change.revision)} ${change.revision.pointer}`.trimEnd());
  if (change.base !== undefined) lines.push(`base: ${formatLocation(change.base)} ${change.base.pointer}`.trimEnd());
  if (change.usedBy !== undefined && change.usedBy.length > 0) lines.push(`used by: ${change.usedBy.join(', ')}`);
  if (change.waiver !== undefined) {
    const { approver, reason, expires, expired } = change.waiver;
    lines.push(`${expired ? 'expired waiver' : 'waiver'}: ${approver} until ${expires}: ${reason}`);
  }
  if (change.freeze !== undefined) lines.push(`freeze: ${change.freeze.id} (${change.freeze.start} to ${change.freeze.end})`);
  return lines.join('\n');
}

/**
 * JUnit XML: one test suite per contract and one test case per change at warning level or above.
 * A breaking change without a valid waiver is a failure; warnings and waived changes pass, with
 * their details in `system-out`. Without such changes the report is one passing case.
 */
export const junit: DiffReporter = (result) => {
  const changes = result.changes.filter((change) => isLevelAtLeast(change.level, 'warning'));
  const failures = changes.filter(isFailing).length;
  const name = escapeXml(`retailgov diff ${result.base} ${result.revision}`);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(`<testsuites name="${name}" tests="${Math.max(changes.length, 1)}" failures="${failures}" errors="0">`);
  if (changes.length === 0) {
    lines.push('  <testsuite name="retailgov diff" tests="1" failures="0" errors="0">');
    lines.push('    <testcase classname="retailgov" name="no breaking changes or warnings"/>');
    lines.push('  </testsuite>');
  }
  for (const [contract, group] of changesByContract(changes, result)) {
    const groupFailures = group.filter(isFailing).length;
    lines.push(`  <testsuite name="${escapeXml(contract)}" tests="${group.length}" failures="${groupFailures}" errors="0">`);
    for (const change of group) {
      const location = primaryLocation(change);
      const where = location === undefined ? contract : formatLocation(location);
      const file = location === undefined ? '' : ` file="${escapeXml(location.file)}"`;
      lines.push(`    <testcase classname="${escapeXml(change.id)}" name="${escapeXml(`${where} ${change.id}`)}"${file}>`);
      if (isFailing(change)) {
        lines.push(`      <failure type="${change.level}" message="${escapeXml(change.message)}">${escapeXml(details(change))}</failure>`);
      } else {
        lines.push(`      <system-out>${escapeXml(`${change.level}: ${details(change)}`)}</system-out>`);
      }
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
};
