/**
 * Inline SVG charts for the HTML report: a latency histogram, a line chart over simulated time,
 * and a timeline of fault windows. Every label goes through `escapeXml`.
 */
import { formatCount, formatTime } from './format.js';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 56;
const BOTTOM = 28;
const TOP = 12;
const RIGHT = 12;

function number(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function frame(title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<line x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH - RIGHT}" y2="${HEIGHT - BOTTOM}" class="axis"/>`,
    `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${HEIGHT - BOTTOM}" class="axis"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'middle'): string {
  return `<text x="${number(x)}" y="${number(y)}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
}

/** Draws a bar per latency bin, on a logarithmic time axis. */
export function latencyChart(title: string, bins: Array<{ from: number; to: number; count: number }>): string {
  if (bins.length === 0) return frame(title, [label(WIDTH / 2, HEIGHT / 2, 'no completed instance')]);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const highest = Math.max(...bins.map((bin) => bin.count), 1);
  const barWidth = plotWidth / bins.length;
  const body = bins.map((bin, index) => {
    const height = (bin.count / highest) * plotHeight;
    const x = LEFT + index * barWidth;
    return `<rect x="${number(x + 1)}" y="${number(HEIGHT - BOTTOM - height)}" width="${number(Math.max(1, barWidth - 2))}" height="${number(height)}" class="bar"><title>${escapeXml(`${formatTime(bin.from)}–${formatTime(bin.to)}: ${formatCount(bin.count)}`)}</title></rect>`;
  });
  body.push(label(LEFT, HEIGHT - 8, formatTime(bins[0].from), 'start'));
  body.push(label(WIDTH - RIGHT, HEIGHT - 8, formatTime(bins[bins.length - 1].to), 'end'));
  body.push(label(LEFT - 6, TOP + 10, formatCount(highest), 'end'));
  return frame(title, body);
}

export interface Series {
  name: string;
  className: string;
  values: number[];
}

/** Lines over simulated time; `interval` is the time between two values. */
export function lineChart(title: string, interval: number, series: Series[]): string {
  const length = Math.max(...series.map((entry) => entry.values.length), 0);
  if (length < 2) return frame(title, [label(WIDTH / 2, HEIGHT / 2, 'too short to chart')]);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const highest = Math.max(1, ...series.flatMap((entry) => entry.values));
  const body = series.map((entry) => {
    const points = entry.values.map((value, index) =>
      `${number(LEFT + (index / (length - 1)) * plotWidth)},${number(HEIGHT - BOTTOM - (value / highest) * plotHeight)}`);
    return `<polyline points="${points.join(' ')}" class="${escapeXml(entry.className)}"><title>${escapeXml(entry.name)}</title></polyline>`;
  });
  body.push(label(LEFT, HEIGHT - 8, '0', 'start'));
  body.push(label(WIDTH - RIGHT, HEIGHT - 8, formatTime((length - 1) * interval), 'end'));
  body.push(label(LEFT - 6, TOP + 10, formatCount(highest), 'end'));
  return frame(title, body);
}

export interface Window {
  label: string;
  start: number;
  end: number;
}

/** Draws one row per window, on a time axis from 0 to `length`. */
export function timelineChart(title: string, length: number, windows: Window[]): string {
  const rowHeight = 22;
  const height = TOP + BOTTOM + Math.max(1, windows.length) * rowHeight;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const scale = (time: number): number => LEFT + (Math.min(time, length) / Math.max(length, 1)) * plotWidth;
  const body: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<line x1="${LEFT}" y1="${height - BOTTOM}" x2="${WIDTH - RIGHT}" y2="${height - BOTTOM}" class="axis"/>`,
  ];
  windows.forEach((window, index) => {
    const y = TOP + index * rowHeight;
    const x = scale(window.start);
    const width = Math.max(2, scale(window.end) - x);
    body.push(`<rect x="${number(x)}" y="${number(y + 3)}" width="${number(width)}" height="${rowHeight - 6}" class="fault"><title>${escapeXml(`${window.label}: ${formatTime(window.start)}–${formatTime(window.end)}`)}</title></rect>`);
    body.push(label(x + 4, y + rowHeight - 7, window.label, 'start'));
  });
  if (windows.length === 0) body.push(label(WIDTH / 2, TOP + 14, 'no faults'));
  body.push(label(LEFT, height - 8, '0', 'start'));
  body.push(label(WIDTH - RIGHT, height - 8, formatTime(length), 'end'));
  body.push('</svg>');
  return body.join('\n');
}
