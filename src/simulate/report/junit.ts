/**
 * JUnit XML for CI dashboards: one test case per invariant (skipped when nothing in the run could
 * violate it), one per workflow SLA, and one for
 * fault coverage, which is skipped when the run exercised no recovery path.
 */
import type { InvariantResult, Violation } from '../invariants/types.js';
import type { SimulationReport, WorkflowReport } from '../result.js';
import { formatCount, formatShare, formatTime } from './format.js';
import { escapeXml } from '../../util/xml.js';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; body: string };
  skipped?: string;
  /** Text for the case's system-out. */
  output?: string;
}

function violationText(violation: Violation): string {
  const where = violation.step === undefined ? '' : `${violation.workflow}/${violation.step}: `;
  return `${formatTime(violation.time)} ${where}${violation.message}`;
}

function invariantCase(invariant: InvariantResult): Case {
  const testCase: Case = { classname: 'invariant', name: invariant.id };
  if (!invariant.passed) {
    testCase.failure = {
      message: `${invariant.violationCount} violations of ${invariant.id}`,
      body: invariant.violations.map(violationText).join('\n'),
    };
  } else if (invariant.checked === 0) {
    testCase.skipped = 'nothing in this run could violate it, so it was not checked';
  }
  return testCase;
}

/** Requests offered, accepted and turned away, for the SLA case's output. */
function trafficText(workflow: WorkflowReport): string {
  const share = workflow.rejected === 0 ? '' : ` (${formatShare(workflow.rejectedShare)}); the SLA covers accepted requests only`;
  return `offered ${formatCount(workflow.offered)}, accepted ${formatCount(workflow.accepted)}, turned away ${formatCount(workflow.rejected)}${share}`;
}

function cases(report: SimulationReport): Case[] {
  const result: Case[] = report.invariants.map(invariantCase);
  for (const workflow of report.workflows) {
    const name = `${workflow.id} ${workflow.sla?.id ?? 'SLA'}`;
    if (workflow.sla === null || workflow.slaMet === null) {
      result.push({ classname: 'sla', name, output: trafficText(workflow), skipped: workflow.sla === null ? 'the workflow declares no SLA' : 'no instance of the workflow ran' });
      continue;
    }
    const missed = workflow.sla.targets.filter((target) => !target.met);
    result.push({
      classname: 'sla',
      name,
      output: trafficText(workflow),
      failure: missed.length === 0 ? undefined : {
        message: `${workflow.id} missed ${missed.map((target) => target.percentile).join(', ')}`,
        body: missed.map((target) => `${target.percentile}: measured ${formatTime(target.measured)}, target ${formatTime(target.target)}`).join('\n'),
      },
    });
  }
  result.push({
    classname: 'coverage',
    name: 'fault and recovery paths exercised',
    skipped: report.conclusive ? undefined : 'no fault struck or no recovery path ran, so this run proves nothing about the policies',
  });
  return result;
}

export function renderJunit(report: SimulationReport): string {
  const all = cases(report);
  const failures = all.filter((testCase) => testCase.failure !== undefined).length;
  const skipped = all.filter((testCase) => testCase.skipped !== undefined).length;
  const suite = `retailgov simulate seed ${report.seed}`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(`<testsuites name="retailgov simulate" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`);
  lines.push(`  <testsuite name="${escapeXml(suite)}" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">`);
  for (const testCase of all) {
    const open = `    <testcase classname="${escapeXml(testCase.classname)}" name="${escapeXml(testCase.name)}"`;
    const inner: string[] = [];
    if (testCase.failure !== undefined) {
      inner.push(`      <failure message="${escapeXml(testCase.failure.message)}">${escapeXml(testCase.failure.body)}</failure>`);
    } else if (testCase.skipped !== undefined) {
      inner.push(`      <skipped message="${escapeXml(testCase.skipped)}"/>`);
    }
    if (testCase.output !== undefined) inner.push(`      <system-out>${escapeXml(testCase.output)}</system-out>`);
    lines.push(...(inner.length === 0 ? [`${open}/>`] : [`${open}>`, ...inner, '    </testcase>']));
  }
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}
