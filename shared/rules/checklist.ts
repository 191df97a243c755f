import { z } from 'zod';
import { rulesMeta } from './meta';
import { categoryById, categoryIdSchema, categorySchema } from './categories';
import { freshnessIdSchema } from './freshness';
import { isoDateSchema, permitKindSchema, permitKinds, type IsoDate, type PermitKind, type SituationDraft } from './situation';
import type { Reader } from '../i18n/reader';
import { localizedSchema, provenanceSchema, type Localized, type Provenance } from './sources';

/**
 * The documents to prepare, per permit kind, as rules with sources. Each rule
 * names a category (from `categories.ts`), whether it is required, recommended
 * or conditional (with the condition), what a valid document looks like, and
 * the sources. `confidence` tells official rules from older SEF lists and from
 * secondary sources, so the renderer can show which items are less certain.
 */
export const conditionSchema = z.object({
  /** A situation fact the condition reads, or `manual` when only the person can tell. */
  fact: z.enum(['noNiss', 'hasNiss', 'expiredAlready', 'manual']),
  text: localizedSchema,
});

export const checklistRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  categoryId: categoryIdSchema,
  appliesTo: z.array(permitKindSchema).min(1),
  requirement: z.enum(['required', 'recommended', 'conditional']),
  condition: conditionSchema.optional(),
  /** What a valid document looks like. */
  validity: localizedSchema,
  freshness: freshnessIdSchema.optional(),
  confidence: z.enum(['official', 'legacy', 'uncertain']),
  provenance: provenanceSchema,
});
export type ChecklistRule = z.infer<typeof checklistRuleSchema>;

const checkedOn = rulesMeta.rulesCheckedOn;
const prov = (...sources: Provenance['sources']): Provenance => ({ sources, checkedOn });

const TEMPORARY: PermitKind[] = permitKinds.filter((k) => k.startsWith('temporary-'));
const PORTAL_KINDS: PermitKind[] = [...TEMPORARY, 'permanent', 'eu-long-term-resident'];
const NOT_CPLP = (kinds: PermitKind[]) => kinds.filter((k) => k !== 'temporary-cplp');
const ALL: PermitKind[] = [...permitKinds];

const NO_NISS: z.infer<typeof conditionSchema> = {
  fact: 'noNiss',
  text: { en: 'If you have no NISS', pt: 'Se não tiver NISS' },
};
const HAS_NISS: z.infer<typeof conditionSchema> = {
  fact: 'hasNiss',
  text: { en: 'If you have a NISS', pt: 'Se tiver NISS' },
};

