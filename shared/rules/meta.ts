import { z } from 'zod';

/**
 * Version and check date of the rules data in `shared/rules/`.
 * Bump `rulesVersion` whenever a rule changes; set `rulesCheckedOn` to the day
 * every rule's sources were last re-read.
 */
export const rulesMeta = {
  rulesVersion: '2026.12.1',
  rulesCheckedOn: '2026-11-25',
  /**
   * The newest source found when the rules were checked is from about June 2026;
   * anything AIMA changed after that is not in these rules.
   */
  sourcesCurrentTo: '2026-06',
  /** After this many days without a re-check, the app warns that the rules may be out of date. */
  staleAfterDays: 90,
} as const;

export const rulesStatusSchema = z.object({
  rulesVersion: z.string(),
  rulesCheckedOn: z.iso.date(),
  sourcesCurrentTo: z.string(),
  daysSinceChecked: z.number().int(),
  stale: z.boolean(),
  /** Shown when stale; null otherwise. */
  warning: z.object({ en: z.string(), pt: z.string() }).nullable(),
});
export type RulesStatus = z.infer<typeof rulesStatusSchema>;

function daysFromTo(from: string, to: string): number {
  // Both are calendar dates; UTC midnight on each keeps the difference exact.
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How old the rules are on `today`, and the warning to show when they are older than the threshold. */
export function rulesStatus(today: string, meta: typeof rulesMeta = rulesMeta): RulesStatus {
  const days = daysFromTo(meta.rulesCheckedOn, today);
  const stale = days > meta.staleAfterDays;
  return {
    rulesVersion: meta.rulesVersion,
    rulesCheckedOn: meta.rulesCheckedOn,
    sourcesCurrentTo: meta.sourcesCurrentTo,
    daysSinceChecked: days,
    stale,
    warning: stale
      ? {
          en: `These rules were last checked ${days} days ago. AIMA changes its procedures often: confirm dates and documents on aima.gov.pt, or update the app.`,
          pt: `Estas regras foram verificadas pela última vez há ${days} dias. A AIMA muda os procedimentos com frequência: confirme datas e documentos em aima.gov.pt ou atualize a aplicação.`,
        }
      : null,
  };
}
