/** Helpers for tests of generated code: write it to a temporary folder, type-check it, and turn it into importable JavaScript. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import type { GeneratedFile } from '../../../src/generate/emit/types.js';

const created: string[] = [];

/** Writes `files` below a new temporary folder marked as an ES module package, and returns the folder. */
export function writeGenerated(files: readonly GeneratedFile[], prefix = 'retailgov-generated-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(root);
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  for (const file of files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return root;
}

/** Removes every folder writeGenerated created in this test file. */
export function removeGenerated(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

function listTypeScript(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listTypeScript(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Type-checks every `.ts` file below `folder` as `tsc --strict --noEmit` would, with
 * noUncheckedIndexedAccess and noUnusedLocals, against the ES2022 library only (no DOM, no
 * Node.js types). Returns the diagnostics as `file:line: message` lines.
 */
export function typeCheck(folder: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noEmit: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const program = ts.createProgram(listTypeScript(folder), options);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${path.relative(folder, diagnostic.file.fileName)}:${line + 1}: ${message}`;
  });
}

/** Writes a `.js` file next to every `.ts` file below `folder` (types stripped, no checking), so tests can import them. */
export function transpile(folder: string): void {
  for (const file of listTypeScript(folder)) {
    const output = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
      fileName: file,
    });
    writeFileSync(file.replace(/\.ts$/, '.js'), output.outputText);
  }
}
