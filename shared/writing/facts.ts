import { z } from 'zod';
import type { CaseFile } from '../case/case-file';
import { activeEvidence } from '../case/evidence';
import { addressLines, type PostalAddress } from '../case/person';
import type { PersonFact } from '../rules/contact-scenarios';
import { localizedSchema, type Localized } from '../rules/sources';
import { calendarDayOfIsoDate, shortDatePt } from './dates';
import { nationalityWords } from '../reading/nationality';

/**
 * Turns a case into the values the contact-form scenarios ask for (the
 * `PersonFact` keys of shared/rules/contact-scenarios.ts). A value is null when
 * the case does not hold it; the texts then warn instead of leaving a blank.
 */

/** How each fact is named on the form (Portuguese) and in the reading aid (English). */
export const factLabels: Record<PersonFact, Localized> = {
  fullName: { pt: 'Nome completo', en: 'Full name' },
  dateOfBirth: { pt: 'Data de nascimento', en: 'Date of birth' },
  nationality: { pt: 'Nacionalidade', en: 'Nationality' },
  phone: { pt: 'Telefone', en: 'Phone' },
  email: { pt: 'E-mail', en: 'Email' },
  permitNumber: { pt: 'Número do título de residência', en: 'Residence permit number' },
  passportNumber: { pt: 'Número do passaporte', en: 'Passport number' },
  nif: { pt: 'NIF', en: 'Tax number (NIF)' },
  niss: { pt: 'NISS', en: 'Social Security number (NISS)' },
  currentAddress: { pt: 'Morada atual registada', en: 'Address AIMA currently holds' },
  newAddress: { pt: 'Nova morada', en: 'New address' },
  oldEmail: { pt: 'E-mail antigo', en: 'Old email' },
  newEmail: { pt: 'E-mail novo', en: 'New email' },
  ducReference: { pt: 'Referência do DUC', en: 'DUC reference' },
};

/** Where in the app the user fills each fact, for the warning text; the Portuguese with its preposition ("nos seus dados"). */
const whereToFill: Record<PersonFact, Localized> = {
  fullName: { en: 'your details', pt: 'nos seus dados' },
  dateOfBirth: { en: 'your details', pt: 'nos seus dados' },
  nationality: { en: 'your details', pt: 'nos seus dados' },
  phone: { en: 'your details', pt: 'nos seus dados' },
  email: { en: 'your details', pt: 'nos seus dados' },
  permitNumber: { en: 'your permit situation', pt: 'na situação do título' },
  passportNumber: { en: 'your details', pt: 'nos seus dados' },
  nif: { en: 'your details', pt: 'nos seus dados' },
  niss: { en: 'your details', pt: 'nos seus dados' },
  currentAddress: { en: 'your details (address AIMA holds)', pt: 'nos seus dados (morada registada na AIMA)' },
  newAddress: { en: 'your details (address)', pt: 'nos seus dados (morada)' },
  oldEmail: { en: 'your details (previous email)', pt: 'nos seus dados (e-mail anterior)' },
  newEmail: { en: 'your details', pt: 'nos seus dados' },
  ducReference: { en: 'the evidence log (a "DUC reference" entry)', pt: 'no registo de provas (entrada "Referência do DUC")' },
};

/**
 * Where each fact is written in an agency's client folder, for the command line's texts (`aima-prep contact-text`),
 * whose case is built from client.json: the field to add, not the app's "your details" (session 11's walk).
 */
