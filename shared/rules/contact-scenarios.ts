import { z } from 'zod';
import { rulesMeta } from './meta';
import { categoryIdSchema } from './categories';
import type { Reader } from '../i18n/reader';
import { localizedSchema, provenanceSchema, type Localized } from './sources';

/**
 * The situations in which a person writes to AIMA, as data: which subject
 * (tipo de assunto) and subtype (subtipo) to choose on the contact form, which
 * facts about the person the form asks for, what to attach, and which published
 * AIMA email addresses apply. The writing module builds the contact-form text,
 * the email and the letter from this; it does not invent any of it.
 *
 * Labels are quoted exactly where a source gives them (`labelVerified: true`);
 * otherwise `label` is null and `description` says what to look for.
 */

const CHECKED_ON = rulesMeta.rulesCheckedOn;

/** Facts about the person that a form, email or letter may ask for. */
export const personFactSchema = z.enum([
  'fullName',
  'dateOfBirth',
  'nationality',
  'phone',
  'email',
  'permitNumber',
  'passportNumber',
  'nif',
  'niss',
  'currentAddress',
  'newAddress',
  'oldEmail',
  'newEmail',
  'ducReference',
]);
export type PersonFact = z.infer<typeof personFactSchema>;

export const formChoiceSchema = z.object({
  /** Exactly as the form shows it, or null when no source quotes it. */
  label: z.string().min(1).nullable(),
  labelVerified: z.boolean(),
  /** What the option is for, for the user when the exact label is unknown. */
  description: localizedSchema,
});

export const attachmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localizedSchema,
  required: z.boolean(),
  /** When it is needed, if not always. */
  condition: localizedSchema.optional(),
  /**
   * The condition, where the case can decide it: an attachment the case rules out is not listed (a
   * person with a NISS is not asked why they have none), and one it calls for is listed without its "if".
   * 'payment-recorded': only once the evidence log holds the payment, as the message says "paguei" only then.
   */
  onlyIf: z.enum(['has-niss', 'no-niss', 'payment-recorded']).optional(),
  /** The document category it corresponds to, when it is one the app prepares. */
  categoryId: categoryIdSchema.optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const contactScenarioIdSchema = z.enum([
  'renewals-portal-error',
  'address-change',
  'email-update',
  'existing-process',
  'niss-blocked',
  'duc-payment',
  'payment-not-visible',
  'personal-data-change',
  'second-copy',
  'appointment-change',
]);
export type ContactScenarioId = z.infer<typeof contactScenarioIdSchema>;

export const aimaEmailIdSchema = z.enum(['geral', 'renovacao-ar']);
export type AimaEmailId = z.infer<typeof aimaEmailIdSchema>;

export const contactScenarioSchema = z.object({
  id: contactScenarioIdSchema,
  title: localizedSchema,
  /** tipo de assunto */
  subject: formChoiceSchema,
  /** subtipo */
  subtype: formChoiceSchema,
  /** A second route on the form where sources report one (older or alternative labels). */
  alternativeRoute: z.object({ subject: formChoiceSchema, subtype: formChoiceSchema }).optional(),
  personFacts: z.array(personFactSchema).min(1),
  attachments: z.array(attachmentSchema),
  /** The AIMA addresses to copy the request to, if any apply. */
  emails: z.array(aimaEmailIdSchema),
  /** Practical advice from the sources (send once, how long to wait…). */
  notes: z.array(localizedSchema),
  provenance: provenanceSchema,
});
export type ContactScenario = z.infer<typeof contactScenarioSchema>;

const BASIC_FACTS: PersonFact[] = ['fullName', 'dateOfBirth', 'nationality', 'phone', 'email', 'permitNumber'];

/**
 * The contact form's subject "Portal de Renovações" (and its subtype of the same name), kept literal: it is the
 * option's label on contactenos.aima.gov.pt as AIMA's guidance relays it (aima-facts.md §4, source
 * https://passportu.eu/aima-publishes-step-by-step-guidance-for-immigrants-facing-access-issues-on-residence-permit-renewal-portal/),
 * and a person looks for those exact words. The portal itself is AIMA's "Portal das Renovações" (its own news page,
 * https://aima.gov.pt/pt/noticias/o-portal-das-renovacoes-ja-esta-disponivel; PORTAL_RENOVACOES in route.ts), the
 * name every message uses: two names, each AIMA's own for a different thing (session 12's walk asked which is right).
 */
