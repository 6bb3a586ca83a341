#!/usr/bin/env node
// Bundles the command line and the lint worker into dist/bundle with esbuild. Part of `npm run build`.
// The small dependencies go into the bundle, since resolving and loading each package at start-up
// costs more than reading one larger file. Spectral, the AsyncAPI and OpenAPI document schemas stay
// outside: they are large and load only when a run needs them.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts', 'src/lint/worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist/bundle',
  entryNames: '[name]',
  external: ['@stoplight/*', '@asyncapi/*', '@apidevtools/*'],
  // Bundled CommonJS packages call require() for Node's own modules; an ES module has none.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
