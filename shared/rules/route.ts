import { z } from 'zod';
import { rulesMeta } from './meta';
import { addDays, addMonths, monthOf } from './dates';
import { contactScenarioIdSchema } from './contact-scenarios';
import { dataChangeCutoff } from './data-change';
import { ducRouteSchema, type DucRoute } from './duc';
import { FIRST_PORTAL_MONTH, portalMonthStatus, portalMonthStatusSchema } from './rollout';
import { isoDateSchema, type IsoDate, type PermitKind, type SituationDraft } from './situation';
import type { Reader } from '../i18n/reader';
import { forReader, localizedSchema, provenanceSchema, type Localized, type Provenance } from './sources';

/**
 * Which portal applies to a situation on a given day, and why — with the
 * warnings that change what the person should do first. `today` is always
 * passed in; nothing here reads the clock. `reader` says who reads the sentences: the person ("your permit"), or an
 * agency about its client ("the client's permit": the agency view, summary.html, the command line).
 */
export const routeIdSchema = z.enum([
  /** portal-renovacoes.aima.gov.pt: expiry on or after 1 July 2025. */
  'portal-renovacoes',
  /** services.aima.gov.pt after AIMA's Mission Structure (EMAIMA) email: expiry 22 Feb 2020 – 30 Jun 2025. */
  'mission-structure',
  /** services.aima.gov.pt "Renovar AR CPLP", after AIMA's email. */
  'cplp-services',
  /** services.aima.gov.pt: residence card of a family member of an EU citizen (its own pathway). */
  'eu-family-card',
  /** Expired before 22 Feb 2020: outside every extension and portal. */
  'not-covered',
  /** Not enough answers yet. */
  'undecided',
]);
export type RouteId = z.infer<typeof routeIdSchema>;

/** The portals, named in each language ("Submeta no Portal de serviços da AIMA", never the English name in Portuguese). */
export const PORTAL_RENOVACOES = {
  name: { en: 'Portal das Renovações', pt: 'Portal das Renovações' },
  url: 'https://portal-renovacoes.aima.gov.pt',
} as const;
export const SERVICES_AIMA = {
  name: { en: 'AIMA services portal', pt: 'Portal de serviços da AIMA' },
  url: 'https://services.aima.gov.pt',
} as const;

/** Key dates of the routes, each backed by a source (see `routeDates`). */
export const ROUTE_DATES = {
  backlogFrom: '2020-02-22',
  backlogTo: '2025-06-30',
  portalFrom: '2025-07-01',
  portalLaunched: '2025-07-11',
  decreeExtensionUntil: '2025-10-15',
  inCountryExtensionUntil: '2026-04-15',
  permanentOnPortal: '2025-12-10',
  ariOnPortal: '2026-02-16',
} as const;

export const warningSchema = z.object({
  id: z.enum([
    'backlog-urgent',
    'backlog-wait-for-email',
    'expired-over-6-months',
    'outside-portugal',
    'email-not-current',
    'address-changed',
    'no-niss',
    'no-biometrics',
    'passport-expired',
    'passport-expires-soon',
    'portal-month-not-open',
    'portal-month-unknown',
    'type-not-yet-on-portal',
    'type-not-confirmed-on-portal',
    'not-covered',
    'extension-inside-portugal-only',
  ]),
  severity: z.enum(['urgent', 'caution', 'info']),
  text: localizedSchema,
  /** The contact-form scenario that fits, when the warning calls for writing to AIMA. */
  contactScenarioId: contactScenarioIdSchema.optional(),
  /**
   * The troubleshooting row (shared/rules/troubleshooting.ts) that explains this situation and
   * writes its letter; screens link to it in preference to the contact scenario, whose generic
   * text may not fit (the lapse is not a portal error).
   */
  troubleRowId: z.string().optional(),
  provenance: provenanceSchema,
});
export type RouteWarning = z.infer<typeof warningSchema>;

export const routeDecisionSchema = z.object({
  routeId: routeIdSchema,
  portal: z.object({ name: localizedSchema, url: z.string() }).nullable(),
  /** The route's DUC rules, for `ducWindow`. */
  ducRoute: ducRouteSchema.nullable(),
  why: z.array(z.object({ text: localizedSchema, provenance: provenanceSchema })),
  warnings: z.array(warningSchema),
  /** For the Portal das Renovações: whether the expiry month is open on `today`. */
  portalMonth: portalMonthStatusSchema.nullable(),
  /** Answers still needed to decide (field names of the situation). */
  missing: z.array(z.string()),
  today: isoDateSchema,
});
export type RouteDecision = z.infer<typeof routeDecisionSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

interface Draft {
  warnings: RouteWarning[];
  why: RouteDecision['why'];
}

function warn(d: Draft, w: RouteWarning): void {
  d.warnings.push(w);
}

