import { z } from 'zod';
import { rulesMeta } from './meta';
import { addDays, addMonths, firstDayOfMonth, lisbonWallTime, monthOf } from './dates';
import { ducWindow, ducGeneratedAtSchema, type DucGeneratedAt } from './duc';
import { decideRoute, ROUTE_DATES, routeIdSchema, sixMonthLapse } from './route';
import { isoDateSchema, legalApplyBy, type IsoDate, type SituationDraft } from './situation';
import type { Reader } from '../i18n/reader';
import { forReader, localizedSchema, provenanceSchema, type Localized, type Provenance } from './sources';

/**
 * The renewal as dated steps: when to start preparing, when the portal opens
 * for the expiry month, the DUC hold and deadline once a DUC exists, and the
 * undated steps that follow (biometrics, the QR declaração). Each item says
 * whether its date is exact, an estimate, or not known yet. `reader` says whose permit the items name: the person's
 * ("Your permit expires"), or an agency's client's ("The client’s permit expires").
 */
export const timelineItemSchema = z.object({
  id: z.enum([
    'start-preparing',
    'address-change-cutoff',
    'download-certificates',
    'portal-opens',
    'legal-apply-by',
    'permit-expires',
    'online-threshold',
    'decree-extension-ended',
    'in-country-extension-ended',
    'wait-for-aima-email',
    'duc-generated',
    'duc-try-to-pay',
    'duc-paid',
    'duc-deadline',
    'biometrics',
    'approval-declaration',
  ]),
  date: isoDateSchema.nullable(),
  /** Lisbon time, for moments inside a day (the DUC). */
  time: z.string().nullable(),
  /**
   * 'latest': the date is the latest it happens, not a guess at it (the portal opens for an expiry month by the
   * start of that month at the latest; months have opened 1–3 months ahead). Session 7's walk found the route
   * saying "(estimate)" beside a detail that says "the start of your expiry month is the latest".
   */
  dateKind: z.enum(['exact', 'estimate', 'latest', 'undated']),
  status: z.enum(['past', 'today', 'upcoming', 'undated']),
  title: localizedSchema,
  detail: localizedSchema,
  provenance: provenanceSchema,
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelineSchema = z.object({
  routeId: routeIdSchema,
  items: z.array(timelineItemSchema),
  today: isoDateSchema,
});
export type Timeline = z.infer<typeof timelineSchema>;

export const timelineInputSchema = z.object({ ducGeneratedAt: ducGeneratedAtSchema.optional() }).strict();

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

type Item = Omit<TimelineItem, 'status'>;

function statusOf(date: IsoDate | null, today: IsoDate): TimelineItem['status'] {
  if (date === null) return 'undated';
  return date < today ? 'past' : date === today ? 'today' : 'upcoming';
}

const dated = (
  id: Item['id'],
  date: IsoDate,
  title: Localized,
  detail: Localized,
  provenance: Provenance,
  dateKind: 'exact' | 'estimate' | 'latest' = 'exact',
  time: string | null = null,
): Item => ({
  id,
  date,
  time,
  dateKind,
  title,
  detail,
  provenance,
});

const undated = (id: Item['id'], title: Localized, detail: Localized, provenance: Provenance): Item => ({
  id,
  date: null,
  time: null,
  dateKind: 'undated',
  title,
  detail,
  provenance,
});

/**
 * AIMA's email that opens a services.aima.gov.pt route, while it is still awaited. The DUC of that route is generated
 * from the email's link, so once a DUC or a receipt is recorded the email has come: walk of session 14 (a CPLP
 * holder with a DUC of 20 November) still read "Date not known yet: AIMA's email inviting you to renew".
 */
function awaitedEmail(submitted: boolean, title: Localized, detail: Localized, provenance: Provenance): Item[] {
  return submitted ? [] : [undated('wait-for-aima-email', title, detail, provenance)];
}

/** What the case records after submitting: a submission (a DUC or a receipt) and when the DUC was paid. */
export interface TimelineProgress {
  submitted?: boolean;
  /** The payment's instant (ISO 8601), from the evidence log. */
  paidAt?: string | null;
}

export function buildTimeline(
  s: SituationDraft,
  today: IsoDate,
  ducGeneratedAt?: DucGeneratedAt,
  progress: TimelineProgress = {},
  reader: Reader = 'applicant',
): Timeline {
  const route = decideRoute(s, today, reader);
  const said = (applicant: Localized, agency: Localized) => forReader(reader, { applicant, agency });
  // Walk of session 7: after the DUC was paid the timeline still said "the portal should be open … if no
  // renewal option appears, write to AIMA", "download fresh certificates shortly before you submit" and
  // "pay the DUC … if you miss it, contact AIMA". Steps already taken are not advised again.
  const submitted = progress.submitted === true || ducGeneratedAt !== undefined || !!progress.paidAt;
  const items: Item[] = [];
  const expiry = s.permitExpiry;
  if (expiry && route.routeId !== 'undecided') {
    items.push(
      dated(
        'start-preparing',
        addDays(expiry, -90),
        said(
          { en: 'Start preparing your documents', pt: 'Comece a preparar os documentos' },
          { en: 'Start preparing the client’s documents', pt: 'Comece a preparar os documentos do cliente' },
        ),
        {
          en: 'Start 90 days before expiry so everything is ready when access opens.',
          pt: 'Comece 90 dias antes do fim da validade para ter tudo pronto quando o acesso abrir.',
        },
        prov('seedGuide'),
      ),
      dated(
        'permit-expires',
        expiry,
        // Past tense once the day has gone by: "expires" beside "Expired" reads as a contradiction.
        expiry < today
          ? said(
              { en: 'Your permit expired', pt: 'A sua autorização caducou' },
              { en: 'The client’s permit expired', pt: 'A autorização do cliente caducou' },
            )
          : said(
              { en: 'Your permit expires', pt: 'A sua autorização caduca' },
              { en: 'The client’s permit expires', pt: 'A autorização do cliente caduca' },
            ),
        said(
          { en: 'The last day printed on your card.', pt: 'O último dia indicado no cartão.' },
          { en: 'The last day printed on the client’s card.', pt: 'O último dia indicado no cartão do cliente.' },
        ),
        prov('seedGuide'),
      ),
    );
    if (s.addressChangedSinceLastCard) {
      items.push(
        dated(
          'address-change-cutoff',
          addDays(expiry, -90),
          said(
            { en: 'Last day to change your address by contact form', pt: 'Último dia para alterar a morada pelo formulário' },
            {
              en: 'Last day to change the client’s address by contact form',
              pt: 'Último dia para alterar a morada do cliente pelo formulário',
            },
          ),
          {
            en: 'Read as: the contact-form change is open only while more than 90 days of validity remain (uncertain). After that, give the new address with the renewal.',
            pt: 'Leitura seguida: a alteração pelo formulário só é possível enquanto restarem mais de 90 dias de validade (incerto). Depois, indique a nova morada na renovação.',
          },
          prov('advocaciaPinheiro90Days', 'seedDataChange'),
        ),
      );
    }
  }

  if (route.routeId === 'portal-renovacoes' && expiry) {
    const month = route.portalMonth;
    const opensOn =
      month?.status === 'open'
        ? (month.openedOn ?? month.openedNoLaterThan)
        : month?.status === 'opens-later'
          ? month.opensOn
          : null;
    // Permanent and ARI titles joined the portal later than the month they expire in may suggest.
    const typeJoined =
      s.permitKind === 'permanent'
        ? ROUTE_DATES.permanentOnPortal
        : s.permitKind === 'temporary-investment-ari'
          ? ROUTE_DATES.ariOnPortal
          : null;
    const monthDate = opensOn ?? firstDayOfMonth(monthOf(expiry));
    const openDate = typeJoined && typeJoined > monthDate ? typeJoined : monthDate;
    const kind = opensOn ? 'exact' : 'latest';
    // Without an announced day, the start of the expiry month is the latest it opens. Once that day has
    // come, "not known yet" would contradict the route's "your expiry month has begun, so the portal
    // should be open for you" (walk of session 6): say it should be open by now.
    const reached = openDate <= today;
    // Once submitted, only an announced opening day stays (a fact of the case's history); estimates go.
    if (!submitted || opensOn)
      items.push(
        dated(
          'portal-opens',
          openDate,
          !opensOn && reached
            ? said(
                {
                  en: 'The portal should be open for your expiry month',
                  pt: 'O portal já deve estar aberto para o seu mês de caducidade',
                },
                {
                  en: 'The portal should be open for the client’s expiry month',
                  pt: 'O portal já deve estar aberto para o mês de caducidade do cliente',
                },
              )
            : said(
                { en: 'The portal opens for your expiry month', pt: 'O portal abre para o seu mês de caducidade' },
                { en: 'The portal opens for the client’s expiry month', pt: 'O portal abre para o mês de caducidade do cliente' },
              ),
          opensOn
            ? { en: 'Date from AIMA’s announcements as reported.', pt: 'Data dos anúncios da AIMA, conforme noticiado.' }
            : reached
              ? said(
                  {
                    en: 'AIMA has announced no day for your month, but months have opened before they start (recent months 1–3 months ahead), so it should be open by now. If no renewal option appears, keep a screenshot and write to AIMA.',
                    pt: 'A AIMA não anunciou um dia para o seu mês, mas os meses abriram antes de começarem (os meses recentes 1 a 3 meses antes), pelo que já deve estar aberto. Se não aparecer a opção de renovação, guarde uma captura de ecrã e escreva à AIMA.',
                  },
                  {
                    en: 'AIMA has announced no day for the client’s month, but months have opened before they start (recent months 1–3 months ahead), so it should be open by now. If no renewal option appears, keep a screenshot and write to AIMA.',
                    pt: 'A AIMA não anunciou um dia para o mês do cliente, mas os meses abriram antes de começarem (os meses recentes 1 a 3 meses antes), pelo que já deve estar aberto. Se não aparecer a opção de renovação, guarde uma captura de ecrã e escreva à AIMA.',
                  },
                )
              : said(
                  {
                    en: 'Not known yet: the start of your expiry month is the latest to check (recent months opened 1–3 months ahead).',
                    pt: 'Ainda não se sabe: o início do mês de caducidade é o mais tarde para verificar (os meses recentes abriram 1 a 3 meses antes).',
                  },
                  {
                    en: 'Not known yet: the start of the client’s expiry month is the latest to check (recent months opened 1–3 months ahead).',
                    pt: 'Ainda não se sabe: o início do mês de caducidade do cliente é o mais tarde para verificar (os meses recentes abriram 1 a 3 meses antes).',
                  },
                ),
          month?.provenance ?? prov('seedGuide'),
          kind,
        ),
      );
    if (!submitted)
      items.push(
        dated(
          'download-certificates',
          // Once the portal should be open this is today, which is no estimate.
          reached ? today : openDate,
          // Without a NISS there is no Social Security declaration to download (session 14's walk: a student
          // without one was told to fetch it); the checklist asks for an explanation instead.
          s.hasNiss === false
            ? { en: 'Download a fresh Finanças certificate', pt: 'Obtenha uma certidão recente das Finanças' }
            : {
                en: 'Download fresh Finanças and Social Security documents',
                pt: 'Obtenha documentos recentes das Finanças e da Segurança Social',
              },
          s.hasNiss === false
            ? said(
                {
                  en: 'Shortly before you submit: the Finanças certificate is valid 3 months. Without a NISS there is no Social Security declaration to download: your explanation of why takes its place.',
                  pt: 'Pouco antes de submeter: a certidão das Finanças vale 3 meses. Sem NISS não há declaração da Segurança Social a obter: a sua explicação do motivo ocupa o lugar dela.',
                },
                {
                  en: 'Shortly before you submit: the Finanças certificate is valid 3 months. Without a NISS there is no Social Security declaration to download: the client’s explanation of why takes its place.',
                  pt: 'Pouco antes de submeter: a certidão das Finanças vale 3 meses. Sem NISS não há declaração da Segurança Social a obter: a explicação do cliente sobre o motivo ocupa o lugar dela.',
                },
              )
            : {
                en: 'Shortly before you submit: the Finanças certificate is valid 3 months, the Social Security declaration 4 months.',
                pt: 'Pouco antes de submeter: a certidão das Finanças vale 3 meses, a declaração da Segurança Social 4 meses.',
              },
          s.hasNiss === false
            ? prov('seedGuide', 'financasCertificate', 'nifNissLinked')
            : prov('seedGuide', 'financasCertificate', 'segSocialDeclaration'),
          // Shortly before submitting, around the portal's opening: a guess at the day, not its latest.
          reached ? 'exact' : opensOn ? 'exact' : 'estimate',
        ),
      );
    items.push(
      dated(
        'online-threshold',
        addMonths(expiry, 6),
        { en: 'Six months after expiry', pt: 'Seis meses após o fim da validade' },
        {
          en: `Expired less than 6 months is the standard threshold for online processing${sixMonthLapse(s.permitKind).en}.`,
          pt: `Em regra, o pedido online só é possível até 6 meses após o fim da validade${sixMonthLapse(s.permitKind).pt}.`,
        },
        prov('seedGuide', 'dr84Art63n14'),
      ),
    );
  }

  const legalBy = expiry && s.permitKind ? legalApplyBy(s.permitKind, expiry) : null;
  if (route.routeId === 'portal-renovacoes' && legalBy) {
    items.push(
      dated(
        'legal-apply-by',
        legalBy,
        {
          en: 'The law’s “apply up to 30 days before expiry”',
          pt: 'O prazo legal para pedir (até 30 dias antes do fim da validade)',
        },
        {
          en: 'Lei 23/2007 art. 78 n.1. In practice the portal opens by expiry month; if it opens later, keep proof that you tried.',
          pt: 'Lei 23/2007 art. 78.º n.º 1. Na prática o portal abre por mês de caducidade; se abrir mais tarde, guarde prova de que tentou.',
        },
        prov('lei23Art78'),
      ),
    );
  }

  if (route.routeId === 'mission-structure') {
    items.push(
      dated(
        'decree-extension-ended',
        ROUTE_DATES.decreeExtensionUntil,
        { en: 'End of the decree’s acceptance of these permits', pt: 'Fim da aceitação destes títulos pelo decreto' },
        { en: 'DL 85-B/2025 art. 2.', pt: 'DL 85-B/2025, art. 2.º.' },
        prov('dl85B2025'),
      ),
      dated(
        'in-country-extension-ended',
        ROUTE_DATES.inCountryExtensionUntil,
        { en: 'End of the in-country extension (AIMA’s guidance)', pt: 'Fim da prorrogação em Portugal (orientação da AIMA)' },
        {
          en: 'Holders who have not asked for renewal are irregular from this date.',
          pt: 'Quem não pediu a renovação fica irregular a partir desta data.',
        },
        prov('aima15Apr2026', 'seedGuide'),
      ),
      ...awaitedEmail(
        submitted,
        {
          en: 'AIMA’s email with the link to services.aima.gov.pt',
          pt: 'E-mail da AIMA com a ligação para services.aima.gov.pt',
        },
        said(
          {
            en: 'Sent in order of expiry. Keep your email current and check spam.',
            pt: 'Enviado por ordem de caducidade. Mantenha o e-mail atualizado e verifique a pasta de spam.',
          },
          {
            en: 'Sent in order of expiry. Keep the client’s email current and check spam.',
            pt: 'Enviado por ordem de caducidade. Mantenha o e-mail do cliente atualizado e verifique a pasta de spam.',
          },
        ),
        prov('seedGuide'),
      ),
    );
  }
  if (route.routeId === 'cplp-services') {
    items.push(
      ...awaitedEmail(
        submitted,
        said(
          { en: 'AIMA’s email inviting you to renew', pt: 'E-mail da AIMA a convidar para renovar' },
          { en: 'AIMA’s email inviting the client to renew', pt: 'E-mail da AIMA a convidar o cliente para renovar' },
        ),
        {
          en: 'Then use "Renovar AR CPLP" on services.aima.gov.pt.',
          pt: 'Depois use "Renovar AR CPLP" em services.aima.gov.pt.',
        },
        prov('aimaCplpRenewal'),
      ),
    );
  }

  if (ducGeneratedAt && route.ducRoute) {
    const w = ducWindow({ route: route.ducRoute, generatedAt: ducGeneratedAt });
    // "Try to pay from", as the after-submit page shows it (the earliest reading's), not the end of the guide's
    // 24-hour hold: session 14's walk read "Pay the DUC: 21 November 15:00" on the route beside "Try to pay from
    // 20 November 15:00" after submitting. Once that moment has gone by an unpaid DUC is today's task, not a past
    // step greyed "done or passed".
    const tryFrom = w.tryToPayFrom.lisbon;
    const payNow = tryFrom.date < today;
    const paid = progress.paidAt ? lisbonWallTime(progress.paidAt) : null;
    items.push(
      dated(
        'duc-generated',
        w.generated.lisbon.date,
        { en: 'DUC generated', pt: 'DUC gerado' },
        { en: 'Keep a screenshot of the DUC reference.', pt: 'Guarde uma captura de ecrã da referência DUC.' },
        prov('seedGuide'),
        'exact',
        w.generated.lisbon.time,
      ),
      paid
        ? dated(
            'duc-paid',
            paid.date,
            { en: 'DUC paid', pt: 'DUC pago' },
            { en: 'The payment is recorded in the evidence log.', pt: 'O pagamento consta do registo de provas.' },
            prov('seedGuide'),
            'exact',
            paid.time,
          )
        : dated(
            'duc-try-to-pay',
            payNow ? today : tryFrom.date,
            { en: 'Pay the DUC', pt: 'Pague o DUC' },
            w.advice,
            prov('seedGuide', 'aimaPortalLaunch'),
            'exact',
            payNow ? null : tryFrom.time,
          ),
      dated(
        'duc-deadline',
        w.deadline.lisbon.date,
        { en: 'Last moment to pay the DUC (strictest reading)', pt: 'Último momento para pagar o DUC (leitura mais exigente)' },
        w.readings.find((r) => r.id === w.deadline.readingId)!.explanation,
        w.readings.find((r) => r.id === w.deadline.readingId)!.provenance,
        'exact',
        w.deadline.lisbon.time,
      ),
    );
  }

  if (route.routeId !== 'undecided' && route.routeId !== 'not-covered') {
    items.push(
      undated(
        'biometrics',
        { en: 'Biometrics appointment, if AIMA asks', pt: 'Recolha de biometria, se a AIMA pedir' },
        s.biometricsOnFile === false
          ? said(
              {
                en: 'AIMA does not hold your current biometrics: expect an email inviting you. Bring your original passport.',
                pt: 'A AIMA não tem a sua biometria atual: conte com um e-mail de convocatória. Leve o passaporte original.',
              },
              {
                en: 'AIMA does not hold the client’s current biometrics: expect an email inviting the client, who must bring their original passport.',
                pt: 'A AIMA não tem a biometria atual do cliente: conte com um e-mail de convocatória. O cliente deve levar o passaporte original.',
              },
            )
          : said(
              {
                en: 'If AIMA holds current biometrics and your passport is valid, you may not need one; watch your inbox and the portal status.',
                pt: 'Se a AIMA tiver biometria atual e o passaporte estiver válido, pode não ser necessária; acompanhe o e-mail e o estado no portal.',
              },
              {
                en: 'If AIMA holds the client’s current biometrics and the client’s passport is valid, the client may not need one; watch the client’s inbox and the portal status.',
                pt: 'Se a AIMA tiver biometria atual do cliente e o passaporte do cliente estiver válido, pode não ser necessária; acompanhe o e-mail do cliente e o estado no portal.',
              },
            ),
        prov('seedGuide'),
      ),
      undated(
        'approval-declaration',
        { en: 'After approval: the declaração with a QR code', pt: 'Depois da aprovação: a declaração com código QR' },
        said(
          {
            en: 'Download it from the portal: interim proof of status while the card is made and posted. Check each country’s rules before travelling with it.',
            pt: 'Descarregue-a do portal: prova provisória do seu estatuto enquanto o cartão é produzido e enviado. Verifique as regras de cada país antes de viajar com ela.',
          },
          {
            en: 'Download it from the portal: the client’s interim proof of status while the card is made and posted. Check each country’s rules before the client travels with it.',
            pt: 'Descarregue-a do portal: prova provisória do estatuto do cliente enquanto o cartão é produzido e enviado. Verifique as regras de cada país antes de o cliente viajar com ela.',
          },
        ),
        prov('seedGuide', 'approvalProof'),
      ),
    );
  }

  const withStatus = items.map((item): TimelineItem => ({ ...item, status: statusOf(item.date, today) }));
  const datedItems = withStatus
    .filter((i) => i.date !== null)
    .sort((a, b) => `${a.date}${a.time ?? ''}`.localeCompare(`${b.date}${b.time ?? ''}`));
  return { routeId: route.routeId, items: [...datedItems, ...withStatus.filter((i) => i.date === null)], today };
}
