import { join } from 'node:path';
import { AppError, type ApiError } from '../../shared/api/errors';
import type { SavedDocument } from '../../shared/case/case-file';
import { activeEvidence } from '../../shared/case/evidence';
import { buildContactFormText, evidenceForAttachment } from '../../shared/writing/contact-form';
import { lisbonDayAndTime } from '../../shared/writing/dates';
import { buildEmailDraft } from '../../shared/writing/email';
import { buildLetter, letterPlainText } from '../../shared/writing/letter';
import { caseStoreFor } from '../cases/store-registry';
import { renderEml, type EmlAttachment } from '../writing/email-eml';
import { renderLetterDocx } from '../writing/letter-docx';
import { renderLetterPdf } from '../writing/letter-pdf';
import type { Handler } from './handler-types';
import { sha256Hex } from '../common/hash';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date on the Lisbon calendar (the date a letter to AIMA carries). */
function lisbonToday(now: Date): string {
  const d = lisbonDayAndTime(now.toISOString());
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** "2026-04-21-1015": file names sort by time and never clash within a minute's work. */
function stamp(now: Date): string {
  const d = lisbonDayAndTime(now.toISOString());
  return `${d.year}-${pad(d.month)}-${pad(d.day)}-${d.time.replace(':', '')}`;
}

export function writingHandlers(deps: { now?: () => Date } = {}): {
  writingContactForm: Handler<'writingContactForm'>;
  writingEmailDraft: Handler<'writingEmailDraft'>;
  writingLetter: Handler<'writingLetter'>;
  writingSave: Handler<'writingSave'>;
} {
  const now = deps.now ?? (() => new Date());
  return {
    writingContactForm: async ({ root, caseId, scenarioId }) =>
      buildContactFormText(await caseStoreFor(root).load(caseId), scenarioId),
    writingEmailDraft: async ({ root, caseId, scenarioId }) => buildEmailDraft(await caseStoreFor(root).load(caseId), scenarioId),
    writingLetter: async ({ root, caseId, purpose, asked, date, place }) =>
      buildLetter(await caseStoreFor(root).load(caseId), {
        ...(purpose ? { purpose } : {}),
        ...(asked ? { asked } : {}),
        date: date ?? lisbonToday(now()),
        ...(place ? { place } : {}),
      }),
    writingSave: async ({ root, caseId, document }) => {
      const store = caseStoreFor(root);
      const caseFile = await store.load(caseId);
      const at = now();
      const failed: Array<{ format: SavedDocument['format']; error: ApiError }> = [];
      const outputs: Array<{
        kind: SavedDocument['kind'];
        format: SavedDocument['format'];
        fileName: string;
        bytes: Uint8Array;
      }> = [];
      switch (document.kind) {
        case 'contact-form':
          outputs.push({
            kind: 'contact-form',
            format: 'txt',
            fileName: `formulario-contacto-${document.scenarioId}-${stamp(at)}.txt`,
            bytes: new TextEncoder().encode(document.text),
          });
          break;
        case 'email': {
          const attachments: EmlAttachment[] = [];
          if (document.attachEvidence) {
            const kinds = document.draft.attachments.flatMap((a) => evidenceForAttachment[a.id] ?? []);
            for (const entry of activeEvidence(caseFile.evidence).filter((e) => kinds.includes(e.kind))) {
              for (const file of entry.files)
                attachments.push({ filename: file.name, path: join(store.caseDir(caseId), file.storedAs) });
            }
          }
          outputs.push({
            kind: 'email',
            format: 'eml',
            fileName: `email-${document.draft.scenarioId}-${stamp(at)}.eml`,
            bytes: await renderEml(document.draft, { date: at, attachments }),
          });
          break;
        }
        case 'letter': {
          // One free name for all formats, so a letter saved twice in the same minute gets "-2" and keeps the first.
          const base = await store.unusedDocumentStem(caseId, `carta-registada-${stamp(at)}`, document.formats);
          for (const format of document.formats) {
            try {
              const bytes =
                format === 'pdf'
                  ? await renderLetterPdf(document.letter, { creationDate: at })
                  : format === 'docx'
                    ? await renderLetterDocx(document.letter)
                    : new TextEncoder().encode(letterPlainText(document.letter));
              outputs.push({ kind: 'letter', format, fileName: `${base}.${format}`, bytes });
            } catch (error) {
              // One format failing (e.g. a character the PDF font lacks) does not stop the others.
              if (!(error instanceof AppError)) throw error;
              failed.push({ format, error: error.toApiError() });
            }
          }
          break;
        }
      }
      const saved: SavedDocument[] = [];
      for (const output of outputs) saved.push(await store.saveDocument(caseId, { ...output, sha256: sha256Hex(output.bytes) }));
      return { folder: join(store.caseDir(caseId), 'letters'), saved, failed };
    },
  };
}
