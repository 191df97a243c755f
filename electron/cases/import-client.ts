import { realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { ClientFileParse } from '../../shared/batch/client-file';
import { clientFileProblems, skippedProblems, unsortedProblems } from '../../shared/batch/row';
import type { CaseFile } from '../../shared/case/case-file';
import type { ClientImport } from '../../shared/case/client-import';
import { readClientFile, scanClientFolder } from '../clients/scan';
import { activeEvidence, type EvidenceRecord, type StoredFile } from '../../shared/case/evidence';
import { CLIENT_JSON_DUC_ID, clientDuc, clientJsonPayment, withClientJsonDuc } from '../../shared/case/client-duc';
import type { ClientProblem } from '../../shared/batch/summary';
import { evidenceIssuesText, evidenceLogWarnings, readEvidenceLog } from '../clients/evidence-file';
import type { CaseStore } from './case-store';
import { copyIntoCase } from './copy-in';
import { checkReceiptFile, MAX_RECEIPT_BYTES, type ReceiptRefusal } from './receipt-file';

/**
 * Whether two client-folder paths name the same folder: file systems on
 * Windows and macOS ignore letter case by default, so "D:\\Clientes\\Ana" and
 * "d:\\clientes\\ana" are one client there.
 */
export function sameClientFolder(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function clientFolderUnreadable(folder: string, cause?: unknown): AppError {
  return new AppError({
    code: 'CLIENT_FOLDER_UNREADABLE',
    messageKey: 'case.errors.clientFolderUnreadable',
    params: { folder },
    actionKey: 'case.actions.checkClientFolder',
    cause,
  });
}

/** Facts from client.json over the case's own: what client.json says wins, what only the case knows is kept. */
function withClientFacts(current: CaseFile, parse: ClientFileParse | null): CaseFile {
  if (!parse?.ok) return current;
  const { person, situation } = parse.clientFile;
  return { ...current, person: { ...current.person, ...person }, situation: { ...current.situation, ...situation } };
}

/**
 * The client's evidence log (evidence.json) and client.json's recorded payment, as records for the
 * case's log: a client who paid is paid in the guide too. An unreadable log is a problem, not a stop.
 */
async function clientEvidence(
  path: string | null,
  clientFile: ClientFileParse | null,
): Promise<{ records: EvidenceRecord[]; problems: ClientProblem[] }> {
  const records: EvidenceRecord[] = [];
  const problems: ClientProblem[] = [];
  if (path) {
    const log = await readEvidenceLog(path);
    if (log.ok) {
      records.push(...log.evidence);
      problems.push(...evidenceLogWarnings(log));
    } else
      problems.push({
        code: 'EVIDENCE_JSON_INVALID',
        severity: 'error',
        messageKey: 'batch.problems.evidenceJsonInvalid',
        params: {
          issues: { en: evidenceIssuesText(log.issues, 'en').join('; '), pt: evidenceIssuesText(log.issues, 'pt').join('; ') },
        },
        file: 'evidence.json',
      });
  }
  const payment = clientFile?.ok ? clientJsonPayment(clientFile.clientFile) : null;
  const paid = activeEvidence(records).some((entry) => entry.kind === 'payment-proof');
  if (payment && !paid) records.push(payment);
  return { records, problems };
}

const REFUSAL: Record<ReceiptRefusal, { code: string; messageKey: string }> = {
  missing: { code: 'EVIDENCE_FILE_MISSING', messageKey: 'batch.problems.evidenceFileMissing' },
  'outside-folder': { code: 'EVIDENCE_FILE_OUTSIDE', messageKey: 'batch.problems.evidenceFileOutside' },
  link: { code: 'EVIDENCE_FILE_LINK', messageKey: 'batch.problems.evidenceFileLink' },
  'not-a-file': { code: 'EVIDENCE_FILE_NOT_A_FILE', messageKey: 'batch.problems.evidenceFileNotAFile' },
  'not-a-receipt': { code: 'EVIDENCE_FILE_NOT_A_RECEIPT', messageKey: 'batch.problems.evidenceFileNotAReceipt' },
  'too-large': { code: 'EVIDENCE_FILE_TOO_LARGE', messageKey: 'batch.problems.evidenceFileTooLarge' },
};

/**
 * An evidence entry's files, copied from the client folder into the case's `evidence/` (the log names them
 * relative to its own folder, as the app's case folder does). Each is checked first (receipt-file.ts): one
 * that is not there, lies outside the folder, is a link, or is not a receipt is skipped and said, never copied.
 */
async function copyEvidenceFiles(
  clientFolder: string,
  caseDir: string,
  files: readonly StoredFile[],
  problems: ClientProblem[],
): Promise<StoredFile[]> {
  const copied: StoredFile[] = [];
  for (const file of files) {
    const check = await checkReceiptFile(clientFolder, file.storedAs);
    const skip = (reason: ReceiptRefusal, extra: Record<string, number> = {}) =>
      problems.push({
        ...REFUSAL[reason],
        severity: 'warning',
        params: { name: file.name, path: file.storedAs, ...extra },
        file: file.storedAs,
      });
    if (!check.ok) {
      if (check.reason === 'too-large')
        skip('too-large', { megabytes: Math.ceil((check.bytes ?? 0) / 1048576), limit: MAX_RECEIPT_BYTES / 1048576 });
      else skip(check.reason);
      continue;
    }
    try {
      copied.push({ ...(await copyIntoCase(check.path, caseDir, 'evidence')), name: file.name });
    } catch {
      skip('missing');
    }
  }
  return copied;
}

/**
 * Open an agency's client folder (the batch's input convention: category
 * subfolders or keyword-named loose files, optional client.json) as a case the
 * guide can continue: the documents are copied into the case's `originals/`
 * (the client folder is only read; passwords.json is never copied) and
 * assigned to their categories in merge order; client.json's facts become the
 * case's. Opening the same folder again finds the same case, adds what is new
 * and refreshes the facts and the assignments of the categories found.
 */
export async function importClientFolder(
  store: CaseStore,
  clientFolder: string,
  now: () => Date = () => new Date(),
): Promise<ClientImport> {
  // The real path: a folder reached through a link or a mapped drive is still the same client.
  let folder = resolve(clientFolder);
  try {
    if (!(await stat(folder)).isDirectory()) throw clientFolderUnreadable(folder);
    folder = await realpath(folder);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw clientFolderUnreadable(folder, error);
  }
  let scan;
  try {
    scan = await scanClientFolder(folder);
  } catch (error) {
    throw clientFolderUnreadable(folder, error);
  }
  const clientFile = await readClientFile(scan);

  const existing = await store.findBySourceFolder(folder, sameClientFolder);
  const facts = clientFile?.ok ? clientFile.clientFile : null;
  const caseFile =
    existing ??
    (await store.create({
      title: facts?.person.fullName ?? scan.client,
      ...(facts ? { person: facts.person, situation: facts.situation } : {}),
      source: { kind: 'client-folder', folder, importedAt: now().toISOString() },
    }));

  const paths = scan.inputs.flatMap((input) => input.files.map((file) => file.path));
  const { inOrder } = paths.length > 0 ? await store.addOriginals(caseFile.id, paths) : { inOrder: [] };
  let next = 0;
  const assigned = scan.inputs.map((input) => ({
    categoryId: input.categoryId,
    originals: input.files.map(() => inOrder[next++]!),
  }));

  const incoming = await clientEvidence(scan.evidencePath, clientFile);
  const caseDir = store.caseDir(caseFile.id);
  const known = new Set((existing ?? caseFile).evidence.map((record) => record.id));
  const fresh: EvidenceRecord[] = [];
  for (const record of incoming.records) {
    if (known.has(record.id)) continue;
    if (record.type === 'retraction') fresh.push(record);
    else fresh.push({ ...record, files: await copyEvidenceFiles(folder, caseDir, record.files, incoming.problems) });
  }
  // client.json's DUC as the log's "DUC generated" entry, unless the case or the client's log already records one, as
  // the command line reads it: the letters and contact-form texts read the log, and without it the guide wrote "Não foi
  // gerado qualquer DUC" to AIMA for a client whose client.json records one (session 13's walk).
  if (clientFile?.ok) {
    const log = activeEvidence([...(existing ?? caseFile).evidence, ...fresh]);
    const duc = withClientJsonDuc(clientFile.clientFile, log).find((entry) => entry.id === CLIENT_JSON_DUC_ID);
    if (duc && !known.has(duc.id)) fresh.push(duc);
  }

  const updated = await store.update(caseFile.id, (current) => {
    const assignments = { ...current.assignments };
    for (const { categoryId, originals } of assigned) assignments[categoryId] = originals.map((original) => original.id);
    // Records already in the case are kept as they are; the client's new ones are appended (the log only grows).
    const ids = new Set(current.evidence.map((record) => record.id));
    const evidence = [...current.evidence, ...fresh.filter((record) => !ids.has(record.id))];
    return {
      ...(existing ? withClientFacts(current, clientFile) : current),
      assignments,
      evidence,
    };
  });

  const factsOf = (c: CaseFile) => JSON.stringify([c.person, c.situation]);
  return {
    caseFile: updated,
    created: existing === null,
    factsChanged: existing === null || factsOf(existing) !== factsOf(updated),
    documents: assigned.map(({ categoryId, originals }) => ({
      categoryId,
      files: originals.map((original) => ({
        path: join(caseDir, original.storedAs),
        name: original.name,
        originalId: original.id,
      })),
    })),
    problems: [
      ...clientFileProblems(clientFile),
      ...incoming.problems,
      ...unsortedProblems(scan.unsorted),
      ...skippedProblems(scan.skipped),
    ],
    unsortedFiles: scan.unsorted.filter((file) => file.reason === 'no-keyword').map((file) => join(scan.dir, file.relPath)),
    duc: clientDuc(clientFile?.ok ? clientFile.clientFile : null, activeEvidence(updated.evidence)),
  };
}