const whereInClientFolder: Record<PersonFact, Localized> = {
  fullName: clientJsonField('person.fullName'),
  dateOfBirth: clientJsonField('person.dateOfBirth'),
  nationality: clientJsonField('person.nationality'),
  phone: clientJsonField('person.phone'),
  email: clientJsonField('person.email'),
  permitNumber: clientJsonField('situation.permitNumber'),
  passportNumber: clientJsonField('person.passportNumber'),
  nif: clientJsonField('person.nif'),
  niss: {
    en: 'client.json (person.niss, or situation.hasNiss: false if the client has none)',
    pt: 'no client.json (person.niss, ou situation.hasNiss: false se o cliente não tiver)',
  },
  currentAddress: {
    en: 'client.json (person.addressOnRecord, or situation.addressChangedSinceLastCard: false with person.address)',
    pt: 'no client.json (person.addressOnRecord, ou situation.addressChangedSinceLastCard: false com person.address)',
  },
  newAddress: clientJsonField('person.address'),
  oldEmail: clientJsonField('person.previousEmail'),
  newEmail: clientJsonField('person.email'),
  ducReference: {
    en: 'the client’s evidence.json (an entry of kind "duc-reference" with its reference)',
    pt: 'no evidence.json do cliente (uma entrada do tipo "duc-reference" com a referência)',
  },
};

function clientJsonField(field: string): Localized {
  return { en: `client.json (${field})`, pt: `no client.json (${field})` };
}

/**
 * Where the case's facts are added: the app's case (its pages), an agency client's case in the app (a client folder
 * opened in the guide: the same pages, read by the agency), or an agency's client folder (the command line).
 */
export type FactsIn = 'case' | 'client-case' | 'client-folder';

/** A case opened from a client folder is the agency's client's, whatever the caller said (shared/case/case-file.ts `source`). */
export function factsInOf(caseFile: Pick<CaseFile, 'source'>, factsIn: FactsIn): FactsIn {
  return factsIn === 'case' && caseFile.source !== undefined ? 'client-case' : factsIn;
}

/** The app's pages, as the agency reads them for its client ("the client’s details", the page's title then). */
const whereInClientCase = Object.fromEntries(
  Object.entries(whereToFill).map(([fact, where]) => [
    fact,
    { en: where.en.replace(/^your /, 'the client’s '), pt: where.pt.replace(/^nos seus dados/, 'nos dados do cliente') },
  ]),
) as Record<PersonFact, Localized>;

/** Where a missing fact is added: in the app's pages, or in the client folder's files (the command line). */
export function whereToAdd(fact: PersonFact, factsIn: FactsIn = 'case'): Localized {
  return (factsIn === 'client-folder' ? whereInClientFolder : factsIn === 'client-case' ? whereInClientCase : whereToFill)[fact];
}

/**
 * The words of a text's warnings that name whose case it is: one table, each entry with the three places' words side
 * by side (session 13's walk: "O seu processo não tem esses documentos" to an agency about its client).
 */
