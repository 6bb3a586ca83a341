import { describe, expect, it } from 'vitest';
import { DIFF_REPORTERS } from '../../../src/reporters/diff/index.js';
import { BASE_ONLY, EMPTY, ESTATE, EXPIRED, HOSTILE, REVISION_ONLY, SAMPLE, SLA_LOOSENED, WAIVED } from './sample.js';
import { sarifValidator } from './sarif-schema.js';

const { markdown, junit, github, sarif } = DIFF_REPORTERS;

describe('markdown diff report', () => {
  it('starts with a summary table', () => {
    const lines = markdown(SAMPLE).split('\n');
    expect(lines[0]).toBe('## retailgov diff');
    expect(lines).toContain('| breaking | warning | info | waived | expired waivers | in freeze |');
    expect(lines).toContain('| 3 | 1 | 1 | 1 | 1 | 1 |');
  });

  it('shows breaking changes before the collapsed rest', () => {
    const output = markdown(SAMPLE);
    const breaking = output.indexOf('### 3 breaking changes');
    const details = output.indexOf('<details>');
    expect(breaking).toBeGreaterThan(0);
    expect(details).toBeGreaterThan(breaking);
    for (const change of [WAIVED, EXPIRED, BASE_ONLY]) expect(output.indexOf(change.id)).toBeLessThan(details);
    expect(output).toContain('<summary>1 warning</summary>');
    expect(output).toContain('<summary>1 info</summary>');
    expect(output.split('</details>').length - 1).toBe(2);
  });

  it('lists models that are not fully compatible', () => {
    const output = markdown(SAMPLE);
    expect(output).toContain('| `order-v1` | ❌ no | ✅ yes | ❌ no |');
    expect(output).not.toContain('`refund-v1`');
    expect(output).toContain('1 other model fully compatible.');
  });

  it('escapes table cells', () => {
    const row = markdown(SAMPLE).split('\n').find((line) => line.includes(HOSTILE.id));
    expect(row).toContain(`enum value '&lt;script>alert("x")&lt;/script> &amp; 50% \\| off' was added to property 'status'`);
    expect(row?.split(' | ')).toHaveLength(7);
  });

  it('has a direction column', () => {
    const lines = markdown(SAMPLE).split('\n');
    expect(lines).toContain('| contract | location | change | direction | message | why | status |');
    const row = lines.find((line) => line.includes(BASE_ONLY.id));
    expect(row?.split(' | ')[3]).toBe('request');
  });

  it('dates the run and names the approvers', () => {
    const output = markdown(ESTATE);
    expect(output.split('\n')[2]).toBe('`release-2026.11` → `release-2026.12`, run dated 2026-12-20');
    expect(output).toContain('Breaking changes without a valid waiver need the approval of `architecture-board`, `finance-systems`.');
    expect(output).toContain('in freeze christmas-2026 (2026-12-14 to 2027-01-04): Christmas &amp; January sale trading');
  });

  it('names no approvers once breaking changes are waived', () => {
    const waived = { ...SLA_LOOSENED, waiver: { approver: 'architecture-board', reason: 'batch window', expires: '2027-01-31', expired: false } };
    expect(markdown({ ...ESTATE, changes: [waived] })).not.toContain('need the approval');
  });

  it('reports an empty comparison', () => {
    expect(markdown(EMPTY)).toContain('No changes.');
    expect(markdown(EMPTY)).not.toContain('<details>');
  });
});

describe('junit diff report', () => {
  it('has one case per change at warning or above', () => {
    const output = junit(SAMPLE);
    expect(output.match(/<testcase /g)).toHaveLength(4);
    expect(output).not.toContain(REVISION_ONLY.id);
    expect(output).toContain('<testsuites name="retailgov diff release-2026.11 release-2026.12" tests="4" failures="2" errors="0">');
  });

  it('fails unwaived breaking changes only', () => {
    const output = junit(SAMPLE);
    const failed = [...output.matchAll(/<testcase classname="([^"]+)"[^>]*>\n\s+<failure/g)].map((match) => match[1]);
    expect(failed.sort()).toEqual([BASE_ONLY.id, EXPIRED.id].sort());
    expect(output).toMatch(new RegExp(`classname="${WAIVED.id}"[^>]*>\\n\\s+<system-out>breaking: `));
  });

  it('escapes contract text', () => {
    const output = junit(SAMPLE);
    expect(output).not.toContain('<script>');
    expect(output).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 50%');
  });

  it('passes an empty comparison', () => {
    expect(junit(EMPTY)).toContain('<testcase classname="retailgov" name="no breaking changes or warnings"/>');
    expect(junit(EMPTY)).toContain('failures="0"');
  });
});

