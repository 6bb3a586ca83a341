import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ParseError } from 'jsonc-parser';
import type { Document, Node as YamlNode } from 'yaml';
import { InputError } from '../errors.js';
import { fromPointer } from '../findings.js';
import { locateJsonPointers } from './json-locate.js';

// The parsers load on first use: a JSON contract never needs `yaml`, and positions are only
// computed for findings, so start-up stays short.
const requireModule = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
let jsoncModule: typeof import('jsonc-parser') | undefined;

function yaml(): typeof import('yaml') {
  yamlModule ??= requireModule('yaml') as typeof import('yaml');
  return yamlModule;
}

function jsonc(): typeof import('jsonc-parser') {
  jsoncModule ??= requireModule('jsonc-parser') as typeof import('jsonc-parser');
  return jsoncModule;
}

/** Largest file read, in bytes. The biggest public contracts we know of are under 10 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Upper bound on alias expansion work in one YAML document. A document with a few hundred
 * ordinary aliases stays far below it; a "billion laughs" document exceeds it after a few levels.
 */
const MAX_ALIAS_COUNT = 10_000;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML or JSON file whose positions are computed on demand. */
export interface SourceFile {
  /** Path relative to the workspace root, with forward slashes. */
  path: string;
  absolutePath: string;
  format: 'yaml' | 'json';
  text: string;
  data: unknown;
  /** Returns the 1-based line and column of the node at `pointer`, or of its nearest parent. */
  position(pointer: string): Position;
  /** Returns the positions of many pointers at once: one pass over a JSON file, where `position` makes one per call. */
  positions(pointers: readonly string[]): Position[];
}

/** Formats an absolute path relative to `root` with forward slashes. */
export function relativePath(root: string, absolutePath: string): string {
  const relative = path.relative(root, absolutePath);
  return (relative === '' ? path.basename(absolutePath) : relative).split(path.sep).join('/');
}

/** Returns whether `candidate` is `root` itself or inside it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Reads and parses a YAML or JSON file; throws InputError with file, line and column. */
export function readSourceFile(absolutePath: string, root: string): SourceFile {
  const displayPath = relativePath(root, absolutePath);
  rejectLinkOutside(absolutePath, root, displayPath);
  const text = readText(absolutePath, displayPath);
  return parseSource(text, absolutePath, displayPath);
}

