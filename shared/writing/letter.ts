import { z } from 'zod';
import { AppError } from '../api/errors';
import type { CaseFile } from '../case/case-file';
import { activeEvidence, type EvidenceEntry, type EvidenceKind } from '../case/evidence';
import { addressLines, type PostalAddress } from '../case/person';
import { aimaContacts, type PersonFact } from '../rules/contact-scenarios';
import {
  askedPurposeSchema,
  choosePurpose,
  letterFacts,
  letterPurposeSchema,
  purposeFits,
  purposeReasonSchema,
  type LetterPurpose,
} from '../rules/letter-purpose';
import { localizedSchema, type Localized } from '../rules/sources';
import { calendarDayOfIsoDate, lisbonDayAndTime, longDateEn, longDatePt, longMoment } from './dates';
import {
  caseWords,
  factLabels,
  factsInOf,
  missingMarker,
  textWarningSchema,
  whereToAdd,
  type FactsIn,
  type TextWarning,
} from './facts';
import { letterArgument, type ChronologyProof } from './letter-arguments';
import { keepAbbreviationsTogether, residentAt, withHouseNumberComma } from './pt-address';
import { nationalityWords } from '../reading/nationality';

/**
 * The registered letter (carta registada) to AIMA, as structured, editable
 * content: the renderer shows it, the person edits any part, and the Node side
 * renders exactly what comes back into PDF, .docx and plain text. Portuguese is
 * the letter; the English reading aid follows on its own page. What the letter
 * argues comes from the case's facts (letter-arguments.ts); a purpose the facts
 * do not support is refused, never written.
 */

export { letterPurposeSchema, type LetterPurpose };

export const chronologyItemSchema = z.object({
  /** ISO date-time of the event (for ordering); the text carries the readable date. */
  at: z.string(),
  pt: z.string().min(1),
  en: z.string().min(1),
});

/** Which letters the facts allow, so the person sees why this one was chosen and can change it. */
export const purposeChoiceSchema = z.object({
  /** The purpose the problem asked for, when the facts ruled it out. */
  overridden: z.object({ asked: letterPurposeSchema, reason: purposeReasonSchema }).nullable(),
  options: z.array(z.object({ purpose: letterPurposeSchema, fits: z.boolean(), reason: purposeReasonSchema.optional() })),
});
export type PurposeChoiceView = z.infer<typeof purposeChoiceSchema>;

export const letterSchema = z.object({
  purpose: letterPurposeSchema,
  choice: purposeChoiceSchema,
  sender: z.array(z.string()).min(1),
  recipient: z.object({
    lines: z.array(z.string()).min(1),
    /** False while the postal address is a placeholder the person must confirm. */
    addressVerified: z.boolean(),
    confirmAt: z.string(),
  }),
  placeAndDate: z.string().min(1),
  subject: z.string().min(1),
  salutation: z.string().min(1),
  introduction: z.array(z.string()),
  chronologyHeading: z.string(),
  chronology: z.array(chronologyItemSchema),
  request: z.array(z.string()),
  closing: z.string(),
  signatureName: z.string(),
  annexesHeading: z.string(),
  annexes: z.array(z.object({ pt: z.string().min(1), en: z.string().min(1) })),
  /** English reading aid; the chronology and annexes use the `en` texts of the lists above. */
  readingAid: z.object({
    heading: z.string(),
    subject: z.string(),
    introduction: z.array(z.string()),
    chronologyHeading: z.string(),
    request: z.array(z.string()),
    annexesHeading: z.string(),
  }),
  warnings: z.array(textWarningSchema),
  /**
   * Not ready to send: the letter's factual sentences need evidence the log does not hold (the "could not submit"
   * letter, no attempt recorded), and what to record first. Null when the letter can argue the case as it stands.
   */
  recordFirst: localizedSchema.nullable(),
});
export type Letter = z.infer<typeof letterSchema>;

export const letterOptionsSchema = z.object({
  /** The letter to write; refused when the facts do not support it. Absent: chosen from `asked` and the facts. */
  purpose: letterPurposeSchema.optional(),
  /** The purpose the person's problem (a troubleshooting row) calls for; the facts may overrule it. */
  asked: askedPurposeSchema.optional(),
  /** ISO date the letter is dated (the caller's today, on the Lisbon calendar). */
  date: z.iso.date(),
  /** Where it is signed; defaults to the locality of the person's address. */
  place: z.string().trim().min(1).max(100).optional(),
});
export type LetterOptions = z.input<typeof letterOptionsSchema>;

