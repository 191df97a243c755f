import { z } from 'zod';
import type { CaseFile } from '../case/case-file';
import { activeEvidence, evidenceKindLabels, type EvidenceEntry } from '../case/evidence';
import { addressLines } from '../case/person';
import { aimaContacts } from '../rules/contact-scenarios';
import { letterPurposeSchema, type LetterPurpose } from '../rules/letter-purpose';
import type { Localized } from '../rules/sources';
import { calendarDayOfIsoDate, lisbonDayAndTime, longDateEn, longDatePt, shortDatePt } from './dates';
import { factLabels, missingMarker, textWarningSchema, type TextWarning } from './facts';

/**
 * The registered letter (carta registada) to AIMA, as structured, editable
 * content: the renderer shows it, the person edits any part, and the Node side
 * renders exactly what comes back into PDF, .docx and plain text. Portuguese is
 * the letter; the English reading aid follows on its own page.
 */

export { letterPurposeSchema, type LetterPurpose };

export const chronologyItemSchema = z.object({
  /** ISO date-time of the event (for ordering); the text carries the readable date. */
  at: z.string(),
  pt: z.string().min(1),
  en: z.string().min(1),
});

export const letterSchema = z.object({
  purpose: letterPurposeSchema,
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
});
export type Letter = z.infer<typeof letterSchema>;

export const letterOptionsSchema = z.object({
  purpose: letterPurposeSchema.default('portal-failure'),
  /** ISO date the letter is dated (the caller's today, on the Lisbon calendar). */
  date: z.iso.date(),
  /** Where it is signed; defaults to the locality of the person's address. */
  place: z.string().trim().min(1).max(100).optional(),
});
export type LetterOptions = z.input<typeof letterOptionsSchema>;

function dateTimePt(entry: EvidenceEntry): { pt: string; en: string } {
  const d = lisbonDayAndTime(entry.at);
  return { pt: `${longDatePt(d)}, ${d.time}`, en: `${longDateEn(d)}, ${d.time}` };
}

/** Annex 1 and 2 are always the card and the passport; evidence files follow, in chronology order. */
function buildAnnexes(entries: EvidenceEntry[]): { annexes: Letter['annexes']; annexOf: Map<string, number[]> } {
  const annexes: Letter['annexes'] = [
    { pt: 'Cópia do título de residência (frente e verso)', en: 'Copy of the residence card (both sides)' },
    { pt: 'Cópia do passaporte', en: 'Copy of the passport' },
  ];
  const annexOf = new Map<string, number[]>();
  for (const entry of entries) {
    const numbers: number[] = [];
    const when = dateTimePt(entry);
    for (const file of entry.files) {
      const label = evidenceKindLabels[entry.kind];
      annexes.push({ pt: `${label.pt} de ${when.pt} — ${file.name}`, en: `${label.en} of ${when.en} — ${file.name}` });
      numbers.push(annexes.length);
    }
    annexOf.set(entry.id, numbers);
  }
  return { annexes, annexOf };
}

