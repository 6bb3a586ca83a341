import { describe, expect, it } from 'vitest';
import { lintContract } from './contract-lint.js';

/** One row of a contract rule table: the files (or the text of `api.yaml`) and every expected finding. */
export interface ContractCase {
  name: string;
  files: Record<string, string> | string;
  /** Expected findings in reported order, as [ruleId, messageId, pointer]. */
  expected: Array<[string, string, string]>;
}

/** Runs each case through the rule alone and compares the whole list of findings. */
export function describeContractRule(ruleId: string, cases: ContractCase[]): void {
  describe(ruleId, () => {
    for (const { name, files, expected } of cases) {
      it(name, async () => {
        const workspace = typeof files === 'string' ? { 'api.yaml': files } : files;
        const findings = await lintContract(workspace, [ruleId]);
        expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.location.pointer])).toEqual(expected);
      });
    }
  });
}

export const OAS2 = "swagger: '2.0'\ninfo: {title: Orders, version: '1'}\n";
export const OAS30 = "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\n";
export const OAS31 = "openapi: 3.1.0\ninfo: {title: Orders, version: '1'}\n";
