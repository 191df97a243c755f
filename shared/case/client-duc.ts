import type { ClientFile } from '../batch/client-file';
import { instantOfLisbon, lisbonWallTime } from '../rules/dates';
import type { EvidenceEntry } from './evidence';

/**
 * An agency client's DUC and its payment, as client.json and the client's evidence log (evidence.json)
 * record them, in the shapes the guide and the assessment use. One reading for `aima-prep duc`, the
 * batch and "Open in the guide", so the three never disagree about whether a client paid.
 */

/** Id of the payment entry that stands for client.json's `duc.paidAt`. */
export const CLIENT_JSON_PAYMENT_ID = 'client-json-paid';

/** client.json's `duc.paidAt` as a proof-of-payment entry, or null when it records no payment. */
export function clientJsonPayment(clientFile: Pick<ClientFile, 'duc'>): EvidenceEntry | null {
  const paidAt = clientFile.duc?.paidAt;
  if (!paidAt) return null;
  return {
    type: 'entry',
    id: CLIENT_JSON_PAYMENT_ID,
    at: paidAt,
    recordedAt: paidAt,
    kind: 'payment-proof',
    note: '',
    files: [],
  };
}

/** The log with client.json's payment added, unless the log already records a payment. */
export function withClientJsonPayment(clientFile: Pick<ClientFile, 'duc'>, log: readonly EvidenceEntry[]): EvidenceEntry[] {
  const payment = clientJsonPayment(clientFile);
  const paid = log.some((entry) => entry.kind === 'payment-proof');
  return payment && !paid ? [...log, payment] : [...log];
}

/** Id of the DUC entry that stands for client.json's `duc.generatedAt`. */
export const CLIENT_JSON_DUC_ID = 'client-json-duc';

/**
 * The log with client.json's DUC added as a "DUC generated" entry, unless the log already records one. The texts
 * read the log: without this, `aima-prep letter` for a client whose client.json records a DUC wrote "Não foi gerado
 * qualquer Documento Único de Cobrança (DUC)" to AIMA (session 8's walk), false of the case.
 */
export function withClientJsonDuc(clientFile: Pick<ClientFile, 'duc'>, log: readonly EvidenceEntry[]): EvidenceEntry[] {
  const generatedAt = clientFile.duc?.generatedAt;
  if (!generatedAt || log.some((entry) => entry.kind === 'duc-reference')) return [...log];
  const at =
    'instant' in generatedAt
      ? new Date(generatedAt.instant).toISOString()
      : instantOfLisbon(generatedAt.lisbonDate, generatedAt.lisbonTime.slice(0, 5)).toISOString();
  return [...log, { type: 'entry', id: CLIENT_JSON_DUC_ID, at, recordedAt: at, kind: 'duc-reference', note: '', files: [] }];
}

export interface ClientDuc {
  /** When it was generated, Lisbon date and time (as the portal shows it). */
  date: string;
  time: string;
  /** Its payment reference, when the log records one ('' when only client.json knows the DUC). */
  reference: string;
}

/**
 * The client's DUC for the guide's after-submit page: generated when client.json says (else when the
 * log's DUC entry says), with the reference of the log's latest DUC entry (else of its payment). Null
 * when neither knows one.
 */
export function clientDuc(clientFile: Pick<ClientFile, 'duc'> | null, log: readonly EvidenceEntry[]): ClientDuc | null {
  const logged = log.filter((entry) => entry.kind === 'duc-reference').at(-1) ?? null;
  const generatedAt = clientFile?.duc?.generatedAt;
  const moment = generatedAt
    ? 'instant' in generatedAt
      ? lisbonWallTime(generatedAt.instant)
      : { date: generatedAt.lisbonDate, time: generatedAt.lisbonTime.slice(0, 5) }
    : logged
      ? lisbonWallTime(logged.at)
      : null;
  if (!moment) return null;
  // The payment entry carries the DUC's reference too (the guide's payment form records it there).
  const paid = log.filter((entry) => entry.kind === 'payment-proof' && entry.reference).at(-1);
  return { date: moment.date, time: moment.time, reference: logged?.reference ?? paid?.reference ?? '' };
}