export const checklistRules: readonly ChecklistRule[] = [
  {
    id: 'passport-valid',
    categoryId: 'passport',
    appliesTo: ALL,
    requirement: 'required',
    validity: {
      en: 'Valid passport: every page with your data, clearly readable. Bring the original to any biometrics appointment.',
      pt: 'Passaporte válido: todas as páginas com dados, bem legíveis. Leve o original a qualquer recolha de biometria.',
    },
    confidence: 'official',
    provenance: prov('seedGuide', 'sefGeneralRenewal', 'seedDataChange'),
  },
  {
    id: 'passport-certified-copy',
    categoryId: 'passport',
    appliesTo: ['temporary-work', 'temporary-independent-work'],
    requirement: 'recommended',
    validity: {
      en: 'Press reports say work renewals ask for a certified full copy of the passport (impressão integral certificada, from a notary or CTT). Not confirmed by AIMA.',
      pt: 'A imprensa indica que as renovações para trabalho pedem a impressão integral certificada do passaporte (notário ou CTT). Não confirmado pela AIMA.',
    },
    confidence: 'uncertain',
    provenance: prov('dnWorkRenewalDocs'),
  },
  {
    id: 'residence-permit-current',
    categoryId: 'residence-permit',
    appliesTo: ALL,
    requirement: 'required',
    validity: {
      en: 'Your current card, both sides, valid or expired less than 6 months (the standard threshold for online processing).',
      pt: 'O cartão atual, frente e verso, válido ou caducado há menos de 6 meses (o limite habitual para o pedido online).',
    },
    confidence: 'official',
    provenance: prov('seedGuide', 'sefGeneralRenewal'),
  },
  {
    id: 'financas-no-debt',
    categoryId: 'financas-no-debt',
    appliesTo: NOT_CPLP(TEMPORARY),
    requirement: 'required',
    validity: {
      en: 'Certidão de situação tributária regularizada from portaldasfinancas.gov.pt (Serviços > Obter > Certidões), under your NIF, showing no debt. Valid 3 months: download it fresh. Check first that your NIF, name and address are right at Finanças.',
      pt: 'Certidão de situação tributária regularizada em portaldasfinancas.gov.pt (Serviços > Obter > Certidões), com o seu NIF, sem dívidas. Válida 3 meses: obtenha-a recente. Confirme antes que o NIF, o nome e a morada estão certos nas Finanças.',
    },
    freshness: 'financas-certificate',
    confidence: 'official',
    provenance: prov('seedGuide', 'lei23Art78', 'financasCertificate'),
  },
  {
    id: 'financas-no-debt-permanent',
    categoryId: 'financas-no-debt',
    appliesTo: ['permanent', 'eu-long-term-resident', 'eu-family-residence-card'],
    requirement: 'recommended',
    validity: {
      en: 'A widely shared applicants’ guide lists the Finanças certificate for most renewals; the older SEF lists for this title do not. Valid 3 months.',
      pt: 'Um guia de requerentes muito divulgado inclui a certidão das Finanças na maioria das renovações; as listas antigas do SEF para este título não. Válida 3 meses.',
    },
    freshness: 'financas-certificate',
    confidence: 'uncertain',
    provenance: prov('seedGuide', 'sefPermanent'),
  },
  {
    id: 'social-security-no-debt',
    categoryId: 'social-security-no-debt',
    appliesTo: NOT_CPLP(PORTAL_KINDS),
    requirement: 'conditional',
    condition: HAS_NISS,
    validity: {
      en: 'Declaração de situação contributiva regularizada from Segurança Social Direta, showing no debt, plus your contribution record. Valid 4 months: download it fresh and check it reads clean (gaps, a recent change to recibos verdes). Online only if you work or have worked; otherwise ask at a Social Security counter.',
      pt: 'Declaração de situação contributiva regularizada na Segurança Social Direta, sem dívidas, e o registo de contribuições. Válida 4 meses: obtenha-a recente e confirme que está limpa (falhas, mudança recente para recibos verdes). Online só para quem trabalha ou trabalhou; caso contrário, peça-a num balcão da Segurança Social.',
    },
    freshness: 'social-security-declaration',
    confidence: 'official',
    provenance: prov('seedGuide', 'segSocialDeclaration', 'segSocialDeclarationWhoCan', 'lei23Art78'),
  },
  {
    id: 'social-security-non-registration',
    categoryId: 'social-security-non-registration',
    appliesTo: NOT_CPLP(PORTAL_KINDS),
    requirement: 'conditional',
    condition: NO_NISS,
    validity: {
      en: 'A short explanation why you are not registered with Social Security (e.g. D7 passive income) and, where possible, a Certidão de Não Inscrição na Segurança Social. Do not guess a NISS. The exact name and issuer of this certificate are not confirmed.',
      pt: 'Uma breve explicação do motivo por que não tem inscrição na Segurança Social (por exemplo, rendimentos passivos, visto D7) e, se possível, uma Certidão de Não Inscrição na Segurança Social. Não adivinhe um NISS. O nome e a entidade emissora exatos desta certidão não estão confirmados.',
    },
    confidence: 'uncertain',
    provenance: prov('seedGuide', 'nifNissLinked'),
  },
  {
    id: 'proof-of-address-aima',
    categoryId: 'proof-of-address',
    appliesTo: NOT_CPLP(TEMPORARY),
    requirement: 'required',
    validity: {
      en: 'AIMA’s signed declaration of accommodation (its template) plus one of: the access code of the certidão predial permanente (owner); a lease in your name with the last month’s rent receipt; a comodato with the certidão predial. If you are not named on the lease: a sworn declaration and a fiscal-domicile certificate from AT issued less than 30 days before. AIMA no longer accepts the junta de freguesia certificate, and the address must match your fiscal domicile at Finanças.',
      pt: 'A declaração de alojamento assinada (minuta da AIMA) e um destes: código de acesso à certidão predial permanente (proprietário); contrato de arrendamento em seu nome com o recibo de renda do mês anterior; comodato com a certidão predial. Se não constar do contrato: declaração sob compromisso de honra e certidão de domicílio fiscal da AT emitida há menos de 30 dias. A AIMA já não aceita o atestado da junta de freguesia, e a morada tem de coincidir com o domicílio fiscal nas Finanças.',
    },
    freshness: 'fiscal-domicile-certificate',
    confidence: 'official',
    provenance: prov('aimaAccommodation', 'juntaNotAccepted', 'seedGuide'),
  },
  {
    id: 'proof-of-address-other',
    categoryId: 'proof-of-address',
    appliesTo: ['permanent', 'eu-long-term-resident', 'eu-family-residence-card', 'temporary-cplp'],
    requirement: 'recommended',
    validity: {
      en: 'Proof of your current address following AIMA’s accommodation rule (declaration plus lease and rent receipt, land-registry code, or a fiscal-domicile certificate under 30 days old). The junta de freguesia certificate is no longer accepted.',
      pt: 'Comprovativo da morada atual segundo a regra de alojamento da AIMA (declaração com contrato e recibo de renda, código da certidão predial, ou certidão de domicílio fiscal com menos de 30 dias). O atestado da junta já não é aceite.',
    },
    freshness: 'fiscal-domicile-certificate',
    confidence: 'uncertain',
    provenance: prov('aimaAccommodation', 'juntaNotAccepted', 'seedGuide'),
  },
  {
    id: 'income-proof-general',
    categoryId: 'income-proof',
    appliesTo: [
      'temporary-work',
      'temporary-independent-work',
      'temporary-study',
      'temporary-family-reunification',
      'temporary-highly-qualified',
      'temporary-other',
    ],
    requirement: 'required',
    validity: {
      en: 'Proof of means of subsistence (Portaria 1563/2007): recent payslips or income, and bank statements. Combine several statements into this one PDF.',
      pt: 'Comprovativo de meios de subsistência (Portaria 1563/2007): recibos de vencimento ou rendimentos recentes e extratos bancários. Junte vários extratos neste único PDF.',
    },
    confidence: 'official',
    provenance: prov('lei23Art78', 'sefGeneralRenewal', 'seedGuide'),
  },
  {
    id: 'income-proof-d7',
    categoryId: 'income-proof',
    appliesTo: ['temporary-passive-income-d7'],
    requirement: 'required',
    validity: {
      en: 'Proof of pension or passive income and about 6 months of Portuguese bank statements. Secondary sources give 2026 thresholds of 920 € a month for the holder, 460 € for a spouse and 276 € per child (100/50/30 % of the minimum wage). No official renewal list was found.',
      pt: 'Comprovativo de pensão ou rendimentos passivos e cerca de 6 meses de extratos bancários portugueses. Fontes secundárias indicam para 2026 920 € por mês para o titular, 460 € para o cônjuge e 276 € por filho (100/50/30 % do salário mínimo). Não foi encontrada lista oficial de renovação.',
    },
    confidence: 'uncertain',
    provenance: prov('d7Blog', 'd7Thresholds'),
  },
  {
    id: 'income-proof-d8',
    categoryId: 'income-proof',
    appliesTo: ['temporary-remote-work-d8'],
    requirement: 'required',
    validity: {
      en: 'Proof of income of at least 4 times the Portuguese minimum monthly wage (average of the last 3 months), e.g. payslips or invoices and bank statements. No official renewal list was found.',
      pt: 'Comprovativo de rendimentos de pelo menos 4 salários mínimos mensais (média dos últimos 3 meses), por ex. recibos ou faturas e extratos. Não foi encontrada lista oficial de renovação.',
    },
    confidence: 'uncertain',
    provenance: prov('d8Guide'),
  },
  {
    id: 'income-proof-cplp',
    categoryId: 'income-proof',
    appliesTo: ['temporary-cplp'],
    requirement: 'required',
    validity: {
      en: 'Means of subsistence: IRS, contracts, or a Termo de Responsabilidade (Modelo 4) signed before a notary, lawyer or solicitor. Tax and Social Security status are checked by AIMA in the databases (no declarations needed).',
      pt: 'Meios de subsistência: IRS, contratos, ou Termo de Responsabilidade (Modelo 4) assinado perante notário, advogado ou solicitador. A situação tributária e contributiva é verificada pela AIMA nas bases de dados (sem declarações).',
    },
    confidence: 'official',
    provenance: prov('aimaCplpRenewal'),
  },
  {
    id: 'employment-contract',
    categoryId: 'employment-contract',
    appliesTo: ['temporary-work', 'temporary-highly-qualified'],
    requirement: 'required',
    validity: {
      en: 'Your employment contract, or a recent declaration from your employer that the employment continues.',
      pt: 'O contrato de trabalho, ou uma declaração recente da entidade empregadora de que o vínculo se mantém.',
    },
    confidence: 'legacy',
    provenance: prov('sefWorkRenewal', 'sefHighlyQualified', 'dnWorkRenewalDocs'),
  },
  {
    id: 'irs-declaration',
    categoryId: 'irs-declaration',
    appliesTo: ['temporary-work', 'temporary-independent-work', 'temporary-passive-income-d7'],
    requirement: 'recommended',
    validity: {
      en: 'Your latest IRS return and its assessment (nota de liquidação). Listed by press and secondary sources, not by AIMA.',
      pt: 'A última declaração de IRS e a nota de liquidação. Indicada pela imprensa e fontes secundárias, não pela AIMA.',
    },
    confidence: 'uncertain',
    provenance: prov('dnWorkRenewalDocs', 'd7Blog'),
  },
  {
    id: 'independent-activity',
    categoryId: 'independent-activity',
    appliesTo: ['temporary-independent-work'],
    requirement: 'required',
    validity: {
      en: 'Proof that your activity is open at Finanças and Social Security; service contracts or recent invoices (recibos verdes); the Social Security statement of declared earnings (or an exemption certificate); a professional-body declaration if your profession is regulated.',
      pt: 'Comprovativo de início de atividade nas Finanças e na Segurança Social; contratos de prestação de serviços ou recibos verdes recentes; extrato de remunerações declaradas da Segurança Social (ou certidão de isenção); declaração da ordem profissional se a profissão for regulada.',
    },
    confidence: 'legacy',
    provenance: prov('independentWorkArt89', 'sefIndependentWork'),
  },
  {
    id: 'remote-work-proof',
    categoryId: 'remote-work-proof',
    appliesTo: ['temporary-remote-work-d8'],
    requirement: 'required',
    validity: {
      en: 'A contract or declaration from your foreign employer or clients showing the remote work continues.',
      pt: 'Contrato ou declaração da entidade empregadora ou clientes estrangeiros que mostre que o trabalho remoto continua.',
    },
    confidence: 'uncertain',
    provenance: prov('d8Guide'),
  },
  {
    id: 'study-enrolment',
    categoryId: 'study-enrolment',
    appliesTo: ['temporary-study'],
    requirement: 'required',
    validity: {
      en: 'Proof of enrolment for the coming year, a declaration that tuition is paid, and a declaration of academic activity. Students who finished or now work need a change of permit type, not a renewal.',
      pt: 'Comprovativo de matrícula para o ano seguinte, declaração de pagamento de propinas e declaração de aproveitamento académico. Quem terminou o curso ou trabalha precisa de mudar de tipo de autorização, não de renovar.',
    },
    confidence: 'legacy',
    provenance: prov('sefStudy'),
  },
  {
    id: 'health-insurance',
    categoryId: 'health-insurance',
    appliesTo: ['temporary-study', 'temporary-passive-income-d7'],
    requirement: 'recommended',
    validity: {
      en: 'Health insurance covering you in Portugal, or proof of registration with the SNS.',
      pt: 'Seguro de saúde com cobertura em Portugal, ou comprovativo de inscrição no SNS.',
    },
    confidence: 'legacy',
    provenance: prov('sefStudy', 'd7Blog'),
  },
  {
    id: 'family-relationship-proof',
    categoryId: 'family-relationship-proof',
    appliesTo: ['temporary-family-reunification', 'eu-family-residence-card'],
    requirement: 'required',
    validity: {
      en: 'Proof that the family relationship continues (e.g. marriage or birth certificate). No official renewal list was found.',
      pt: 'Comprovativo de que o vínculo familiar se mantém (por ex. certidão de casamento ou de nascimento). Não foi encontrada lista oficial de renovação.',
    },
    confidence: 'uncertain',
    provenance: prov('familyReunification', 'euFamilyCard'),
  },
  {
    id: 'sponsor-documents',
    categoryId: 'sponsor-documents',
    appliesTo: ['temporary-family-reunification', 'eu-family-residence-card'],
    requirement: 'recommended',
    validity: {
      en: 'The residence document and proof of means of the family member you joined: a reunified family member’s permit follows the sponsor’s.',
      pt: 'O título de residência e os meios de subsistência do familiar reagrupante: a autorização do familiar reagrupado acompanha a do reagrupante.',
    },
    confidence: 'uncertain',
    provenance: prov('familyReunification', 'euFamilyCard'),
  },
  {
    id: 'criminal-record-authorisation',
    categoryId: 'criminal-record-authorisation',
    appliesTo: NOT_CPLP(PORTAL_KINDS),
    requirement: 'conditional',
    condition: {
      fact: 'manual',
      text: {
        en: 'If the portal asks for it; children’s renewals have been refused without it (from age 16 for the authorisation itself)',
        pt: 'Se o portal o pedir; há renovações de menores recusadas sem ela (a autorização em si a partir dos 16 anos)',
      },
    },
    validity: {
      en: 'A signed authorisation for AIMA to check your Portuguese criminal record. AIMA publishes no template.',
      pt: 'Autorização assinada para a AIMA consultar o seu registo criminal português. A AIMA não publica minuta.',
    },
    confidence: 'uncertain',
    provenance: prov('sefGeneralRenewal', 'dnMinorsRenewal'),
  },
  {
    id: 'criminal-record-certificate-cplp',
    categoryId: 'criminal-record-certificate',
    appliesTo: ['temporary-cplp'],
    requirement: 'required',
    validity: {
      en: 'Criminal record certificate from your country of nationality, and from any country where you lived more than a year.',
      pt: 'Certificado de registo criminal do país de nacionalidade e de qualquer país onde tenha residido mais de um ano.',
    },
    confidence: 'official',
    provenance: prov('aimaCplpRenewal'),
  },
  {
    id: 'responsibility-term',
    categoryId: 'responsibility-term',
    appliesTo: NOT_CPLP(TEMPORARY),
    requirement: 'conditional',
    condition: {
      fact: 'manual',
      text: {
        en: 'If you are renewing for a child (signed by the resident parent)',
        pt: 'Se renovar para um menor (assinado pelo progenitor residente)',
      },
    },
    validity: {
      en: 'AIMA’s Termo de Responsabilidade (Modelo 4), signed by the parent who lives in Portugal.',
      pt: 'Termo de Responsabilidade (Modelo 4) da AIMA, assinado pelo progenitor residente em Portugal.',
    },
    confidence: 'uncertain',
    provenance: prov('dnMinorsRenewal', 'aimaCplpRenewal'),
  },
  {
    id: 'presence-proof',
    categoryId: 'presence-proof',
    appliesTo: ['permanent', 'eu-long-term-resident'],
    requirement: 'conditional',
    condition: {
      fact: 'expiredAlready',
      text: { en: 'If you renew after the card has expired', pt: 'Se renovar depois de o cartão caducar' },
    },
    validity: {
      en: 'Proof that you stayed in Portugal, or the reasons for your absence.',
      pt: 'Comprovativo da permanência em Portugal, ou os motivos da ausência.',
    },
    confidence: 'legacy',
    provenance: prov('sefPermanent', 'sefLongTerm'),
  },
];