const portalRenovacoes = {
  label: 'Portal de Renovações',
  labelVerified: true,
  description: { en: 'Renewals portal', pt: 'Portal de Renovações' },
} as const;

const attach = {
  permitCopy: {
    id: 'permit-copy',
    name: { en: 'Copy of your residence card (both sides)', pt: 'Cópia do título de residência (frente e verso)' },
    required: true,
    categoryId: 'residence-permit',
  },
  passportCopy: {
    id: 'passport-copy',
    name: { en: 'Copy of your valid passport', pt: 'Cópia do passaporte válido' },
    required: true,
    categoryId: 'passport',
  },
  errorScreenshot: {
    id: 'error-screenshot',
    name: { en: 'Screenshot of the error message', pt: 'Captura de ecrã da mensagem de erro' },
    required: true,
  },
  shortExplanation: {
    id: 'short-explanation',
    name: { en: 'Short explanation of what happened', pt: 'Breve explicação do que aconteceu' },
    required: true,
  },
} as const satisfies Record<string, Attachment>;

export const contactScenarios: readonly ContactScenario[] = [
  {
    id: 'renewals-portal-error',
    title: { en: 'The renewals portal shows an error', pt: 'O Portal das Renovações dá erro' },
    subject: portalRenovacoes,
    subtype: portalRenovacoes,
    personFacts: BASIC_FACTS,
    attachments: [attach.permitCopy, attach.errorScreenshot, attach.shortExplanation],
    emails: ['geral', 'renovacao-ar'],
    notes: [
      {
        en: 'This option is only for technical problems with the portal; questions about status or delays are not reviewed.',
        pt: 'Esta opção é só para problemas técnicos do portal; perguntas sobre o estado ou atrasos não são analisadas.',
      },
      {
        en: 'Send the request once and keep a copy; repeated requests do not speed it up.',
        pt: 'Envie o pedido uma vez e guarde uma cópia; pedidos repetidos não o aceleram.',
      },
    ],
    provenance: { sources: ['seedGuide', 'contactFormGuidance', 'contactForm'], checkedOn: CHECKED_ON },
  },
  {
    id: 'address-change',
    title: { en: 'Tell AIMA your new address', pt: 'Comunicar a nova morada à AIMA' },
    // The option research quotes (aima-facts §4): "Alteração de dados sem necessidade de agendamento" >
    // "Comunicar/retificar Morada", in two variants. Before session 15 the app named "Portal de Renovações" >
    // "Comunicar/retificar morada" as a verified label: no source quotes that pair (the January 2026 advice names
    // "Portal de Renovações" and an address update, its exact label not seen), so it is the alternative, unconfirmed.
    subject: {
      label: 'Alteração de dados sem necessidade de agendamento',
      labelVerified: true,
      description: { en: 'Change of data without an appointment', pt: 'Alteração de dados sem necessidade de agendamento' },
    },
    subtype: {
      label: 'Comunicar/retificar Morada – com emissão de novo cartão',
      labelVerified: true,
      description: {
        en: 'Report or correct your address, with a new card issued',
        pt: 'Comunicar ou retificar a morada, com emissão de novo cartão',
      },
    },
    alternativeRoute: {
      subject: portalRenovacoes,
      subtype: {
        label: null,
        labelVerified: false,
        description: {
          en: 'Update the address (AIMA’s advice of January 2026; the exact option name was not found)',
          pt: 'Atualização da morada (indicação da AIMA de janeiro de 2026; o nome exato da opção não foi encontrado)',
        },
      },
    },
    personFacts: [...BASIC_FACTS, 'currentAddress', 'newAddress'],
    attachments: [
      attach.permitCopy,
      attach.passportCopy,
      {
        id: 'new-address-proof',
        name: { en: 'Proof of the new address', pt: 'Comprovativo da nova morada' },
        required: true,
        categoryId: 'proof-of-address',
      },
    ],
    emails: [],
    notes: [
      {
        en: 'Correct the address before you submit the renewal: the card is posted to the address AIMA holds.',
        pt: 'Corrija a morada antes de submeter a renovação: o cartão é enviado para a morada que a AIMA tem.',
      },
      {
        en: 'The sources disagree on the form’s option: “Comunicar/retificar Morada” came in two variants, “Sem emissão de novo cartão” (no new card) and “com emissão de novo cartão” (a new card is issued). Press in September 2025 said address changes were made without a new card; a reader reported in November 2025 that “Sem emissão de novo cartão” had been removed about a month earlier. This text names “com emissão de novo cartão”, the variant reported to remain; if the form still offers “Sem emissão de novo cartão”, that one changes the address without a new card.',
        pt: 'As fontes não coincidem quanto à opção do formulário: «Comunicar/retificar Morada» tinha duas variantes, «Sem emissão de novo cartão» e «com emissão de novo cartão». A imprensa disse em setembro de 2025 que a alteração de morada se fazia sem novo cartão; um leitor relatou em novembro de 2025 que «Sem emissão de novo cartão» tinha sido retirada cerca de um mês antes. Este texto indica «com emissão de novo cartão», a variante que se diz ter ficado; se o formulário ainda mostrar «Sem emissão de novo cartão», essa altera a morada sem emitir novo cartão.',
      },
      {
        en: 'AIMA said in January 2026 that it answers address updates sent under “Portal de Renovações” within 2 working days (the alternative above).',
        pt: 'A AIMA disse em janeiro de 2026 que responde em 2 dias úteis às atualizações de morada enviadas em «Portal de Renovações» (a alternativa acima).',
      },
      {
        en: 'Within 90 days of the card’s expiry the form may refuse the change; then give the new address with the renewal.',
        pt: 'Nos 90 dias antes do fim da validade o formulário pode recusar a alteração; nesse caso indique a nova morada na renovação.',
      },
    ],
    provenance: {
      sources: ['seedGuide', 'addressChangeVariants', 'rolloutOct2025', 'addressUpdateJan2026', 'advocaciaPinheiro90Days'],
      checkedOn: CHECKED_ON,
    },
  },
  {
    id: 'email-update',
    title: { en: 'Update the email address AIMA holds', pt: 'Atualizar o e-mail que a AIMA tem' },
    subject: portalRenovacoes,
    subtype: {
      label: null,
      labelVerified: false,
      description: {
        en: 'The option for changing or correcting your email (AIMA gives email its own option; the exact label was not found)',
        pt: 'A opção para alterar ou corrigir o e-mail (a AIMA tem uma opção própria para o e-mail; o nome exato não foi encontrado)',
      },
    },
    personFacts: [...BASIC_FACTS, 'passportNumber', 'nif', 'niss', 'oldEmail', 'newEmail'],
    attachments: [attach.permitCopy, attach.passportCopy],
    emails: [],
    notes: [
      {
        en: 'Do it before you register on the portal: the verification link, the DUC and appointment notices go to that address.',
        pt: 'Faça-o antes de se registar no portal: o link de verificação, o DUC e as convocatórias vão para esse endereço.',
      },
      {
        en: 'Give your NIF, passport, phone or NISS and both the old and new email, so AIMA can match your record.',
        pt: 'Indique o NIF, passaporte, telefone ou NISS e o e-mail antigo e o novo, para a AIMA encontrar o seu registo.',
      },
    ],
    provenance: {
      sources: ['seedGuide', 'contactFormGuidance', 'emailChangePage', 'emailRecordConflict'],
      checkedOn: CHECKED_ON,
    },
  },
  {
    id: 'existing-process',
    title: {
      en: 'The portal says a process or appointment already exists',
      pt: 'O portal diz que já existe um processo ou agendamento',
    },
    subject: portalRenovacoes,
    subtype: portalRenovacoes,
    personFacts: BASIC_FACTS,
    attachments: [attach.permitCopy, attach.errorScreenshot, attach.shortExplanation],
    emails: ['geral'],
    notes: [
      {
        en: 'Do not create a duplicate request; ask AIMA to check the existing process.',
        pt: 'Não crie um pedido duplicado; peça à AIMA que verifique o processo existente.',
      },
    ],
    provenance: { sources: ['seedGuide', 'contactFormGuidance'], checkedOn: CHECKED_ON },
  },
  {
    id: 'niss-blocked',
    title: { en: 'The NISS field blocks the submission', pt: 'O campo NISS bloqueia a submissão' },
    subject: portalRenovacoes,
    subtype: {
      label: null,
      labelVerified: false,
      description: {
        en: 'The option for inserting or correcting your NISS (the exact label was not found)',
        pt: 'A opção para inserir ou corrigir o NISS (o nome exato não foi encontrado)',
      },
    },
    personFacts: [...BASIC_FACTS, 'niss', 'nif'],
    attachments: [
      attach.permitCopy,
      attach.errorScreenshot,
      {
        id: 'niss-proof',
        name: { en: 'Document showing your NISS', pt: 'Documento com o NISS' },
        required: false,
        condition: { en: 'If you have a NISS', pt: 'Se tiver NISS' },
        onlyIf: 'has-niss',
      },
      {
        id: 'no-niss-explanation',
        name: {
          en: 'Short explanation why you have no NISS, and a Certidão de Não Inscrição na Segurança Social where possible',
          pt: 'Breve explicação do motivo por que não tenho NISS e, se possível, Certidão de Não Inscrição na Segurança Social',
        },
        required: false,
        condition: { en: 'If you have no NISS', pt: 'Se não tiver NISS' },
        onlyIf: 'no-niss',
        categoryId: 'social-security-no-debt',
      },
    ],
    emails: [],
    notes: [
      {
        en: 'Do not guess or enter a wrong number.',
        pt: 'Não adivinhe nem introduza um número errado.',
      },
      {
        en: 'Social Security said in August 2025 that it would issue a NISS to anyone who needs one for a renewal.',
        pt: 'A Segurança Social disse em agosto de 2025 que atribuiria NISS a quem precisasse para a renovação.',
      },
    ],
    provenance: { sources: ['seedGuide', 'nissBlocking', 'nifNissLinked'], checkedOn: CHECKED_ON },
  },
  {
    id: 'duc-payment',
    title: { en: 'The DUC was not generated', pt: 'O DUC não foi gerado' },
    subject: portalRenovacoes,
    subtype: portalRenovacoes,
    personFacts: BASIC_FACTS,
    attachments: [attach.permitCopy, attach.errorScreenshot],
    emails: ['geral', 'renovacao-ar'],
    notes: [
      {
        en: 'Log back in later and check email and spam before writing; avoid duplicate submissions unless the portal clearly failed.',
        pt: 'Volte a entrar mais tarde e veja o e-mail e o spam antes de escrever; evite submissões duplicadas, salvo falha clara do portal.',
      },
      {
        en: 'Since January 2026 AIMA offers a tool to regenerate a DUC that could not be generated.',
        pt: 'Desde janeiro de 2026 a AIMA tem uma ferramenta para voltar a gerar um DUC que não foi gerado.',
      },
    ],
    provenance: { sources: ['seedGuide', 'ducRegenerate', 'contactFormGuidance'], checkedOn: CHECKED_ON },
  },
  {
    id: 'payment-not-visible',
    title: {
      en: 'The DUC is paid but the payment does not show',
      pt: 'O DUC está pago, mas o pagamento não aparece',
    },
    subject: portalRenovacoes,
    subtype: portalRenovacoes,
    personFacts: [...BASIC_FACTS, 'ducReference'],
    attachments: [
      attach.permitCopy,
      {
        id: 'payment-proof',
        name: {
          en: 'Proof of payment (receipt from the bank or Multibanco)',
          pt: 'Comprovativo de pagamento (banco ou Multibanco)',
        },
        required: true,
        // Without a payment in the log the message asks whether one is registered and says nothing of paying:
        // listing a proof of payment beside it claimed one (session 15's read-through).
        onlyIf: 'payment-recorded',
      },
    ],
    emails: ['geral', 'renovacao-ar'],
    notes: [
      {
        en: 'Bank or portal confirmation may take time: people saw "fees not paid" for some days after a Multibanco payment, until the payment was matched. Check again before writing.',
        pt: 'A confirmação do banco ou do portal pode demorar: houve quem visse "taxas não pagas" durante alguns dias depois de pagar no Multibanco, até o pagamento ser associado. Verifique de novo antes de escrever.',
      },
      {
        en: 'Keep the payment proof and record it in your evidence log: it is what shows you paid in time.',
        pt: 'Guarde o comprovativo de pagamento e registe-o no registo de provas: é o que mostra que pagou a tempo.',
      },
    ],
    provenance: { sources: ['seedGuide', 'paymentReconciliationLag', 'contactFormGuidance'], checkedOn: CHECKED_ON },
  },
  {
    id: 'personal-data-change',
    title: { en: 'Change of personal data on the card', pt: 'Alteração de dados pessoais do título' },
    subject: {
      label: 'Autorização de Residência',
      labelVerified: true,
      description: { en: 'Residence permit', pt: 'Autorização de Residência' },
    },
    subtype: {
      label: null,
      labelVerified: false,
      description: {
        en: 'Change of personal data (address, name, civil status, gender identity); the exact Portuguese label was not found',
        pt: 'Alteração de dados pessoais (morada, nome, estado civil, identidade de género); o nome exato não foi encontrado',
      },
    },
    personFacts: [...BASIC_FACTS, 'passportNumber'],
    attachments: [
      attach.passportCopy,
      attach.permitCopy,
      {
        id: 'change-proof',
        name: {
          en: 'Proof of the change (e.g. marriage certificate, utility bill)',
          pt: 'Comprovativo da alteração (por ex. certidão de casamento, fatura)',
        },
        required: true,
      },
    ],
    emails: [],
    notes: [
      {
        en: 'A change of civil status or address must be reported within 60 days of it happening.',
        pt: 'A alteração do estado civil ou da morada deve ser comunicada no prazo de 60 dias.',
      },
      {
        en: 'The new card keeps the original expiry date.',
        pt: 'O novo cartão mantém a data de validade original.',
      },
    ],
    provenance: { sources: ['seedDataChange', 'sefDataChange', 'advocaciaPinheiro90Days', 'lei23Art75'], checkedOn: CHECKED_ON },
  },
  {
    id: 'second-copy',
    title: {
      en: 'Second copy of the card (lost, stolen or damaged)',
      pt: 'Segunda via do cartão (perdido, roubado ou danificado)',
    },
    subject: {
      label: 'Autorização de Residência',
      labelVerified: true,
      description: { en: 'Residence permit', pt: 'Autorização de Residência' },
    },
    subtype: {
      label: '2.ª via do cartão',
      labelVerified: false,
      description: { en: 'Second copy of the card', pt: 'Segunda via do cartão' },
    },
    personFacts: [...BASIC_FACTS, 'passportNumber'],
    attachments: [
      attach.passportCopy,
      {
        ...attach.permitCopy,
        required: false,
        condition: { en: 'If you still have it or a copy', pt: 'Se ainda o tiver ou tiver uma cópia' },
      },
      {
        id: 'police-report',
        name: { en: 'Police report of the loss or theft', pt: 'Participação policial da perda ou furto' },
        required: false,
        condition: { en: 'If the card was lost or stolen', pt: 'Se o cartão tiver sido perdido ou furtado' },
      },
      {
        id: 'damaged-card',
        // What to do with the card itself is said to the person (a note), not to AIMA in the list it reads.
        name: { en: 'Photos of both sides of the damaged card', pt: 'Fotografias da frente e do verso do cartão danificado' },
        required: false,
        condition: { en: 'If the card is damaged', pt: 'Se o cartão estiver danificado' },
      },
    ],
    emails: [],
    notes: [
      {
        en: 'Attach the police report with the request: users report that the form refuses a second submission ("card already requested").',
        pt: 'Anexe a participação policial no pedido: há relatos de que o formulário recusa um segundo envio ("cartão já pedido").',
      },
      {
        en: 'A damaged card cannot be attached to an online form: attach photos of both sides, keep the card and hand it to AIMA in person when asked.',
        pt: 'Um cartão danificado não pode ser anexado a um formulário online: anexe fotografias da frente e do verso, guarde o cartão e entregue-o presencialmente à AIMA quando lhe for pedido.',
      },
      {
        en: 'A second copy does not renew the permit: it keeps the original expiry date.',
        pt: 'A segunda via não renova a autorização: mantém a data de validade original.',
      },
    ],
    provenance: { sources: ['seedDataChange', 'sefSecondCopy', 'sefDataChange'], checkedOn: CHECKED_ON },
  },
  {
    id: 'appointment-change',
    title: {
      en: 'Ask once to change an appointment you cannot attend',
      pt: 'Pedir uma vez a alteração de uma marcação a que não pode comparecer',
    },
    subject: {
      label: null,
      labelVerified: false,
      description: {
        en: 'The subject that best fits the appointment (AIMA names no specific option for rebooking)',
        pt: 'O assunto que melhor corresponde à marcação (a AIMA não indica uma opção própria para remarcar)',
      },
    },
    subtype: {
      label: null,
      labelVerified: false,
      description: {
        en: 'The subtype that best fits the appointment',
        pt: 'O subtipo que melhor corresponde à marcação',
      },
    },
    personFacts: [...BASIC_FACTS, 'passportNumber'],
    attachments: [
      attach.permitCopy,
      {
        id: 'appointment-email',
        name: { en: 'The appointment email (a screenshot or PDF)', pt: 'O e-mail da marcação (captura de ecrã ou PDF)' },
        required: true,
      },
    ],
    emails: [],
    notes: [
      {
        en: 'Ask once, well before the date; AIMA asks people to cancel in advance rather than not turn up, and its phone lines do not make appointments.',
        pt: 'Peça uma única vez, bem antes da data; a AIMA pede que se desmarque com antecedência em vez de faltar, e as linhas telefónicas não fazem marcações.',
      },
      {
        en: 'Do not simply skip the appointment: missed appointments are reported to stall a case for a long time, and may cancel an application.',
        pt: 'Não falte simplesmente: há relatos de que faltar atrasa muito o processo, e pode anular o pedido.',
      },
    ],
    provenance: {
      sources: ['aimaPostMay2026', 'aimaNoShowWarning', 'nomadgateChangeAppointments', 'inPersonVerification'],
      checkedOn: CHECKED_ON,
    },
  },
];

