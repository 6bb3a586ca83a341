import { compareFindings, type Finding, type Severity } from '../findings.js';
import { describeLimit } from '../suppress/limits.js';
import type { LintReport, Reporter } from './types.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

/** Marks a result as new or as accepted by the baseline, when a baseline was applied. */
function baselineProperties(report: LintReport, baselined: boolean) {
  if (report.baselineFile === undefined) return {};
  if (!baselined) return { baselineState: 'new' };
  const justification = `accepted in the baseline file ${report.baselineFile}`;
  return { baselineState: 'unchanged', suppressions: [{ kind: 'external', status: 'accepted', justification }] };
}

/** Reports exceeded `maxFindings` limits as error notifications of the run. */
function limitInvocations(report: LintReport, ruleIndex: Map<string, number>) {
  if (report.limits.length === 0) return {};
  const notifications = report.limits.map((breach) => ({
    level: 'error',
    message: { text: describeLimit(breach) },
    associatedRule: { id: breach.ruleId, ...(ruleIndex.has(breach.ruleId) ? { index: ruleIndex.get(breach.ruleId) } : {}) },
    ...(breach.location === undefined ? {} : {
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: encodeURI(breach.location.file) },
          region: { startLine: breach.location.line ?? 1, startColumn: breach.location.column ?? 1 },
        },
      }],
    }),
  }));
  return { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] };
}

/**
 * SARIF 2.1.0, as read by GitHub code scanning and other static-analysis viewers. Baselined
 * findings are results with `baselineState: unchanged` and an external suppression.
 */
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
  const baselined = new Set<Finding>(report.baselined);
  const all = [...report.findings, ...report.baselined].sort(compareFindings);
  const results = all.map((finding) => ({
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
    ...baselineProperties(report, baselined.has(finding)),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'retailgov', version: report.toolVersion, rules } },
        ...limitInvocations(report, ruleIndex),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The workspace root.' } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
