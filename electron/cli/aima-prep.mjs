#!/usr/bin/env node
// The `aima-prep` command (package.json "bin"). The CLI is written in TypeScript
// and run through tsx's loader, so it works straight after `npm install`/`npm ci`
// with no build step, and batch worker threads load the same sources (see
// electron/batch/worker-bootstrap.mjs).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
