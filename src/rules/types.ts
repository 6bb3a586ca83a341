import type { Contract } from '../contracts/types.js';
import type { Location, Severity } from '../findings.js';
import type { SourceFile } from '../workspace/source.js';
import type { Workspace } from '../workspace/types.js';

export type RuleCategory =
  | 'ownership'
  | 'references'
  | 'idempotency'
  | 'coupling'
  | 'resilience'
  | 'sla'
  | 'capacity'
  | 'events'
  | 'change-control'
  | 'contracts';

/** Contract dialects a contract rule can be limited to. */
export type ContractDialect = 'oas2' | 'oas3_0' | 'oas3_1' | 'asyncapi2' | 'asyncapi3';

export interface RuleMeta {
  /** One line: the policy the rule enforces. */
  description: string;
  /** One line: what goes wrong in an estate that breaks the rule. */
  why: string;
  category: RuleCategory;
  /** Severity unless the configuration overrides it. */
  defaultSeverity: Severity;
  /** False for a rule that runs only when the configuration turns it on. Defaults to true. */
  recommended?: boolean;
  /** For a contract rule: the dialects it applies to. Omitted means every dialect. */
  dialects?: readonly ContractDialect[];
  /** Named rulesets besides the recommended one that list the rule, such as `retail`; each is written to rules/<name>.yaml. */
  rulesets?: readonly string[];
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  location: Location;
}

/** Context handed to a rule that checks a whole estate. */
export interface EstateRuleContext {
  workspace: Workspace;
  report(report: Report): void;
}

/** Context handed to a rule that checks one contract. */
export interface ContractRuleContext {
  contract: Contract;
  report(report: Report): void;
}

/** Context handed to a rule that checks each source file on its own: declarations, schemas, contracts. */
export interface FileRuleContext {
  file: SourceFile;
  report(report: Report): void;
}

interface RuleBase {
  /** Kebab-case id, equal to the rule's file name and docs page. */
  id: string;
  meta: RuleMeta;
  /** Message templates by message id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
}

export interface EstateRule extends RuleBase {
  scope: 'estate';
  check(context: EstateRuleContext): void;
}

export interface ContractRule extends RuleBase {
  scope: 'contract';
  check(context: ContractRuleContext): void;
}

export interface FileRule extends RuleBase {
  scope: 'file';
  check(context: FileRuleContext): void;
}

export type Rule = EstateRule | ContractRule | FileRule;
