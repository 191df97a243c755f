import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { main } from '../../../electron/cli/main';
import { VALID_CLIENT_JSON } from './fixtures';

/** The command line's tests' shared set-up: main() with captured output, and a scratch root holding ana/client.json. */

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream,
    stderr: { write: (chunk: string) => ((stderr += chunk), true) } as unknown as NodeJS.WritableStream,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder for the test file, with a valid client "ana"; removed after the file's tests. */
export function cliScratchRoot(prefix: string): { readonly path: string } {
  const root = { path: '' };
  beforeAll(async () => {
    root.path = await mkdtemp(join(tmpdir(), prefix));
    await mkdir(join(root.path, 'ana'), { recursive: true });
    await writeFile(join(root.path, 'ana', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
  });
  afterAll(async () => {
    await rm(root.path, { recursive: true, force: true });
  });
  return root;
}
