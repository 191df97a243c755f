import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { preparedOutcomeSchema } from '../../shared/batch/row';
import { summaryRowSchema, type SummaryRow } from '../../shared/batch/summary';

/**
 * Each client's output is built in a hidden work folder inside the batch output
 * folder (same file system, so rename is atomic) and renamed into place only
 * when complete, with a completion marker written last inside it. So a client
 * folder in the output is either absent, the previous complete output, or the
 * new complete output — never half-written, even after kill -9.
 */
export const WORK_DIR = '.aima-batch-work';
export const COMPLETE_MARKER = '.aima-complete.json';

const markerSchema = z.object({
  markerVersion: z.literal(2),
  inputHash: z.string().regex(/^[0-9a-f]{64}$/),
  completedAt: z.string(),
  /** A password problem means another run may succeed with the same inputs (a corrected passwords file). */
  passwordProblem: z.boolean(),
  /** The engine's outcome: a skipped client's row is rebuilt from it with today's rules (route, DUC, next step). */
  outcome: preparedOutcomeSchema,
  row: summaryRowSchema,
});
export type CompletionMarker = z.infer<typeof markerSchema>;

const PASSWORD_CODES = /PASSWORD/i;

export function hasPasswordProblem(row: SummaryRow): boolean {
  return row.problems.some((problem) => PASSWORD_CODES.test(problem.code));
}

export const LOCK_FILE = '.aima-batch.lock';

/**
 * One batch at a time per output folder: a second run would clean away the
 * first one's work folders. The lock holds the owner's process id; a lock left
 * by a process that no longer exists (kill -9) is taken over.
 * Returns the release function, or null when a live process holds the folder.
 */
export async function lockOutputFolder(outDir: string): Promise<(() => Promise<void>) | null> {
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return null;
      await rm(path, { force: true });
    }
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove what an interrupted run left behind: work folders, folders swapped out, half-written summary files. */
export async function recoverOutputFolder(outDir: string): Promise<void> {
  await rm(join(outDir, WORK_DIR), { recursive: true, force: true });
  for (const name of await readdir(outDir)) {
    if (/^summary\.(csv|html)\.[0-9a-f]{12}\.tmp$/.test(name)) await rm(join(outDir, name), { force: true });
  }
}

/** A fresh, empty work folder for one client, inside the work area `workRoot`. */
export async function createWorkFolder(workRoot: string, client: string): Promise<string> {
  const dir = join(workRoot, `${client}.${randomBytes(6).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The last complete output's marker, or null when absent, unreadable or from another version. */
export async function readMarker(clientOutDir: string): Promise<CompletionMarker | null> {
  try {
    const parsed = markerSchema.safeParse(JSON.parse(await readFile(join(clientOutDir, COMPLETE_MARKER), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write the marker into the work folder, then swap the work folder into place. */
export async function commitClientOutput(
  workDir: string,
  clientOutDir: string,
  workRoot: string,
  marker: Omit<CompletionMarker, 'markerVersion' | 'completedAt'>,
): Promise<void> {
  const full: CompletionMarker = { markerVersion: 2, completedAt: new Date().toISOString(), ...marker };
  await writeFile(join(workDir, COMPLETE_MARKER), `${JSON.stringify(full, null, 2)}\n`);
  // rename() cannot replace a non-empty folder: move the old output aside into the work area first.
  // A crash between the two renames leaves no client folder (and no stale marker): the next run redoes it.
  const aside = join(workRoot, `previous.${randomBytes(6).toString('hex')}`);
  let movedAside = false;
  try {
    await rename(clientOutDir, aside);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(workDir, clientOutDir);
  if (movedAside) await rm(aside, { recursive: true, force: true });
}