export function contactScenarioById(id: ContactScenarioId): ContactScenario {
  const scenario = contactScenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`unknown contact scenario ${id}`);
  return scenario;
}

/** AIMA's published channels. Only addresses a source gives; confidence says how well sourced. */
export const aimaEmailSchema = z.object({
  id: aimaEmailIdSchema,
  address: z.email(),
  use: localizedSchema,
  confidence: z.enum(['published', 'uncertain']),
  provenance: provenanceSchema,
});
export type AimaEmail = z.infer<typeof aimaEmailSchema>;

export const aimaContactsSchema = z.object({
  contactFormUrl: z.url(),
  contactFormProvenance: provenanceSchema,
  contactsPageUrl: z.url(),
  emails: z.array(aimaEmailSchema),
  postalAddress: z.object({ verified: z.literal(false), placeholder: localizedSchema, provenance: provenanceSchema }),
});
export type AimaContacts = z.infer<typeof aimaContactsSchema>;

export const aimaContacts: AimaContacts = {
  contactFormUrl: 'https://contactenos.aima.gov.pt/contact-form',
  contactFormProvenance: { sources: ['contactForm', 'seedGuide'], checkedOn: CHECKED_ON },
  contactsPageUrl: 'https://aima.gov.pt/pt/contactos',
  emails: [
    {
      id: 'geral',
      address: 'geral@aima.gov.pt',
      use: { en: 'AIMA general inbox', pt: 'Caixa de correio geral da AIMA' },
      confidence: 'published',
      provenance: { sources: ['geralEmail', 'seedGuide'], checkedOn: CHECKED_ON },
    },
    {
      id: 'renovacao-ar',
      address: 'renovacao.ar@aima.gov.pt',
      use: {
        en: 'Sender of the Mission Structure renewal emails; a widely shared applicants’ guide suggests writing to it. Not on an AIMA page found.',
        pt: 'Remetente dos e-mails de renovação da Estrutura de Missão; um guia muito divulgado entre requerentes sugere escrever-lhe. Não consta de página da AIMA encontrada.',
      },
      confidence: 'uncertain',
      provenance: { sources: ['seedGuide'], checkedOn: CHECKED_ON },
    },
  ],
  /**
   * No verified postal address of AIMA was found. Letters must leave this
   * placeholder visible and tell the user to confirm the address on AIMA's
   * contacts page. Never replace it with a guessed address.
   */
  postalAddress: {
    verified: false,
    placeholder: {
      en: '[AIMA POSTAL ADDRESS — confirm on aima.gov.pt/pt/contactos before sending]',
      pt: '[MORADA DA AIMA — confirme em aima.gov.pt/pt/contactos antes de enviar]',
    },
    provenance: { sources: ['aimaContacts'], checkedOn: CHECKED_ON },
  },
};