const CASE_WORDS = {
  /** "Your case records a DUC …" */
  caseSubject: {
    case: { en: 'Your case', pt: 'O seu processo' },
    'client-case': { en: 'The client’s case', pt: 'O processo do cliente' },
    'client-folder': { en: 'The client folder', pt: 'A pasta do cliente' },
  },
  /** "… and your case holds no file of it" / "… mas o seu processo não tem esse documento" (inside a sentence). */
  theCase: {
    case: { en: 'your case', pt: 'o seu processo' },
    'client-case': { en: 'the client’s case', pt: 'o processo do cliente' },
    'client-folder': { en: 'the client folder', pt: 'a pasta do cliente' },
  },
  /**
   * The "could not submit" letter with no attempt in the log: what to record first. Only an attempt on a portal (an
   * error, a form submitted, a DUC) backs "I could not submit"; an email or a call is a contact, not an attempt.
   */
  recordPortalAttempts: {
    case: {
      en: 'Record each attempt on the portal in the evidence log first: its day, and a screenshot of the error if you have one.',
      pt: 'Registe primeiro no registo de provas cada tentativa no portal: o dia e, se a tiver, a captura de ecrã do erro.',
    },
    'client-case': {
      en: 'Record each of the client’s attempts on the portal in the evidence log first: its day, and a screenshot of the error if there is one.',
      pt: 'Registe primeiro no registo de provas cada tentativa do cliente no portal: o dia e, se existir, a captura de ecrã do erro.',
    },
    'client-folder': {
      en: 'Record each of the client’s attempts on the portal in the app’s evidence log first (its day, and a screenshot of the error if there is one) and export it as evidence.json beside client.json.',
      pt: 'Registe primeiro no registo de provas da aplicação cada tentativa do cliente no portal (o dia e, se existir, a captura de ecrã do erro) e exporte-o como evidence.json, ao lado do client.json.',
    },
  },
  /** The letter without a chronology: where the attempts are recorded (the command line reads evidence.json). */
  recordAttempts: {
    case: {
      en: 'Add your attempts (screenshots, emails, calls) to the evidence log first.',
      pt: 'Registe primeiro as tentativas (capturas, e-mails, chamadas) no registo de provas.',
    },
    'client-case': {
      en: 'Add the client’s attempts (screenshots, emails, calls) to the evidence log first.',
      pt: 'Registe primeiro as tentativas do cliente (capturas, e-mails, chamadas) no registo de provas.',
    },
    'client-folder': {
      en: 'Record the client’s attempts (screenshots, emails, calls) in the app’s evidence log first and export it as evidence.json beside client.json.',
      pt: 'Registe primeiro as tentativas do cliente (capturas, e-mails, chamadas) no registo de provas da aplicação e exporte-o como evidence.json, ao lado do client.json.',
    },
  },
  /** "the answers say you have not moved" / "o client.json indica que o cliente não mudou": where that fact is. */
  answersSay: {
    case: { en: 'the answers say', pt: 'as respostas indicam' },
    'client-case': { en: 'the answers say', pt: 'as respostas indicam' },
    'client-folder': { en: 'client.json says', pt: 'o client.json indica' },
  },
  /** The field that says so, after the sentence's fact: only a client folder's is a field to name. */
  movedAnswerField: {
    case: { en: '', pt: '' },
    'client-case': { en: '', pt: '' },
    'client-folder': {
      en: ' (situation.addressChangedSinceLastCard: false)',
      pt: ' (situation.addressChangedSinceLastCard: false)',
    },
  },
  /** How that answer is corrected: on the situation page, or in client.json's fields. */
  correctMovedAnswer: {
    case: {
      en: 'correct that answer and give the address on the card',
      pt: 'corrija essa resposta e indique a morada que consta do cartão',
    },
    'client-case': {
      en: 'correct that answer and give the address on the card',
      pt: 'corrija essa resposta e indique a morada que consta do cartão',
    },
    'client-folder': {
      en: 'set situation.addressChangedSinceLastCard to true in client.json and give the address on the card in person.addressOnRecord',
      pt: 'ponha situation.addressChangedSinceLastCard a true no client.json e indique em person.addressOnRecord a morada que consta do cartão',
    },
  },
  /** What the text asks to fill in: why the appointment cannot be kept. */
  whyCannotAttend: {
    case: { en: 'Say why you cannot attend.', pt: 'Indique o motivo por que não pode comparecer.' },
    'client-case': { en: 'Say why the client cannot attend.', pt: 'Indique o motivo por que o cliente não pode comparecer.' },
    'client-folder': { en: 'Say why the client cannot attend.', pt: 'Indique o motivo por que o cliente não pode comparecer.' },
  },
  /** The payment the text cannot claim: who paid, and where the payment is recorded. */
  noPaymentRecorded: {
    case: {
      en: 'Your evidence log holds no payment, so this text does not say you paid. If you paid the DUC, record the payment first (date and proof): the text will then give the date and attach the proof.',
      pt: 'O registo de provas não tem nenhum pagamento, por isso este texto não diz que pagou. Se pagou o DUC, registe primeiro o pagamento (data e comprovativo): o texto passará a indicar a data e a juntar o comprovativo.',
    },
    'client-case': {
      en: 'The client’s evidence log holds no payment, so this text does not say the client paid. If the client paid the DUC, record the payment first (date and proof): the text will then give the date and attach the proof.',
      pt: 'O registo de provas do cliente não tem nenhum pagamento, por isso este texto não diz que o cliente pagou. Se o cliente pagou o DUC, registe primeiro o pagamento (data e comprovativo): o texto passará a indicar a data e a juntar o comprovativo.',
    },
    'client-folder': {
      // One colon at most: the command line puts "Atenção:" / "Warning:" before it.
      en: 'Neither client.json (duc.paidAt) nor evidence.json records a payment, so this text does not say the client paid. If the client paid the DUC, record the payment in one of them first and the text will give its date.',
      pt: 'Nem o client.json (duc.paidAt) nem o evidence.json registam um pagamento, por isso este texto não diz que o cliente pagou. Se o cliente pagou o DUC, registe primeiro o pagamento num deles e o texto passará a indicar a data.',
    },
  },
  /** "… documents your case does not hold" / "… que não constam do seu processo" */
  ofCase: {
    case: { en: 'your case', pt: 'do seu processo' },
    'client-case': { en: 'the client’s case', pt: 'do processo do cliente' },
    'client-folder': { en: 'the client folder', pt: 'da pasta do cliente' },
  },
  /** "… this text says you could not submit" / "diz que não conseguiu": who did it. */
  who: {
    case: { en: 'you', pt: '' },
    'client-case': { en: 'the client', pt: 'o cliente ' },
    'client-folder': { en: 'the client', pt: 'o cliente ' },
  },
  /** "If you did submit" / "Se submeteu". */
  ifWhoDid: {
    case: { en: 'If you did', pt: 'Se' },
    'client-case': { en: 'If the client did', pt: 'Se o cliente' },
    'client-folder': { en: 'If the client did', pt: 'Se o cliente' },
  },
  /** "the answers say you have not moved" / "as respostas indicam que não mudou". */
  whoHasNot: {
    case: { en: 'you have not', pt: 'não' },
    'client-case': { en: 'the client has not', pt: 'o cliente não' },
    'client-folder': { en: 'the client has not', pt: 'o cliente não' },
  },
} satisfies Record<string, Record<FactsIn, Localized>>;

