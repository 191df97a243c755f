import { z } from 'zod';
import { rulesMeta } from './meta';
import { localizedSchema, provenanceSchema, type Localized, type Provenance } from './sources';

/**
 * Where the sources disagree, the rules say so: each disagreement lists every
 * reading with its source, which one the app follows, and the safe course to
 * advise. The widely shared applicants' guide is third-party guidance; where AIMA or the law says
 * otherwise, the official reading wins (and the stricter one for deadlines).
 */
export const disagreementSchema = z.object({
  id: z.enum([
    'duc-payment-window',
    'proof-of-address-junta',
    'ninety-day-rule',
    'freshness-windows',
    'upload-limit',
    'renewal-timing',
    'receipt-validity',
    'backlog-validity-date',
    'address-change-with-new-card',
    'renovacao-ar-email',
  ]),
  topic: localizedSchema,
  readings: z
    .array(z.object({ id: z.string().min(1), official: z.boolean(), text: localizedSchema, provenance: provenanceSchema }))
    .min(2),
  /** The reading the app follows, or `strictest` when it depends on the route (see the DUC window). */
  follows: z.string().min(1),
  safeCourse: localizedSchema,
  uncertain: z.boolean(),
});
export type Disagreement = z.infer<typeof disagreementSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });
const reading = (id: string, official: boolean, text: Localized, provenance: Provenance) => ({ id, official, text, provenance });