/** Parses text already in memory; `displayPath` names it in messages. */
export function parseSource(text: string, absolutePath: string, displayPath: string): SourceFile {
  const looksLikeJson = /^\s*[[{]/.test(text);
  if (looksLikeJson) {
    try {
      return jsonSource(text, JSON.parse(text), absolutePath, displayPath);
    } catch (error) {
      if (absolutePath.endsWith('.json')) throw jsonSyntaxError(text, displayPath, error);
      // A YAML flow mapping also starts with `{`: let the YAML parser decide.
    }
  }
  return yamlSource(text, absolutePath, displayPath);
}

/** Rejects a path inside the workspace that a symbolic link turns into a file outside it. */
function rejectLinkOutside(absolutePath: string, root: string, displayPath: string): void {
  let realFile: string;
  let realRoot: string;
  try {
    realFile = realpathSync(absolutePath);
    realRoot = realpathSync(root);
  } catch {
    return; // A missing file is reported by readText with a clearer message.
  }
  if (!isInside(realRoot, realFile)) {
    throw new InputError(`refusing to read ${displayPath}: a symbolic link leads outside the workspace to ${realFile}`,
      { file: displayPath }, 'Copy the file into the workspace instead of linking to it');
  }
}

function readText(absolutePath: string, displayPath: string): string {
  let size: number;
  try {
    const stat = statSync(absolutePath);
    if (stat.isDirectory()) {
      throw new InputError('is a folder, not a file', { file: displayPath }, 'Pass a YAML or JSON file');
    }
    if (!stat.isFile()) {
      throw new InputError('is not a regular file (a device, socket or pipe)', { file: displayPath }, 'Pass a YAML or JSON file');
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('file not found', { file: displayPath }, 'Check the path, relative to the file that names it');
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError(
      `file is ${size} bytes, above the limit of ${MAX_FILE_BYTES}`,
      { file: displayPath },
      'Split the file into smaller files',
    );
  }
  const bytes = readFileSync(absolutePath);
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new InputError('binary file, not YAML or JSON text', { file: displayPath, line: 1, column: 1 }, 'Point to a UTF-8 text file');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('file is not valid UTF-8 text', { file: displayPath, line: 1, column: 1 }, 'Save the file as UTF-8');
  }
}

function jsonSyntaxError(text: string, displayPath: string, cause: unknown): InputError {
  const errors: ParseError[] = [];
  jsonc().parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const offset = errors[0]?.offset ?? 0;
  const { line, column } = offsetToPosition(lineStarts(text), offset);
  const detail = cause instanceof Error ? cause.message.replace(/ in JSON at position \d+.*$/s, '') : 'syntax error';
  return new InputError(`invalid JSON: ${detail}`, { file: displayPath, line, column }, 'Fix the syntax at that position');
}

function jsonSource(text: string, data: unknown, absolutePath: string, displayPath: string): SourceFile {
  let starts: number[] | undefined;
  const positions = (pointers: readonly string[]): Position[] => {
    starts ??= lineStarts(text);
    const offsets = locateJsonPointers(text, pointers.map((pointer) => fromPointer(pointer)));
    return offsets.map((offset) => offsetToPosition(starts as number[], offset));
  };
  return {
    path: displayPath,
    absolutePath,
    format: 'json',
    text,
    data,
    position: (pointer) => positions([pointer])[0],
    positions,
  };
}

function tooDeep(displayPath: string): InputError {
  return new InputError('document nests too deeply to parse', { file: displayPath, line: 1, column: 1 }, 'Flatten the structure, for example with $ref');
}

function yamlSource(text: string, absolutePath: string, displayPath: string): SourceFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, keepSourceTokens: false });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(displayPath);
    throw error;
  }
  const firstError = document.errors[0];
  if (firstError !== undefined) {
    const at = firstError.linePos?.[0] ?? { line: 1, col: 1 };
    let summary = firstError.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (/Maximum call stack/.test(summary)) throw tooDeep(displayPath);
    let hint = 'Fix the YAML syntax at that position';
    if (firstError.code === 'DUPLICATE_KEY') {
      const key = /^\s*(?:-\s+)?(['"]?)([^'":]+)\1\s*:/.exec(text.split('\n')[at.line - 1] ?? '')?.[2];
      if (key !== undefined) summary = `duplicate key '${key.trim()}'`;
      hint = 'Remove or rename one of the duplicate keys';
    }
    throw new InputError(`invalid YAML: ${summary}`, { file: displayPath, line: at.line, column: at.col }, hint);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const firstAlias = text.search(/(^|[\s[{,:-])\*[^\s,\]}]+/m);
    const at = lineCounter.linePos(Math.max(0, firstAlias));
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(
      `YAML aliases expand too far (${message})`,
      { file: displayPath, line: at.line, column: at.col },
      'Write the repeated content out or reduce nested aliases',
    );
  }
  const position = (pointer: string): Position => {
    const at = lineCounter.linePos(findYamlRange(document, fromPointer(pointer)));
    return { line: at.line, column: at.col };
  };
  return {
    path: displayPath,
    absolutePath,
    format: 'yaml',
    text,
    data,
    position,
    positions: (pointers) => pointers.map(position),
  };
}

/** Returns the source offset of the node at `segments`, preferring a mapping key over its value. */
function findYamlRange(document: Document, segments: string[]): number {
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  let node: unknown = document.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (pair === undefined) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (item === undefined) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function offsetToPosition(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
