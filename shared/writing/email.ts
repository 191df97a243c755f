import { z } from 'zod';
import type { CaseFile } from '../case/case-file';
import { aimaEmailById, contactScenarioById, contactScenarioIdSchema, type ContactScenarioId } from '../rules/contact-scenarios';
import { localizedSchema, provenanceSchema, type Localized } from '../rules/sources';
import { activeEvidence } from '../case/evidence';
import { attachmentLine, attachmentTexts, attachmentTextSchema, attachmentWarnings, type AttachmentText } from './contact-form';
import {
  factLine,
  factsInOf,
  factValues,
  factValueSchema,
  missingFactWarnings,
  missingMarker,
  textWarningSchema,
  type FactsIn,
  type TextWarning,
} from './facts';
import { ducPlace, scenarioMessage } from './scenario-messages';

/**
 * An email to AIMA's published addresses for one scenario, with the same
 * facts as the contact form. The body is Portuguese, followed by an English
 * reading aid the person may delete. Rendered to `.eml` in electron/writing.
 */

export const emailRecipientSchema = z.object({
  address: z.email(),
  use: localizedSchema,
  confidence: z.enum(['published', 'uncertain']),
  provenance: provenanceSchema,
});

export const emailDraftSchema = z.object({
  scenarioId: contactScenarioIdSchema,
  /** The person's own address (the sender); null when the case has none. */
  from: z.object({ name: z.string().nullable(), address: z.email().nullable() }),
  to: z.array(emailRecipientSchema).min(1),
  subject: z.string().min(1).max(300),
  /** The body as sent: Portuguese only, so copying or saving it never sends the reading aid. */
  body: z.string().min(1),
  /** The same email in English, to read, never sent. */
  readingAid: z.string().min(1),
  fields: z.array(factValueSchema),
  attachments: z.array(attachmentTextSchema),
  warnings: z.array(textWarningSchema),
});
export type EmailDraft = z.infer<typeof emailDraftSchema>;

function fieldLines(fields: EmailDraft['fields'], lang: keyof Localized): string[] {
  return fields.map((f) => factLine(f, lang));
}

/**
 * The email's attachments, as the contact form lists them: "…, se ainda o tiver", not "… (Se ainda o tiver)" with a
 * capital inside brackets (session 12's read-through), and an optional one marked as such.
 */
function attachmentLines(attachments: AttachmentText[], lang: keyof Localized): string[] {
  return attachments.map((a, i) => attachmentLine(a, i, lang));
}

/**
 * The e-mail's subject as a civil servant files it: a formal noun phrase ("Erro no Portal das
 * Renovações"), not the app's own title for the problem ("O Portal das Renovações dá erro").
 */
export const EMAIL_SUBJECTS: Record<ContactScenarioId, string> = {
  'renewals-portal-error': 'Erro no Portal das Renovações',
  'address-change': 'Comunicação de alteração de morada',
  'email-update': 'Pedido de atualização do endereço de e-mail',
  'existing-process': 'Processo ou agendamento já existente no Portal das Renovações',
  'niss-blocked': 'Campo NISS impede a submissão do pedido de renovação',
  'duc-payment': 'DUC não gerado no Portal das Renovações',
  'payment-not-visible': 'Pagamento do DUC não registado no portal',
  'personal-data-change': 'Pedido de alteração de dados pessoais do título de residência',
  'second-copy': 'Pedido de segunda via do título de residência',
  'appointment-change': 'Pedido de alteração de marcação',
};

/**
 * The subject for this case: like the body, it asserts only what the evidence log holds. "Pagamento do DUC
 * não registado" presumes a payment, so without one in the log the subject asks about the payment instead;
 * "DUC não gerado" is not written over a log that holds a DUC reference.
 */
export function emailSubject(caseFile: CaseFile, scenarioId: ContactScenarioId): string {
  const logged = (kind: 'payment-proof' | 'duc-reference') => activeEvidence(caseFile.evidence).some((e) => e.kind === kind);
  if (scenarioId === 'payment-not-visible' && !logged('payment-proof')) return 'Pedido de informação sobre o pagamento do DUC';
  if (scenarioId === 'duc-payment' && logged('duc-reference')) return 'Pedido de emissão de novo DUC';
  if (scenarioId === 'duc-payment') return `DUC não gerado ${ducPlace(caseFile).pt}`;
  return EMAIL_SUBJECTS[scenarioId];
}