export const disagreements: readonly Disagreement[] = [
  {
    id: 'duc-payment-window',
    topic: { en: 'How long you have to pay the DUC', pt: 'Prazo para pagar o DUC' },
    readings: [
      reading(
        'seed',
        false,
        {
          en: 'A widely shared applicants’ guide: the DUC is payable only after a 24-hour hold, then for 10 working days.',
          pt: 'Guia: o DUC só pode ser pago após 24 horas de espera e, depois, durante 10 dias úteis.',
        },
        prov('seedGuide'),
      ),
      reading(
        'aima-portal-24h',
        true,
        {
          en: 'AIMA’s launch notice for the Portal das Renovações: payment only within 24 hours of issue.',
          pt: 'Aviso de lançamento do Portal das Renovações: pagamento só nas 24 horas seguintes à emissão.',
        },
        prov('aimaPortalLaunch'),
      ),
      reading(
        'aima-10-working-days',
        true,
        {
          en: 'AIMA’s CPLP notice (and the older backlog route): pay within 10 working days.',
          pt: 'Aviso CPLP da AIMA (e a via dos processos antigos): pagar em 10 dias úteis.',
        },
        prov('aimaCplpRenewal', 'seedGuide'),
      ),
    ],
    follows: 'strictest',
    safeCourse: {
      en: 'On the Portal das Renovações, try to pay as soon as the DUC is generated and within 24 hours; if the reference is not accepted yet, retry and keep screenshots. On the other routes, pay within 10 working days, as early as you can.',
      pt: 'No Portal das Renovações, tente pagar logo que o DUC seja gerado e dentro de 24 horas; se a referência ainda não for aceite, tente de novo e guarde capturas de ecrã. Nas outras vias, pague em 10 dias úteis, o mais cedo possível.',
    },
    uncertain: false,
  },
  {
    id: 'proof-of-address-junta',
    topic: { en: 'Proof of address', pt: 'Comprovativo de morada' },
    readings: [
      reading(
        'seed',
        false,
        {
          en: 'A widely shared applicants’ guide: a recent rent receipt, a utility bill in your name, or a certificate from your junta de freguesia.',
          pt: 'Guia: recibo de renda recente, fatura de serviços em seu nome, ou atestado da junta de freguesia.',
        },
        prov('seedGuide'),
      ),
      reading(
        'aima',
        true,
        {
          en: 'AIMA: a signed declaration plus a lease and last rent receipt, the land-registry access code, or a fiscal-domicile certificate under 30 days old; the junta certificate is no longer accepted.',
          pt: 'AIMA: declaração assinada com contrato e último recibo de renda, código da certidão predial, ou certidão de domicílio fiscal com menos de 30 dias; o atestado da junta já não é aceite.',
        },
        prov('aimaAccommodation', 'juntaNotAccepted'),
      ),
    ],
    follows: 'aima',
    safeCourse: {
      en: 'Follow AIMA’s list, and first make your fiscal domicile at Finanças match the address you declare.',
      pt: 'Siga a lista da AIMA e, antes, faça coincidir o domicílio fiscal nas Finanças com a morada que declara.',
    },
    uncertain: false,
  },
  {
    id: 'ninety-day-rule',
    topic: {
      en: 'The 90-day rule for data changes and second copies',
      pt: 'A regra dos 90 dias para alterações de dados e segundas vias',
    },
    readings: [
      reading(
        'no-earlier-than',
        false,
        {
          en: 'Prismaat (a consultancy): requests "must be submitted no earlier than 90 days before" the card’s expiry.',
          pt: 'Guia: os pedidos "devem ser submetidos no mínimo 90 dias antes" do fim da validade.',
        },
        prov('seedDataChange'),
      ),
      reading(
        'only-while-more-than-90-days-remain',
        false,
        {
          en: 'A law firm: until 90 days before expiry — a card valid to 30 June 2025 had a deadline of 1 April 2025. Users report the form refusing changes within 4 months of expiry.',
          pt: 'Um escritório de advogados: até 90 dias antes do fim da validade — um cartão válido até 30 de junho de 2025 tinha o limite a 1 de abril de 2025. Há relatos de recusa a menos de 4 meses do fim.',
        },
        prov('advocaciaPinheiro90Days', 'seedDataChange'),
      ),
    ],
    follows: 'only-while-more-than-90-days-remain',
    safeCourse: {
      en: 'Make the request while more than 90 days of validity remain; within 90 days, make the change with your renewal.',
      pt: 'Faça o pedido enquanto restarem mais de 90 dias de validade; a menos de 90 dias, faça a alteração com a renovação.',
    },
    uncertain: true,
  },
  {
    id: 'freshness-windows',
    topic: { en: 'How recent the certificates must be', pt: 'Quão recentes devem ser as certidões' },
    readings: [
      reading(
        'seed',
        false,
        {
          en: 'A widely shared applicants’ guide: download fresh tax and Social Security documents.',
          pt: 'Guia: obtenha documentos das Finanças e da Segurança Social recentes.',
        },
        prov('seedGuide'),
      ),
      reading(
        'validity-periods',
        true,
        {
          en: 'Finanças certificate valid 3 months (secondary source); Social Security declaration valid 4 months (official); fiscal-domicile certificate under 30 days old (AIMA).',
          pt: 'Certidão das Finanças válida 3 meses (fonte secundária); declaração da Segurança Social válida 4 meses (oficial); certidão de domicílio fiscal com menos de 30 dias (AIMA).',
        },
        prov('financasCertificate', 'segSocialDeclaration', 'aimaAccommodation'),
      ),
    ],
    follows: 'validity-periods',
    safeCourse: {
      en: 'Download each certificate shortly before you submit, so it is well inside its validity on the day AIMA reviews it.',
      pt: 'Obtenha cada certidão pouco antes de submeter, para estar bem dentro da validade quando a AIMA a analisar.',
    },
    uncertain: false,
  },
  {
    id: 'upload-limit',
    topic: { en: 'Upload size limit', pt: 'Limite de tamanho dos ficheiros' },
    readings: [
      reading(
        'seed',
        false,
        {
          en: 'A widely shared applicants’ guide: follow the size limit shown on the upload screen.',
          pt: 'Guia: respeite o limite indicado no ecrã de envio.',
        },
        prov('seedGuide'),
      ),
      reading(
        'aima-services-1mb',
        true,
        {
          en: 'AIMA’s services portal FAQ: 1 MB per document. No figure is published for the Portal das Renovações.',
          pt: 'FAQ do portal de serviços da AIMA: 1 MB por documento. Não há valor publicado para o Portal das Renovações.',
        },
        prov('aimaServicesFaq'),
      ),
    ],
    follows: 'aima-services-1mb',
    safeCourse: {
      en: 'Use 1 MB per document unless your upload screen shows another limit; then enter that limit.',
      pt: 'Use 1 MB por documento, a não ser que o ecrã de envio indique outro limite; nesse caso, indique esse limite.',
    },
    uncertain: true,
  },
  {
    id: 'renewal-timing',
    topic: { en: 'When to apply', pt: 'Quando pedir a renovação' },
    readings: [
      reading(
        'law-30-days',
        true,
        {
          en: 'Lei 23/2007 art. 78 n.1: up to 30 days before expiry.',
          pt: 'Lei 23/2007 art. 78.º n.º 1: até 30 dias antes do fim da validade.',
        },
        prov('lei23Art78'),
      ),
      reading(
        'lawyers-90-to-30',
        false,
        {
          en: 'Lawyers (and the old SEF rule for EU long-term residents): between 90 and 30 days before expiry.',
          pt: 'Advogados (e a antiga regra do SEF para residentes de longa duração): entre 90 e 30 dias antes do fim da validade.',
        },
        prov('advocaciaPinheiroRenewal', 'sefLongTerm'),
      ),
      reading(
        'portal-by-month',
        false,
        {
          en: 'A widely shared applicants’ guide and AIMA notices: the Portal das Renovações opens by expiry month; start preparing 90 days ahead.',
          pt: 'Guia e avisos da AIMA: o Portal das Renovações abre por mês de caducidade; comece a preparar 90 dias antes.',
        },
        prov('seedGuide', 'rolloutMayJun2026'),
      ),
    ],
    follows: 'portal-by-month',
    safeCourse: {
      en: 'Prepare 90 days ahead and apply as soon as the portal opens for your month; if it opens later than 30 days before expiry, keep screenshots showing you tried.',
      pt: 'Prepare com 90 dias de antecedência e peça logo que o portal abra para o seu mês; se abrir a menos de 30 dias do fim, guarde capturas de ecrã que mostrem que tentou.',
    },
    uncertain: false,
  },
  {
    id: 'receipt-validity',
    topic: { en: 'How long a renewal receipt is valid', pt: 'Validade do comprovativo de renovação' },
    readings: [
      reading(
        'law-60-days',
        true,
        { en: 'Lei 23/2007 art. 78 n.7: 60 days, renewable.', pt: 'Lei 23/2007 art. 78.º n.º 7: 60 dias, renováveis.' },
        prov('receiptValidity'),
      ),
      reading(
        'decree-180-days',
        true,
        {
          en: 'DL 85-B/2025: proof of payment valid 180 days, for titles expired up to 30 June 2025.',
          pt: 'DL 85-B/2025: comprovativo de pagamento válido 180 dias, para títulos caducados até 30 de junho de 2025.',
        },
        prov('dl85B2025'),
      ),
    ],
    follows: 'law-60-days',
    safeCourse: {
      en: 'Treat them as separate documents; carry the expired card with the latest receipt and check its date.',
      pt: 'Trate-os como documentos distintos; leve o cartão caducado com o comprovativo mais recente e verifique a data.',
    },
    uncertain: true,
  },
  {
    id: 'backlog-validity-date',
    topic: {
      en: 'Until when permits expired by 30 June 2025 are accepted',
      pt: 'Até quando são aceites títulos caducados até 30 de junho de 2025',
    },
    readings: [
      reading(
        'decree-15-oct-2025',
        true,
        { en: 'DL 85-B/2025: until 15 October 2025.', pt: 'DL 85-B/2025: até 15 de outubro de 2025.' },
        prov('dl85B2025'),
      ),
      reading(
        'aima-15-apr-2026',
        true,
        {
          en: 'AIMA’s guidance (DR 84/2007 art. 63 n.14, six months after 15 October 2025): until 15 April 2026; a widely shared applicants’ guide repeats it.',
          pt: 'Orientação da AIMA (DR 84/2007 art. 63.º n.º 14, seis meses após 15 de outubro de 2025): até 15 de abril de 2026; um guia de requerentes muito divulgado repete-a.',
        },
        prov('aima15Apr2026', 'seedGuide'),
      ),
    ],
    follows: 'aima-15-apr-2026',
    safeCourse: {
      en: 'Both dates have passed: if you are in this group and have not renewed, act now.',
      pt: 'Ambas as datas já passaram: se está neste grupo e não renovou, aja já.',
    },
    uncertain: false,
  },
  {
    id: 'address-change-with-new-card',
    topic: { en: 'Address change with or without a new card', pt: 'Alteração de morada com ou sem novo cartão' },
    readings: [
      reading(
        'without-new-card',
        false,
        {
          en: 'Press (Sept 2025): address changes were done without a new card.',
          pt: 'Imprensa (set. 2025): as alterações de morada eram feitas sem novo cartão.',
        },
        prov('rolloutOct2025'),
      ),
      reading(
        'with-new-card-only',
        false,
        {
          en: 'A reader (Nov 2025): the "sem emissão de novo cartão" option was removed; only "com emissão de novo cartão" remains.',
          pt: 'Um leitor (nov. 2025): a opção "sem emissão de novo cartão" foi retirada; só resta "com emissão de novo cartão".',
        },
        prov('addressChangeVariants'),
      ),
    ],
    follows: 'with-new-card-only',
    safeCourse: {
      en: 'Use the option the form shows today; since January 2026 AIMA points to the Portal de Renovações address option.',
      pt: 'Use a opção que o formulário mostrar hoje; desde janeiro de 2026 a AIMA indica a opção de morada do Portal de Renovações.',
    },
    uncertain: true,
  },
  {
    id: 'renovacao-ar-email',
    topic: { en: 'Writing to renovacao.ar@aima.gov.pt', pt: 'Escrever para renovacao.ar@aima.gov.pt' },
    readings: [
      reading(
        'seed',
        false,
        {
          en: 'A widely shared applicants’ guide: email geral@aima.gov.pt and renovacao.ar@aima.gov.pt with the same details.',
          pt: 'Guia: enviar os mesmos dados para geral@aima.gov.pt e renovacao.ar@aima.gov.pt.',
        },
        prov('seedGuide'),
      ),
      reading(
        'sender-only',
        false,
        {
          en: 'Other reports: renovacao.ar@ is the sender of the Mission Structure emails; no AIMA page lists it as an inbox.',
          pt: 'Outros relatos: renovacao.ar@ é o remetente dos e-mails da Estrutura de Missão; nenhuma página da AIMA o indica como caixa de contacto.',
        },
        prov('seedGuide'),
      ),
    ],
    follows: 'seed',
    safeCourse: {
      en: 'Use the contact form first; copy the email to geral@aima.gov.pt, and to renovacao.ar@ only as an extra.',
      pt: 'Use primeiro o formulário de contacto; envie o e-mail para geral@aima.gov.pt e para renovacao.ar@ só como reforço.',
    },
    uncertain: true,
  },
];
