import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ClientFileParse } from '../../shared/batch/client-file';
import { CONSISTENCY_CATEGORIES, consistencyInputOf, type CaseReading } from '../../shared/reading/case-readings';
import { checkConsistency, type ConsistencyResult } from '../../shared/reading/consistency';
import type { DocumentReading } from '../../shared/reading/document-reading';
import type { CategoryId } from '../../shared/rules/categories';
import type { ClientScan } from '../clients/scan';
import { labelledName, readCertificate } from '../../shared/reading/certificate';
import { checkDecodeBudget } from '../engine/pdf/decode-budget';
import { mayHaveTextLayer } from './font-presence';
import { pdfText } from '../reading/pdf-pages';
import { readPassportImage } from '../reading/read-passport';

const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff']);
/** Fewer characters than this is a scan without a text layer (as electron/reading/read-document.ts). */
const MIN_TEXT = 40;

/**
 * Read what a client's documents say and check it against client.json on the day of the
 * run (the batch's submission day): names, date of birth, NIF/NISS, the passport's validity,
 * each certificate's freshness. Readings already made (files sorted by their content) are
 * reused. Within the batch's time budget (50 clients under a minute): a passport photo is
 * read for its MRZ band only, and other files for their PDF text layer only; a scan's
 * whole-page OCR (over a minute for some scans on a loaded machine) is left to the app,
 * and what was not read shows as "unknown", never as "ok". A file that cannot be read is
 * left out and never stops the client.
 */
export async function readClientConsistency(
  scan: ClientScan,
  clientFile: ClientFileParse | null,
  today: string,
  known: ReadonlyMap<string, DocumentReading>,
): Promise<ConsistencyResult> {
  const readings: CaseReading[] = [];
  for (const input of scan.inputs) {
    if (!CONSISTENCY_CATEGORIES.includes(input.categoryId)) continue;
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
  const ext = extname(path).toLowerCase();
  try {
    if (categoryId === 'passport' && IMAGE.has(ext)) {
      const mrz = await readPassportImage(await readFile(path), today);
      return { file: path, textSource: 'ocr', mrz, certificate: null, labelledName: null, suggestion: null };
    }
    if (ext !== '.pdf') return null;
    const bytes = await readFile(path);
    // A bomb is refused before pdf.js inflates it (the preparation reports it; here it is not read).
    await checkDecodeBudget(bytes, path);
    // A scan has no fonts, hence no text layer: pdf.js is not started for it.
    if (!(await mayHaveTextLayer(bytes))) return null;
    const { text } = await pdfText(bytes);
    if (text.replace(/\s+/g, '').length < MIN_TEXT) return null;
    return {
      file: path,
      textSource: 'text-layer',
      mrz: null,
      certificate: readCertificate(text),
      labelledName: labelledName(text),
      suggestion: null,
    };
  } catch {
    // An encrypted or damaged PDF: the preparation reports it; here it is simply not read.
    return null;
  }
}
