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
  /**
   * Read one file: text layer first, OCR on regions only; `today` resolves the MRZ's two-digit years.
   * With an `operationId`, OCR's progress streams as events (stage "read", done/total in per cent).
   */
  readDocument: defineCall({
    input: z
      .object({
        path: z.string().min(1),
        today: isoDateSchema,
        operationId: z.string().min(1).optional(),
        /** An encrypted PDF's password, typed this session: it only travels in this call, never stored or logged. */
        password: z.string().max(1024).optional(),
      })
      .strict(),
    output: documentReadingSchema,
    streamsProgress: true,
  }),
  /** Names, date of birth, NIF/NISS, passport validity and certificate freshness on the planned submission day. */
  readingConsistency: defineCall({
    input: consistencyInputSchema,
    output: consistencyResultSchema,
  }),
};
