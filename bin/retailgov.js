#!/usr/bin/env node
// Launcher. `npm run build` bundles the CLI into dist/bundle/, and `npm install` runs the build
// through the prepare script. One bundled module starts faster than hundreds of small ones.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
