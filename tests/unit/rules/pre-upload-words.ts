import type { Reader } from '../../../shared/i18n/reader';
import { preUploadChecklistFor } from '../../../shared/rules/pre-upload';
import type { SituationDraft } from '../../../shared/rules/situation';

/** The situations whose pre-upload checks are worded differently (every branch of preUploadChecklistFor). */
export const SITUATIONS: Record<string, SituationDraft> = {
  'no permit kind yet': {},
  worker: { permitKind: 'temporary-work', permitExpiry: '2027-06-30', hasNiss: true },
  'worker without NISS': { permitKind: 'temporary-work', permitExpiry: '2027-06-30', hasNiss: false },
  'moved, within 90 days of expiry': {
    permitKind: 'temporary-work',
    permitExpiry: '2027-01-15',
    hasNiss: true,
    addressChangedSinceLastCard: true,
  },
  'moved, early': { permitKind: 'temporary-work', permitExpiry: '2027-09-15', hasNiss: true, addressChangedSinceLastCard: true },
  CPLP: { permitKind: 'temporary-cplp', permitExpiry: '2027-06-30' },
  student: { permitKind: 'temporary-study', permitExpiry: '2027-06-30', hasNiss: false },
};

export const TODAY = '2026-12-01';

/** Every check's words, per situation, reader and language: "situation | reader | id | lang" → sentence. */
export function everyCheck(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, s] of Object.entries(SITUATIONS))
    for (const reader of ['applicant', 'agency'] as Reader[])
      for (const item of preUploadChecklistFor(s, TODAY, reader))
        for (const lang of ['en', 'pt'] as const) out[`${name} | ${reader} | ${item.id} | ${lang}`] = item.text[lang];
  return out;
}
