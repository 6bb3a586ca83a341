/**
 * JUnit XML for CI dashboards: one test case per invariant, one per workflow SLA, and one for
 * fault coverage, which is skipped when the run exercised no recovery path.
 */
import type { SimulationReport } from '../result.js';
import { formatTime } from './format.js';
import { escapeXml } from '../../util/xml.js';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; body: string };
  skipped?: string;
}

function cases(report: SimulationReport): Case[] {
  const result: Case[] = report.invariants.map((invariant) => ({
    classname: 'invariant',
    name: invariant.id,
    failure: invariant.passed ? undefined : {
      message: `${invariant.violationCount} violations of ${invariant.id}`,
      body: invariant.violations.map((violation) => `${formatTime(violation.time)} ${violation.message}`).join('\n'),
    },
  }));
  for (const workflow of report.workflows) {
    const name = `${workflow.id} ${workflow.sla?.id ?? 'SLA'}`;
    if (workflow.sla === null || workflow.slaMet === null) {
      result.push({ classname: 'sla', name, skipped: workflow.sla === null ? 'the workflow declares no SLA' : 'no instance of the workflow ran' });
      continue;
    }
    const missed = workflow.sla.targets.filter((target) => !target.met);
    result.push({
      classname: 'sla',
      name,
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
    if (testCase.failure !== undefined) {
      lines.push(`${open}>`, `      <failure message="${escapeXml(testCase.failure.message)}">${escapeXml(testCase.failure.body)}</failure>`, '    </testcase>');
    } else if (testCase.skipped !== undefined) {
      lines.push(`${open}>`, `      <skipped message="${escapeXml(testCase.skipped)}"/>`, '    </testcase>');
    } else {
      lines.push(`${open}/>`);
    }
  }
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}
