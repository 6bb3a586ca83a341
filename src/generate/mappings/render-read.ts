/** Source reads of generated mapping code: property access chains and the field paths of errors. */
import { propertyAccess, stringLiteral } from '../typescript/literals.js';
import { formatFieldPath, type PathStep } from './field-path.js';
import type { SourceRead } from './plan.js';

/** One array level the generated code is inside: `source.map((item, index) => ...)`. */
export interface ArrayLevel {
  /** Source path up to and including the `[]` of this level. */
  prefix: PathStep[];
  item: string;
  index: string;
  /** False when the element's schema is unknown, so its properties are read with `readPath`. */
  known: boolean;
}

export interface ReadCode {
  code: string;
  /** The value may be undefined or null at run time. */
  maybeAbsent: boolean;
  /** Whether `code` has the static type of the schema (false: `unknown`). */
  typed: boolean;
}

function startsWith(steps: readonly PathStep[], prefix: readonly PathStep[]): boolean {
  return prefix.length <= steps.length && formatFieldPath(steps.slice(0, prefix.length)) === formatFieldPath(prefix);
}

/** Returns the innermost array level whose element the path starts from, or undefined for the input root. */
function levelOf(steps: readonly PathStep[], levels: readonly ArrayLevel[]): ArrayLevel | undefined {
  for (let index = levels.length - 1; index >= 0; index--) {
    if (startsWith(steps, levels[index]!.prefix)) return levels[index];
  }
  return undefined;
}

/**
 * Returns the expression that reads `read` inside the given array levels. A typed read uses
 * property access with `?.` after each optional step; an untyped one calls `readPath`.
 */
export function readExpression(read: SourceRead, levels: readonly ArrayLevel[], input: string, readPathName: () => string): ReadCode {
  const level = levelOf(read.steps, levels);
  const base = level?.item ?? input;
  const offset = level?.prefix.length ?? 0;
  const rest = read.steps.slice(offset);
  if (rest.length === 0) return { code: base, maybeAbsent: false, typed: level?.known ?? true };
  const names = rest.map((step) => (step.kind === 'property' ? step.name : ''));
  const maybeAbsent = read.optional.slice(offset).some((optional) => optional);
  if (!read.known || (level !== undefined && !level.known)) {
    return { code: `${readPathName()}(${base}, [${names.map(stringLiteral).join(', ')}])`, maybeAbsent: true, typed: false };
  }
  let code = base;
  names.forEach((name, position) => {
    const access = propertyAccess(name);
    const afterOptional = position > 0 && read.optional[offset + position - 1] === true;
    code += afterOptional ? `?${access.startsWith('.') ? access : `.${access}`}` : access;
  });
  return { code, maybeAbsent, typed: true };
}

/**
 * Returns an expression for the field path of a read as shown in errors, with the current element
 * indexes filled in: `"orderItems[" + index + "].sellerSku"`.
 */
export function fieldPathExpression(steps: readonly PathStep[], levels: readonly ArrayLevel[]): string {
  const parts: string[] = [];
  let text = '';
  let arrayLevel = 0;
  steps.forEach((step, position) => {
    if (step.kind === 'property') {
      text += position === 0 ? step.name : `.${step.name}`;
      return;
    }
    const level = levels[arrayLevel];
    arrayLevel += 1;
    if (level === undefined) {
      text += '[]';
      return;
    }
    parts.push(stringLiteral(`${text}[`), level.index);
    text = ']';
  });
  parts.push(stringLiteral(text));
  return parts.filter((part) => part !== '""').join(' + ') || '""';
}