export type CaseWords = { [K in keyof typeof CASE_WORDS]: Localized };

/** The warnings' words for where the case's facts are (its reader). */
export function caseWords(factsIn: FactsIn): CaseWords {
  return Object.fromEntries(Object.entries(CASE_WORDS).map(([key, words]) => [key, words[factsIn]])) as CaseWords;
}

export const factValueSchema = z.object({
  fact: z.string(),
  label: localizedSchema,
  /** The value as it goes into the form; null when missing. */
  value: z.string().nullable(),
  /**
   * The value as the English reading aid says it, where the form's value is Portuguese words ("nepalesa" →
   * "Nepalese", "Não tenho NISS …"); absent when the value reads the same in English (a name, a number).
   */
  valueEn: z.string().optional(),
});
export type FactValue = z.infer<typeof factValueSchema>;

export const textWarningSchema = z.object({
  code: z.enum([
    'MISSING_FACT',
    'NEEDS_DETAIL',
    'LABEL_NOT_VERIFIED',
    'ADDRESS_NOT_VERIFIED',
    'EMAIL_UNCERTAIN',
    'NO_EVIDENCE',
    /** The letter's factual sentences need evidence the log does not hold ("I could not submit", no attempt recorded). */
    'EVIDENCE_NEEDED',
    'FORM_ONLY',
    /** The chosen text says something the case contradicts (it says "I could not submit", the case holds a DUC). */
    'CONTRADICTS_CASE',
    /** The text says a document is attached ("Junto …") that the case does not hold. */
    'ATTACHMENT_NOT_IN_CASE',
  ]),
  /** The fact concerned, for MISSING_FACT. */
  fact: z.string().optional(),
  text: localizedSchema,
});
export type TextWarning = z.infer<typeof textWarningSchema>;

function oneLine(address: PostalAddress): string {
  return addressLines(address).join(', ');
}

/** The latest DUC reference recorded in the evidence log (entries of kind "duc-reference" with a reference). */
function latestDucReference(caseFile: CaseFile): string | null {
  const withReference = activeEvidence(caseFile.evidence).filter((e) => e.kind === 'duc-reference' && e.reference);
  return withReference.at(-1)?.reference ?? null;
}