function chronologyItem(entry: EvidenceEntry, annexNumbers: number[]): Letter['chronology'][number] {
  const when = dateTimePt(entry);
  const label = evidenceKindLabels[entry.kind];
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

const texts: Record<LetterPurpose, { subject: Localized; facts: Localized; request: Localized[] }> = {
  'portal-failure': {
    subject: {
      pt: 'Renovação da autorização de residência — exposição das tentativas de submissão e pedido',
      en: 'Renewal of the residence permit — account of the attempts to submit, and request',
    },
    facts: {
      pt: 'Tentei por diversas vezes submeter o pedido de renovação da minha autorização de residência pelos meios disponibilizados pela AIMA, sem sucesso, por motivos que não me são imputáveis. Apresento abaixo a cronologia das tentativas e dos contactos, com os comprovativos em anexo.',
      en: 'I tried several times to submit the renewal of my residence permit through the channels AIMA provides, without success, for reasons outside my control. Below is the chronology of my attempts and contacts, with the proof attached.',
    },
    request: [
      {
        pt: 'a) que fique registado que procurei renovar a minha autorização de residência dentro do prazo e que a falta de submissão não me é imputável;',
        en: 'a) that it be recorded that I sought to renew my residence permit in time and that the failure to submit is not my fault;',
      },
      {
        pt: 'b) que me seja indicado o meio para submeter o pedido de renovação, considerando-se o mesmo tempestivo;',
        en: 'b) that I be told how to submit the renewal, and that it be treated as submitted in time;',
      },
      {
        pt: 'c) que me seja emitido documento comprovativo de que a renovação se encontra em curso.',
        en: 'c) that I be given a document showing that the renewal is in progress.',
      },
    ],
  },
  'no-decision': {
    subject: {
      pt: 'Pedido de renovação da autorização de residência — pedido de decisão',
      en: 'Residence permit renewal request — request for a decision',
    },
    facts: {
      pt: 'Submeti o pedido de renovação da minha autorização de residência e paguei a respetiva taxa, sem que até à data me tenha sido comunicada qualquer decisão. Apresento abaixo a cronologia do pedido e dos contactos, com os comprovativos em anexo.',
      en: 'I submitted the renewal of my residence permit and paid the fee, and no decision has been communicated to me so far. Below is the chronology of the request and of my contacts, with the proof attached.',
    },
    request: [
      {
        pt: 'a) que seja proferida decisão sobre o meu pedido de renovação;',
        en: 'a) that a decision be made on my renewal request;',
      },
      {
        pt: 'b) que me seja emitido documento comprovativo da situação do pedido.',
        en: 'b) that I be given a document showing the status of the request.',
      },
      {
        pt: 'Reservo-me o direito de requerer a certidão de deferimento tácito, nos termos legais.',
        en: 'I reserve the right to ask for a certificate of tacit approval, as the law provides.',
      },
    ],
  },
};

export function buildLetter(caseFile: CaseFile, rawOptions: LetterOptions): Letter {
  const options = letterOptionsSchema.parse(rawOptions);
  const p = caseFile.person;
  const s = caseFile.situation;
  const warnings: TextWarning[] = [];
  const need = (value: string | undefined | null, label: Localized, fact: string): string => {
    if (value) return value;
    warnings.push({
      code: 'MISSING_FACT',
      fact,
      text: {
        en: `Missing: ${label.en}. Add it before you send the letter.`,
        pt: `Em falta: ${label.pt}. Preencha antes de enviar a carta.`,
      },
    });
    return missingMarker(label);
  };

  const name = need(p.fullName, factLabels.fullName, 'fullName');
  const permit = need(s.permitNumber, factLabels.permitNumber, 'permitNumber');
  const nationality = need(p.nationality, factLabels.nationality, 'nationality');
  const birth = need(p.dateOfBirth && shortDatePt(calendarDayOfIsoDate(p.dateOfBirth)), factLabels.dateOfBirth, 'dateOfBirth');
  const passport = need(p.passportNumber, factLabels.passportNumber, 'passportNumber');
  const address = p.address ? addressLines(p.address) : [need(undefined, { pt: 'Morada', en: 'Address' }, 'address')];
  const email = need(p.email, factLabels.email, 'email');
  const expiry = s.permitExpiry ? longDatePt(calendarDayOfIsoDate(s.permitExpiry)) : null;
  const expiryEn = s.permitExpiry ? longDateEn(calendarDayOfIsoDate(s.permitExpiry)) : null;

  const sender = [name, ...address, email, ...(p.phone ? [p.phone] : []), ...(p.nif ? [`NIF ${p.nif}`] : [])];
  warnings.push({
    code: 'ADDRESS_NOT_VERIFIED',
    text: {
      en: `AIMA's postal address could not be verified. Confirm it on ${aimaContacts.contactsPageUrl} and write it in before you send the letter.`,
      pt: `Não foi possível confirmar a morada postal da AIMA. Confirme em ${aimaContacts.contactsPageUrl} e escreva-a antes de enviar a carta.`,
    },
  });

  const entries = activeEvidence(caseFile.evidence);
  if (entries.length === 0) {
    warnings.push({
      code: 'NO_EVIDENCE',
      text: {
        en: 'The evidence log is empty, so the letter has no chronology. Add your attempts (screenshots, emails, calls) first.',
        pt: 'O registo de provas está vazio, por isso a carta não tem cronologia. Registe primeiro as tentativas (capturas, e-mails, chamadas).',
      },
    });
  }
  const { annexes, annexOf } = buildAnnexes(entries);
  const chronology = entries.map((e) => chronologyItem(e, annexOf.get(e.id) ?? []));

  const place = options.place ?? p.address?.locality ?? need(undefined, { pt: 'Local', en: 'Place' }, 'place');
  const day = calendarDayOfIsoDate(options.date);
  const purpose = texts[options.purpose];
  const identification = {
    pt: `${name}, de nacionalidade ${nationality}, com data de nascimento ${birth}, titular da autorização de residência n.º ${permit}${expiry ? `, válida até ${expiry}` : ''}, com o passaporte n.º ${passport}${p.nif ? `, NIF ${p.nif}` : ''}, residente em ${address.join(', ')}, vem expor e requerer a V. Ex.as o seguinte.`,
    en: `${name}, nationality ${nationality}, born on ${birth}, holder of residence permit no. ${permit}${expiryEn ? `, valid until ${expiryEn}` : ''}, passport no. ${passport}${p.nif ? `, NIF ${p.nif}` : ''}, living at ${address.join(', ')}, sets out the following and makes the request below.`,
  };

  return {
    purpose: options.purpose,
    sender,
    recipient: {
      lines: ['AIMA — Agência para a Integração, Migrações e Asilo, I.P.', aimaContacts.postalAddress.placeholder.pt],
      addressVerified: aimaContacts.postalAddress.verified,
      confirmAt: aimaContacts.contactsPageUrl,
    },
    placeAndDate: `${place}, ${longDatePt(day)}`,
    subject: `Assunto: ${purpose.subject.pt} (título de residência n.º ${permit})`,
    salutation: 'Exmos. Senhores,',
    introduction: [identification.pt, purpose.facts.pt],
    chronologyHeading: 'Cronologia',
    chronology,
    request: ['Pelo exposto, requeiro a V. Ex.as:', ...purpose.request.map((r) => r.pt)],
    closing: 'Com os melhores cumprimentos,',
    signatureName: name,
    annexesHeading: 'Anexos',
    annexes,
    readingAid: {
      heading: 'English reading aid (not part of the letter; do not send this page)',
      subject: `Subject: ${purpose.subject.en} (residence permit no. ${permit})`,
      introduction: [identification.en, purpose.facts.en],
      chronologyHeading: 'Chronology',
      request: ['Therefore I ask AIMA:', ...purpose.request.map((r) => r.en)],
      annexesHeading: 'Annexes',
    },
    warnings,
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