function personalWarnings(d: Draft, s: SituationDraft, today: IsoDate, reader: Reader): void {
  if (s.inPortugal === false) {
    warn(d, {
      id: 'outside-portugal',
      severity: 'caution',
      text: forReader(reader, {
        applicant: {
          en: 'You are outside Portugal. The renewal portal is meant for residents in Portugal, users report it does not load from abroad, and the validity extensions apply inside Portugal only. Check your situation carefully before submitting or travelling, especially if your card has expired.',
          pt: 'Está fora de Portugal. O portal de renovações destina-se a residentes em Portugal, há relatos de que não abre a partir do estrangeiro e as prorrogações de validade só valem em Portugal. Verifique bem a sua situação antes de submeter ou viajar, sobretudo se o cartão já caducou.',
        },
        agency: {
          en: 'The client is outside Portugal. The renewal portal is meant for residents in Portugal, users report it does not load from abroad, and the validity extensions apply inside Portugal only. Check the client’s situation carefully before submitting or before the client travels, especially if the client’s card has expired.',
          pt: 'O cliente está fora de Portugal. O portal de renovações destina-se a residentes em Portugal, há relatos de que não abre a partir do estrangeiro e as prorrogações de validade só valem em Portugal. Verifique bem a situação do cliente antes de submeter ou de o cliente viajar, sobretudo se o cartão já caducou.',
        },
      }),
      provenance: prov('seedGuide', 'geoLock'),
    });
  }
  if (s.emailWithAimaCurrent === false) {
    warn(d, {
      id: 'email-not-current',
      severity: 'urgent',
      text: forReader(reader, {
        applicant: {
          en: 'Update the email AIMA holds as soon as you can: the verification link, the DUC, AIMA’s invitation and appointment notices go to that address.',
          pt: 'Atualize quanto antes o e-mail que a AIMA tem: o link de verificação, o DUC, a convocatória e os agendamentos são enviados para esse endereço.',
        },
        agency: {
          en: 'Update the email AIMA holds for the client as soon as you can: the verification link, the DUC, AIMA’s invitation and appointment notices go to that address.',
          pt: 'Atualize quanto antes o e-mail do cliente registado na AIMA: o link de verificação, o DUC, a convocatória e os agendamentos são enviados para esse endereço.',
        },
      }),
      contactScenarioId: 'email-update',
      provenance: prov('seedGuide'),
    });
  }
  if (s.addressChangedSinceLastCard === true) {
    // The form's 90-day cut-off, as data-change.ts reads the rule.
    const change = s.permitExpiry ? dataChangeCutoff(s.permitExpiry, today) : null;
    const cutoff = change?.cutoff ?? null;
    const late = change?.doWithRenewal === true;
    // Past the cut-off the card either expires within 90 days or has already expired: said as it is.
    const expired = s.permitExpiry !== undefined && s.permitExpiry < today;
    const yourCard = expired
      ? { en: 'Your card has expired', pt: 'O cartão já caducou' }
      : { en: 'Your card expires within 90 days', pt: 'O cartão caduca dentro de 90 dias' };
    const theCard = expired
      ? { en: 'The card has expired', pt: 'O cartão já caducou' }
      : { en: 'The card expires within 90 days', pt: 'O cartão caduca dentro de 90 dias' };
    warn(d, {
      id: 'address-changed',
      severity: 'caution',
      text: late
        ? forReader(reader, {
            applicant: {
              en: `You moved since your card was issued. ${yourCard.en}, so the contact form may refuse an address change (the cut-off was ${cutoff}); give the new address with the renewal. The card is posted to the address AIMA holds.`,
              pt: `Mudou de morada desde a emissão do cartão. ${yourCard.pt}, pelo que o formulário pode recusar a alteração (o limite era ${cutoff}); indique a nova morada na renovação. O cartão é enviado para a morada que a AIMA tem.`,
            },
            agency: {
              en: `The client moved since their card was issued. ${theCard.en}, so the contact form may refuse an address change (the cut-off was ${cutoff}); give the new address with the renewal. The card is posted to the address AIMA holds.`,
              pt: `O cliente mudou de morada desde a emissão do cartão. ${theCard.pt}, pelo que o formulário pode recusar a alteração (o limite era ${cutoff}); indique a nova morada na renovação. O cartão é enviado para a morada que a AIMA tem.`,
            },
          })
        : forReader(reader, {
            applicant: {
              en: 'You moved since your card was issued. Tell AIMA your new address before you submit the renewal: the card is posted to the address AIMA holds.',
              pt: 'Mudou de morada desde a emissão do cartão. Comunique a nova morada à AIMA antes de submeter a renovação: o cartão é enviado para a morada que a AIMA tem.',
            },
            agency: {
              en: 'The client moved since their card was issued. Tell AIMA the client’s new address before you submit the renewal: the card is posted to the address AIMA holds.',
              pt: 'O cliente mudou de morada desde a emissão do cartão. Comunique a nova morada do cliente à AIMA antes de submeter a renovação: o cartão é enviado para a morada que a AIMA tem.',
            },
          }),
      contactScenarioId: 'address-change',
      provenance: prov('seedGuide', 'advocaciaPinheiro90Days'),
    });
  }
  if (s.hasNiss === false) {
    warn(d, {
      id: 'no-niss',
      severity: 'caution',
      text: forReader(reader, {
        applicant: {
          en: 'You have no NISS. The portal may block the submission at the NISS field. Do not guess a number: prepare a short explanation and, where possible, a Certidão de Não Inscrição na Segurança Social; Social Security said it would issue a NISS to anyone who needs one to renew.',
          pt: 'Não tem NISS. O portal pode bloquear a submissão no campo NISS. Não adivinhe um número: prepare uma breve explicação e, se possível, uma Certidão de Não Inscrição na Segurança Social; a Segurança Social disse que atribuiria NISS a quem precisasse para renovar.',
        },
        agency: {
          en: 'The client has no NISS. The portal may block the submission at the NISS field. Do not guess a number: prepare a short explanation and, where possible, a Certidão de Não Inscrição na Segurança Social; Social Security said it would issue a NISS to anyone who needs one to renew.',
          pt: 'O cliente não tem NISS. O portal pode bloquear a submissão no campo NISS. Não adivinhe um número: prepare uma breve explicação e, se possível, uma Certidão de Não Inscrição na Segurança Social; a Segurança Social disse que atribuiria NISS a quem precisasse para renovar.',
        },
      }),
      contactScenarioId: 'niss-blocked',
      provenance: prov('seedGuide', 'nissBlocking'),
    });
  }
  if (s.biometricsOnFile === false) {
    warn(d, {
      id: 'no-biometrics',
      severity: 'info',
      text: forReader(reader, {
        applicant: {
          en: 'AIMA does not hold current biometrics for you: expect an email inviting you to a biometrics appointment after payment. Bring your original passport.',
          pt: 'A AIMA não tem os seus dados biométricos atuais: conte com um e-mail de convocatória para a recolha de biometria depois do pagamento. Leve o passaporte original.',
        },
        agency: {
          en: 'AIMA does not hold current biometrics for the client: expect an email inviting the client to a biometrics appointment after payment. The client must bring their original passport.',
          pt: 'A AIMA não tem dados biométricos atuais do cliente: conte com um e-mail a convocar o cliente para a recolha de biometria depois do pagamento. O cliente deve levar o passaporte original.',
        },
      }),
      provenance: prov('seedGuide'),
    });
  }
  if (s.passportExpiry) {
    if (s.passportExpiry < today) {
      warn(d, {
        id: 'passport-expired',
        severity: 'urgent',
        text: forReader(reader, {
          applicant: {
            en: 'Your passport has expired. The renewal needs a valid passport: renew it first.',
            pt: 'O seu passaporte caducou. A renovação exige passaporte válido: renove-o primeiro.',
          },
          agency: {
            en: 'The client’s passport has expired. The renewal needs a valid passport: the client must renew it first.',
            pt: 'O passaporte do cliente caducou. A renovação exige passaporte válido: o cliente tem de o renovar primeiro.',
          },
        }),
        provenance: prov('seedGuide', 'lei23Art78'),
      });
    } else if (s.passportExpiry < addDays(today, 60)) {
      warn(d, {
        id: 'passport-expires-soon',
        severity: 'caution',
        text: forReader(reader, {
          applicant: {
            en: 'Your passport expires within 60 days — before AIMA’s legal 60-day target for deciding a renewal. AIMA asks for a valid passport and you show the original at the biometrics appointment; no rule we found sets a minimum remaining validity, so this is the app’s advice, not AIMA’s rule: consider renewing it first.',
            pt: 'O passaporte caduca dentro de 60 dias — antes do prazo legal de 60 dias para a AIMA decidir a renovação. A AIMA pede um passaporte válido e o original é apresentado na recolha de biometria; nenhuma regra que encontrámos fixa uma validade mínima restante, pelo que isto é um conselho da aplicação e não uma regra da AIMA: pondere renová-lo primeiro.',
          },
          agency: {
            en: 'The client’s passport expires within 60 days — before AIMA’s legal 60-day target for deciding a renewal. AIMA asks for a valid passport and the client shows the original at the biometrics appointment; no rule we found sets a minimum remaining validity, so this is the app’s advice, not AIMA’s rule: consider having it renewed first.',
            pt: 'O passaporte do cliente caduca dentro de 60 dias — antes do prazo legal de 60 dias para a AIMA decidir a renovação. A AIMA pede um passaporte válido e o original é apresentado na recolha de biometria; nenhuma regra que encontrámos fixa uma validade mínima restante, pelo que isto é um conselho da aplicação e não uma regra da AIMA: pondere renová-lo primeiro.',
          },
        }),
        provenance: prov('seedGuide', 'rolloutMayJun2026'),
      });
    }
  }
}

