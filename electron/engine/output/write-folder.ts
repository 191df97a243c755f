import { mkdir, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NOT_READY_FOLDER, prepareReportSchema, REPORT_HTML_NAME, REPORT_JSON_NAME } from '../../../shared/engine/report';
import { TEMP_FILE_PATTERN } from '../../common/atomic-write';

/** Make the output folder if needed (never the originals' folder: the caller chooses a separate one). */
export async function ensureFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}

/** The files a previous run wrote here, as its report.json lists them (nothing else is ever deleted). */
export async function previousOutputs(folder: string): Promise<string[]> {
  try {
    const parsed = prepareReportSchema.safeParse(JSON.parse(await readFile(join(folder, REPORT_JSON_NAME), 'utf8')));
    return parsed.success ? parsed.data.files : [];
  } catch {
    return [];
  }
}

/**
 * After a rerun has written its files: remove what the previous run wrote and
 * this one did not (a category that has no output any more must not keep a
 * stale PDF), and temp files a crashed run left behind. Files the user put in
 * the folder are never touched.
 */
export async function removeStaleOutputs(folder: string, previous: readonly string[], current: readonly string[]): Promise<void> {
  const keep = new Set([...current, REPORT_JSON_NAME, REPORT_HTML_NAME]);
  // Only names the engine writes: a category file, in the folder or in the not-ready subfolder.
  const ours = new RegExp(`^(?:${NOT_READY_FOLDER}/)?[a-z0-9-]+\\.pdf$`);
  for (const name of previous) {
    if (!keep.has(name) && ours.test(name)) await rm(join(folder, name), { force: true });
  }
  for (const entry of await readdir(folder)) {
    if (TEMP_FILE_PATTERN.test(entry)) await rm(join(folder, entry), { force: true });
  }
  // The not-ready subfolder goes once nothing is in it (rmdir refuses a folder the user put files in).
  const notReady = join(folder, NOT_READY_FOLDER);
  const left = await readdir(notReady).catch(() => null);
  if (left) {
    for (const entry of left) if (TEMP_FILE_PATTERN.test(entry)) await rm(join(notReady, entry), { force: true });
    await rmdir(notReady).catch(() => undefined);
  }
}
