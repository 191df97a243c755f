import { z } from 'zod';
import { addDays } from './dates';

/**
 * The person's situation, as the rules engine needs it. Today's date is NOT
 * part of it: every rules function takes `today` as a parameter, so the rules
 * never read the clock and tests can pin any date.
 *
 * Dates are ISO calendar dates (YYYY-MM-DD) as strings: a permit "expires on"
 * a calendar day in Portugal, not at an instant, so no time zone is involved.
 */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * Kind of residence title. Temporary residence (autorização de residência
 * temporária) by purpose; permanent; EU long-term resident; CPLP mobility;
 * and the Cartão de Residência of family members of EU citizens, which is a
 * different legal basis (Lei 37/2006) with its own pathway.
 */
export const permitKindSchema = z.enum([
  'temporary-work',
  'temporary-independent-work',
  'temporary-passive-income-d7',
  'temporary-remote-work-d8',
  'temporary-study',
  'temporary-family-reunification',
  'temporary-highly-qualified',
  'temporary-investment-ari',
  'temporary-cplp',
  'temporary-other',
  'permanent',
  'eu-long-term-resident',
  'eu-family-residence-card',
]);
export type PermitKind = z.infer<typeof permitKindSchema>;
export const permitKinds = permitKindSchema.options;

/** How each kind is named to the user, with the Portuguese term. */
export const permitKindNames: Record<PermitKind, { en: string; pt: string }> = {
  'temporary-work': {
    en: 'Temporary residence for employed work',
    pt: 'Autorização de residência temporária para trabalho subordinado',
  },
  'temporary-independent-work': {
    en: 'Temporary residence for independent work (recibos verdes)',
    pt: 'Autorização de residência temporária para atividade profissional independente',
  },
  'temporary-passive-income-d7': {
    en: 'Temporary residence for passive income or retirement (D7)',
    pt: 'Autorização de residência temporária para titulares de rendimentos (D7)',
  },
  'temporary-remote-work-d8': {
    en: 'Temporary residence for remote work / digital nomads (D8)',
    pt: 'Autorização de residência temporária para trabalho remoto (D8)',
  },
  'temporary-study': { en: 'Temporary residence for study', pt: 'Autorização de residência temporária para estudo' },
  'temporary-family-reunification': {
    en: 'Temporary residence for family reunification',
    pt: 'Autorização de residência temporária para reagrupamento familiar',
  },
  'temporary-highly-qualified': {
    en: 'Highly qualified activity / EU Blue Card',
    pt: 'Atividade altamente qualificada / Cartão Azul UE',
  },
  'temporary-investment-ari': {
    en: 'Residence for investment (ARI, "golden visa")',
    pt: 'Autorização de residência para investimento (ARI)',
  },
  'temporary-cplp': { en: 'CPLP mobility residence', pt: 'Autorização de residência CPLP' },
  'temporary-other': { en: 'Other temporary residence', pt: 'Outra autorização de residência temporária' },
  permanent: { en: 'Permanent residence', pt: 'Autorização de residência permanente' },
  'eu-long-term-resident': { en: 'EU long-term resident', pt: 'Estatuto de residente de longa duração (UE)' },
  'eu-family-residence-card': {
    en: 'Residence card of a family member of an EU citizen',
    pt: 'Cartão de residência de familiar de cidadão da UE',
  },
};

/** Whether a kind is a temporary residence permit (renewed under Lei 23/2007 art. 78). */
export function isTemporaryPermit(kind: PermitKind): boolean {
  return kind.startsWith('temporary-');
}

/**
 * Lei 23/2007 art. 78 n.1 (sources.lei23Art78; rulesMeta.rulesCheckedOn): the renewal of a temporary permit is asked
 * for "up to 30 days before" it expires. In practice the portal opens by expiry month (shared/rules/disagreements.ts),
 * so this is the law's date, said beside the portal's, never instead of it.
 */
export const LEGAL_APPLY_DAYS_BEFORE_EXPIRY = 30;

/** The law's last day to apply for the renewal of a temporary permit; null for kinds the article does not cover. */
export function legalApplyBy(kind: PermitKind, expiry: IsoDate): IsoDate | null {
  return isTemporaryPermit(kind) ? addDays(expiry, -LEGAL_APPLY_DAYS_BEFORE_EXPIRY) : null;
}

const situationShape = {
  permitKind: permitKindSchema,
  /**
   * As printed on the card; any format (old 6-digit folded paper titles included), written as AIMA
   * writes it: no inner spaces, upper case ("ar 12 345" → "AR12345"). Not refused for its shape, so a
   * case saved with an unusual number still opens.
   */
  permitNumber: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((value) => value.replace(/\s+/g, '').toUpperCase()),
  /** Last day of validity printed on the card. */
  permitExpiry: isoDateSchema,
  passportExpiry: isoDateSchema,
  /** Has a Portuguese Social Security number (NISS). */
  hasNiss: z.boolean(),
  /** Is physically in Portugal now. */
  inPortugal: z.boolean(),
  /** The email address AIMA (or former SEF) holds for the person still works and is read. */
  emailWithAimaCurrent: z.boolean(),
  /** Moved since the current card was issued. */
  addressChangedSinceLastCard: z.boolean(),
  /** AIMA holds current biometric data (photo, fingerprints) for the person. */
  biometricsOnFile: z.boolean(),
};

/** A complete situation: every question answered. */
export const situationSchema = z.object(situationShape).strict();
export type Situation = z.infer<typeof situationSchema>;

/**
 * A partly filled form (what a case stores while the person is still answering).
 * Rules functions accept a draft and say what they cannot decide yet.
 */
export const situationDraftSchema = situationSchema.partial();
export type SituationDraft = z.infer<typeof situationDraftSchema>;