/**
 * The agency's words for the sentences above that name whose documents they are ("every page with your data"), by
 * rule id: an agency reads them about its client (a client folder opened in the guide). Only the words that change
 * are here; a language left out is already true for both readers (the Portuguese mostly names no one).
 */
const AGENCY_WORDS: Partial<Record<string, { validity?: Partial<Localized>; condition?: Partial<Localized> }>> = {
  'passport-valid': {
    validity: {
      en: 'Valid passport: every page with the client’s data, clearly readable. The client brings the original to any biometrics appointment.',
      pt: 'Passaporte válido: todas as páginas com dados, bem legíveis. O cliente leva o original a qualquer recolha de biometria.',
    },
  },
  'residence-permit-current': {
    validity: {
      en: 'The client’s current card, both sides, valid or expired less than 6 months (the standard threshold for online processing).',
    },
  },
  'financas-no-debt': {
    validity: {
      en: 'Certidão de situação tributária regularizada from portaldasfinancas.gov.pt (Serviços > Obter > Certidões), under the client’s NIF, showing no debt. Valid 3 months: download it fresh. Check first that the client’s NIF, name and address are right at Finanças.',
      pt: 'Certidão de situação tributária regularizada em portaldasfinancas.gov.pt (Serviços > Obter > Certidões), com o NIF do cliente, sem dívidas. Válida 3 meses: obtenha-a recente. Confirme antes que o NIF, o nome e a morada estão certos nas Finanças.',
    },
  },
  'social-security-no-debt': {
    validity: {
      en: 'Declaração de situação contributiva regularizada from Segurança Social Direta, showing no debt, plus the client’s contribution record. Valid 4 months: download it fresh and check it reads clean (gaps, a recent change to recibos verdes). Online only if the client works or has worked; otherwise ask at a Social Security counter.',
    },
  },
  'social-security-non-registration': {
    validity: {
      en: 'A short explanation why the client is not registered with Social Security (e.g. D7 passive income) and, where possible, a Certidão de Não Inscrição na Segurança Social. Do not guess a NISS. The exact name and issuer of this certificate are not confirmed.',
      pt: 'Uma breve explicação do motivo por que o cliente não tem inscrição na Segurança Social (por exemplo, rendimentos passivos, visto D7) e, se possível, uma Certidão de Não Inscrição na Segurança Social. Não adivinhe um NISS. O nome e a entidade emissora exatos desta certidão não estão confirmados.',
    },
  },
  'proof-of-address-aima': {
    validity: {
      en: 'AIMA’s signed declaration of accommodation (its template) plus one of: the access code of the certidão predial permanente (owner); a lease in the client’s name with the last month’s rent receipt; a comodato with the certidão predial. If the client is not named on the lease: a sworn declaration and a fiscal-domicile certificate from AT issued less than 30 days before. AIMA no longer accepts the junta de freguesia certificate, and the address must match the client’s fiscal domicile at Finanças.',
      pt: 'A declaração de alojamento assinada (minuta da AIMA) e um destes: código de acesso à certidão predial permanente (proprietário); contrato de arrendamento em nome do cliente com o recibo de renda do mês anterior; comodato com a certidão predial. Se o cliente não constar do contrato: declaração sob compromisso de honra e certidão de domicílio fiscal da AT emitida há menos de 30 dias. A AIMA já não aceita o atestado da junta de freguesia, e a morada tem de coincidir com o domicílio fiscal do cliente nas Finanças.',
    },
  },
  'proof-of-address-other': {
    validity: {
      en: 'Proof of the client’s current address following AIMA’s accommodation rule (declaration plus lease and rent receipt, land-registry code, or a fiscal-domicile certificate under 30 days old). The junta de freguesia certificate is no longer accepted.',
    },
  },
  'employment-contract': {
    validity: {
      en: 'The client’s employment contract, or a recent declaration from the client’s employer that the employment continues.',
    },
  },
  'irs-declaration': {
    validity: {
      en: 'The client’s latest IRS return and its assessment (nota de liquidação). Listed by press and secondary sources, not by AIMA.',
    },
  },
  'independent-activity': {
    validity: {
      en: 'Proof that the client’s activity is open at Finanças and Social Security; service contracts or recent invoices (recibos verdes); the Social Security statement of declared earnings (or an exemption certificate); a professional-body declaration if the client’s profession is regulated.',
    },
  },
  'remote-work-proof': {
    validity: {
      en: 'A contract or declaration from the client’s foreign employer or clients showing the remote work continues.',
    },
  },
  'health-insurance': {
    validity: { en: 'Health insurance covering the client in Portugal, or proof of registration with the SNS.' },
  },
  'sponsor-documents': {
    validity: {
      en: 'The residence document and proof of means of the family member the client joined: a reunified family member’s permit follows the sponsor’s.',
    },
  },
  'criminal-record-authorisation': {
    validity: {
      en: 'A signed authorisation for AIMA to check the client’s Portuguese criminal record. AIMA publishes no template.',
      pt: 'Autorização assinada para a AIMA consultar o registo criminal português do cliente. A AIMA não publica minuta.',
    },
  },
  'criminal-record-certificate-cplp': {
    validity: {
      en: 'Criminal record certificate from the client’s country of nationality, and from any country where the client lived more than a year.',
      pt: 'Certificado de registo criminal do país de nacionalidade do cliente e de qualquer país onde tenha residido mais de um ano.',
    },
  },
  'responsibility-term': {
    condition: {
      en: 'If the renewal is for a child (signed by the resident parent)',
      pt: 'Se a renovação for de um menor (assinado pelo progenitor residente)',
    },
  },
  'presence-proof': {
    condition: { en: 'If the client renews after the card has expired', pt: 'Se o cliente renovar depois de o cartão caducar' },
    validity: {
      en: 'Proof that the client stayed in Portugal, or the reasons for the client’s absence.',
      pt: 'Comprovativo da permanência do cliente em Portugal, ou os motivos da ausência.',
    },
  },
};

