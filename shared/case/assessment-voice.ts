import type { Reader } from '../i18n/reader';
import type { Localized } from '../rules/sources';

/**
 * The words of the assessment that name whose permit, answers or documents a sentence is about: one table, each entry
 * with both readers' words side by side, so a sentence is written once with its slot (session 12's walk: a client's
 * task list said "Your answers are complete", "Prepare your documents"). Portuguese places "do cliente" after the noun,
 * so an entry is the whole noun phrase, with its article or contraction where the sentence needs one.
 */
const WORDS = {
  /** "Your permit expired …" at the start of a sentence. */
  PermitSubject: {
    applicant: { en: 'Your permit', pt: 'A sua autorização' },
    agency: { en: 'The client’s permit', pt: 'A autorização do cliente' },
  },
  /** "… about your permit." */
  aboutPermit: {
    applicant: { en: 'about your permit', pt: 'sobre a sua autorização' },
    agency: { en: 'about the client’s permit', pt: 'sobre a autorização do cliente' },
  },
  /** "90 days before your permit expires" (Portuguese says "do fim da validade", naming no one). */
  permitObject: { applicant: { en: 'your permit', pt: '' }, agency: { en: 'the client’s permit', pt: '' } },
  AnswersSubject: {
    applicant: { en: 'Your answers', pt: 'As suas respostas' },
    agency: { en: 'The answers', pt: 'As respostas' },
  },
  answersObject: { applicant: { en: 'your answers', pt: 'as respostas' }, agency: { en: 'the answers', pt: 'as respostas' } },
  /** "Say which permit you hold" / "Indique a autorização que tem". */
  whoHolds: {
    applicant: { en: 'you hold', pt: 'tem' },
    agency: { en: 'the client holds', pt: 'o cliente tem' },
  },
  DocumentsSubject: {
    applicant: { en: 'Your documents', pt: 'Os documentos' },
    agency: { en: 'The client’s documents', pt: 'Os documentos do cliente' },
  },
  documentsObject: {
    applicant: { en: 'your documents', pt: 'os documentos' },
    agency: { en: 'the client’s documents', pt: 'os documentos do cliente' },
  },
  currentDocuments: {
    applicant: { en: 'your current documents', pt: 'aos documentos atuais' },
    agency: { en: 'the client’s current documents', pt: 'aos documentos atuais do cliente' },
  },
  /** "a leitura dos documentos": reading them. */
  ofDocuments: {
    applicant: { en: 'your documents', pt: 'dos documentos' },
    agency: { en: 'the client’s documents', pt: 'dos documentos do cliente' },
  },
  /** "Write the folder again from your current documents" / "com os documentos atuais". */
  fromCurrentDocuments: {
    applicant: { en: 'from your current documents', pt: 'com os documentos atuais' },
    agency: { en: 'from the client’s current documents', pt: 'com os documentos atuais do cliente' },
  },
  /** "… with the files of your folder" / "com os ficheiros da sua pasta". */
  ofFolder: {
    applicant: { en: 'of your folder', pt: 'da sua pasta' },
    agency: { en: 'of the client’s folder', pt: 'da pasta do cliente' },
  },
  renewalObject: {
    applicant: { en: 'your renewal', pt: 'a renovação' },
    agency: { en: 'the client’s renewal', pt: 'a renovação do cliente' },
  },
  /** "… the portal should be open for you" / "… para si". */
  forWhom: { applicant: { en: 'for you', pt: 'para si' }, agency: { en: 'for the client', pt: 'para o cliente' } },
  ExpiryMonthSubject: {
    applicant: { en: 'Your expiry month', pt: 'O seu mês de caducidade' },
    agency: { en: 'The client’s expiry month', pt: 'O mês de caducidade do cliente' },
  },
  /** "The portal is open for your expiry month" / "… para o seu mês de caducidade". */
  forExpiryMonth: {
    applicant: { en: 'for your expiry month', pt: 'para o seu mês de caducidade' },
    agency: { en: 'for the client’s expiry month', pt: 'para o mês de caducidade do cliente' },
  },
  /** "Until then the portal shows no renewal option for you" / "Até lá não lhe mostra opção de renovação". */
  showsNoOption: {
    applicant: { en: 'shows no renewal option for you', pt: 'não lhe mostra opção de renovação' },
    agency: { en: 'shows the client no renewal option', pt: 'não mostra ao cliente opção de renovação' },
  },
  /** "You have submitted your renewal on this route (… in your case)". */
  submittedOnRoute: {
    applicant: {
      en: 'You have submitted your renewal on this route (a DUC or a receipt is in your case)',
      pt: 'Já submeteu o pedido de renovação por esta via (o seu processo tem um DUC ou um comprovativo)',
    },
    agency: {
      en: 'The client’s renewal was submitted on this route (a DUC or a receipt is in the client’s case)',
      pt: 'O pedido de renovação do cliente já foi submetido por esta via (o processo do cliente tem um DUC ou um comprovativo)',
    },
  },
  /** "You have submitted and paid: AIMA may still ask for documents." */
  submittedAndPaid: {
    applicant: { en: 'You have submitted and paid', pt: 'Já submeteu e pagou' },
    agency: { en: 'The client’s renewal was submitted and paid', pt: 'O pedido do cliente já foi submetido e pago' },
  },
  /** A deadline met by the submission. */
  metBySubmission: {
    applicant: { en: 'Met: you submitted before this date.', pt: 'Cumprido: submeteu antes desta data.' },
    agency: {
      en: 'Met: the client’s renewal was submitted before this date.',
      pt: 'Cumprido: o pedido do cliente foi submetido antes desta data.',
    },
  },
  /** "Submitted; record the payment when you pay." */
  recordPaymentWhenPaid: {
    applicant: { en: 'Submitted; record the payment when you pay.', pt: 'Submetido; registe o pagamento quando pagar.' },
    agency: {
      en: 'Submitted; record the payment once the DUC is paid.',
      pt: 'Submetido; registe o pagamento quando o DUC for pago.',
    },
  },
  /** After approval: the declaração stays with the holder until the card comes. */
  waitForCard: {
    applicant: {
      en: 'Approved: keep the declaração with you and wait for the card by post.',
      pt: 'Deferido: traga consigo a declaração e aguarde o cartão pelo correio.',
    },
    agency: {
      en: 'Approved: the client keeps the declaração with them and waits for the card by post.',
      pt: 'Deferido: o cliente deve trazer consigo a declaração e aguardar o cartão pelo correio.',
    },
  },
  /** The route's sentence before the permit kind and expiry are answered. */
  answerToSeeRoute: {
    applicant: {
      en: 'Answer the questions about your permit to see your route.',
      pt: 'Responda às perguntas sobre a sua autorização para ver a sua via.',
    },
    agency: {
      en: 'Answer the questions about the client’s permit to see the client’s route.',
      pt: 'Responda às perguntas sobre a autorização do cliente para ver a via do cliente.',
    },
  },
  /** The routes opened by AIMA's email (the Mission Structure, CPLP): the email reaches the holder. */
  byInvitation: {
    applicant: {
      en: 'This route opens by AIMA’s email: you can submit once the email with the link to services.aima.gov.pt reaches you.',
      pt: 'Esta via abre com o e-mail da AIMA: pode submeter quando receber o e-mail com a ligação para services.aima.gov.pt.',
    },
    agency: {
      en: 'This route opens by AIMA’s email: the renewal can be submitted once the email with the link to services.aima.gov.pt reaches the client.',
      pt: 'Esta via abre com o e-mail da AIMA: pode submeter quando o cliente receber o e-mail com a ligação para services.aima.gov.pt.',
    },
  },
  /** "Your card has its own renewal pathway …" (a family member of an EU citizen). */
  CardSubject: {
    applicant: { en: 'Your card', pt: 'O seu cartão' },
    agency: { en: 'The client’s card', pt: 'O cartão do cliente' },
  },
  /** "… without a renewal request you are treated as irregular". */
  treatedAsIrregular: {
    applicant: { en: 'you are treated as irregular', pt: 'é considerado irregular' },
    agency: { en: 'the client is treated as irregular', pt: 'o cliente é considerado irregular' },
  },
  /** "The portal may still show your month" / "o seu mês". */
  month: { applicant: { en: 'your month', pt: 'o seu mês' }, agency: { en: 'the client’s month', pt: 'o mês do cliente' } },
  /** "write to AIMA explaining your attempts" / "as suas tentativas". */
  attempts: {
    applicant: { en: 'your attempts', pt: 'as suas tentativas' },
    agency: { en: 'the client’s attempts', pt: 'as tentativas do cliente' },
  },
  /** The lapse, said once the renewal was submitted anyway: "… before you submitted" / "Submeteu o pedido …". */
  submittedAfterLapse: {
    applicant: {
      en: 'Your permit expired more than six months ago (on {expiry}), before you submitted',
      pt: 'Submeteu o pedido mais de seis meses depois de a sua autorização caducar (a {expiry})',
    },
    agency: {
      en: 'The client’s permit expired more than six months ago (on {expiry}), before the renewal was submitted',
      pt: 'O pedido do cliente foi submetido mais de seis meses depois de a autorização caducar (a {expiry})',
    },
  },
  email: { applicant: { en: 'your email', pt: 'o e-mail' }, agency: { en: 'the client’s email', pt: 'o e-mail do cliente' } },
  evidence: {
    applicant: { en: 'your evidence', pt: 'as provas' },
    agency: { en: 'the client’s evidence', pt: 'as provas do cliente' },
  },
} satisfies Record<string, Record<Reader, Localized>>;

export type AssessmentVoice = { [K in keyof typeof WORDS]: Localized };

/** The assessment's words for one reader. */
export function assessmentVoice(reader: Reader): AssessmentVoice {
  return Object.fromEntries(Object.entries(WORDS).map(([key, words]) => [key, words[reader]])) as AssessmentVoice;
}
