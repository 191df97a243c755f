import { z } from 'zod';
import { rulesMeta } from './meta';
import { addDays, addMonths } from './dates';
import type { IsoDate } from './situation';
import { localizedSchema, provenanceSchema, type Provenance } from './sources';

/**
 * How long a certificate counts as fresh. Where a source gives a validity, the
 * app uses it; where none exists, there is no entry (never a guess).
 */
export const freshnessIdSchema = z.enum(['financas-certificate', 'social-security-declaration', 'fiscal-domicile-certificate']);
export type FreshnessId = z.infer<typeof freshnessIdSchema>;

export const freshnessRuleSchema = z.object({
  id: freshnessIdSchema,
  name: localizedSchema,
  validity: z.union([z.object({ months: z.number().int().positive() }), z.object({ days: z.number().int().positive() })]),
  provenance: provenanceSchema,
});
export type FreshnessRule = z.infer<typeof freshnessRuleSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

export const freshnessRules: readonly FreshnessRule[] = [
  {
    id: 'financas-certificate',
    name: { en: 'Finanças tax status certificate', pt: 'Certidão de situação tributária (Finanças)' },
    validity: { months: 3 },
    provenance: prov('financasCertificate', 'codigoCivilArt279'),
  },
  {
    id: 'social-security-declaration',
    name: { en: 'Social Security contributions declaration', pt: 'Declaração de situação contributiva (Segurança Social)' },
    validity: { months: 4 },
    provenance: prov('segSocialDeclaration', 'codigoCivilArt279'),
  },
  {
    id: 'fiscal-domicile-certificate',
    name: { en: 'Certificate of fiscal domicile (AT)', pt: 'Certidão de domicílio fiscal (AT)' },
    // AIMA: "issued less than 30 days before".
    validity: { days: 30 },
    provenance: prov('aimaAccommodation'),
  },
];

/**
 * A certificate whose last valid day falls within this many days of the day it is judged on is
 * flagged (the card not green, a warning before upload and in the agency summary): a person with
 * other documents still to gather will rarely submit that day. The app's advice, not AIMA's rule.
 */
export const CERTIFICATE_SOON_DAYS = 14;

export const freshnessResultSchema = z.object({
  id: freshnessIdSchema,
  issuedOn: z.iso.date(),
  /** The last day the document still counts as fresh. */
  lastFreshDay: z.iso.date(),
  fresh: z.boolean(),
  provenance: provenanceSchema,
});
export type FreshnessResult = z.infer<typeof freshnessResultSchema>;

/**
 * The last day a validity counted from `issuedOn` still covers.
 *
 * Months follow Código Civil art. 279 c): a period of months counted from a date ends at 24:00 on
 * the day of the last month that corresponds to it (3 months from 2 September: through 2 December),
 * or on that month's last day when it has no such day (3 months from 30 November: through 28/29
 * February). Session 6 ended it a day earlier (1 December), and the card then said "valid until
 * 1 December", a date no source supports.
 *
 * Days: AIMA asks for a certificate "issued less than 30 days before" (not "valid for 30 days"), so
 * from 1 March it is under 30 days old through 30 March.
 */
export function lastDayOfValidity(issuedOn: IsoDate, validity: FreshnessRule['validity']): IsoDate {
  return 'months' in validity ? addMonths(issuedOn, validity.months) : addDays(issuedOn, validity.days - 1);
}

/** Whether a document issued on `issuedOn` is still fresh on `on` (see lastDayOfValidity). */
export function checkFreshness(id: FreshnessId, issuedOn: IsoDate, on: IsoDate): FreshnessResult {
  const rule = freshnessRules.find((r) => r.id === id)!;
  const lastFreshDay = lastDayOfValidity(issuedOn, rule.validity);
  return { id, issuedOn, lastFreshDay, fresh: on >= issuedOn && on <= lastFreshDay, provenance: rule.provenance };
}
