import { DeadlineError, withDeadline } from '../common/deadline';
import type { DocumentReading } from '../../shared/reading/document-reading';
import { readDocument } from '../reading/read-document';

/**
 * The batch reads its clients' documents on its own thread (content sorting, the consistency check), beside the
 * workers that prepare them. Each document's read ends within READ_DEADLINE_MS: a read that does not (pdf.js on
 * this thread, an OCR or HEIC worker that stopped answering) is given up, the file is reported as "not read in
 * time" and the client goes on with its row and its output. Generous: a read is 1–4 s of CPU, and queued OCR of
 * the four clients in flight at a load of 25 stays well under it; it is there to end a hang, not a slow read.
 */
export const READ_DEADLINE_MS = 180_000;

export type DocumentReader = typeof readDocument;

/** How a client's documents are read: the reader (tests substitute one), its deadline, and what missed it. */
export interface ReadControl {
  read: DocumentReader;
  deadlineMs: number;
  /** Relative paths of the files whose read missed the deadline (filled in as they do). */
  notReadInTime: string[];
}

export function readControl(read: DocumentReader = readDocument, deadlineMs: number = READ_DEADLINE_MS): ReadControl {
  return { read, deadlineMs, notReadInTime: [] };
}

/**
 * One document read within the deadline: its reading, or null when it cannot be read (damaged, a bomb, a wrong
 * password: the preparation reports those) or was not read in time (recorded in `control.notReadInTime`).
 */
export async function readInTime(
  control: ReadControl,
  path: string,
  relPath: string,
  options: Parameters<DocumentReader>[1],
): Promise<DocumentReading | null> {
  try {
    return await withDeadline(control.read(path, options), control.deadlineMs, `reading ${relPath}`);
  } catch (error) {
    if (error instanceof DeadlineError && !control.notReadInTime.includes(relPath)) control.notReadInTime.push(relPath);
    return null;
  }
}
