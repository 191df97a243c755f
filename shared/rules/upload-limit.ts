import { z } from 'zod';
import { rulesMeta } from './meta';
import { localizedSchema, provenanceSchema } from './sources';

/**
 * The upload size limit. The Portal das Renovações publishes none; the only
 * official AIMA figure is 1 MB per document, for its services portal. The app
 * uses it as the default — labelled as such — and lets the user enter the
 * limit their upload screen shows. 1 MB is taken as 1,000,000 bytes, the
 * smaller of the two usual meanings, so a file that fits is never too big.
 */
export const BYTES_PER_MB = 1_000_000;
export const DEFAULT_UPLOAD_LIMIT_BYTES = BYTES_PER_MB;

/** A limit as upload screens state it ("2 MB") in bytes, counting MB the way the default does. */
export function megabytesToBytes(megabytes: number): number {
  return Math.round(megabytes * BYTES_PER_MB);
}

/**
 * Bytes as the MB an upload screen would state, to two decimals ("1.02").
 * 'up' for a size compared with a limit: a file just over 1 MB must not read "1 MB".
 */
export function bytesToMegabytes(bytes: number, rounding: 'nearest' | 'up' = 'nearest'): number {
  const hundredths = (bytes / BYTES_PER_MB) * 100;
  return (rounding === 'up' ? Math.ceil(hundredths) : Math.round(hundredths)) / 100;
}

export const uploadLimitSchema = z.object({
  bytes: z.number().int().positive(),
  source: z.enum(['default-official-services-portal', 'entered-by-user']),
  label: localizedSchema,
  provenance: provenanceSchema,
});
export type UploadLimit = z.infer<typeof uploadLimitSchema>;

export const defaultUploadLimit: UploadLimit = {
  bytes: DEFAULT_UPLOAD_LIMIT_BYTES,
  source: 'default-official-services-portal',
  label: {
    en: 'Default: 1 MB per document — the only official AIMA figure (its services portal). The renewals portal publishes no limit: enter the one your upload screen shows.',
    pt: 'Predefinição: 1 MB por documento — o único valor oficial da AIMA (portal de serviços). O portal de renovações não publica limite: indique o que aparece no seu ecrã de envio.',
  },
  provenance: { sources: ['aimaServicesFaq', 'seedGuide'], checkedOn: rulesMeta.rulesCheckedOn },
};

/** The limit to use: what the user entered from their upload screen, else the labelled default. */
export function effectiveUploadLimit(userEnteredBytes?: number): UploadLimit {
  if (userEnteredBytes === undefined) return defaultUploadLimit;
  if (!Number.isInteger(userEnteredBytes) || userEnteredBytes <= 0)
    throw new RangeError('upload limit must be a positive number of bytes');
  return {
    bytes: userEnteredBytes,
    source: 'entered-by-user',
    label: {
      en: 'The limit you entered from your upload screen.',
      pt: 'O limite que indicou a partir do seu ecrã de envio.',
    },
    provenance: { sources: ['seedGuide'], checkedOn: rulesMeta.rulesCheckedOn },
  };
}