describe('github diff report', () => {
  it('writes one workflow command per change', () => {
    const lines = github(SAMPLE).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::warning', '::error', '::error', '::warning', '::notice']);
  });

  it('points at the revision with the id as title', () => {
    const line = github(SAMPLE).split('\n').find((candidate) => candidate.includes(WAIVED.id));
    expect(line).toBe(
      `::warning file=contracts/orders.yaml,line=83,col=11,title=${WAIVED.id}::${WAIVED.message}%0AWhy: ${WAIVED.why}%0AUsed by: POST /orders%0AWaived by architecture-board until 2027-01-31: Modena contract ended`,
    );
  });

  it('falls back to the base location', () => {
    const line = github(SAMPLE).split('\n').find((candidate) => candidate.includes(BASE_ONLY.id));
    expect(line?.startsWith(`::error file=contracts/stock.yaml,line=30,col=5,title=${BASE_ONLY.id}::`)).toBe(true);
  });

  it('escapes properties and data', () => {
    const line = github(SAMPLE).split('\n').find((candidate) => candidate.includes(HOSTILE.id));
    expect(line).toContain('file=contracts/refunds%3Av2%2Capi.yaml,line=41,col=13,');
    expect(line).toContain(`& 50%25 | off' was added%0Ato property 'status'%0AWhy: `);
  });

  it('writes nothing for an empty comparison', () => {
    expect(github(EMPTY)).toBe('');
  });
});

describe('sarif diff report', () => {
  it('validates against the 2.1.0 schema', () => {
    const validate = sarifValidator();
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    for (const result of [SAMPLE, EMPTY]) {
      const log = JSON.parse(sarif(result, { toolVersion: '0.1.0' }));
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('declares one rule per change id', () => {
    const run = JSON.parse(sarif(SAMPLE)).runs[0];
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toEqual([...new Set(SAMPLE.changes.map((change) => change.id))].sort());
    const rule = run.tool.driver.rules.find((candidate: { id: string }) => candidate.id === EXPIRED.id);
    expect(rule.help.text).toBe(EXPIRED.why);
    expect(rule.defaultConfiguration.level).toBe('error');
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('places the revision first and the base as related', () => {
    const run = JSON.parse(sarif(SAMPLE)).runs[0];
    const result = run.results.find((candidate: { ruleId: string }) => candidate.ruleId === WAIVED.id);
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'contracts/orders.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 83, startColumn: 11 },
    });
    expect(result.relatedLocations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'contracts/orders.yaml', uriBaseId: 'BASE' },
      region: { startLine: 83, startColumn: 69 },
    });
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe(WAIVED.revision!.pointer);
  });

  it('points a base-only change at the base', () => {
    const run = JSON.parse(sarif(SAMPLE)).runs[0];
    const result = run.results.find((candidate: { ruleId: string }) => candidate.ruleId === BASE_ONLY.id);
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'contracts/stock.yaml', uriBaseId: 'BASE' });
    expect(result.relatedLocations).toBeUndefined();
  });

  it('marks waivers as suppressions', () => {
    const run = JSON.parse(sarif(SAMPLE)).runs[0];
    const statusOf = (id: string) => run.results.find((candidate: { ruleId: string }) => candidate.ruleId === id).suppressions?.[0].status;
    expect(statusOf(WAIVED.id)).toBe('accepted');
    expect(statusOf(EXPIRED.id)).toBe('rejected');
    expect(statusOf(BASE_ONLY.id)).toBeUndefined();
  });

  it('names the tool version when given', () => {
    expect(JSON.parse(sarif(SAMPLE, { toolVersion: '0.1.0' })).runs[0].tool.driver.version).toBe('0.1.0');
    expect(JSON.parse(sarif(SAMPLE)).runs[0].tool.driver).not.toHaveProperty('version');
  });
});
