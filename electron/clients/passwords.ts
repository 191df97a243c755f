import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ClientProblem } from '../../shared/batch/summary';

/**
 * PDF passwords for a batch. They come from files only — a `passwords.json`
 * beside a client's documents, or one `--passwords` file for the whole batch —
 * never from the command line (shell history) and never into any hash, log,
 * report or output. Error messages name the file and the field, never a value.
 *
 *   client passwords.json:  { "financas/certidao.pdf": "123456789", "extrato.pdf": "x" }
 *   batch --passwords file: { "maria-silva": { "financas/certidao.pdf": "123456789" } }
 *
 * A key is a path relative to the client folder, or just a file name.
 */
const clientPasswordsSchema = z.record(z.string().min(1), z.string());
const batchPasswordsSchema = z.record(z.string().min(1), clientPasswordsSchema);

export type ClientPasswords = Record<string, string>;
export type BatchPasswords = Record<string, ClientPasswords>;

export class PasswordsFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    /** The file is not JSON at all (then `field` is "(not JSON)"). */
    readonly notJson = false,
  ) {
    // The message names where the problem is, never the content.
    super(`${file}: ${field || '(file)'} is not valid`);
    this.name = 'PasswordsFileError';
  }
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PasswordsFileError(basename(path), '(not JSON)', true);
  }
}

function firstIssuePath(error: z.ZodError): string {
  return error.issues[0]?.path.map(String).join('.') ?? '';
}

export async function readBatchPasswords(path: string): Promise<BatchPasswords> {
  const parsed = batchPasswordsSchema.safeParse(await readJson(path));
  if (!parsed.success) throw new PasswordsFileError(basename(path), firstIssuePath(parsed.error));
  return parsed.data;
}

/** A client's passwords: its own passwords.json, overridden by its entry in the batch file. */
export async function clientPasswords(
  passwordsPath: string | null,
  fromBatch: ClientPasswords | undefined,
): Promise<{ passwords: ClientPasswords; problem: ClientProblem | null }> {
  let own: ClientPasswords = {};
  let problem: ClientProblem | null = null;
  if (passwordsPath) {
    try {
      const parsed = clientPasswordsSchema.safeParse(await readJson(passwordsPath));
      if (parsed.success) own = parsed.data;
      else problem = passwordsProblem(firstIssuePath(parsed.error));
    } catch (error) {
      problem = passwordsProblem(error instanceof PasswordsFileError ? error.field : '(unreadable)');
    }
  }
  return { passwords: { ...own, ...(fromBatch ?? {}) }, problem };
}

function passwordsProblem(field: string): ClientProblem {
  return {
    code: 'PASSWORDS_JSON_INVALID',
    severity: 'error',
    messageKey: 'batch.problems.passwordsInvalid',
    file: 'passwords.json',
    field,
  };
}

/** The password for one input, by relative path first, then by file name. */
export function passwordFor(passwords: ClientPasswords, relPath: string): string | undefined {
  return passwords[relPath] ?? passwords[basename(relPath)];
}