/**
 * A route warning as read by someone who has already submitted (a DUC or a receipt is recorded): the passport
 * warnings say "renew it first" and "consider renewing it first", advice for a step already taken (session 14's walk:
 * a D7 holder who paid his DUC in June read "… before AIMA's legal 60-day target for deciding a renewal … consider
 * renewing it first" in December). What still holds stays: AIMA asks for a valid passport, shown at biometrics.
 */
export function warningOnceSubmitted(w: RouteWarning, reader: Reader = 'applicant'): RouteWarning {
  if (w.id === 'passport-expired')
    return {
      ...w,
      text: forReader(reader, {
        applicant: {
          en: 'Your passport has expired. Your renewal is submitted, but AIMA asks for a valid passport and you show the original if AIMA calls you to a biometrics appointment: renew it now.',
          pt: 'O seu passaporte caducou. O pedido de renovação está submetido, mas a AIMA pede um passaporte válido e o original é apresentado na recolha de biometria, se a AIMA a marcar: renove-o já.',
        },
        agency: {
          en: 'The client’s passport has expired. The renewal is submitted, but AIMA asks for a valid passport and the client shows the original if AIMA calls them to a biometrics appointment: the client should renew it now.',
          pt: 'O passaporte do cliente caducou. O pedido de renovação está submetido, mas a AIMA pede um passaporte válido e o original é apresentado na recolha de biometria, se a AIMA a marcar: o cliente deve renová-lo já.',
        },
      }),
    };
  if (w.id === 'passport-expires-soon')
    return {
      ...w,
      text: forReader(reader, {
        applicant: {
          en: 'Your passport expires within 60 days. Your renewal is submitted, but AIMA asks for a valid passport and you show the original if AIMA calls you to a biometrics appointment; no rule we found sets a minimum remaining validity, so this is the app’s advice, not AIMA’s rule: consider renewing it now.',
          pt: 'O passaporte caduca dentro de 60 dias. O pedido de renovação está submetido, mas a AIMA pede um passaporte válido e o original é apresentado na recolha de biometria, se a AIMA a marcar; nenhuma regra que encontrámos fixa uma validade mínima restante, pelo que isto é um conselho da aplicação e não uma regra da AIMA: pondere renová-lo já.',
        },
        agency: {
          en: 'The client’s passport expires within 60 days. The renewal is submitted, but AIMA asks for a valid passport and the client shows the original if AIMA calls them to a biometrics appointment; no rule we found sets a minimum remaining validity, so this is the app’s advice, not AIMA’s rule: the client should consider renewing it now.',
          pt: 'O passaporte do cliente caduca dentro de 60 dias. O pedido de renovação está submetido, mas a AIMA pede um passaporte válido e o original é apresentado na recolha de biometria, se a AIMA a marcar; nenhuma regra que encontrámos fixa uma validade mínima restante, pelo que isto é um conselho da aplicação e não uma regra da AIMA: o cliente deve ponderar renová-lo já.',
        },
      }),
    };
  return w;
}

