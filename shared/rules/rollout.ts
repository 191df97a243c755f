import { z } from 'zod';
import { rulesMeta } from './meta';
import { addMonthsToMonth, firstDayOfMonth } from './dates';
import type { IsoDate } from './situation';
import { localizedSchema, provenanceSchema, type Provenance, type ReaderSentence } from './sources';

/**
 * When the Portal das Renovações opened for each expiry month. AIMA opens the
 * portal month by month; the dates below are those found in the sources. After
 * the last known month the app does not know, and says so.
 */
export const rolloutEntrySchema = z.object({
  /** Expiry month covered, 'YYYY-MM'. */
  expiryMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** The day it opened, when a source gives it. */
  openedOn: z.iso.date().nullable(),
  /** The latest day by which it was open, when only that is known. */
  openedNoLaterThan: z.iso.date(),
  provenance: provenanceSchema,
});
export type RolloutEntry = z.infer<typeof rolloutEntrySchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const p = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

export const portalRollout: readonly RolloutEntry[] = [
  // The seed: the portal opened on 11 July 2025 for permits expiring from 1 July 2025.
  {
    expiryMonth: '2025-07',
    openedOn: '2025-07-11',
    openedNoLaterThan: '2025-07-11',
    provenance: p('seedGuide', 'aimaPortalLaunch'),
  },
  // AIMA: "shortly after" the launch; certainly open when September opened.
  {
    expiryMonth: '2025-08',
    openedOn: null,
    openedNoLaterThan: '2025-08-26',
    provenance: p('aimaPortalLaunch', 'rolloutSep2025'),
  },
  { expiryMonth: '2025-09', openedOn: '2025-08-26', openedNoLaterThan: '2025-08-26', provenance: p('rolloutSep2025') },
  { expiryMonth: '2025-10', openedOn: '2025-09-23', openedNoLaterThan: '2025-09-23', provenance: p('rolloutOct2025') },
  { expiryMonth: '2025-11', openedOn: '2025-10-20', openedNoLaterThan: '2025-10-20', provenance: p('rolloutDec2025') },
  { expiryMonth: '2025-12', openedOn: '2025-11-19', openedNoLaterThan: '2025-11-19', provenance: p('rolloutDec2025') },
  { expiryMonth: '2026-01', openedOn: '2025-12-29', openedNoLaterThan: '2025-12-29', provenance: p('rolloutJanFeb2026') },
  { expiryMonth: '2026-02', openedOn: '2025-12-29', openedNoLaterThan: '2025-12-29', provenance: p('rolloutJanFeb2026') },
  { expiryMonth: '2026-03', openedOn: '2026-01-28', openedNoLaterThan: '2026-01-28', provenance: p('rolloutMayJun2026') },
  { expiryMonth: '2026-04', openedOn: '2026-02-13', openedNoLaterThan: '2026-02-13', provenance: p('rolloutMayJun2026') },
  { expiryMonth: '2026-05', openedOn: '2026-02-24', openedNoLaterThan: '2026-02-24', provenance: p('rolloutMayJun2026') },
  { expiryMonth: '2026-06', openedOn: '2026-02-24', openedNoLaterThan: '2026-02-24', provenance: p('rolloutMayJun2026') },
];

export const FIRST_PORTAL_MONTH = '2025-07';
export const lastKnownRolloutMonth = portalRollout[portalRollout.length - 1]!.expiryMonth;

export const portalMonthStatusSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('open'),
    expiryMonth: z.string(),
    openedOn: z.iso.date().nullable(),
    openedNoLaterThan: z.iso.date(),
    provenance: provenanceSchema,
  }),
  z.object({
    status: z.literal('opens-later'),
    expiryMonth: z.string(),
    opensOn: z.iso.date(),
    provenance: provenanceSchema,
  }),
  z.object({
    status: z.literal('unknown'),
    expiryMonth: z.string(),
    lastKnownMonth: z.string(),
    /** The seed's advice: come back at the start of the expiry month at the latest. */
    checkBackBy: z.iso.date(),
    /** Recent months opened about 1–3 months ahead, so checking earlier can pay off. */
    checkFrom: z.iso.date(),
    /** Both readers' words: the person's month ("your month"), or an agency's client's. */
    howToCheck: z.object({ applicant: localizedSchema, agency: localizedSchema }),
    provenance: provenanceSchema,
  }),
]);
export type PortalMonthStatus = z.infer<typeof portalMonthStatusSchema>;

const HOW_TO_CHECK: ReaderSentence = {
  applicant: {
    en: 'We do not know when the portal opens for this month. Check the news on aima.gov.pt, or log in to portal-renovacoes.aima.gov.pt: if there is no renewal option or it says "citizen not identified", your month is probably not open yet. Recent months opened one to three months ahead; try again at the start of your expiry month at the latest.',
    pt: 'Não sabemos quando o portal abre para este mês. Veja as notícias em aima.gov.pt ou entre em portal-renovacoes.aima.gov.pt: se não aparecer a opção de renovação ou surgir "cidadão não identificado", o seu mês provavelmente ainda não abriu. Os meses recentes abriram com um a três meses de antecedência; tente de novo, o mais tardar, no início do mês em que o título caduca.',
  },
  agency: {
    en: 'We do not know when the portal opens for this month. Check the news on aima.gov.pt, or log in to portal-renovacoes.aima.gov.pt: if there is no renewal option or it says "citizen not identified", the client’s month is probably not open yet. Recent months opened one to three months ahead; try again at the start of the client’s expiry month at the latest.',
    pt: 'Não sabemos quando o portal abre para este mês. Veja as notícias em aima.gov.pt ou entre em portal-renovacoes.aima.gov.pt: se não aparecer a opção de renovação ou surgir "cidadão não identificado", o mês do cliente provavelmente ainda não abriu. Os meses recentes abriram com um a três meses de antecedência; tente de novo, o mais tardar, no início do mês em que o título caduca.',
  },
};

/** Whether the portal accepts renewals for a given expiry month on `today`. `expiryMonth` must be 2025-07 or later. */
export function portalMonthStatus(expiryMonth: string, today: IsoDate): PortalMonthStatus {
  if (expiryMonth < FIRST_PORTAL_MONTH) throw new RangeError('the Portal das Renovações covers expiries from July 2025');
  const entry = portalRollout.find((e) => e.expiryMonth === expiryMonth);
  // A month whose exact opening day is unknown counts as known only from the day it was certainly open.
  if (entry && (entry.openedOn !== null || today >= entry.openedNoLaterThan)) {
    const opens = entry.openedOn ?? entry.openedNoLaterThan;
    if (today >= opens) {
      return {
        status: 'open',
        expiryMonth,
        openedOn: entry.openedOn,
        openedNoLaterThan: entry.openedNoLaterThan,
        provenance: entry.provenance,
      };
    }
    return { status: 'opens-later', expiryMonth, opensOn: opens, provenance: entry.provenance };
  }
  return {
    status: 'unknown',
    expiryMonth,
    lastKnownMonth: lastKnownRolloutMonth,
    checkBackBy: firstDayOfMonth(expiryMonth),
    checkFrom: firstDayOfMonth(addMonthsToMonth(expiryMonth, -3)),
    howToCheck: HOW_TO_CHECK,
    provenance: { sources: ['seedGuide', 'rolloutMayJun2026'], checkedOn },
  };
}
