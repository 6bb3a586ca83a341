/**
 * Inline SVG charts for the HTML report: a latency histogram with percentile and SLA markers, a
 * line chart over simulated time with shaded fault windows, and a timeline of fault windows.
 * Every label goes through `escapeXml`.
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
const HEIGHT = 220;
const LEFT = 64;
const BOTTOM = 40;
const TOP = 22;
const RIGHT = 16;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

/** Time steps an axis may tick at, in milliseconds. */
const TIME_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
  600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000];

function number(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function svgOpen(title: string, height: number): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
  ];
}

function frame(title: string, body: string[]): string {
  return [
    ...svgOpen(title, HEIGHT),
    ...body,
    `<line x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH - RIGHT}" y2="${HEIGHT - BOTTOM}" class="axis"/>`,
    `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${HEIGHT - BOTTOM}" class="axis"/>`,
    '</svg>',
  ].join('\n');
}

function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'middle', className?: string): string {
  const cls = className === undefined ? '' : ` class="${className}"`;
  return `<text x="${number(x)}" y="${number(y)}" text-anchor="${anchor}"${cls}>${escapeXml(text)}</text>`;
}

/** Tick marks and labels along the bottom axis at `y`. */
function xTicks(ticks: Array<{ x: number; text: string }>, y: number, unit: string): string[] {
  const body = ticks.flatMap((tick) => [
    `<line x1="${number(tick.x)}" y1="${y}" x2="${number(tick.x)}" y2="${y + 4}" class="axis"/>`,
    label(tick.x, y + 15, tick.text),
  ]);
  body.push(label(WIDTH - RIGHT, y + 30, unit, 'end', 'unit'));
  return body;
}

/** Count ticks up the left axis, with light grid lines, from 0 to `highest`. */
function yTicks(highest: number, unit: string): string[] {
  const step = niceStep(highest / 4);
  const body: string[] = [];
  for (let value = 0; value <= highest; value += step) {
    const y = HEIGHT - BOTTOM - (value / highest) * PLOT_HEIGHT;
    body.push(`<line x1="${LEFT - 4}" y1="${number(y)}" x2="${WIDTH - RIGHT}" y2="${number(y)}" class="grid"/>`);
    body.push(label(LEFT - 7, y + 4, formatCount(value), 'end'));
  }
  body.push(label(LEFT - 7, TOP - 8, unit, 'end', 'unit'));
  return body;
}