/**
 * Decide the route for a (possibly partial) situation on `today`, in the words of `reader`. `submittedOn` is the Lisbon
 * day the renewal was submitted (the first DUC or receipt), when it was: the six-month lapse is judged on that day, not
 * today (session 15's walk: a worker who submitted and paid in May, before his permit expired on 20 May, read in
 * December that it "expired more than 6 months ago … the right of residence lapses … consider a lawyer before you submit").
 */
export function decideRoute(
  s: SituationDraft,
  today: IsoDate,
  reader: Reader = 'applicant',
  submittedOn: IsoDate | null = null,
): RouteDecision {
  const d: Draft = { warnings: [], why: [] };
  const missing: string[] = [];
  if (!s.permitKind) missing.push('permitKind');
  if (!s.permitExpiry) missing.push('permitExpiry');
  personalWarnings(d, s, today, reader);
  const base = { why: d.why, warnings: d.warnings, today };
  const decision = (
    routeId: RouteId,
    portal: RouteDecision['portal'],
    ducRoute: DucRoute | null,
    portalMonth: RouteDecision['portalMonth'] = null,
  ): RouteDecision => ({ ...base, routeId, portal, ducRoute, portalMonth, missing });

  if (s.permitKind === 'eu-family-residence-card') {
    d.why.push({
      text: {
        en: 'A residence card of a family member of an EU citizen (Cartão de Residência) has another legal basis and its own renewal pathway on services.aima.gov.pt; it is not on the Portal das Renovações.',
        pt: 'O Cartão de Residência de familiar de cidadão da UE tem outra base legal e um processo de renovação próprio em services.aima.gov.pt; não está no Portal das Renovações.',
      },
      provenance: prov('seedGuide', 'rolloutOct2025', 'euFamilyCard'),
    });
    return decision('eu-family-card', SERVICES_AIMA, null);
  }
  if (!s.permitKind || !s.permitExpiry) return decision('undecided', null, null);

  const expiry = s.permitExpiry;
  // Online threshold: the right of residence lasts until 6 months after expiry (DR 84/2007 art. 63 n.14).
  const sixMonthsAfter = addMonths(expiry, 6);
  const inBacklog = expiry >= ROUTE_DATES.backlogFrom && expiry <= ROUTE_DATES.backlogTo;
  // A renewal submitted within the six months keeps the person regular until a decision (aima-facts §7).
  const lapseJudgedOn = submittedOn !== null && submittedOn < today ? submittedOn : today;

  if (expiry < ROUTE_DATES.backlogFrom) {
    warn(d, {
      id: 'not-covered',
      severity: 'urgent',
      text: forReader(reader, {
        applicant: {
          en: 'Your permit expired before 22 February 2020: no extension covers it and neither portal accepts it. Contact AIMA through the contact form, and consider a lawyer.',
          pt: 'A sua autorização caducou antes de 22 de fevereiro de 2020: nenhuma prorrogação a cobre e nenhum dos portais a aceita. Contacte a AIMA pelo formulário de contacto e pondere recorrer a um advogado.',
        },
        agency: {
          en: 'The client’s permit expired before 22 February 2020: no extension covers it and neither portal accepts it. Contact AIMA through the contact form, and consider a lawyer.',
          pt: 'A autorização do cliente caducou antes de 22 de fevereiro de 2020: nenhuma prorrogação a cobre e nenhum dos portais a aceita. Contacte a AIMA pelo formulário de contacto e pondere recorrer a um advogado.',
        },
      }),
      contactScenarioId: 'renewals-portal-error',
      provenance: prov('seedGuide', 'dl85B2025'),
    });
    return decision('not-covered', null, null);
  }

  if (s.permitKind === 'temporary-cplp') {
    d.why.push({
      text: {
        en: 'CPLP mobility permits are renewed on services.aima.gov.pt ("Renovar AR CPLP") after AIMA’s email: generate the DUC there, pay within 10 working days, then biometrics.',
        pt: 'As autorizações CPLP renovam-se em services.aima.gov.pt ("Renovar AR CPLP") depois do e-mail da AIMA: gere aí o DUC, pague em 10 dias úteis e depois faça a biometria.',
      },
      provenance: prov('aimaCplpRenewal'),
    });
    addSixMonthWarning(d, s.permitKind, expiry, sixMonthsAfter, today, lapseJudgedOn, inBacklog, reader);
    return decision('cplp-services', SERVICES_AIMA, 'cplp-services');
  }

  const ari = s.permitKind === 'temporary-investment-ari';
  if (inBacklog && !(ari && today >= ROUTE_DATES.ariOnPortal)) {
    d.why.push({
      text: forReader(reader, {
        applicant: {
          en: 'Your permit expired between 22 February 2020 and 30 June 2025. This route is not self-service: AIMA’s Mission Structure (EMAIMA) emails holders in order of expiry with a link to services.aima.gov.pt, where you generate the DUC and pay it within 10 working days.',
          pt: 'A sua autorização caducou entre 22 de fevereiro de 2020 e 30 de junho de 2025. Esta via não é por iniciativa própria: a Estrutura de Missão da AIMA (EMAIMA) envia um e-mail, por ordem de caducidade, com uma ligação para services.aima.gov.pt, onde gera o DUC e o paga em 10 dias úteis.',
        },
        agency: {
          en: 'The client’s permit expired between 22 February 2020 and 30 June 2025. This route is not self-service: AIMA’s Mission Structure (EMAIMA) emails holders in order of expiry with a link to services.aima.gov.pt, where the DUC is generated and must be paid within 10 working days.',
          pt: 'A autorização do cliente caducou entre 22 de fevereiro de 2020 e 30 de junho de 2025. Esta via não é por iniciativa própria: a Estrutura de Missão da AIMA (EMAIMA) envia um e-mail, por ordem de caducidade, com uma ligação para services.aima.gov.pt, onde se gera o DUC, a pagar em 10 dias úteis.',
        },
      }),
      provenance: prov('seedGuide', 'dl85B2025'),
    });
    if (today > ROUTE_DATES.inCountryExtensionUntil) {
      warn(d, {
        id: 'backlog-urgent',
        severity: 'urgent',
        text: forReader(reader, {
          applicant: {
            en: 'The in-country extension for these permits ended on 15 April 2026. AIMA treats a holder who has not asked for renewal as irregular from that date. If you have no AIMA email or have not completed the renewal, act now: use the services.aima.gov.pt request page for people not yet notified, and contact AIMA.',
            pt: 'A prorrogação em Portugal destas autorizações terminou a 15 de abril de 2026. A AIMA considera irregular, a partir dessa data, quem não pediu a renovação. Se não recebeu o e-mail da AIMA ou não concluiu a renovação, aja já: use a página de pedido em services.aima.gov.pt para quem ainda não foi notificado e contacte a AIMA.',
          },
          agency: {
            en: 'The in-country extension for these permits ended on 15 April 2026. AIMA treats a holder who has not asked for renewal as irregular from that date. If the client has no AIMA email or has not completed the renewal, act now: use the services.aima.gov.pt request page for people not yet notified, and contact AIMA.',
            pt: 'A prorrogação em Portugal destas autorizações terminou a 15 de abril de 2026. A AIMA considera irregular, a partir dessa data, quem não pediu a renovação. Se o cliente não recebeu o e-mail da AIMA ou não concluiu a renovação, aja já: use a página de pedido em services.aima.gov.pt para quem ainda não foi notificado e contacte a AIMA.',
          },
        }),
        contactScenarioId: 'email-update',
        provenance: prov('seedGuide', 'aima15Apr2026', 'notCalledRequestPage'),
      });
    } else {
      warn(d, {
        id: 'backlog-wait-for-email',
        severity: 'caution',
        text: forReader(reader, {
          applicant: {
            en: `Wait for AIMA’s email and make sure it can reach you. These permits are accepted in Portugal until 15 April 2026 (AIMA’s guidance; the decree’s date was 15 October 2025).`,
            pt: `Aguarde o e-mail da AIMA e garanta que lhe chega. Estas autorizações são aceites em Portugal até 15 de abril de 2026 (orientação da AIMA; a data do decreto era 15 de outubro de 2025).`,
          },
          agency: {
            en: `Wait for AIMA’s email and make sure it can reach the client. These permits are accepted in Portugal until 15 April 2026 (AIMA’s guidance; the decree’s date was 15 October 2025).`,
            pt: `Aguarde o e-mail da AIMA e garanta que chega ao cliente. Estas autorizações são aceites em Portugal até 15 de abril de 2026 (orientação da AIMA; a data do decreto era 15 de outubro de 2025).`,
          },
        }),
        contactScenarioId: 'email-update',
        provenance: prov('seedGuide', 'aima15Apr2026', 'dl85B2025'),
      });
    }
    warn(d, extensionInsidePortugal());
    return decision('mission-structure', SERVICES_AIMA, 'mission-structure');
  }

  // Portal das Renovações.
  const lapsed = !inBacklog && lapseJudgedOn > sixMonthsAfter;
  d.why.push(
    inBacklog
      ? {
          text: {
            en: 'Since 16 February 2026 investment (ARI) renewals go only through the Portal das Renovações, including titles that expired before July 2025.',
            pt: 'Desde 16 de fevereiro de 2026 as renovações ARI fazem-se apenas no Portal das Renovações, incluindo títulos caducados antes de julho de 2025.',
          },
          provenance: prov('ariOnPortal'),
        }
      : lapsed
        ? {
            // "Once your expiry month is open" would tell someone whose right of residence lapsed to just wait and submit.
            text: forReader(reader, {
              applicant: {
                en: `Permits that expire on or after 1 July 2025 are renewed on the Portal das Renovações (portal-renovacoes.aima.gov.pt). Yours expired on ${expiry}, more than six months ago, so the portal is no longer the usual route for you: see the urgent warning below before you submit.`,
                pt: `As autorizações que caducam a 1 de julho de 2025 ou depois renovam-se no Portal das Renovações (portal-renovacoes.aima.gov.pt). A sua caducou a ${expiry}, há mais de seis meses, pelo que o portal deixou de ser a via habitual para si: leia o aviso urgente abaixo antes de submeter.`,
              },
              agency: {
                en: `Permits that expire on or after 1 July 2025 are renewed on the Portal das Renovações (portal-renovacoes.aima.gov.pt). The client’s permit expired on ${expiry}, more than six months ago, so the portal is no longer the usual route for the client: see the urgent warning below before you submit.`,
                pt: `As autorizações que caducam a 1 de julho de 2025 ou depois renovam-se no Portal das Renovações (portal-renovacoes.aima.gov.pt). A do cliente caducou a ${expiry}, há mais de seis meses, pelo que o portal deixou de ser a via habitual para o cliente: leia o aviso urgente abaixo antes de submeter.`,
              },
            }),
            provenance: prov('aimaPortalLaunch', 'dr84Art63n14'),
          }
        : expiry < today
          ? {
              // Expired, within six months: "once your expiry month is open" reads as "wait", and the month has passed.
              text: forReader(reader, {
                applicant: {
                  en: 'Your permit expired on or after 1 July 2025, so you renew it yourself on the Portal das Renovações (portal-renovacoes.aima.gov.pt); your expiry month has already passed, so there is no month to wait for.',
                  pt: 'A sua autorização caducou a 1 de julho de 2025 ou depois, por isso renova-a por si no Portal das Renovações (portal-renovacoes.aima.gov.pt); o seu mês de caducidade já passou, pelo que não há nenhum mês por que esperar.',
                },
                agency: {
                  en: 'The client’s permit expired on or after 1 July 2025, so it is renewed on the Portal das Renovações (portal-renovacoes.aima.gov.pt) without waiting for AIMA’s email; the client’s expiry month has already passed, so there is no month to wait for.',
                  pt: 'A autorização do cliente caducou a 1 de julho de 2025 ou depois, por isso renova-se por iniciativa própria no Portal das Renovações (portal-renovacoes.aima.gov.pt); o mês de caducidade do cliente já passou, pelo que não há nenhum mês por que esperar.',
                },
              }),
              provenance: prov('seedGuide', 'aimaPortalLaunch'),
            }
          : {
              text: forReader(reader, {
                applicant: {
                  en: 'Your permit expires on or after 1 July 2025, so you renew it yourself on the Portal das Renovações (portal-renovacoes.aima.gov.pt), once your expiry month is open.',
                  pt: 'A sua autorização caduca a 1 de julho de 2025 ou depois, por isso renova-a por si no Portal das Renovações (portal-renovacoes.aima.gov.pt), quando o seu mês de caducidade estiver aberto.',
                },
                agency: {
                  en: 'The client’s permit expires on or after 1 July 2025, so it is renewed on the Portal das Renovações (portal-renovacoes.aima.gov.pt) without waiting for AIMA’s email, once the client’s expiry month is open.',
                  pt: 'A autorização do cliente caduca a 1 de julho de 2025 ou depois, por isso renova-se por iniciativa própria no Portal das Renovações (portal-renovacoes.aima.gov.pt), quando o mês de caducidade do cliente estiver aberto.',
                },
              }),
              provenance: prov('seedGuide', 'aimaPortalLaunch'),
            },
  );
  typeOnPortalWarnings(d, s.permitKind, today, reader);
  // ARI titles of the backlog are accepted on the portal whatever their age (AIMA, Feb 2026).
  addSixMonthWarning(d, s.permitKind, expiry, sixMonthsAfter, today, lapseJudgedOn, inBacklog, reader);

  const month = monthOf(expiry) < FIRST_PORTAL_MONTH ? FIRST_PORTAL_MONTH : monthOf(expiry);
  const portalMonth = portalMonthStatus(month, today);
  if (portalMonth.status === 'opens-later') {
    warn(d, {
      id: 'portal-month-not-open',
      severity: 'info',
      text: forReader(reader, {
        applicant: {
          en: `The portal opens for your expiry month on ${portalMonth.opensOn}. Before then, "no renewal option" or "citizen not identified" just means your month is not open yet. Prepare your documents now and come back then.`,
          pt: `O portal abre para o seu mês de caducidade a ${portalMonth.opensOn}. Até lá, "sem opção de renovação" ou "cidadão não identificado" significa apenas que o seu mês ainda não abriu. Prepare já os documentos e volte nessa data.`,
        },
        agency: {
          en: `The portal opens for the client’s expiry month on ${portalMonth.opensOn}. Before then, "no renewal option" or "citizen not identified" just means the client’s month is not open yet. Prepare the client’s documents now and come back then.`,
          pt: `O portal abre para o mês de caducidade do cliente a ${portalMonth.opensOn}. Até lá, "sem opção de renovação" ou "cidadão não identificado" significa apenas que o mês do cliente ainda não abriu. Prepare já os documentos e volte nessa data.`,
        },
      }),
      provenance: portalMonth.provenance,
    });
  } else if (portalMonth.status === 'unknown' && today < portalMonth.checkBackBy) {
    // Once the expiry month has begun the portal counts as open (shared/case/assessment.ts): "your month is
    // probably not open yet, try again at the start of your expiry month" would contradict that.
    warn(d, {
      id: 'portal-month-unknown',
      severity: 'info',
      text: forReader(reader, portalMonth.howToCheck),
      provenance: portalMonth.provenance,
    });
  }
  return decision('portal-renovacoes', PORTAL_RENOVACOES, 'portal-renovacoes', portalMonth);
}