/** The conditions on a fact of the situation, as an agency reads them about its client. */
const AGENCY_CONDITIONS: Partial<Record<z.infer<typeof conditionSchema>['fact'], Partial<Localized>>> = {
  noNiss: { en: 'If the client has no NISS', pt: 'Se o cliente não tiver NISS' },
  hasNiss: { en: 'If the client has a NISS', pt: 'Se o cliente tiver NISS' },
};

/** A sentence with an overlay's words in place, language by language. */
const overlaid = (text: Localized, overlay: Partial<Localized> | undefined): Localized =>
  overlay ? { en: overlay.en ?? text.en, pt: overlay.pt ?? text.pt } : text;

/** Notes per permit kind that are not documents but change what to prepare. */
export const kindNotes: Partial<Record<PermitKind, { text: Localized; provenance: Provenance }[]>> = {
  'temporary-investment-ari': [
    {
      text: {
        en: 'Your NIF must be linked to your AIMA record before you register on the portal. Fix it through the contact form and wait 2 working days. Linking NIF/NISS does not replace the Finanças and Social Security certificates.',
        pt: 'O NIF tem de estar associado ao seu registo na AIMA antes do registo no portal. Corrija-o pelo formulário de contacto e aguarde 2 dias úteis. Associar o NIF/NISS não substitui as certidões das Finanças e da Segurança Social.',
      },
      provenance: prov('nifNissLinked'),
    },
  ],
  'temporary-cplp': [
    {
      text: {
        en: 'For CPLP renewals AIMA checks tax and Social Security status itself: no negative declarations needed.',
        pt: 'Nas renovações CPLP a AIMA verifica ela própria a situação tributária e contributiva: não são precisas declarações.',
      },
      provenance: prov('aimaCplpRenewal'),
    },
  ],
  'eu-family-residence-card': [
    {
      text: {
        en: 'No renewal-specific list was found for this card; the items below follow the general pattern and are uncertain.',
        pt: 'Não foi encontrada lista específica de renovação para este cartão; os itens seguem o padrão geral e são incertos.',
      },
      provenance: prov('euFamilyCard', 'seedGuide'),
    },
  ],
};

