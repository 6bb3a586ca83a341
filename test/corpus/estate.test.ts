import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Finding } from '../../src/findings.js';
import { lintWorkspaceFolder } from '../../src/lint/lint.js';
import { RULES } from '../../src/rules/registry.js';
import type { Estate } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS_DIR } from '../helpers/corpus.js';

const ESTATE_RULES = RULES.filter((rule) => rule.scope === 'estate');
const ESTATE_RULE_IDS = new Set(ESTATE_RULES.map((rule) => rule.id));
const ESTATE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'estate');
/** Contract paths in the declarations start with this folder, which the test fills from the corpus. */
const CORPUS_PREFIX = 'corpus/';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every governance finding on the estate except contract-operation-used, each checked against the
 * contract it points into (the YAML comment next to each step gives the reason).
 */
const EXPECTED_FINDINGS = [
  {
    // PUT /V1/orders/create has no header parameter and one body property, `entity`.
    ruleId: 'idempotency-key-in-contract',
    messageId: 'operationWithoutKey',
    severity: 'error',
    file: 'corpus/adobe-commerce/admin-schema-2.4.6.json',
    pointer: '/paths/~1V1~1orders~1create/put',
    step: 'create-oms-order',
  },
  {
    // The CloudEvents headers of SAP's events have no traceparent, and no message has a correlationId.
    ruleId: 'event-carries-correlation-id',
    messageId: 'messageWithoutCorrelationId',
    severity: 'error',
    file: 'corpus/sap-events/CE_BUSINESSPARTNEREVENTS.asyncapi.json',
    pointer: '/components/messages/sap_s4_beh_businesspartner_v1_BusinessPartner_Changed_v1',
    step: 'business-partner-changed',
  },
  {
    ruleId: 'event-carries-correlation-id',
    messageId: 'messageWithoutCorrelationId',
    severity: 'error',
    file: 'corpus/sap-events/CE_BUSINESSPARTNEREVENTS.asyncapi.json',
    pointer: '/components/messages/sap_s4_beh_businesspartner_v1_BusinessPartner_Created_v1',
    step: 'business-partner-created',
  },
  {
    // POST /A_SalesOrder declares no parameters at all, so no Repeatability-Request-ID header.
    ruleId: 'idempotency-key-in-contract',
    messageId: 'operationWithoutKey',
    severity: 'error',
    file: 'corpus/sap-s4hana/SALES_ORDER_SRV.json',
    pointer: '/paths/~1A_SalesOrder/post',
    step: 'post-erp-order',
  },
];

interface Declarations {
  contracts: Array<{ id: string; path: string }>;
  steps: Array<{ contract: string; operation: string }>;
}

/** Reads the estate's YAML files directly (not through the product) for what the test must know. */
function readDeclarations(): Declarations {
  const read = (relative: string): Partial<Estate> => parseYaml(readFileSync(path.join(ESTATE_DIR, relative), 'utf8')) as Partial<Estate>;
  const systems = read('systems.yaml').systems ?? [];
  const workflowFiles = readdirSync(path.join(ESTATE_DIR, 'workflows')).map((name) => `workflows/${name}`);
  const steps = workflowFiles.flatMap((file) => (read(file).workflows ?? []).flatMap((workflow) => workflow.steps));
  return {
    contracts: systems.flatMap((system) => system.contracts ?? []),
    steps: steps.flatMap((step) => (step.operation === undefined ? [] : [step.operation])),
  };
}

function readContract(relative: string): { paths?: Record<string, Record<string, { operationId?: string }>> } {
  const text = readFileSync(path.join(CORPUS_DIR, relative), 'utf8');
  return relative.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

/** Lists a contract's operations as `METHOD /path` with their operationIds. */
function listOperations(relative: string): Array<{ route: string; operationId?: string }> {
  const operations: Array<{ route: string; operationId?: string }> = [];
  for (const [route, item] of Object.entries(readContract(relative).paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation !== undefined) operations.push({ route: `${method.toUpperCase()} ${route}`, operationId: operation.operationId });
    }
  }
  return operations;
}

/** Unused operations per contract file: all its operations minus those some step calls. */
function expectedUnusedOperations(declarations: Declarations): Record<string, number> {
  const unused: Record<string, number> = {};
  for (const contract of declarations.contracts) {
    const relative = contract.path.slice(CORPUS_PREFIX.length);
    const operations = listOperations(relative);
    if (operations.length === 0) continue;
    const used = new Set(
      declarations.steps
        .filter((step) => step.contract === contract.id)
        .map((step) => operations.find((operation) => operation.operationId === step.operation || operation.route === step.operation)?.route),
    );
    unused[contract.path] = operations.filter((operation) => !used.has(operation.route)).length;
  }
  return unused;
}

function countByFile(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.location.file] = (counts[finding.location.file] ?? 0) + 1;
  return counts;
}

describe('estate over real contracts', () => {
  const declarations = readDeclarations();
  let workspace: string;
  let findings: Finding[];

  beforeAll(async () => {
    // The workspace is a copy: declarations from the repository, contracts from the corpus.
    workspace = mkdtempSync(path.join(tmpdir(), 'retailgov-corpus-estate-'));
    cpSync(ESTATE_DIR, workspace, { recursive: true });
    for (const contract of declarations.contracts) {
      const target = path.join(workspace, contract.path);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(CORPUS_DIR, contract.path.slice(CORPUS_PREFIX.length)), target);
    }
    // Governance rules only: the contract rules' findings on these vendor contracts are asserted
    // by the contracts suite.
    findings = (await lintWorkspaceFolder(workspace, { rules: ESTATE_RULES })).findings;
  });

  afterAll(() => {
    if (workspace !== undefined) rmSync(workspace, { recursive: true, force: true });
  });

  it('points every contract into the corpus', () => {
    expect(declarations.contracts).toHaveLength(7);
    for (const contract of declarations.contracts) expect(contract.path.startsWith(CORPUS_PREFIX)).toBe(true);
  });

  it('reports exactly the verified governance findings', () => {
    const governance = findings
      .filter((finding) => finding.ruleId !== 'contract-operation-used')
      .map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        file: finding.location.file,
        pointer: finding.location.pointer,
      }));

    expect(governance).toEqual(EXPECTED_FINDINGS.map(({ step: _step, ...rest }) => rest));
  });

  it('names the declaring step in each finding', () => {
    const governance = findings.filter((finding) => finding.ruleId !== 'contract-operation-used');
    EXPECTED_FINDINGS.forEach((expected, index) => {
      expect(governance[index]?.message).toContain(`step '${expected.step}'`);
    });
  });

  it('reports each unused contract operation once', () => {
    const unused = findings.filter((finding) => finding.ruleId === 'contract-operation-used');
    const expected = expectedUnusedOperations(declarations);

    expect(unused.every((finding) => finding.messageId === 'unusedOperation' && finding.severity === 'info')).toBe(true);
    expect(countByFile(unused)).toEqual(expected);
    expect(unused).toHaveLength(Object.values(expected).reduce((sum, count) => sum + count, 0));
  });

  it('exits 1 through the CLI with the same findings', async () => {
    const run = await runCli(['lint', workspace, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; severity: string }> };
    const governance = report.findings.filter((finding) => ESTATE_RULE_IDS.has(finding.ruleId));

    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(governance.filter((finding) => finding.severity === 'error')).toHaveLength(EXPECTED_FINDINGS.length);
    expect(governance).toHaveLength(findings.length);
  });
});
