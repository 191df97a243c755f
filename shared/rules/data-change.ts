import { z } from 'zod';
import { rulesMeta } from './meta';
import { attachmentSchema, contactScenarioById, contactScenarioIdSchema } from './contact-scenarios';
import { addDays } from './dates';
import { isoDateSchema, type IsoDate } from './situation';
import { localizedSchema, provenanceSchema, type Provenance } from './sources';

/**
 * A change of personal data or a second copy (duplicate) of the card, through
 * AIMA's contact form: which documents, and whether the request can still be
 * made given the card's expiry.
 *
 * The 90-day rule is read as "only while more than 90 days of validity
 * remain" — the worked example in the sources (card valid to 30 June 2025 →
 * deadline 1 April 2025). The seed's wording ("no earlier than 90 days
 * before") reads the other way; the rule is flagged as uncertain and both
 * readings are in `disagreements.ts` (`ninety-day-rule`).
 */
export const dataChangeKindSchema = z.enum(['data-change', 'second-copy']);
export const secondCopyReasonSchema = z.enum(['lost', 'stolen', 'damaged']);

export const dataChangeInputSchema = z
  .object({
    kind: dataChangeKindSchema,
    reason: secondCopyReasonSchema.optional(),
    permitExpiry: isoDateSchema,
  })
  .strict();
export type DataChangeInput = z.infer<typeof dataChangeInputSchema>;

export const dataChangeAdviceSchema = z.object({
  kind: dataChangeKindSchema,
  contactScenarioId: contactScenarioIdSchema,
  documents: z.array(attachmentSchema),
  /** Last day the contact-form route is open under the followed reading (expiry − 90 days). */
  cutoff: isoDateSchema,
  /** Within 90 days of expiry (or expired): do it with the renewal instead. */
  doWithRenewal: z.boolean(),
  uncertain: z.literal(true),
  advice: z.array(localizedSchema),
  provenance: provenanceSchema,
});
export type DataChangeAdvice = z.infer<typeof dataChangeAdviceSchema>;

export const NINETY_DAYS = 90;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn: rulesMeta.rulesCheckedOn });

export function dataChangeAdvice(input: DataChangeInput, today: IsoDate): DataChangeAdvice {
  const scenarioId = input.kind === 'data-change' ? 'personal-data-change' : 'second-copy';
  const scenario = contactScenarioById(scenarioId);
  const documents = scenario.attachments
    .filter((a) => {
      if (a.id === 'police-report') return input.reason === undefined || input.reason === 'lost' || input.reason === 'stolen';
      if (a.id === 'damaged-card') return input.reason === undefined || input.reason === 'damaged';
      return true;
    })
    .map((a) =>
      // A known reason turns the conditional item into a required one.
      input.reason && (a.id === 'police-report' || a.id === 'damaged-card') ? { ...a, required: true } : a,
    );
  const cutoff = addDays(input.permitExpiry, -NINETY_DAYS);
  const doWithRenewal = today > cutoff;
  const advice = [
    doWithRenewal
      ? {
          en: `Your card expires on ${input.permitExpiry}, within 90 days (the cut-off was ${cutoff}). The contact form may refuse this request now: make the change with your renewal instead.`,
          pt: `O seu cartão caduca a ${input.permitExpiry}, dentro de 90 dias (o limite era ${cutoff}). O formulário pode recusar agora este pedido: faça a alteração com a renovação.`,
        }
      : {
          en: `Send the request by ${cutoff}, while more than 90 days of validity remain. After that, do it with the renewal.`,
          pt: `Envie o pedido até ${cutoff}, enquanto restam mais de 90 dias de validade. Depois disso, faça-o com a renovação.`,
        },
    {
      en: 'The 90-day rule is reported in two ways by the sources; AIMA’s own wording was not found. This app follows the worked example (more than 90 days must remain).',
      pt: 'A regra dos 90 dias é descrita de duas formas pelas fontes; o texto da própria AIMA não foi encontrado. A aplicação segue o exemplo concreto (têm de restar mais de 90 dias).',
    },
    {
      en: 'The new card keeps the original expiry date; it does not renew your permit.',
      pt: 'O novo cartão mantém a data de validade original; não renova a autorização.',
    },
  ];
  if (input.kind === 'data-change') {
    advice.push({
      en: 'A change of civil status or address must be reported within 60 days of it happening.',
      pt: 'A alteração do estado civil ou da morada deve ser comunicada no prazo de 60 dias.',
    });
  }
  return {
    kind: input.kind,
    contactScenarioId: scenarioId,
    documents,
    cutoff,
    doWithRenewal,
    uncertain: true,
    advice,
    provenance: prov('seedDataChange', 'advocaciaPinheiro90Days', 'sefDataChange', 'sefSecondCopy'),
  };
}