export const checklistItemSchema = z.object({
  ruleId: z.string(),
  category: categorySchema,
  status: z.enum(['required', 'recommended', 'depends', 'not-needed']),
  requirement: z.enum(['required', 'recommended', 'conditional']),
  condition: localizedSchema.nullable(),
  validity: localizedSchema,
  freshness: freshnessIdSchema.nullable(),
  confidence: z.enum(['official', 'legacy', 'uncertain']),
  provenance: provenanceSchema,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  permitKind: permitKindSchema,
  items: z.array(checklistItemSchema),
  notes: z.array(z.object({ text: localizedSchema, provenance: provenanceSchema })),
  today: isoDateSchema,
});
export type Checklist = z.infer<typeof checklistSchema>;

function statusOf(rule: ChecklistRule, s: SituationDraft, today: IsoDate): ChecklistItem['status'] {
  if (rule.requirement !== 'conditional') return rule.requirement;
  const fact = rule.condition?.fact ?? 'manual';
  const holds =
    fact === 'noNiss'
      ? s.hasNiss === undefined
        ? undefined
        : !s.hasNiss
      : fact === 'hasNiss'
        ? s.hasNiss
        : fact === 'expiredAlready'
          ? s.permitExpiry === undefined
            ? undefined
            : s.permitExpiry < today
          : undefined;
  if (holds === undefined) return 'depends';
  return holds ? 'required' : 'not-needed';
}

