/** Helpers for tests of generated mapping code: type-check it with Node.js types, and run its node:test modules. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const REPO = path.resolve(new URL('../../..', import.meta.url).pathname);

function listFiles(folder: string, suffix: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listFiles(full, suffix);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

/**
 * Type-checks every `.ts` file below `folder` as `tsc --strict --noEmit` would, with
 * noUncheckedIndexedAccess, exactOptionalPropertyTypes and noUnusedLocals, and with the Node.js
 * types that the generated `node:test` modules need. Returns `file:line: message` lines.
 */
export function typeCheckWithNode(folder: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noUnusedLocals: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [path.join(REPO, 'node_modules/@types')],
    skipLibCheck: true,
  };
  const program = ts.createProgram(listFiles(folder, '.ts'), options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(folder, diagnostic.file.fileName)}:${line + 1}: ${message}`;
  });
}

export interface NodeTestRun {
  status: number | null;
  output: string;
  passed: number;
  failed: number;
}

/** Runs the transpiled `*.test.js` modules below `folder` with `node --test` and counts the results. */
export function runNodeTests(folder: string): NodeTestRun {
  const files = listFiles(folder, '.test.js').sort();
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
  const output = `${run.stdout}${run.stderr}`;
  const count = (name: string): number => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? Number.NaN);
  return { status: run.status, output, passed: count('pass'), failed: count('fail') };
}
