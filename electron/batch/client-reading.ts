import type { ClientFileParse } from '../../shared/batch/client-file';
import { CONSISTENCY_CATEGORIES, consistencyInputOf, type CaseReading } from '../../shared/reading/case-readings';
import { checkConsistency, type ConsistencyResult } from '../../shared/reading/consistency';
import type { DocumentReading } from '../../shared/reading/document-reading';
import type { CategoryId } from '../../shared/rules/categories';
import { passwordFor, type ClientPasswords } from '../clients/passwords';
import type { ClientScan } from '../clients/scan';
import type { ReadPurpose } from '../reading/read-document';
import { engineReadHooks } from './read-hooks';
import { readControl, readInTime, readSeconds, type ReadControl } from './read-in-time';
import { withFilesNotRead } from '../../shared/reading/not-read-in-time';

/**
 * What each category is read for, which bounds the batch's reading time (50 clients under a minute):
 * a passport for its MRZ (a photo's band, a scanned PDF's page); a Finanças or Social Security
 * certificate for its kind, date, validity, NIF/NISS and name (its text layer, or OCR of its header
 * when it is a scan); an address proof or a contract for their text layer only (a junta's atestado,
 * a labelled name): OCR of a bill's or a contract's scan is left to the app.
 */
const PURPOSE: Partial<Record<CategoryId, ReadPurpose>> = {
  passport: 'passport',
  'financas-no-debt': 'certificate',
  'social-security-no-debt': 'certificate',
  'proof-of-address': 'text',
  'employment-contract': 'text',
};

/**
 * Read what a client's documents say and check it against client.json on the day of the
 * run (the batch's submission day): names, date of birth, NIF/NISS, the passport's validity,
 * each certificate's freshness. Readings already made (files sorted by their content) are
 * reused, never read twice. Encrypted PDFs are opened with the client's passwords (memory only).
 * What was not read shows as "unknown", never as "ok"; a file that cannot be read is left out
 * and never stops the client.
 */
export async function readClientConsistency(
  scan: ClientScan,
  clientFile: ClientFileParse | null,
  today: string,
  known: ReadonlyMap<string, DocumentReading>,
  passwords: ClientPasswords = {},
  control: ReadControl = readControl(),
): Promise<ConsistencyResult> {
  const readings: CaseReading[] = [];
  for (const input of scan.inputs) {
    if (!CONSISTENCY_CATEGORIES.includes(input.categoryId)) continue;
    const purpose = PURPOSE[input.categoryId] ?? 'text';
    for (const file of input.files) {
      const password = passwordFor(passwords, file.relPath);
      const reading =
        known.get(file.path) ??
        // Damaged, a bomb, a wrong password: the preparation reports it; here the file is not read. Not read in
        // time: the row says so (read-in-time.ts).
        (await readInTime(control, file.path, file.relPath, {
          today,
          ...engineReadHooks,
          purpose,
          ...(password !== undefined ? { password } : {}),
        }));
      if (reading) readings.push({ categoryId: input.categoryId, file: file.relPath, reading });
      // One readable passport page is enough.
      if (input.categoryId === 'passport' && reading?.mrz?.status === 'read') break;
    }
  }
  const parsed = clientFile?.ok ? clientFile.clientFile : null;
  const person = parsed?.person ?? {};
  // A batch has no planned submission day: validity is judged on the run's day, and the sentences say so.
  const result = checkConsistency({
    ...consistencyInputOf(
      readings,
      {
        fullName: person.fullName,
        dateOfBirth: person.dateOfBirth,
        nif: person.nif,
        niss: person.niss,
        passportExpiry: parsed?.situation.passportExpiry,
      },
      today,
    ),
    judgedOn: 'run-day',
    // The agency reads summary.html and report.html about its client: "the client's passport", not "your passport".
    reader: 'agency',
  });
  // Every read of this client has ended (sorting's too): each file given up at its deadline is one item of the result.
  const categoryOf = new Map(
    scan.inputs.flatMap((input) => input.files.map((file) => [file.relPath, input.categoryId] as const)),
  );
  const notRead = control.notReadInTime.map((file) => ({ file, categoryId: categoryOf.get(file) }));
  return withFilesNotRead(result, notRead, readSeconds(control));
}