/** "2 de março de 2026, às 09:15" / "2 March 2026 at 09:15". */
function dateTime(entry: EvidenceEntry): Localized {
  const d = lisbonDayAndTime(entry.at);
  return { pt: longMoment(d, d.time, 'pt'), en: longMoment(d, d.time, 'en') };
}

/** How an annex is named: what the document is and when it happened, with the right preposition. */
const annexNames: Record<EvidenceKind, (when: Localized) => Localized> = {
  'portal-error-screenshot': (w) => ({
    pt: `Captura de ecrã do erro no portal, em ${w.pt}`,
    en: `Screenshot of the portal error, on ${w.en}`,
  }),
  'submitted-form': (w) => ({ pt: `Formulário submetido em ${w.pt}`, en: `Form submitted on ${w.en}` }),
  'duc-reference': (w) => ({ pt: `DUC gerado em ${w.pt}`, en: `DUC generated on ${w.en}` }),
  'payment-proof': (w) => ({ pt: `Comprovativo do pagamento efetuado em ${w.pt}`, en: `Proof of the payment made on ${w.en}` }),
  'email-sent': (w) => ({ pt: `E-mail enviado à AIMA em ${w.pt}`, en: `Email sent to AIMA on ${w.en}` }),
  'email-received': (w) => ({ pt: `E-mail recebido da AIMA em ${w.pt}`, en: `Email received from AIMA on ${w.en}` }),
  'approval-declaration': (w) => ({ pt: `Comprovativo de deferimento de ${w.pt}`, en: `Approval proof of ${w.en}` }),
  'letter-sent': (w) => ({ pt: `Carta registada enviada em ${w.pt}`, en: `Registered letter sent on ${w.en}` }),
  'phone-call': (w) => ({ pt: `Registo da chamada telefónica de ${w.pt}`, en: `Record of the phone call of ${w.en}` }),
};

/** What happened, for the chronology (the date leads the line). */
const eventNames: Record<EvidenceKind, Localized> = {
  'portal-error-screenshot': { pt: 'Erro no portal (captura de ecrã)', en: 'Portal error (screenshot)' },
  'submitted-form': { pt: 'Formulário submetido', en: 'Form submitted' },
  'duc-reference': { pt: 'DUC gerado', en: 'DUC generated' },
  'payment-proof': { pt: 'Pagamento efetuado', en: 'Payment made' },
  'email-sent': { pt: 'E-mail enviado à AIMA', en: 'Email sent to AIMA' },
  'email-received': { pt: 'E-mail recebido da AIMA', en: 'Email received from AIMA' },
  'approval-declaration': { pt: 'Deferimento do pedido', en: 'Request approved' },
  'letter-sent': { pt: 'Carta registada enviada', en: 'Registered letter sent' },
  'phone-call': { pt: 'Chamada telefónica', en: 'Phone call' },
};

/** Annex 1 and 2 are always the card and the passport; evidence files follow, in chronology order. */
function buildAnnexes(entries: EvidenceEntry[]): { annexes: Letter['annexes']; annexOf: Map<string, number[]> } {
  const annexes: Letter['annexes'] = [
    { pt: 'Cópia do título de residência (frente e verso)', en: 'Copy of the residence card (both sides)' },
    { pt: 'Cópia do passaporte', en: 'Copy of the passport' },
  ];
  const annexOf = new Map<string, number[]>();
  for (const entry of entries) {
    const numbers: number[] = [];
    const name = annexNames[entry.kind](dateTime(entry));
    for (const file of entry.files) {
      annexes.push({ pt: `${name.pt} — ${file.name}`, en: `${name.en} — ${file.name}` });
      numbers.push(annexes.length);
    }
    annexOf.set(entry.id, numbers);
  }
  return { annexes, annexOf };
}

