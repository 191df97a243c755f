import { DeadlineError, withDeadline } from '../common/deadline';
import type { DocumentReading } from '../../shared/reading/document-reading';
import { readDocument } from '../reading/read-document';

/**
 * The batch reads its clients' documents on its own thread (content sorting, the consistency check), beside the
 * workers that prepare them. Each document's read ends within READ_DEADLINE_MS: a read that does not (pdf.js on
 * this thread, an OCR or HEIC worker that stopped answering) is given up, the file is reported as "not read in
 * time" and the client goes on with its row and its output. Generous, because it counts the wait in the OCR queue
 * the four clients in flight share: a read is 1–4 s of CPU, 15–30 s of wall time per OCR job at a load of 30 on
 * 2 cores, and a few jobs may queue ahead. It is there to end a hang, never a slow read.
 */
export const READ_DEADLINE_MS = 300_000;

export type DocumentReader = typeof readDocument;

/** How a client's documents are read: the reader (tests substitute one), its deadline, and what missed it. */
export interface ReadControl {
  read: DocumentReader;
  deadlineMs: number;
  /** Relative paths of the files whose read missed the deadline (filled in as they do). */
  notReadInTime: string[];
  /**
   * The longest deadline that fired: the document's own, or one inside the read (pdf.js's, OCR's: 120 s), so what
   * the person is told ("could not be read within … s") is the wait that was really given up.
   */
  firedMs: number;
}

export function readControl(read: DocumentReader = readDocument, deadlineMs: number = READ_DEADLINE_MS): ReadControl {
  return { read, deadlineMs, notReadInTime: [], firedMs: 0 };
}

/** The seconds to say in "could not be read within … s". */
export function readSeconds(control: ReadControl): number {
  return Math.max(1, Math.round((control.firedMs || control.deadlineMs) / 1000));
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
    if (error instanceof DeadlineError) {
      control.firedMs = Math.max(control.firedMs, error.ms);
      if (!control.notReadInTime.includes(relPath)) control.notReadInTime.push(relPath);
    }
    return null;
  }
}
