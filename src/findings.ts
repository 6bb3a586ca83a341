/** The result type shared by checks and reporters. */

export const SEVERITIES = ['error', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** Returns whether `severity` is at or above `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** A place in a source file, as a JSON pointer; line and column are filled in for reporters. */
export interface Location {
  /** Path relative to the workspace root, with forward slashes. */
  file: string;
  /** RFC 6901 JSON pointer into the parsed document; `''` is the document itself. */
  pointer: string;
  line?: number;
  column?: number;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  location: Location;
}

/** Builds a JSON pointer from path segments, escaping `~` and `/`. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Splits a JSON pointer into unescaped segments. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  // A URI fragment (`#/a%20b`) is percent-encoded; a plain pointer is not.
  const isFragment = pointer.startsWith('#');
  const body = isFragment ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((s) => (isFragment ? safeDecode(s) : s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Orders findings by file, then line, then column, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