function extensionInsidePortugal(): RouteWarning {
  return {
    id: 'extension-inside-portugal-only',
    severity: 'info',
    text: {
      en: 'Extensions of validity apply inside Portugal only: other Schengen countries and airlines may not accept an expired card. Carry all AIMA correspondence.',
      pt: 'As prorrogações de validade só valem em Portugal: outros países Schengen e companhias aéreas podem não aceitar um cartão caducado. Leve consigo toda a correspondência da AIMA.',
    },
    provenance: prov('seedGuide'),
  };
}

function addSixMonthWarning(
  d: Draft,
  kind: PermitKind,
  expiry: IsoDate,
  sixMonthsAfter: IsoDate,
  today: IsoDate,
  lapseJudgedOn: IsoDate,
  inBacklog: boolean,
  reader: Reader,
): void {
  if (inBacklog || lapseJudgedOn <= sixMonthsAfter) {
    if (today > expiry) d.warnings.push(extensionInsidePortugal());
    return;
  }
  const lapse = sixMonthLapse(kind);
  // A permanent residence permit has no time limit: what expired is its card.
  const card = kind === 'permanent';
  const yours = card
    ? { en: 'Your residence card', pt: 'O seu título de residência' }
    : { en: 'Your permit', pt: 'A sua autorização' };
  const theirs = card
    ? { en: 'The client’s residence card', pt: 'O título de residência do cliente' }
    : { en: 'The client’s permit', pt: 'A autorização do cliente' };
  d.warnings.push({
    id: 'expired-over-6-months',
    severity: 'urgent',
    text: forReader(reader, {
      applicant: {
        en: `${yours.en} expired more than 6 months ago (on ${expiry}; six months ended ${sixMonthsAfter}). Expired less than 6 months is the standard threshold for online renewal${lapse.en}. Contact AIMA and consider a lawyer before you submit.`,
        pt: `${yours.pt} caducou há mais de 6 meses (a ${expiry}; os seis meses terminaram a ${sixMonthsAfter}). Em regra, a renovação online só é possível até 6 meses após o fim da validade${lapse.pt}. Contacte a AIMA e pondere consultar um advogado antes de submeter.`,
      },
      agency: {
        en: `${theirs.en} expired more than 6 months ago (on ${expiry}; six months ended ${sixMonthsAfter}). Expired less than 6 months is the standard threshold for online renewal${lapse.en}. Contact AIMA and consider a lawyer before you submit.`,
        pt: `${theirs.pt} caducou há mais de 6 meses (a ${expiry}; os seis meses terminaram a ${sixMonthsAfter}). Em regra, a renovação online só é possível até 6 meses após o fim da validade${lapse.pt}. Contacte a AIMA e pondere consultar um advogado antes de submeter.`,
      },
    }),
    troubleRowId: 'permit-lapsed',
    provenance: kind === 'permanent' ? prov('seedGuide', 'dr84Art63n14', 'sefPermanent') : prov('seedGuide', 'dr84Art63n14'),
  });
}

