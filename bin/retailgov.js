#!/usr/bin/env node
// Launcher: the CLI is bundled into dist/bundle/ by `npm run build`, which `npm install` runs
// through the prepare script; one bundled module starts faster than hundreds of small ones.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
