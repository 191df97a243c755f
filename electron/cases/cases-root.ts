import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where cases live unless the user or agency picks another folder:
 * `~/Documents/AIMA Prep/cases`. Plain Node (no Electron `app.getPath`), so the
 * CLI and tests resolve it the same way.
 */
export function defaultCasesRoot(home: string = homedir()): string {
  return join(home, 'Documents', 'AIMA Prep', 'cases');
}