function chronologyItem(entry: EvidenceEntry, annexNumbers: number[]): Letter['chronology'][number] {
  const when = dateTime(entry);
  // "(captura de ecrã)" only when the log holds the screenshot: an attempt logged without its file was still an error.
  const label =
    entry.kind === 'portal-error-screenshot' && entry.files.length === 0
      ? { pt: 'Erro no portal', en: 'Portal error' }
      : eventNames[entry.kind];
  const reference = entry.reference ? ` (ref. ${entry.reference})` : '';
  const note = entry.note.trim() ? `: ${entry.note.trim()}` : '';
  const annex = annexNumbers.length
    ? { pt: ` (Anexo ${annexNumbers.join(', ')})`, en: ` (Annex ${annexNumbers.join(', ')})` }
    : { pt: '', en: '' };
  return {
    at: entry.at,
    pt: `${when.pt} — ${label.pt}${reference}${note}${annex.pt}`,
    en: `${when.en} — ${label.en}${reference}${note}${annex.en}`,
  };
}

/** A purpose the facts rule out: the API error, in the person's language, with the reason. */
export class LetterPurposeError extends AppError {
  constructor(purpose: LetterPurpose, reason: string) {
    super({ code: 'LETTER_PURPOSE_UNTRUE', messageKey: `writing.purposeReasons.${reason}`, params: { purpose } });
  }
}

