import { z } from 'zod';
import { afterColonPt } from '../i18n/after-colon';
import type { CaseFile } from '../case/case-file';
import { paymentEntry } from '../case/case-facts';
import { activeEvidence, type EvidenceKind } from '../case/evidence';
import {
  aimaContacts,
  contactScenarioById,
  contactScenarioIdSchema,
  scenarioWordsFor,
  type Attachment,
  type ContactScenarioId,
} from '../rules/contact-scenarios';
import { localizedSchema, type Localized } from '../rules/sources';
import {
  caseWords,
  factLine,
  factsInOf,
  factValues,
  factValueSchema,
  missingFactWarnings,
  textWarningSchema,
  type FactsIn,
  type TextWarning,
} from './facts';
import { caseHasNiss, scenarioMessage } from './scenario-messages';

/**
 * The text for AIMA's contact form, per scenario: which subject and subtype to
 * pick, every field the form asks for (filled from the case), the message, the
 * attachments, and warnings for anything missing. Structured, so the renderer
 * can show it field by field with copy buttons, and plain, for one copy.
 */

export const formChoiceTextSchema = z.object({
  /** The option to pick, as the form shows it; null when no source quotes it. */
  label: z.string().nullable(),
  verified: z.boolean(),
  description: localizedSchema,
});

export const attachmentTextSchema = z.object({
  id: z.string(),
  name: localizedSchema,
  required: z.boolean(),
  condition: localizedSchema.optional(),
  /** Whether the case already holds a file for it (evidence or an assigned category). */
  inCase: z.boolean(),
});
export type AttachmentText = z.infer<typeof attachmentTextSchema>;

export const contactFormTextSchema = z.object({
  scenarioId: contactScenarioIdSchema,
  title: localizedSchema,
  formUrl: z.string(),
  subject: formChoiceTextSchema,
  subtype: formChoiceTextSchema,
  alternativeRoute: z.object({ subject: formChoiceTextSchema, subtype: formChoiceTextSchema }).optional(),
  fields: z.array(factValueSchema),
  /** The text for the form's message box: Portuguese to send, English to read. */
  message: localizedSchema,
  attachments: z.array(attachmentTextSchema),
  notes: z.array(localizedSchema),
  warnings: z.array(textWarningSchema),
  /** Everything above as one text: Portuguese first, then the English reading aid. */
  plainText: z.string(),
});
export type ContactFormText = z.infer<typeof contactFormTextSchema>;

/** Evidence kinds that hold the file an attachment asks for. */
export const evidenceForAttachment: Record<string, EvidenceKind[]> = {
  'error-screenshot': ['portal-error-screenshot'],
  'payment-proof': ['payment-proof'],
};

function attachmentInCase(caseFile: CaseFile, attachment: Attachment): boolean {
  if (attachment.categoryId && (caseFile.assignments[attachment.categoryId]?.length ?? 0) > 0) return true;
  const kinds = evidenceForAttachment[attachment.id];
  return !!kinds && activeEvidence(caseFile.evidence).some((e) => kinds.includes(e.kind) && e.files.length > 0);
}

/** Whether the case settles an attachment's condition: true (it applies), false (it does not), null (unknown). */
function conditionHolds(caseFile: CaseFile, onlyIf: Attachment['onlyIf']): boolean | null {
  if (!onlyIf) return null;
  if (onlyIf === 'payment-recorded') return paymentEntry(activeEvidence(caseFile.evidence)) !== null;
  const hasNiss = caseHasNiss(caseFile);
  if (hasNiss === undefined) return null;
  return onlyIf === 'has-niss' ? hasNiss : !hasNiss;
}