/** 1, 2 or 5 times a power of ten, at least `raw` (and at least 1). */
function niceStep(raw: number): number {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** Tick times from 0 to `length`, at most about eight. */
export function timeTicks(length: number): number[] {
  const step = TIME_STEPS.find((candidate) => length / candidate <= 8) ?? niceStep(length / 8);
  const ticks: number[] = [];
  for (let time = 0; time <= length + 1e-9; time += step) ticks.push(time);
  return ticks;
}

export interface Marker {
  label: string;
  value: number;
  /** CSS class of the line: `sla`, `percentile`. */
  className: string;
}

/** Draws a bar per latency bin, on a logarithmic time axis, with a vertical line per marker. */
export function latencyChart(title: string, bins: Array<{ from: number; to: number; count: number }>, markers: Marker[] = []): string {
  if (bins.length === 0) return frame(title, [label(WIDTH / 2, HEIGHT / 2, 'no completed instance')]);
  const raw = Math.max(...bins.map((bin) => bin.count), 1);
  const highest = niceStep(raw / 4) * Math.ceil(raw / niceStep(raw / 4));
  const barWidth = PLOT_WIDTH / bins.length;
  const body = yTicks(highest, 'instances');
  bins.forEach((bin, index) => {
    const height = (bin.count / highest) * PLOT_HEIGHT;
    const x = LEFT + index * barWidth;
    body.push(`<rect x="${number(x + 1)}" y="${number(HEIGHT - BOTTOM - height)}" width="${number(Math.max(1, barWidth - 2))}" height="${number(height)}" class="bar"><title>${escapeXml(`${formatTime(bin.from)}–${formatTime(bin.to)}: ${formatCount(bin.count)}`)}</title></rect>`);
  });
  // Bin edges are logarithmic, so a value's position is interpolated on the logarithm within its bin.
  const position = (value: number): number | undefined => {
    const index = bins.findIndex((bin) => value <= bin.to);
    if (index < 0 || value < bins[0].from) return undefined;
    const bin = bins[index];
    const low = Math.log(Math.max(bin.from, 1e-6));
    const high = Math.log(Math.max(bin.to, 1e-6));
    const within = high > low ? (Math.log(Math.max(value, 1e-6)) - low) / (high - low) : 0;
    return LEFT + (index + Math.min(1, Math.max(0, within))) * barWidth;
  };
  const every = Math.max(1, Math.ceil(bins.length / 6));
  const ticks = bins.flatMap((bin, index) => (index % every === 0 && bins.length - index > every / 2
    ? [{ x: LEFT + index * barWidth, text: formatTime(bin.from) }] : []));
  ticks.push({ x: WIDTH - RIGHT, text: formatTime(bins[bins.length - 1].to) });
  body.push(...xTicks(ticks, HEIGHT - BOTTOM, 'latency (logarithmic)'));
  const rows: Array<Array<[number, number]>> = [];
  let offChart = 0;
  for (const marker of markers) {
    const x = position(marker.value);
    const text = `${marker.label} ${formatTime(marker.value)}`;
    if (x === undefined) {
      body.push(label(WIDTH - RIGHT, HEIGHT - BOTTOM - 6 - offChart++ * 12, `${text} (off the chart)`, 'end', marker.className));
      continue;
    }
    // Labels stack in rows at the top so that markers close together stay readable.
    const anchor = x > WIDTH - RIGHT - 100 ? 'end' : 'start';
    // About 6 pixels a character at 11px; labels stack in rows so that none overlaps another.
    const span: [number, number] = anchor === 'end' ? [x - 3 - text.length * 6, x] : [x, x + 3 + text.length * 6];
    let row = 0;
    while (rows[row]?.some(([from, to]) => span[0] < to + 4 && from < span[1] + 4) === true) row++;
    (rows[row] ??= []).push(span);
    body.push(`<line x1="${number(x)}" y1="${TOP}" x2="${number(x)}" y2="${HEIGHT - BOTTOM}" class="marker ${marker.className}"><title>${escapeXml(text)}</title></line>`);
    body.push(label(anchor === 'end' ? x - 3 : x + 3, TOP - 8 + row * 12, text, anchor, marker.className));
  }
  return frame(title, body);
}

export interface Series {
  name: string;
  className: string;
  values: number[];
}

export interface Window {
  label: string;
  start: number;
  end: number;
}

export interface LineChartOptions {
  /** Time spans to shade behind the lines, such as fault windows. */
  windows?: Window[];
  /** Vertical lines at points in time, such as the end of the traffic. */
  marks?: Array<{ label: string; time: number }>;
}

/** Lines over simulated time; `interval` is the time between two values. */
export function lineChart(title: string, interval: number, series: Series[], options: LineChartOptions = {}): string {
  const length = Math.max(...series.map((entry) => entry.values.length), 0);
  if (length < 2) return frame(title, [label(WIDTH / 2, HEIGHT / 2, 'too short to chart')]);
  const span = (length - 1) * interval;
  const scale = (time: number): number => LEFT + (Math.min(Math.max(time, 0), span) / span) * PLOT_WIDTH;
  const raw = Math.max(1, ...series.flatMap((entry) => entry.values));
  const step = niceStep(raw / 4);
  const highest = step * Math.ceil(raw / step);
  const body: string[] = [];
  for (const window of options.windows ?? []) {
    if (window.start >= span) continue;
    const x = scale(window.start);
    body.push(`<rect x="${number(x)}" y="${TOP}" width="${number(Math.max(2, scale(window.end) - x))}" height="${PLOT_HEIGHT}" class="window"><title>${escapeXml(`${window.label}: ${formatTime(window.start)}–${formatTime(window.end)}`)}</title></rect>`);
  }
  body.push(...yTicks(highest, 'messages'));
  for (const entry of series) {
    const points = entry.values.map((value, index) =>
      `${number(LEFT + (index / (length - 1)) * PLOT_WIDTH)},${number(HEIGHT - BOTTOM - (value / highest) * PLOT_HEIGHT)}`);
    body.push(`<polyline points="${points.join(' ')}" class="${escapeXml(entry.className)}"><title>${escapeXml(entry.name)}</title></polyline>`);
  }
  for (const mark of options.marks ?? []) {
    if (mark.time > span) continue;
    const x = scale(mark.time);
    body.push(`<line x1="${number(x)}" y1="${TOP}" x2="${number(x)}" y2="${HEIGHT - BOTTOM}" class="marker end"/>`);
    body.push(label(x > WIDTH - RIGHT - 100 ? x - 3 : x + 3, TOP - 8, mark.label, x > WIDTH - RIGHT - 100 ? 'end' : 'start', 'end'));
  }
  body.push(...xTicks(timeTicks(span).map((time) => ({ x: scale(time), text: time === 0 ? '0' : formatTime(time) })), HEIGHT - BOTTOM, 'simulated time'));
  return frame(title, body);
}

/** Draws one row per window, its label above its bar, on a time axis from 0 to `length`. */
export function timelineChart(title: string, length: number, windows: Window[], marks: Array<{ label: string; time: number }> = []): string {
  const rowHeight = 34;
  const height = TOP + BOTTOM + Math.max(1, windows.length) * rowHeight;
  const axis = height - BOTTOM;
  const scale = (time: number): number => LEFT + (Math.min(time, length) / Math.max(length, 1)) * PLOT_WIDTH;
  const body: string[] = svgOpen(title, height);
  windows.forEach((window, index) => {
    const y = TOP + index * rowHeight;
    const x = scale(window.start);
    const width = Math.max(2, scale(window.end) - x);
    const anchor = x > WIDTH / 2 ? 'end' : 'start';
    body.push(label(anchor === 'end' ? Math.min(x + width, WIDTH - RIGHT) : x, y + 11, window.label, anchor));
    body.push(`<rect x="${number(x)}" y="${number(y + 15)}" width="${number(width)}" height="${rowHeight - 19}" class="fault"><title>${escapeXml(`${window.label}: ${formatTime(window.start)}–${formatTime(window.end)}`)}</title></rect>`);
  });
  if (windows.length === 0) body.push(label(WIDTH / 2, TOP + 14, 'no faults'));
  for (const mark of marks) {
    if (mark.time > length) continue;
    const x = scale(mark.time);
    body.push(`<line x1="${number(x)}" y1="${TOP - 10}" x2="${number(x)}" y2="${axis}" class="marker end"><title>${escapeXml(`${mark.label} at ${formatTime(mark.time)}`)}</title></line>`);
  }
  body.push(`<line x1="${LEFT}" y1="${axis}" x2="${WIDTH - RIGHT}" y2="${axis}" class="axis"/>`);
  body.push(...xTicks(timeTicks(length).map((time) => ({ x: scale(time), text: time === 0 ? '0' : formatTime(time) })), axis, 'simulated time'));
  body.push('</svg>');
  return body.join('\n');
}
