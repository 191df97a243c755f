import { z } from 'zod';

/**
 * Why a registered letter (carta registada) is written. The rules name the
 * purpose a problem calls for (shared/rules/troubleshooting.ts); the writing
 * module words the letter for it (shared/writing/letter.ts).
 */
export const letterPurposeSchema = z.enum([
  /** The person could not submit the renewal through the portal or the form. */
  'portal-failure',
  /** The renewal was submitted and paid, and no decision came. */
  'no-decision',
]);
export type LetterPurpose = z.infer<typeof letterPurposeSchema>;