export function aimaEmailById(id: AimaEmailId): AimaEmail {
  const email = aimaContacts.emails.find((e) => e.id === id);
  if (!email) throw new Error(`unknown AIMA email ${id}`);
  return email;
}

/**
 * The English reading aid's words that name whose card, NISS or evidence log it is ("Copy of your valid passport"),
 * as an agency reads them about its client (the command line, a client folder opened in the guide), keyed by the
 * applicant's English words. The Portuguese that is sent is the client's own ("não tenho NISS") and stays; a
 * Portuguese word here is the reading aid's or a note's.
 */
const AGENCY_WORDS: Record<string, Partial<Localized>> = {
  'Copy of your residence card (both sides)': { en: 'Copy of the client’s residence card (both sides)' },
  'Copy of your valid passport': { en: 'Copy of the client’s valid passport' },
  'Document showing your NISS': { en: 'Document showing the client’s NISS' },
  'If you have a NISS': { en: 'If the client has a NISS', pt: 'Se o cliente tiver NISS' },
  'If you have no NISS': { en: 'If the client has no NISS', pt: 'Se o cliente não tiver NISS' },
  'Short explanation why you have no NISS, and a Certidão de Não Inscrição na Segurança Social where possible': {
    en: 'Short explanation why the client has no NISS, and a Certidão de Não Inscrição na Segurança Social where possible',
  },
  'If you still have it or a copy': {
    en: 'If the client still has it or a copy',
    pt: 'Se o cliente ainda o tiver ou tiver uma cópia',
  },
  'Give your NIF, passport, phone or NISS and both the old and new email, so AIMA can match your record.': {
    en: 'Give the client’s NIF, passport, phone or NISS and both the old and new email, so AIMA can match the client’s record.',
    pt: 'Indique o NIF, passaporte, telefone ou NISS do cliente e o e-mail antigo e o novo, para a AIMA encontrar o registo do cliente.',
  },
  'A damaged card cannot be attached to an online form: attach photos of both sides, keep the card and hand it to AIMA in person when asked.':
    {
      en: 'A damaged card cannot be attached to an online form: attach photos of both sides; the client keeps the card and hands it to AIMA in person when asked.',
      pt: 'Um cartão danificado não pode ser anexado a um formulário online: anexe fotografias da frente e do verso; o cliente guarda o cartão e entrega-o presencialmente à AIMA quando esta o pedir.',
    },
  'Keep the payment proof and record it in your evidence log: it is what shows you paid in time.': {
    en: 'Keep the payment proof and record it in the client’s evidence log: it is what shows the client paid in time.',
    pt: 'Guarde o comprovativo de pagamento e registe-o no registo de provas do cliente: é o que mostra que o cliente pagou a tempo.',
  },
};

/** A scenario's sentence (an attachment's name or condition, a note) as `reader` reads it. */
export function scenarioWordsFor(text: Localized, reader: Reader): Localized {
  const agency = reader === 'agency' ? AGENCY_WORDS[text.en] : undefined;
  return agency ? { en: agency.en ?? text.en, pt: agency.pt ?? text.pt } : text;
}

/** The applicant's English words the overlay replaces (a test checks each is still a scenario's). */
export const agencyScenarioWordKeys: readonly string[] = Object.keys(AGENCY_WORDS);
