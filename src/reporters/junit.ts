import { describeLimit } from '../suppress/limits.js';
import { groupByFile } from './summary.js';
import type { Reporter } from './types.js';
import { escapeXml } from '../util/xml.js';

/**
 * JUnit XML: one test suite per file, one failing test case per finding, and a `maxFindings` suite
 * with one failing case per exceeded limit; a clean run is one passing case. Baselined findings
 * are left out.
 */
export const junit: Reporter = (report) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const seconds = (report.durationMs / 1000).toFixed(3);
  const failures = report.findings.length + report.limits.length;
  lines.push(`<testsuites name="retailgov lint" tests="${Math.max(failures, 1)}" failures="${failures}" errors="0" time="${seconds}">`);
  if (failures === 0) {
    lines.push(`  <testsuite name="retailgov lint" tests="1" failures="0" errors="0">`);
    lines.push(`    <testcase classname="retailgov" name="no findings in ${report.fileCount} files"/>`);
    lines.push('  </testsuite>');
  }
  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push(`  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${findings.length}" errors="0">`);
    for (const finding of findings) {
      const where = `${file}:${finding.location.line ?? 1}:${finding.location.column ?? 1}`;
      lines.push(`    <testcase classname="${escapeXml(finding.ruleId)}" name="${escapeXml(`${where} ${finding.ruleId}`)}" file="${escapeXml(file)}">`);
      lines.push(`      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${escapeXml(`${where} ${finding.location.pointer}`.trim())}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  if (report.limits.length > 0) {
    lines.push(`  <testsuite name="maxFindings" tests="${report.limits.length}" failures="${report.limits.length}" errors="0">`);
    for (const breach of report.limits) {
      const message = describeLimit(breach);
      lines.push(`    <testcase classname="maxFindings" name="${escapeXml(`maxFindings ${breach.ruleId}`)}">`);
      lines.push(`      <failure type="limit" message="${escapeXml(message)}">${escapeXml(message)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
};
