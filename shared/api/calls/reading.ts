import { z } from 'zod';
import { defineCall } from '../define';
import { isoDateSchema } from '../../rules/situation';
import { consistencyInputSchema, consistencyResultSchema } from '../../reading/consistency';
import { documentReadingSchema } from '../../reading/document-reading';

/**
 * Reading documents offline (electron/reading): what a file says (MRZ, certificate, the
 * category its content shows) and the consistency check across the case. Readings are
 * suggestions: the renderer shows them for the person to confirm, never saves them itself.
 */
export const readingCalls = {
  /** Read one file: text layer first, OCR on regions only; `today` resolves the MRZ's two-digit years. */
  readDocument: defineCall({
    input: z.object({ path: z.string().min(1), today: isoDateSchema }).strict(),
    output: documentReadingSchema,
  }),
  /** Names, date of birth, NIF/NISS, passport validity and certificate freshness on the planned submission day. */
  readingConsistency: defineCall({
    input: consistencyInputSchema,
    output: consistencyResultSchema,
  }),
};