export function buildLetter(caseFile: CaseFile, rawOptions: LetterOptions, asked: FactsIn = 'case'): Letter {
  const factsIn = factsInOf(caseFile, asked);
  const options = letterOptionsSchema.parse(rawOptions);
  const facts = letterFacts(caseFile, options.date);
  const choice = choosePurpose(options.asked, facts);
  let purpose = choice.purpose;
  if (options.purpose) {
    const fit = purposeFits(options.purpose, facts);
    if (!fit.fits) throw new LetterPurposeError(options.purpose, fit.reason);
    purpose = options.purpose;
  }

  const p = caseFile.person;
  const s = caseFile.situation;
  const warnings: TextWarning[] = [];
  // Each missing fact says where it is added (the app's details, or client.json's field for the command line); the
  // place is the address's locality, which no field holds on its own: the address, or the place written by hand.
  const need = (value: string | undefined | null, label: Localized, fact: PersonFact | 'address' | 'place'): string => {
    if (value) return value;
    const where = whereToAdd(fact === 'address' || fact === 'place' ? 'newAddress' : fact, factsIn);
    warnings.push({
      code: 'MISSING_FACT',
      fact,
      text:
        fact === 'place'
          ? {
              en: `${label.en} is missing (where the letter is signed, that is the town of the address). Add the address in ${where.en}, or write the place on the letter by hand before you send it.`,
              pt: `Falta preencher «${label.pt}» (onde a carta é assinada, ou seja, a localidade da morada). Indique a morada ${where.pt} ou escreva o local à mão na carta antes de a enviar.`,
            }
          : // One colon at most: the command line puts "Atenção:" / "Warning:" before it.
            {
              en: `${label.en} is missing. Add it in ${where.en} before you send the letter.`,
              pt: `Falta preencher «${label.pt}» ${where.pt} antes de enviar a carta.`,
            },
    });
    return missingMarker(label);
  };

  const name = need(p.fullName, factLabels.fullName, 'fullName');
  const permit = need(s.permitNumber, factLabels.permitNumber, 'permitNumber');
  // The Portuguese adjective after "de nacionalidade", its English name in the English text (never "nationality nepalesa").
  const nationalityOf = p.nationality ? nationalityWords(p.nationality) : null;
  const nationality = need(nationalityOf?.pt, factLabels.nationality, 'nationality');
  const nationalityEn = nationalityOf
    ? nationalityOf.en
      ? `a ${nationalityOf.en} national`
      : `nationality “${nationalityOf.pt}” (as you typed it)`
    : `nationality ${nationality}`;
  // Written out like every other date of the letter ("2 de abril de 1990"); forms' fields keep dd/mm/aaaa (facts.ts).
  const birthDay = p.dateOfBirth ? calendarDayOfIsoDate(p.dateOfBirth) : null;
  const birth = need(birthDay && longDatePt(birthDay), factLabels.dateOfBirth, 'dateOfBirth');
  const birthEn = birthDay ? longDateEn(birthDay) : birth;
  const passport = need(p.passportNumber, factLabels.passportNumber, 'passportNumber');
  const address: PostalAddress | null = p.address ? { ...p.address, street: withHouseNumberComma(p.address.street) } : null;
  const addressText = address ? addressLines(address) : [need(undefined, { pt: 'Morada', en: 'Address' }, 'address')];
  const email = need(p.email, factLabels.email, 'email');
  const expiry = s.permitExpiry ? calendarDayOfIsoDate(s.permitExpiry) : null;

  const sender = [name, ...addressText, email, ...(p.phone ? [p.phone] : []), ...(p.nif ? [`NIF ${p.nif}`] : [])];
  warnings.push({
    code: 'ADDRESS_NOT_VERIFIED',
    text: {
      en: `AIMA’s postal address could not be verified. Confirm it on ${aimaContacts.contactsPageUrl} and write it in before you send the letter.`,
      pt: `Não foi possível confirmar a morada postal da AIMA. Confirme em ${aimaContacts.contactsPageUrl} e escreva-a antes de enviar a carta.`,
    },
  });

  const entries = activeEvidence(caseFile.evidence);
  // "Não consegui submeter … por motivos que não me são imputáveis" states what only a recorded attempt shows: with
  // none, the letter is a draft to complete, not a letter to send (the guide offered it ready over an empty log).
  const recordFirst: Localized | null =
    purpose === 'portal-failure' && facts.firstAttempt === null
      ? {
          en: `Not ready to send: this letter says the renewal could not be submitted, and the evidence log records no attempt to show it. ${caseWords(factsIn).recordPortalAttempts.en}`,
          pt: `Ainda não está pronta a enviar: esta carta afirma que não foi possível submeter o pedido de renovação, e o registo de provas não tem nenhuma tentativa que o mostre. ${caseWords(factsIn).recordPortalAttempts.pt}`,
        }
      : null;
  if (recordFirst) warnings.unshift({ code: 'EVIDENCE_NEEDED', text: recordFirst });
  else if (entries.length === 0) {
    warnings.push({
      code: 'NO_EVIDENCE',
      text: {
        en: `The evidence log is empty, so the letter has no chronology. ${caseWords(factsIn).recordAttempts.en}`,
        pt: `O registo de provas está vazio, por isso a carta não tem cronologia. ${caseWords(factsIn).recordAttempts.pt}`,
      },
    });
  }
  // The no-decision letter counts 60 working days from the payment; a request AIMA sent meanwhile (documents, an
  // answer) stops that count while the request waits for the person (CPA art. 130 n.º 3, tacitApprovalProvenance).
  // The log cannot say what an email from AIMA asked: the person checks before the letter states the deadline's day.
  const aimaWroteAfterPayment =
    purpose === 'no-decision' && facts.payment
      ? entries.find((e) => e.kind === 'email-received' && e.at > facts.payment!.at)
      : undefined;
  if (aimaWroteAfterPayment) {
    const when = lisbonDayAndTime(aimaWroteAfterPayment.at);
    warnings.push({
      code: 'NEEDS_DETAIL',
      text: {
        en: `The evidence log holds an email from AIMA after the payment (${longDateEn(when)}). If AIMA asked for a document or an answer, the 60 working days stopped while the request waited for it (CPA art. 130 n.º 3), and the day the letter gives may be wrong. Check that email before you send the letter.`,
        pt: `O registo de provas tem um e-mail da AIMA posterior ao pagamento (${longDatePt(when)}). Se a AIMA pediu um documento ou uma resposta, o prazo de 60 dias úteis esteve suspenso enquanto o pedido aguardava (artigo 130.º, n.º 3, do CPA), e a data indicada na carta pode não estar certa. Veja esse e-mail antes de enviar a carta.`,
      },
    });
  }
  const { annexes, annexOf } = buildAnnexes(entries);
  // Annexes 1 and 2 are the card and the passport, always listed: when the case holds no file of one, the person
  // must enclose a copy themselves, or the letter lists an annex that is not there.
  const copiesMissing = (
    [
      ['residence-permit', { pt: 'a cópia do título de residência', en: 'a copy of the residence card' }],
      ['passport', { pt: 'a cópia do passaporte', en: 'a copy of the passport' }],
    ] as const
  ).filter(([categoryId]) => (caseFile.assignments[categoryId]?.length ?? 0) === 0);
  if (copiesMissing.length > 0) {
    const list = (lang: 'pt' | 'en') => copiesMissing.map(([, name]) => name[lang]).join(lang === 'pt' ? ' e ' : ' and ');
    const one = copiesMissing.length === 1;
    warnings.push({
      code: 'ATTACHMENT_NOT_IN_CASE',
      text: {
        // One colon at most: the command line puts "Atenção:" / "Warning:" before it.
        en: `The letter lists ${list('en')} among its annexes, and ${caseWords(factsIn).theCase.en} holds no file of ${one ? 'it' : 'them'}. Enclose ${one ? 'a paper copy' : 'paper copies'} with the letter.`,
        pt: `A carta indica nos anexos ${list('pt')}, mas ${caseWords(factsIn).theCase.pt} não tem ${one ? 'esse documento' : 'esses documentos'}. Junte ${one ? 'uma cópia' : 'cópias'} em papel à carta.`,
      },
    });
  }
  const chronology = entries.map((e) => chronologyItem(e, annexOf.get(e.id) ?? []));

  const place = options.place ?? p.address?.locality ?? need(undefined, { pt: 'Local', en: 'Place' }, 'place');
  const day = calendarDayOfIsoDate(options.date);
  // "com os comprovativos em anexo" only for proof the evidence log holds (its files are the annexes after 1 and 2).
  const withProof = entries.filter((entry) => entry.files.length > 0).length;
  const proof: ChronologyProof =
    entries.length === 0
      ? 'no-chronology'
      : withProof === 0
        ? 'no-proof'
        : withProof < entries.length
          ? 'some-proof'
          : 'all-proof';
  const argument = letterArgument(purpose, facts, proof);
  const where = address ? residentAt(addressText.join(', ')) : { pt: `residente em ${addressText.join(', ')}`, en: '' };
  // As a Portuguese requerimento identifies its author (session 12's walk read "com data de nascimento em" as
  // clumsy): the date with "a", as pt-PT dates are; "com data de nascimento" because the case holds no sex to agree
  // "nascido/nascida" with. The number is the card's (título de residência), as the subject line names it.
  const identification = {
    pt: `Eu, ${name}, de nacionalidade ${nationality}, com data de nascimento a ${birth}, titular do passaporte n.º ${passport} e do título de residência n.º ${permit}${expiry ? `, válido até ${longDatePt(expiry)}` : ''}${p.nif ? `, com o NIF ${p.nif}` : ''}, ${where.pt}, venho expor e requerer a V. Ex.as o seguinte:`,
    en: `I, ${name}, ${nationalityEn}, born on ${birthEn}, holder of passport no. ${passport} and of residence permit no. ${permit}${expiry ? `, valid until ${longDateEn(expiry)}` : ''}${p.nif ? `, NIF ${p.nif}` : ''}, living at ${addressText.join(', ')}, set out the following and make the request below:`,
  };

  return {
    purpose,
    choice: { overridden: options.purpose ? null : choice.overridden, options: choice.options },
    sender,
    recipient: {
      lines: ['AIMA — Agência para a Integração, Migrações e Asilo, I.P.', aimaContacts.postalAddress.placeholder.pt],
      addressVerified: aimaContacts.postalAddress.verified,
      confirmAt: aimaContacts.contactsPageUrl,
    },
    placeAndDate: `${place}, ${longDatePt(day)}`,
    subject: `Assunto: ${argument.subject.pt} (título de residência n.º ${permit})`,
    salutation: 'Exmos. Senhores,',
    introduction: [identification.pt, argument.facts.map((f) => f.pt).join(' ')],
    chronologyHeading: 'Cronologia',
    chronology,
    request: ['Pelo exposto, requeiro a V. Ex.as:', ...argument.request.map((r) => r.pt)],
    closing: 'Com os melhores cumprimentos,',
    signatureName: name,
    annexesHeading: 'Anexos',
    annexes,
    readingAid: {
      heading: 'English reading aid (not part of the letter; do not send this page)',
      subject: `Subject: ${argument.subject.en} (residence permit no. ${permit})`,
      introduction: [identification.en, argument.facts.map((f) => f.en).join(' ')],
      chronologyHeading: 'Chronology',
      request: ['Therefore I ask AIMA:', ...argument.request.map((r) => r.en)],
      annexesHeading: 'Annexes',
    },
    warnings,
    recordFirst,
  };
}

