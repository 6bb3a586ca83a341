/**
 * Safe TypeScript identifiers from names found in contracts and declarations. Any string becomes
 * a valid, readable identifier. Reserved words and names the generated code relies on get a
 * trailing underscore, and names that collide after conversion get a numeric suffix in order of
 * allocation, so the result is stable across runs.
 */

/** Words that cannot name a variable, function or type in an ES module, plus globals generated code uses. */
const RESERVED = new Set([
  // ECMAScript reserved words, strict-mode and module reserved words.
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private',
  'protected', 'public', 'await', 'arguments', 'eval',
  // TypeScript keywords that cannot name a type.
  'any', 'unknown', 'never', 'string', 'number', 'boolean', 'symbol', 'object', 'bigint', 'undefined',
  'as', 'satisfies', 'keyof', 'infer', 'is', 'asserts', 'readonly', 'unique', 'declare', 'namespace',
  'module', 'type', 'abstract', 'async', 'constructor', 'get', 'set', 'of', 'from', 'global', 'require',
  // Object.prototype members and globals whose shadowing would confuse readers or break generated code.
  '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'NaN', 'Infinity', 'globalThis',
  'Array', 'ArrayBuffer', 'Boolean', 'Date', 'Error', 'Function', 'JSON', 'Map', 'Math', 'Number',
  'Object', 'Omit', 'Partial', 'Pick', 'Promise', 'Readonly', 'ReadonlyArray', 'Record', 'RegExp',
  'Required', 'Set', 'String', 'Symbol', 'Uint8Array', 'BigInt', 'Exclude', 'Extract', 'NonNullable',
]);

export type Casing = 'camel' | 'pascal';

/** Splits a name into words at separators and at lower-to-upper and acronym boundaries. */
function words(raw: string): string[] {
  return raw
    .normalize('NFC')
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{Nd}$_]+|_+/u)
    .filter((word) => word !== '');
}

function capitalise(word: string): string {
  // An all-capital word such as `ORDER` or `ID` reads better as `Order` or `Id` inside a longer name.
  const body = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() ? word.toLowerCase() : word;
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/** Returns whether `name` is a syntactically valid identifier (reserved words are not checked). */
export function isIdentifierText(name: string): boolean {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(name);
}

/** Returns whether `name` is reserved for generated code or by the language. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

/**
 * Converts any string to an identifier in camelCase or PascalCase: `2fa-verify` becomes
 * `_2faVerify` (PascalCase `_2FaVerify`), `delete` becomes `delete_`, `Übersicht der Aufträge`
 * becomes `übersichtDerAufträge`.
 * An input without letters or digits becomes `unnamed`.
 */
export function toIdentifier(raw: string, casing: Casing): string {
  const parts = words(raw).map((word) => word.replace(/[^\p{ID_Continue}$]/gu, '')).filter((word) => word !== '');
  if (parts.length === 0) return casing === 'pascal' ? 'Unnamed' : 'unnamed';
  const [first, ...rest] = parts as [string, ...string[]];
  // In PascalCase a leading digit is followed by a capital (`2fa` becomes `2Fa`), so the type and
  // the function named after `2fa-verify` differ (`_2FaVerify`, `_2faVerify`) without a suffix.
  const head = casing === 'pascal'
    ? capitalise(first).replace(/^(\p{Nd}+)(\p{Ll})/u, (_whole, digits: string, letter: string) => digits + letter.toUpperCase())
    : first === first.toUpperCase() && first.length > 1 ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  let name = head + rest.map(capitalise).join('');
  if (!/^[\p{ID_Start}$_]/u.test(name)) name = `_${name}`;
  if (RESERVED.has(name)) name = `${name}_`;
  return name;
}

/**
 * One namespace of a generated module: every name it hands out is unique within it. A name can be
 * held for one owner, such as the schema whose own name it is. Other requests then skip it, so the
 * owner gets its name unchanged whatever the order of requests.
 */
export class NameScope {
  private readonly taken = new Set<string>();
  private readonly holders = new Map<string, string>();

  /** `reserved` are names already used in the module, such as imports. */
  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /** Holds `name` for `owner`, unless it is taken or held already. */
  hold(name: string, owner: string): void {
    if (!this.taken.has(name) && !this.holders.has(name)) this.holders.set(name, owner);
  }

  /** Returns a free identifier for `raw`; a collision gets the suffix 2, 3 and so on. */
  allocate(raw: string, casing: Casing, owner?: string): string {
    return this.claim(toIdentifier(raw, casing), owner);
  }

  /** Claims `name` as it is, or with the first free numeric suffix; names held for another owner are not free. */
  claim(name: string, owner?: string): string {
    const isFree = (candidate: string): boolean => {
      const holder = this.holders.get(candidate);
      return !this.taken.has(candidate) && (holder === undefined || holder === owner);
    };
    let candidate = name;
    for (let suffix = 2; !isFree(candidate); suffix++) candidate = `${name}${suffix}`;
    this.taken.add(candidate);
    return candidate;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}

/** Converts an id to a safe file name: lower-case letters, digits, dots, dashes and underscores. */
export function toFileName(raw: string): string {
  const name = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .replace(/-{2,}/g, '-');
  return name === '' ? 'unnamed' : name;
}