/** The NISS field's value for a person who has none: an answer in the form's words, not a gap. */
export const NO_NISS_VALUE = 'Não tenho NISS (sem inscrição na Segurança Social)';

export function factValue(caseFile: CaseFile, fact: PersonFact): string | null {
  const p = caseFile.person;
  switch (fact) {
    case 'fullName':
      return p.fullName ?? null;
    case 'dateOfBirth':
      return p.dateOfBirth ? shortDatePt(calendarDayOfIsoDate(p.dateOfBirth)) : null;
    case 'nationality':
      // The form's word, as the letter writes it ("nepalesa" for "Nepalese" or "nepalês").
      return p.nationality ? nationalityWords(p.nationality).pt : null;
    case 'phone':
      return p.phone ?? null;
    case 'email':
    case 'newEmail':
      return p.email ?? null;
    case 'oldEmail':
      return p.previousEmail ?? null;
    case 'permitNumber':
      return caseFile.situation.permitNumber ?? null;
    case 'passportNumber':
      return p.passportNumber ?? null;
    case 'nif':
      return p.nif ?? null;
    case 'niss':
      if (p.niss) return p.niss;
      // Having no NISS is an answer, not a gap: say so in the form's words.
      // Worded so it needs no agreement with the person (no "inscrito/inscrita").
      return caseFile.situation.hasNiss === false ? NO_NISS_VALUE : null;
    case 'currentAddress':
      // The address on AIMA's record: the one on the card if the person moved, else where they live.
      if (p.addressOnRecord) return oneLine(p.addressOnRecord);
      return caseFile.situation.addressChangedSinceLastCard === false && p.address ? oneLine(p.address) : null;
    case 'newAddress':
      return p.address ? oneLine(p.address) : null;
    case 'ducReference':
      return latestDucReference(caseFile);
  }
}

/** The English for a value the form holds in Portuguese words, when there is one (see `valueEn`). */
function factValueEn(caseFile: CaseFile, fact: PersonFact, value: string | null): string | undefined {
  if (value === null) return undefined;
  if (fact === 'nationality' && caseFile.person.nationality) {
    const en = nationalityWords(caseFile.person.nationality).en;
    return en ?? `“${value}” (as you typed it)`;
  }
  if (fact === 'niss' && value === NO_NISS_VALUE) return 'I have no NISS (not registered with Social Security)';
  return undefined;
}

export function factValues(caseFile: CaseFile, facts: readonly PersonFact[]): FactValue[] {
  return facts.map((fact) => {
    const value = factValue(caseFile, fact);
    const valueEn = factValueEn(caseFile, fact, value);
    return { fact, label: factLabels[fact], value, ...(valueEn !== undefined ? { valueEn } : {}) };
  });
}

export function missingFactWarnings(values: readonly FactValue[], factsIn: FactsIn = 'case'): TextWarning[] {
  return values
    .filter((v) => v.value === null)
    .map((v) => {
      const where = whereToAdd(v.fact as PersonFact, factsIn);
      return {
        code: 'MISSING_FACT' as const,
        fact: v.fact,
        text: {
          // One colon at most: the command line puts "Atenção:" / "Warning:" before it (session 13: "Atenção: Em falta: …").
          en: `${v.label.en} is missing. Add it in ${where.en} before you send this.`,
          pt: `Falta preencher «${v.label.pt}» ${where.pt} antes de enviar.`,
        },
      };
    });
}

/** What a field shows when its value is missing: loud, so it is never sent by accident. */
export function missingMarker(label: Localized): string {
  return `[EM FALTA / MISSING: ${label.pt}]`;
}

/**
 * One fact as a line of a text ("Nacionalidade: nepalesa"); in the English reading aid, a value the form holds in
 * Portuguese words is said in English ("Nationality: Nepalese", never "Nationality: nepalesa").
 */
export function factLine(f: FactValue, lang: keyof Localized): string {
  return `${f.label[lang]}: ${(lang === 'en' ? f.valueEn : undefined) ?? f.value ?? missingMarker(f.label)}`;
}