/** The notes of `kindNotes` that name whose record it is, as an agency reads them (by kind, in the same order). */
const AGENCY_NOTES: Partial<Record<PermitKind, (Partial<Localized> | undefined)[]>> = {
  'temporary-investment-ari': [
    {
      en: 'The client’s NIF must be linked to the client’s AIMA record before registering on the portal. Fix it through the contact form and wait 2 working days. Linking NIF/NISS does not replace the Finanças and Social Security certificates.',
      pt: 'O NIF do cliente tem de estar associado ao registo do cliente na AIMA antes do registo no portal. Corrija-o pelo formulário de contacto e aguarde 2 dias úteis. Associar o NIF/NISS não substitui as certidões das Finanças e da Segurança Social.',
    },
  ],
};

/**
 * The document checklist for a situation's permit kind, conditions evaluated where the answers allow, in the words of
 * `reader` (an agency reads "the client's current card").
 */
export function checklistFor(
  s: SituationDraft & { permitKind: PermitKind },
  today: IsoDate,
  reader: Reader = 'applicant',
): Checklist {
  const agency = reader === 'agency';
  const items = checklistRules
    .filter((rule) => rule.appliesTo.includes(s.permitKind))
    .map((rule): ChecklistItem => {
      const category = categoryById(rule.categoryId);
      if (!category) throw new Error(`checklist rule ${rule.id} names unknown category ${rule.categoryId}`);
      return {
        ruleId: rule.id,
        category,
        status: statusOf(rule, s, today),
        requirement: rule.requirement,
        condition: rule.condition
          ? agency
            ? overlaid(rule.condition.text, AGENCY_WORDS[rule.id]?.condition ?? AGENCY_CONDITIONS[rule.condition.fact])
            : rule.condition.text
          : null,
        validity: agency ? overlaid(rule.validity, AGENCY_WORDS[rule.id]?.validity) : rule.validity,
        freshness: rule.freshness ?? null,
        confidence: rule.confidence,
        provenance: rule.provenance,
      };
    });
  const notes = (kindNotes[s.permitKind] ?? []).map((note, index) =>
    agency ? { ...note, text: overlaid(note.text, AGENCY_NOTES[s.permitKind]?.[index]) } : note,
  );
  return { permitKind: s.permitKind, items, notes, today };
}
