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
    provenance: prov('financasCertificate'),
  },
  {
    id: 'social-security-declaration',
    name: { en: 'Social Security contributions declaration', pt: 'Declaração de situação contributiva (Segurança Social)' },
    validity: { months: 4 },
    provenance: prov('segSocialDeclaration'),
  },
  {
    id: 'fiscal-domicile-certificate',
    name: { en: 'Certificate of fiscal domicile (AT)', pt: 'Certidão de domicílio fiscal (AT)' },
    // AIMA: "issued less than 30 days before".
    validity: { days: 30 },
    provenance: prov('aimaAccommodation'),
  },
];

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
 * Whether a document issued on `issuedOn` is still fresh on `on`. A validity
 * of 3 months from 15 January lasts through 14 April; "less than 30 days"
 * from 1 March lasts through 30 March.
 */
export function checkFreshness(id: FreshnessId, issuedOn: IsoDate, on: IsoDate): FreshnessResult {
  const rule = freshnessRules.find((r) => r.id === id)!;
  const end = 'months' in rule.validity ? addMonths(issuedOn, rule.validity.months) : addDays(issuedOn, rule.validity.days);
  const lastFreshDay = addDays(end, -1);
  return { id, issuedOn, lastFreshDay, fresh: on >= issuedOn && on <= lastFreshDay, provenance: rule.provenance };
}