/**
 * What happens to the right of residence six months after expiry, as a clause after "… the standard threshold for
 * online renewal". DR 84/2007 art. 63 n.14 says it lapses then; the sources apply it to temporary permits, and none
 * says whether it reaches a permanent residence permit, which has no time limit (Lei 23/2007 art. 76: only its card is
 * renewed, every 5 years). For that kind the app says the question is open instead of asserting either answer
 * (session 15's walk: Jorge, whose permanent card expired eight months before, read "the right of residence lapses").
 */
export function sixMonthLapse(kind: PermitKind | undefined): Localized {
  return kind === 'permanent'
    ? {
        en: '. For temporary permits the right of residence lapses 6 months after expiry (DR 84/2007 art. 63 n.14); no source we found says whether that applies to permanent residence, which has no time limit (only its card expires)',
        pt: '. Nas autorizações temporárias, o direito de residência caduca 6 meses após o fim da validade (DR 84/2007, art. 63.º, n.º 14); nenhuma fonte que encontrámos diz se isso se aplica à residência permanente, que não tem limite de validade (só o título caduca)',
      }
    : {
        en: ', and the right of residence lapses 6 months after expiry',
        pt: ', data em que o direito de residência caduca',
      };
}

function typeOnPortalWarnings(d: Draft, kind: NonNullable<SituationDraft['permitKind']>, today: IsoDate, reader: Reader): void {
  const yourCase = forReader(reader, {
    applicant: { en: 'your case', pt: 'o seu caso' },
    agency: { en: 'the client’s case', pt: 'o caso do cliente' },
  });
  const notYet = (since: string, source: Provenance['sources'][number], en: string, pt: string) => {
    if (today < since) {
      d.warnings.push({
        id: 'type-not-yet-on-portal',
        severity: 'caution',
        text: {
          en: `${en} were added to the Portal das Renovações on ${since}; before that date, use the route AIMA indicates for ${yourCase.en}.`,
          pt: `${pt} foram acrescentadas ao Portal das Renovações a ${since}; antes dessa data, siga a via que a AIMA indicar para ${yourCase.pt}.`,
        },
        provenance: prov(source),
      });
    }
  };
  if (kind === 'permanent')
    notYet(
      ROUTE_DATES.permanentOnPortal,
      'permanentOnPortal',
      'Permanent residence permits',
      'As autorizações de residência permanente',
    );
  if (kind === 'temporary-investment-ari')
    notYet(ROUTE_DATES.ariOnPortal, 'ariOnPortal', 'Investment (ARI) permits', 'As autorizações ARI');
  if (kind === 'eu-long-term-resident') {
    d.warnings.push({
      id: 'type-not-confirmed-on-portal',
      severity: 'caution',
      text: forReader(reader, {
        applicant: {
          en: 'No source confirms that EU long-term resident titles are renewed on the Portal das Renovações. If no renewal option appears for your title, use the contact form. The old rule was to apply 90 to 30 days before expiry.',
          pt: 'Nenhuma fonte confirma que os títulos de residente de longa duração se renovam no Portal das Renovações. Se não aparecer opção de renovação para o seu título, use o formulário de contacto. A regra antiga era pedir entre 90 e 30 dias antes do fim da validade.',
        },
        agency: {
          en: 'No source confirms that EU long-term resident titles are renewed on the Portal das Renovações. If no renewal option appears for the client’s title, use the contact form. The old rule was to apply 90 to 30 days before expiry.',
          pt: 'Nenhuma fonte confirma que os títulos de residente de longa duração se renovam no Portal das Renovações. Se não aparecer opção de renovação para o título do cliente, use o formulário de contacto. A regra antiga era pedir entre 90 e 30 dias antes do fim da validade.',
        },
      }),
      contactScenarioId: 'renewals-portal-error',
      provenance: prov('sefLongTerm', 'seedGuide'),
    });
  }
}
