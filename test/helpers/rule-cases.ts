import type { Finding } from '../../src/findings.js';
import { lintWorkspace, writeWorkspace } from './estate.js';

/** An expected finding: rule id, message id, JSON pointer, and the file when not ownership.yaml. */
export type ExpectedFinding = [ruleId: string, messageId: string, pointer: string, file?: string];

/** One row of a rule's table: a whole workspace and every finding the rule must report on it. */
export interface RuleCase {
  name: string;
  files: Record<string, string>;
  expected: ExpectedFinding[];
}

function toExpected(finding: Finding): ExpectedFinding {
  const row: ExpectedFinding = [finding.ruleId, finding.messageId, finding.location.pointer];
  if (finding.location.file !== 'ownership.yaml') row.push(finding.location.file);
  return row;
}

/** Writes the case's workspace, lints it with `ruleId` alone and returns its findings as rows. */
export async function findingRows(ruleId: string, files: Record<string, string>): Promise<ExpectedFinding[]> {
  const findings = await lintWorkspace(writeWorkspace(files), [ruleId]);
  return findings.map(toExpected);
}

/** Lints the workspace with `ruleId` alone and returns the finding messages, in report order. */
export async function findingMessages(ruleId: string, files: Record<string, string>): Promise<string[]> {
  const findings = await lintWorkspace(writeWorkspace(files), [ruleId]);
  return findings.map((finding) => finding.message);
}