export function buildEmailDraft(caseFile: CaseFile, scenarioId: ContactScenarioId, asked: FactsIn = 'case'): EmailDraft {
  const factsIn = factsInOf(caseFile, asked);
  const scenario = contactScenarioById(scenarioId);
  const fields = factValues(caseFile, scenario.personFacts);
  const { message, needsDetail, contradicts = [] } = scenarioMessage(caseFile, scenarioId, factsIn);
  // The email's body is the short explanation of what happened: listed as an attachment too, it would ask AIMA to look
  // for a document that is not there (session 11's walk). The contact form keeps it, as the form's guidance lists it.
  const attachments = attachmentTexts(
    caseFile,
    scenario.attachments.filter((a) => a.id !== 'short-explanation'),
    factsIn,
  );
  const warnings: TextWarning[] = [
    ...missingFactWarnings(fields, factsIn),
    ...contradicts.map((text) => ({ code: 'CONTRADICTS_CASE' as const, text })),
    ...needsDetail.map((text) => ({ code: 'NEEDS_DETAIL' as const, text })),
    ...attachmentWarnings(caseFile, scenario.attachments, factsIn),
  ];

  // Scenarios AIMA handles only through the form still get a copy to the general inbox, with a warning.
  const ids = scenario.emails.length > 0 ? scenario.emails : (['geral'] as const);
  if (scenario.emails.length === 0) {
    warnings.push({
      code: 'FORM_ONLY',
      text: {
        en: 'AIMA handles this request through the contact form. Send the form first; this email to the general inbox is only a backup.',
        pt: 'A AIMA trata este pedido pelo formulário de contacto. Envie primeiro o formulário; este e-mail para a caixa geral é apenas um reforço.',
      },
    });
  }
  const to = ids.map((id) => aimaEmailById(id));
  for (const recipient of to.filter((r) => r.confidence === 'uncertain')) {
    warnings.push({
      code: 'EMAIL_UNCERTAIN',
      text: {
        en: `${recipient.address} is not on an AIMA page we found (${recipient.use.en}). Confirm it on aima.gov.pt/pt/contactos or remove it.`,
        pt: `${recipient.address} não consta de nenhuma página da AIMA encontrada. Confirme em aima.gov.pt/pt/contactos ou retire-o.`,
      },
    });
  }

  const name = caseFile.person.fullName ?? null;
  const permit = caseFile.situation.permitNumber;
  const subject = [emailSubject(caseFile, scenario.id), name, permit ? `título n.º ${permit}` : null].filter(Boolean).join(' — ');
  const signature = [name ?? missingMarker(fields.find((f) => f.fact === 'fullName')?.label ?? { pt: 'Nome', en: 'Name' })];
  if (caseFile.person.phone) signature.push(caseFile.person.phone);

  const body = [
    'Exmos. Senhores,',
    '',
    message.pt,
    '',
    'Dados de identificação:',
    ...fieldLines(fields, 'pt'),
    '',
    'Anexos:',
    ...attachmentLines(attachments, 'pt'),
    '',
    'Com os melhores cumprimentos,',
    ...signature,
    '',
  ].join('\n');
  const readingAid = [
    'Dear Sir or Madam,',
    '',
    message.en,
    '',
    'Identification:',
    ...fieldLines(fields, 'en'),
    '',
    'Attachments:',
    ...attachmentLines(attachments, 'en'),
    '',
    'Kind regards,',
    ...signature,
    '',
  ].join('\n');

  return {
    scenarioId,
    from: { name, address: caseFile.person.email ?? null },
    to: to.map((r) => ({ address: r.address, use: r.use, confidence: r.confidence, provenance: r.provenance })),
    subject,
    body,
    readingAid,
    fields,
    attachments,
    warnings,
  };
}
