/**
 * Escaped TypeScript source fragments for strings taken from contracts: string literals, comments
 * and property keys. Nothing from a contract reaches generated code except through these.
 */
import { isIdentifierText } from './names.js';

/**
 * Returns a double-quoted string literal. JSON.stringify escapes quotes, backslashes and control
 * characters; U+2028 and U+2029 are escaped too, because older parsers end a line at them.
 * Backticks and `${` are plain characters inside double quotes.
 */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Returns text safe inside a block comment: `*\/` is broken up and every line break becomes `\n`. */
function commentText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

/** Maximum line length of a doc comment, indentation included. */
const DOC_WIDTH = 100;

/** Wraps a line at word boundaries; the continuation lines of a `- ` list item are indented under its text. */
function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const hanging = /^\s*[-*] /.exec(line)?.[0].replace(/[-*]/, ' ') ?? '';
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/ +/)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = `${hanging}${word}`;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * Returns a JSDoc block for `lines` (paragraphs may contain line breaks), indented by `indent`
 * and wrapped at 100 columns, or '' when there is no text. Runs of blank lines are dropped.
 */
export function docComment(lines: ReadonlyArray<string | undefined>, indent = ''): string {
  const width = Math.max(40, DOC_WIDTH - indent.length - 3);
  const body = lines
    .filter((line): line is string => line !== undefined && line.trim() !== '')
    .map((line) => commentText(line.trim()))
    .join('\n\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .flatMap((line) => wrapLine(line, width));
  const collapsed = body.filter((line, index) => !(line === '' && body[index - 1] === ''));
  if (collapsed.every((line) => line === '')) return '';
  if (collapsed.length === 1) return `${indent}/** ${collapsed[0]} */\n`;
  return `${indent}/**\n${collapsed.map((line) => (line === '' ? `${indent} *\n` : `${indent} * ${line}\n`)).join('')}${indent} */\n`;
}

/** Returns a `//` comment line: line breaks become spaces, so the text cannot leave the comment. */
export function lineComment(text: string, indent = ''): string {
  return `${indent}// ${text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').trim()}\n`;
}

/** Returns a property key for a type or object literal: the name itself when it is an identifier, else a string literal. */
export function propertyKey(name: string): string {
  return isIdentifierText(name) && name !== '__proto__' ? name : stringLiteral(name);
}

/** Returns a property access: `.name`, or `["name"]` for a name that is not an identifier. */
export function propertyAccess(name: string): string {
  return isIdentifierText(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

/**
 * Renders a JSON-like value (strings, numbers, booleans, null, arrays, plain objects) as a
 * TypeScript expression. Object keys named `__proto__` are written as computed keys, which
 * define an own property instead of setting the prototype.
 */
export function valueLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'undefined';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'undefined';
  if (typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => valueLiteral(item, inner));
    const oneLine = `[${items.join(', ')}]`;
    return oneLine.length <= 80 && !oneLine.includes('\n') ? oneLine : `[\n${items.map((item) => `${inner}${item},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  const rendered = entries.map(([key, item]) => `${key === '__proto__' ? `[${stringLiteral(key)}]` : propertyKey(key)}: ${valueLiteral(item, inner)}`);
  const oneLine = `{ ${rendered.join(', ')} }`;
  return oneLine.length <= 80 && !oneLine.includes('\n') ? oneLine : `{\n${rendered.map((item) => `${inner}${item},\n`).join('')}${indent}}`;
}
