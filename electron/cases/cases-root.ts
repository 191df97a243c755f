import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Set by the e2e harness, tests or an agency's setup to keep cases somewhere else. */
export const CASES_ROOT_ENV = 'AIMA_PREP_CASES_ROOT';

/**
 * Where cases live unless the user or agency picks another folder:
 * `~/Documents/AIMA Prep/cases`, or the folder named by AIMA_PREP_CASES_ROOT.
 * Plain Node (no Electron `app.getPath`), so the CLI and tests resolve it the same way.
 */
export function defaultCasesRoot(home: string = homedir(), env: NodeJS.ProcessEnv = process.env): string {
  const override = env[CASES_ROOT_ENV]?.trim();
  if (override) return resolve(override);
  return join(home, 'Documents', 'AIMA Prep', 'cases');
}