export function attachmentTexts(
  caseFile: CaseFile,
  attachments: readonly Attachment[],
  factsIn: FactsIn = 'case',
): AttachmentText[] {
  // The English names speak to the person ("Copy of your valid passport"); about a client, they name the client's.
  const reader = factsIn === 'case' ? 'applicant' : 'agency';
  const whose = (text: Localized): Localized => scenarioWordsFor(text, reader);
  return attachments.flatMap((a) => {
    const holds = conditionHolds(caseFile, a.onlyIf);
    if (holds === false) return [];
    return [
      {
        id: a.id,
        name: whose(a.name),
        // Called for by the case: needed, so neither "if …" nor "[if applicable]".
        required: a.required || holds === true,
        ...(a.condition && holds === null ? { condition: whose(a.condition) } : {}),
        inCase: attachmentInCase(caseFile, a),
      },
    ];
  });
}

/**
 * The texts say "Junto …" of every needed attachment. For one the case could hold but does not (no copy of the card
 * among its documents, no screenshot with a file in the evidence log) that is true only once the person attaches
 * it: say so, by name. What the person writes themselves (a short explanation) is not a file the case holds.
 */
export function attachmentWarnings(
  caseFile: CaseFile,
  attachments: readonly Attachment[],
  factsIn: FactsIn = 'case',
): TextWarning[] {
  const w = caseWords(factsIn);
  const absent = attachmentTexts(
    caseFile,
    attachments.filter((a) => a.categoryId !== undefined || evidenceForAttachment[a.id] !== undefined),
    factsIn,
  ).filter((a) => a.required && !a.inCase);
  if (absent.length === 0) return [];
  const names = (lang: keyof Localized) =>
    absent.map((a) => a.name[lang].charAt(0).toLowerCase() + a.name[lang].slice(1)).join('; ');
  // Worded around "ficheiro(s)" / "documento(s)" (masculine), so no pronoun has to agree with "cópia" or "captura".
  const one = absent.length === 1;
  return [
    {
      code: 'ATTACHMENT_NOT_IN_CASE',
      text: {
        en: one
          ? `The text says it attaches a document ${w.ofCase.en} does not hold: ${names('en')}. Before you send, attach the file yourself, or remove it from the text and from the list.`
          : `The text says it attaches documents ${w.ofCase.en} does not hold: ${names('en')}. Before you send, attach the files yourself, or remove them from the text and from the list.`,
        pt: one
          ? `O texto diz juntar um documento que não consta ${w.ofCase.pt}: ${names('pt')}. Antes de enviar, anexe o ficheiro ou retire do texto e da lista a referência a esse documento.`
          : `O texto diz juntar documentos que não constam ${w.ofCase.pt}: ${names('pt')}. Antes de enviar, anexe os ficheiros ou retire do texto e da lista a referência a esses documentos.`,
      },
    },
  ];
}

function choiceLine(choice: z.infer<typeof formChoiceTextSchema>, lang: keyof Localized): string {
  if (choice.label && choice.verified) return choice.label;
  if (choice.label)
    return `${choice.label} (${lang === 'pt' ? 'nome não confirmado' : 'label not confirmed'}: ${choice.description[lang]})`;
  // "[escolha: a opção…]": Portuguese writes lower case after the colon (shared/i18n/after-colon.ts).
  return lang === 'pt' ? `[escolha: ${afterColonPt(choice.description.pt)}]` : `[choose: ${choice.description.en}]`;
}

/** One numbered line of an attachments list, the same in the contact form's text and in the email. */
export function attachmentLine(a: AttachmentText, index: number, lang: keyof Localized): string {
  // "…, se o cartão estiver danificado": a clause after the name, not a second pair of brackets.
  const condition = a.condition ? `, ${a.condition[lang].charAt(0).toLowerCase()}${a.condition[lang].slice(1)}` : '';
  const optional = a.required ? '' : lang === 'pt' ? ' [se aplicável]' : ' [if applicable]';
  return `${index + 1}. ${a.name[lang]}${condition}${a.condition ? '' : optional}`;
}