/**
 * The letter as a sequence of typed blocks, in reading order. PDF, .docx and
 * plain text all render these same blocks, so the three outputs hold the
 * same words.
 */
export type LetterBlock =
  | { kind: 'address'; lines: string[] }
  | { kind: 'date'; text: string }
  | { kind: 'subject'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; label: string; text: string }
  /** The closing formula and the signature, kept together on one page. */
  | { kind: 'signature'; closing: string; name: string }
  | { kind: 'pageBreak' };

export function letterBlocks(letter: Letter): LetterBlock[] {
  return rawLetterBlocks(letter).map(keepBlockTogether);
}

/** Abbreviations kept on one line in every block, edited text included (see pt-address.ts). */
function keepBlockTogether(block: LetterBlock): LetterBlock {
  const k = keepAbbreviationsTogether;
  switch (block.kind) {
    case 'address':
      return { ...block, lines: block.lines.map(k) };
    case 'date':
    case 'subject':
    case 'paragraph':
    case 'heading':
      return { ...block, text: k(block.text) };
    case 'item':
      return { ...block, text: k(block.text) };
    case 'signature':
      return { ...block, closing: k(block.closing), name: k(block.name) };
    case 'pageBreak':
      return block;
  }
}

function rawLetterBlocks(letter: Letter): LetterBlock[] {
  return [
    { kind: 'address', lines: letter.sender },
    { kind: 'address', lines: letter.recipient.lines },
    { kind: 'date', text: letter.placeAndDate },
    { kind: 'subject', text: letter.subject },
    { kind: 'paragraph', text: letter.salutation },
    ...letter.introduction.map((text) => ({ kind: 'paragraph' as const, text })),
    ...(letter.chronology.length
      ? [
          { kind: 'heading' as const, text: letter.chronologyHeading },
          ...letter.chronology.map((c, i) => ({ kind: 'item' as const, label: `${i + 1}.`, text: c.pt })),
        ]
      : []),
    ...letter.request.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'signature', closing: letter.closing, name: letter.signatureName },
    { kind: 'heading', text: letter.annexesHeading },
    ...letter.annexes.map((a, i) => ({ kind: 'item' as const, label: `Anexo ${i + 1} —`, text: a.pt })),
    { kind: 'pageBreak' },
    { kind: 'heading', text: letter.readingAid.heading },
    { kind: 'subject', text: letter.readingAid.subject },
    ...letter.readingAid.introduction.map((text) => ({ kind: 'paragraph' as const, text })),
    ...(letter.chronology.length
      ? [
          { kind: 'heading' as const, text: letter.readingAid.chronologyHeading },
          ...letter.chronology.map((c, i) => ({ kind: 'item' as const, label: `${i + 1}.`, text: c.en })),
        ]
      : []),
    ...letter.readingAid.request.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading', text: letter.readingAid.annexesHeading },
    ...letter.annexes.map((a, i) => ({ kind: 'item' as const, label: `Annex ${i + 1} —`, text: a.en })),
  ];
}

/** Plain text of the same blocks (UTF-8, LF line ends; paragraphs are not hard-wrapped). */
export function letterPlainText(letter: Letter): string {
  const out: string[] = [];
  let previous: LetterBlock['kind'] | null = null;
  for (const block of letterBlocks(letter)) {
    if (previous === 'item' && block.kind !== 'item') out.push('');
    previous = block.kind;
    switch (block.kind) {
      case 'address':
        out.push(...block.lines, '');
        break;
      case 'date':
      case 'subject':
      case 'paragraph':
      case 'heading':
        out.push(block.text, '');
        break;
      case 'item':
        out.push(`${block.label} ${block.text}`);
        break;
      case 'signature':
        out.push(block.closing, '', '', '______________________________', block.name, '');
        break;
      case 'pageBreak':
        out.push('', '----------------------------------------', '');
        break;
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
