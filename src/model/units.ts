/** Parsing of the duration and rate strings used in declarations. */

const DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const DURATION_FACTORS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const RATE_PATTERN = /^(\d+(?:\.\d+)?)\/(s|sec|min|m|h|d)$/;
const RATE_PERIOD_SECONDS: Record<string, number> = { s: 1, sec: 1, min: 60, m: 60, h: 3600, d: 86_400 };

/** The pattern the JSON Schema uses for durations such as `500ms`, `2s`, `5m`. */
export const DURATION_REGEX_SOURCE = DURATION_PATTERN.source;
/** The pattern the JSON Schema uses for rates such as `40/s`, `2400/min`. */
export const RATE_REGEX_SOURCE = RATE_PATTERN.source;

/** Parses a duration into milliseconds; returns undefined for a malformed value. */
export function parseDuration(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = DURATION_PATTERN.exec(value.trim());
  if (match === null) return undefined;
  return Number(match[1]) * DURATION_FACTORS[match[2]];
}

/** Parses a rate into events per second; returns undefined for a malformed value. */
export function parseRate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = RATE_PATTERN.exec(value.trim());
  if (match === null) return undefined;
  return Number(match[1]) / RATE_PERIOD_SECONDS[match[2]];
}

/** Formats milliseconds for messages: `250ms`, `2s`, `1.5s`, `5m`, `18m30s`, `2h5m`. */
export function formatDuration(milliseconds: number): string {
  const rounded = Math.round(milliseconds);
  if (rounded < 1000) return `${rounded}ms`;
  if (rounded < 60_000) return `${trimDecimals(rounded / 1000)}s`;
  const parts: string[] = [];
  let rest = rounded;
  for (const [unit, factor] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000]] as const) {
    const whole = Math.floor(rest / factor);
    if (whole > 0) parts.push(`${whole}${unit}`);
    rest -= whole * factor;
  }
  if (rest >= 100) parts.push(`${trimDecimals(rest / 1000)}s`);
  return parts.join('');
}

function trimDecimals(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** Formats a per-second rate for messages. */
export function formatRate(perSecond: number): string {
  return `${Number.isInteger(perSecond) ? perSecond : perSecond.toFixed(1)}/s`;
}