function plainTextOf(t: Omit<ContactFormText, 'plainText'>): string {
  const pt = [
    `FORMULÁRIO DE CONTACTO DA AIMA — ${t.formUrl}`,
    `Tipo de assunto: ${choiceLine(t.subject, 'pt')}`,
    `Subtipo: ${choiceLine(t.subtype, 'pt')}`,
    ...(t.alternativeRoute
      ? [`Alternativa: ${choiceLine(t.alternativeRoute.subject, 'pt')} > ${choiceLine(t.alternativeRoute.subtype, 'pt')}`]
      : []),
    '',
    ...t.fields.map((f) => factLine(f, 'pt')),
    '',
    'Mensagem:',
    t.message.pt,
    '',
    'Anexos:',
    ...t.attachments.map((a, i) => attachmentLine(a, i, 'pt')),
  ];
  const en = [
    '--- English reading aid (do not paste this part) ---',
    `Subject type: ${choiceLine(t.subject, 'en')}`,
    `Subtype: ${choiceLine(t.subtype, 'en')}`,
    ...(t.alternativeRoute
      ? [`Alternative: ${choiceLine(t.alternativeRoute.subject, 'en')} > ${choiceLine(t.alternativeRoute.subtype, 'en')}`]
      : []),
    ...t.fields.map((f) => factLine(f, 'en')),
    '',
    'Message:',
    t.message.en,
    '',
    'Attachments:',
    ...t.attachments.map((a, i) => attachmentLine(a, i, 'en')),
    ...(t.warnings.length ? ['', 'Check before sending:', ...t.warnings.map((w) => `- ${w.text.en}`)] : []),
    ...(t.notes.length ? ['', 'Good to know:', ...t.notes.map((n) => `- ${n.en}`)] : []),
  ];
  return `${pt.join('\n')}\n\n${en.join('\n')}\n`;
}

function labelWarnings(choices: Array<{ label: string | null; labelVerified: boolean; description: Localized }>): TextWarning[] {
  return choices
    .filter((c) => !c.labelVerified)
    .map((c) => ({
      code: 'LABEL_NOT_VERIFIED' as const,
      text: {
        en: `The exact option name on the form was not confirmed by a source: look for "${c.label ?? c.description.en}".`,
        pt: `O nome exato da opção no formulário não foi confirmado: procure "${c.label ?? c.description.pt}".`,
      },
    }));
}

export function buildContactFormText(
  caseFile: CaseFile,
  scenarioId: ContactScenarioId,
  asked: FactsIn = 'case',
): ContactFormText {
  const factsIn = factsInOf(caseFile, asked);
  const scenario = contactScenarioById(scenarioId);
  const fields = factValues(caseFile, scenario.personFacts);
  const { message, needsDetail, contradicts = [] } = scenarioMessage(caseFile, scenarioId, factsIn);
  const choice = (c: typeof scenario.subject) => ({ label: c.label, verified: c.labelVerified, description: c.description });
  const warnings: TextWarning[] = [
    ...missingFactWarnings(fields, factsIn),
    ...contradicts.map((text) => ({ code: 'CONTRADICTS_CASE' as const, text })),
    ...needsDetail.map((text) => ({ code: 'NEEDS_DETAIL' as const, text })),
    ...labelWarnings([scenario.subject, scenario.subtype]),
  ];
  const attachments = attachmentTexts(caseFile, scenario.attachments, factsIn);
  warnings.push(...attachmentWarnings(caseFile, scenario.attachments, factsIn));
  const text: Omit<ContactFormText, 'plainText'> = {
    scenarioId,
    title: scenario.title,
    formUrl: aimaContacts.contactFormUrl,
    subject: choice(scenario.subject),
    subtype: choice(scenario.subtype),
    ...(scenario.alternativeRoute
      ? {
          alternativeRoute: {
            subject: choice(scenario.alternativeRoute.subject),
            subtype: choice(scenario.alternativeRoute.subtype),
          },
        }
      : {}),
    fields,
    message,
    attachments,
    notes: scenario.notes.map((note) => scenarioWordsFor(note, factsIn === 'case' ? 'applicant' : 'agency')),
    warnings,
  };
  return { ...text, plainText: plainTextOf(text) };
}
