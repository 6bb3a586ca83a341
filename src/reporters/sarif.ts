import type { Severity } from '../findings.js';
import type { Reporter } from './types.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

/** SARIF 2.1.0, as read by GitHub code scanning and other static-analysis viewers. */
export const sarif: Reporter = (report) => {
  const rules = report.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.why },
    help: { text: `See docs/rules/${rule.id}.md in the retailgov package.` },
    defaultConfiguration: { level: LEVELS[rule.meta.defaultSeverity] },
    properties: { category: rule.meta.category },
  }));
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const results = report.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.location.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.location.line ?? 1, startColumn: finding.location.column ?? 1 },
        },
        logicalLocations: finding.location.pointer === '' ? undefined : [{ fullyQualifiedName: finding.location.pointer, kind: 'member' }],
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'retailgov', version: report.toolVersion, rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The workspace root.' } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
