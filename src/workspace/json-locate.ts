/**
 * Finds where JSON pointers lead in a JSON text without building a syntax tree. One pass descends
 * only into the members and elements that some pointer names and skips every other value, so
 * placing the few changes or findings of a 3 MB contract reads the text once and allocates almost
 * nothing. The text must already be valid JSON: the caller has parsed it with JSON.parse.
 */

interface Branch {
  children: Map<string, Branch>;
  /** Offset of the member key (or of the element) where this branch was found; -1 until then. */
  anchor: number;
}

function newBranch(): Branch {
  return { children: new Map(), anchor: -1 };
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/**
 * Returns, for each pointer given as its segments, the offset of the member key or array element it
 * names, or else of its nearest existing ancestor. The document itself is at its first character.
 */
export function locateJsonPointers(text: string, pointers: ReadonlyArray<readonly string[]>): number[] {
  const root = newBranch();
  for (const segments of pointers) {
    let branch = root;
    for (const segment of segments) {
      let next = branch.children.get(segment);
      if (next === undefined) {
        next = newBranch();
        branch.children.set(segment, next);
      }
      branch = next;
    }
  }
  const scanner = new Scanner(text, countBranches(root));
  const start = scanner.skipSpace(0);
  root.anchor = start;
  scanner.visit(root, start);
  return pointers.map((segments) => {
    let branch = root;
    let offset = root.anchor;
    for (const segment of segments) {
      const next = branch.children.get(segment);
      if (next === undefined || next.anchor < 0) break;
      branch = next;
      offset = next.anchor;
    }
    return offset;
  });
}

function countBranches(branch: Branch): number {
  let count = 0;
  for (const child of branch.children.values()) count += 1 + countBranches(child);
  return count;
}

/** A walk that stops as soon as every branch has been found. */
class Scanner {
  constructor(
    private readonly text: string,
    private remaining: number,
  ) {}

  skipSpace(at: number): number {
    const text = this.text;
    let i = at;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 10 || code === 13 || code === 9) i++;
      else return i;
    }
  }

  /**
   * Walks the value at `at` (no leading space) into the branches below `branch` and returns the
   * offset after it, or where the walk stopped once every branch was found.
   */
  visit(branch: Branch, at: number): number {
    if (this.remaining === 0) return at;
    if (branch.children.size === 0) return this.skipValue(at);
    const code = this.text.charCodeAt(at);
    if (code === OPEN_BRACE) return this.visitObject(branch, at);
    if (code === OPEN_BRACKET) return this.visitArray(branch, at);
    return this.skipValue(at);
  }

  private visitObject(branch: Branch, at: number): number {
    let i = this.skipSpace(at + 1);
    if (this.text.charCodeAt(i) === CLOSE_BRACE) return i + 1;
    for (;;) {
      const keyStart = i;
      const keyEnd = this.skipString(i);
      const key = this.decodeKey(keyStart, keyEnd);
      i = this.skipSpace(keyEnd);
      i = this.skipSpace(i + 1); // the colon
      const child = branch.children.get(key);
      if (child !== undefined && child.anchor < 0) {
        child.anchor = keyStart;
        this.remaining--;
        i = this.visit(child, i);
        if (this.remaining === 0) return i;
      } else {
        i = this.skipValue(i);
      }
      i = this.skipSpace(i);
      if (this.text.charCodeAt(i) === COMMA) {
        i = this.skipSpace(i + 1);
        continue;
      }
      return i + 1; // the closing brace
    }
  }

  private visitArray(branch: Branch, at: number): number {
    let i = this.skipSpace(at + 1);
    if (this.text.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
    for (let index = 0; ; index++) {
      const child = branch.children.get(String(index));
      if (child !== undefined) {
        child.anchor = i;
        this.remaining--;
        i = this.visit(child, i);
        if (this.remaining === 0) return i;
      } else {
        i = this.skipValue(i);
      }
      i = this.skipSpace(i);
      if (this.text.charCodeAt(i) === COMMA) {
        i = this.skipSpace(i + 1);
        continue;
      }
      return i + 1; // the closing bracket
    }
  }

  /** Returns the offset after the value at `at`: a string, a number, a literal, an object or an array. */
  private skipValue(at: number): number {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === QUOTE) return this.skipString(at);
    if (code !== OPEN_BRACE && code !== OPEN_BRACKET) {
      let i = at;
      for (;;) {
        const next = text.charCodeAt(i);
        if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || next === 32 || next === 10 || next === 13 || next === 9 || Number.isNaN(next)) return i;
        i++;
      }
    }
    let depth = 0;
    let i = at;
    for (;;) {
      const next = text.charCodeAt(i);
      if (next === QUOTE) {
        i = this.skipString(i);
        continue;
      }
      if (next === OPEN_BRACE || next === OPEN_BRACKET) depth++;
      else if (next === CLOSE_BRACE || next === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      } else if (Number.isNaN(next)) {
        return i;
      }
      i++;
    }
  }

  /** Returns the offset after the string whose opening quote is at `at`. */
  private skipString(at: number): number {
    const text = this.text;
    let i = at + 1;
    for (;;) {
      const close = text.indexOf('"', i);
      if (close < 0) return text.length;
      let backslashes = 0;
      for (let j = close - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
      if (backslashes % 2 === 0) return close + 1;
      i = close + 1;
    }
  }

  private decodeKey(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, end)) as string) : raw;
  }
}
