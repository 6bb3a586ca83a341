/** Number and time formatting shared by the human-readable reports. */
import { formatDuration } from '../../model/units.js';
import type { WorkflowReport } from '../result.js';

/** Formats simulated milliseconds: `850ms`, `1.2s`, `2m5s`. */
export function formatTime(milliseconds: number | null): string {
  if (milliseconds === null) return '–';
  if (milliseconds < 1000) return `${Math.round(milliseconds)}ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1000).toFixed(1).replace(/\.0$/, '')}s`;
  return formatDuration(milliseconds);
}

/** Formats an integer with thousands separators: `12,345`. */
export function formatCount(value: number): string {
  const digits = String(Math.round(value));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a share between 0 and 1 as a percentage with one decimal. */
export function formatShare(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

/** Returns `count noun` with an `s` for any count but 1. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** Warns that the SLA leaves out the requests a channel turned away. */
export function rejectedNote(workflow: WorkflowReport): string {
  return workflow.rejected === 0 ? '' : `; accepted requests only, ${formatShare(workflow.rejectedShare)} turned away`;
}

/** `97,391 (35.0%)`, or `0`. */
export function rejectedCell(workflow: WorkflowReport): string {
  return workflow.rejected === 0 ? '0' : `${formatCount(workflow.rejected)} (${formatShare(workflow.rejectedShare)})`;
}
