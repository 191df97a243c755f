import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ClientFileParse } from '../../shared/batch/client-file';
import { consistencyInputOf, type CaseReading } from '../../shared/reading/case-readings';
import { checkConsistency, type ConsistencyResult } from '../../shared/reading/consistency';
import type { DocumentReading } from '../../shared/reading/document-reading';
import type { CategoryId } from '../../shared/rules/categories';
import type { ClientScan } from '../clients/scan';
import { readDocument } from '../reading/read-document';
import { readPassportImage } from '../reading/read-passport';

/** The categories whose files say something the consistency check compares. */
const READ: readonly CategoryId[] = [
  'passport',
  'financas-no-debt',
  'social-security-no-debt',
  'proof-of-address',
  'employment-contract',
];
const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff']);

/**
 * Read what a client's documents say and check it against client.json on the day of the
 * run (the batch's submission day): names, date of birth, NIF/NISS, the passport's validity,
 * each certificate's freshness. Readings already made (files sorted by their content) are
 * reused. A passport photo is read for its MRZ only (no whole-page OCR: the batch's time
 * budget). A file that cannot be read is left out, never stops the client.
 */
export async function readClientConsistency(
  scan: ClientScan,
  clientFile: ClientFileParse | null,
  today: string,
  known: ReadonlyMap<string, DocumentReading>,
): Promise<ConsistencyResult> {
  const readings: CaseReading[] = [];
  for (const input of scan.inputs) {
    if (!READ.includes(input.categoryId)) continue;
    for (const file of input.files) {
      const reading = known.get(file.path) ?? (await readOne(file.path, input.categoryId, today));
      if (reading) readings.push({ categoryId: input.categoryId, file: file.relPath, reading });
      // One readable passport page is enough.
      if (input.categoryId === 'passport' && reading?.mrz?.status === 'read') break;
    }
  }
  const parsed = clientFile?.ok ? clientFile.clientFile : null;
  const person = parsed?.person ?? {};
  return checkConsistency(
    consistencyInputOf(
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
  );
}

async function readOne(path: string, categoryId: CategoryId, today: string): Promise<DocumentReading | null> {
  try {
    if (categoryId === 'passport' && IMAGE.has(extname(path).toLowerCase())) {
      const mrz = await readPassportImage(await readFile(path), today);
      return { file: path, textSource: 'ocr', mrz, certificate: null, labelledName: null, suggestion: null };
    }
    return await readDocument(path, { today });
  } catch {
    return null;
  }
}
