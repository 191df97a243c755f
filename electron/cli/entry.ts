/**
 * The built command line's entry (out/main/cli.js). The packaged app runs it on its own Electron as
 * Node (ELECTRON_RUN_AS_NODE=1, see packaging/cli/); a repository checkout runs the TypeScript
 * sources through aima-prep.mjs instead. No tsx, no compilation at start-up.
 */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
