import { z } from 'zod';
import { receiptPathLeavesFolder } from './receipt-path';

/**
 * The evidence log: what the person did and what AIMA answered, with the
 * files that prove it. It is append-only. Removing an entry is itself an
 * entry (a retraction naming the entry and why), so the log always shows
 * that something was withdrawn; the files stay in `evidence/`.
 */
export const evidenceKindSchema = z.enum([
  'portal-error-screenshot',
  'submitted-form',
  'duc-reference',
  'payment-proof',
  'email-sent',
  'email-received',
  'approval-declaration',
  'letter-sent',
  'phone-call',
]);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;
export const evidenceKinds = evidenceKindSchema.options;

/** Names used in the chronology of a letter (Portuguese) and its reading aid (English). */
export const evidenceKindLabels: Record<EvidenceKind, { pt: string; en: string }> = {
  'portal-error-screenshot': { pt: 'Erro no portal (captura de ecrã)', en: 'Portal error (screenshot)' },
  'submitted-form': { pt: 'Formulário submetido', en: 'Form submitted' },
  'duc-reference': { pt: 'Referência do DUC', en: 'DUC payment reference' },
  'payment-proof': { pt: 'Comprovativo de pagamento', en: 'Proof of payment' },
  'email-sent': { pt: 'E-mail enviado à AIMA', en: 'Email sent to AIMA' },
  'email-received': { pt: 'E-mail recebido da AIMA', en: 'Email received from AIMA' },
  'approval-declaration': { pt: 'Declaração de deferimento', en: 'Approval declaration' },
  'letter-sent': { pt: 'Carta registada enviada', en: 'Registered letter sent' },
  'phone-call': { pt: 'Chamada telefónica', en: 'Phone call' },
};

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A file copied into the case folder: the name the user knew it by, where it is stored, and its hash. */
export const storedFileSchema = z.object({
  /** The file name as the user chose it (display only). */
  name: z.string().min(1).max(255),
  /** Path relative to the case folder, with forward slashes ("evidence/ab12…-error.png"). */
  storedAs: z
    .string()
    .min(1)
    .refine((p) => !receiptPathLeavesFolder(p), 'relative path inside the case'),
  sha256: sha256HexSchema,
  bytes: z.number().int().nonnegative(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

/** Date-time with an offset ("2026-03-02T09:15:00+00:00"): when it happened, as the person states it. */
const dateTimeSchema = z.iso.datetime({ offset: true });

export const evidenceEntrySchema = z.object({
  type: z.literal('entry'),
  id: z.string().min(1).max(64),
  /** When the event happened. */
  at: dateTimeSchema,
  /** When it was written into the log (set by the store, never by the user). */
  recordedAt: dateTimeSchema,
  kind: evidenceKindSchema,
  note: z.string().max(4000).default(''),
  /** A reference worth quoting: DUC number, CTT registration code, email subject… */
  reference: z.string().trim().max(200).optional(),
  files: z.array(storedFileSchema).default([]),
});
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;

export const evidenceRetractionSchema = z.object({
  type: z.literal('retraction'),
  id: z.string().min(1).max(64),
  recordedAt: dateTimeSchema,
  /** The entry withdrawn. */
  entryId: z.string().min(1).max(64),
  reason: z.string().trim().min(1).max(1000),
});
export type EvidenceRetraction = z.infer<typeof evidenceRetractionSchema>;

export const evidenceRecordSchema = z.discriminatedUnion('type', [evidenceEntrySchema, evidenceRetractionSchema]);
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

/** What the user supplies for a new entry (the store adds ids, recordedAt and the copied files). */
export const newEvidenceSchema = z
  .object({
    at: dateTimeSchema,
    kind: evidenceKindSchema,
    note: z.string().max(4000).default(''),
    reference: z.string().trim().max(200).optional(),
  })
  .strict();
export type NewEvidence = z.infer<typeof newEvidenceSchema>;

/** Entries not withdrawn, oldest first (ties keep the order they were recorded in). */
export function activeEvidence(log: readonly EvidenceRecord[]): EvidenceEntry[] {
  const retracted = new Set(log.filter((r) => r.type === 'retraction').map((r) => r.entryId));
  const entries = log.filter((r): r is EvidenceEntry => r.type === 'entry' && !retracted.has(r.id));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
}
