import { dialectOf, type Contract } from '../contracts/types.js';
import type { Finding, Severity } from '../findings.js';
import { compareFindings } from '../findings.js';
import type { ContractRule, EstateRule, FileRule, Report, Rule } from '../rules/types.js';
import type { SourceFile } from '../workspace/source.js';
import type { Workspace } from '../workspace/types.js';

/** Per-rule severity overrides; `off` disables a rule. */
export type SeverityOverrides = Record<string, Severity | 'off'>;

/** Replaces `{{name}}` placeholders in a message template. */
export function formatMessage(template: string, data: Report['data'] = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    data[name] === undefined ? whole : String(data[name]),
  );
}

function severityOf(rule: Rule, overrides: SeverityOverrides): Severity | 'off' {
  const configured = overrides[rule.id];
  if (configured !== undefined) return configured;
  return rule.meta.recommended === false ? 'off' : rule.meta.defaultSeverity;
}

function toFinding(rule: Rule, severity: Severity, report: Report): Finding {
  const template = rule.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id ${report.messageId}`);
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    severity,
    location: { ...report.location },
  };
}

/** Runs the estate rules over a workspace and returns unsorted findings without positions. */
export function runEstateRules(workspace: Workspace, rules: readonly Rule[], overrides: SeverityOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'estate') continue;
    const severity = severityOf(rule, overrides);
    if (severity === 'off') continue;
    (rule as EstateRule).check({ workspace, report: (report) => findings.push(toFinding(rule, severity, report)) });
  }
  return findings;
}

/** Runs the contract rules over one contract and returns unsorted findings without positions. */
export function runContractRules(contract: Contract, rules: readonly Rule[], overrides: SeverityOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  const dialect = dialectOf(contract);
  for (const rule of rules) {
    if (rule.scope !== 'contract') continue;
    if (rule.meta.dialects !== undefined && !rule.meta.dialects.includes(dialect)) continue;
    const severity = severityOf(rule, overrides);
    if (severity === 'off') continue;
    (rule as ContractRule).check({ contract, report: (report) => findings.push(toFinding(rule, severity, report)) });
  }
  return findings;
}

/** Runs the file rules over each source file once and returns unsorted findings without positions. */
export function runFileRules(files: Iterable<SourceFile>, rules: readonly Rule[], overrides: SeverityOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  // Two contracts may `$ref` the same shared file.
  const unique = new Map<string, SourceFile>();
  for (const file of files) unique.set(file.path, file);
  for (const rule of rules) {
    if (rule.scope !== 'file') continue;
    const severity = severityOf(rule, overrides);
    if (severity === 'off') continue;
    for (const file of unique.values()) {
      (rule as FileRule).check({ file, report: (report) => findings.push(toFinding(rule, severity, report)) });
    }
  }
  return findings;
}

/** Fills in line and column from the source files, drops exact duplicates, and sorts. */
export function resolvePositions(findings: Finding[], files: Iterable<SourceFile>): Finding[] {
  const byPath = new Map<string, SourceFile>();
  for (const file of files) byPath.set(file.path, file);
  // Positions are looked up per file in one call, which reads a JSON file once for all its findings.
  const unplaced = new Map<SourceFile, Finding[]>();
  for (const finding of findings) {
    const source = byPath.get(finding.location.file);
    if (source === undefined || finding.location.line !== undefined) continue;
    const list = unplaced.get(source);
    if (list === undefined) unplaced.set(source, [finding]);
    else list.push(finding);
  }
  for (const [source, list] of unplaced) {
    const positions = source.positions(list.map((finding) => finding.location.pointer));
    list.forEach((finding, index) => {
      finding.location.line = positions[index].line;
      finding.location.column = positions[index].column;
    });
  }
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.ruleId}\0${finding.location.file}\0${finding.location.pointer}\0${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(finding);
  }
  return unique.sort(compareFindings);
}
