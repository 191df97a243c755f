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
