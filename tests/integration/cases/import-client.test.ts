import { realpathSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/cases/case-store';
import { importClientFolder, sameClientFolder } from '../../../electron/cases/import-client';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { ShellPort } from '../../../electron/handlers/shell-port';
import { sha256OfFile } from '../../../electron/common/hash';
import { COMMON_RENEWAL_CATEGORIES } from '../../../shared/batch/row';
import { clientImportSchema } from '../../../shared/case/client-import';
import { categories } from '../../../shared/rules/categories';
import { rulesAdvisor } from '../../../shared/batch/advisor';
import { clientFileSchema } from '../../../shared/batch/client-file';
import { assessCase, nextDeadlineOf } from '../../../shared/case/assessment';
import { activeEvidence } from '../../../shared/case/evidence';
import { translate } from '../../../shared/i18n/translate';
import { buildLetter, letterPlainText } from '../../../shared/writing/letter';
import { problemSentence } from '../../../shared/batch/problem-text';
import { expectAppError } from '../../app-error';
import { buildEightClients, CORPUS, PASSWORDS, VALID_CLIENT_JSON } from '../batch/fixtures';
import { filesUnder, hashTree } from '../batch/helpers';

/**
 * Opening an agency's client folder as a case for the guide: the batch's
 * input convention (category subfolders, keyword-named loose files,
 * client.json) read the same way, copied into the case, never changed.
 */
let work: string;
let clients: string;
let clientsBefore: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aima-import-'));
  ({ clients } = await buildEightClients(work));
  clientsBefore = await hashTree(clients);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('opening a client folder as a case', () => {
  it('subfolder style: facts from client.json, documents copied and assigned in merge order, passwords never copied', async () => {
    const store = new CaseStore(join(work, 'cases-a'));
    const folder = join(clients, '01-ana-folders');
    const result = await importClientFolder(store, folder);

    expect(result.created).toBe(true);
    expect(result.factsChanged).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.caseFile.title).toBe('Ana Sousa');
    expect(result.caseFile.person).toEqual(VALID_CLIENT_JSON.person);
    expect(result.caseFile.situation).toEqual(VALID_CLIENT_JSON.situation);
    expect(result.caseFile.source).toMatchObject({ kind: 'client-folder', folder: realpathSync(folder) });

    // The rules' category order; the two statements in natural order, to be merged in that order.
    // Fixture 01 has a folder for each common category and the employment contract.
    const inFolder = new Set<string>([...COMMON_RENEWAL_CATEGORIES, 'employment-contract']);
    expect(result.documents.map((d) => d.categoryId)).toEqual(categories.map((c) => c.id).filter((id) => inFolder.has(id)));
    expect(result.documents).toHaveLength(inFolder.size);
    const income = result.documents.find((d) => d.categoryId === 'income-proof')!;
    expect(income.files.map((f) => f.name)).toEqual(['statement-1.pdf', 'statement-2.pdf']);
    // Every listed path is the case's own copy, byte for byte the client's file.
    const caseDir = join(store.root, result.caseFile.id);
    expect(await sha256OfFile(income.files[0]!.path)).toBe(await sha256OfFile(join(CORPUS, 'scans/c02-22.pdf')));
    expect(await sha256OfFile(income.files[1]!.path)).toBe(await sha256OfFile(join(CORPUS, 'scans/skew.pdf')));
    for (const document of result.documents)
      for (const file of document.files) expect(file.path.startsWith(join(caseDir, 'originals'))).toBe(true);

    // case.json keeps the assignments, so the guide finds them on any machine.
    const saved = await store.load(result.caseFile.id);
    expect(saved.originals).toHaveLength(8);
    const byId = new Map(saved.originals.map((o) => [o.id, o.name]));
    expect(saved.assignments['income-proof']!.map((id) => byId.get(id))).toEqual(['statement-1.pdf', 'statement-2.pdf']);
    expect(Object.keys(saved.assignments)).toHaveLength(7);

    // Neither passwords.json nor client.json is copied, and no password is written anywhere in the case.
    const stored = await filesUnder(caseDir);
    expect(stored.some((name) => name.endsWith('passwords.json') || name.endsWith('client.json'))).toBe(false);
    for (const name of stored) expect((await readFile(join(caseDir, name))).includes(PASSWORDS.ana)).toBe(false);
  });

  it('loose files are sorted by keyword; a file that fits no category is reported; no client.json means the folder name', async () => {
    const store = new CaseStore(join(work, 'cases-b'));
    const result = await importClientFolder(store, join(clients, '02-bruno-loose'));
    expect(result.caseFile.title).toBe('02-bruno-loose');
    expect(result.caseFile.situation).toEqual({});
    const named = Object.fromEntries(result.documents.map((d) => [d.categoryId, d.files.map((f) => f.name)]));
    expect(named).toMatchObject({
      passport: ['Passaporte Bruno.heic'],
      'residence-permit': ['titulo de residencia.png'],
      'financas-no-debt': ['Certidão Finanças.pdf'],
      'social-security-no-debt': ['Segurança Social declaração.pdf'],
      'proof-of-address': ['contrato de arrendamento.tiff'],
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'FILE_UNSORTED', file: 'IMG_0042.webp', severity: 'error' }),
    ]);
    // Not dropped: the guide's documents page reads it and suggests its category (walk of session 6).
    expect(result.unsortedFiles).toEqual([join(realpathSync(clients), '02-bruno-loose', 'IMG_0042.webp')]);
  });

  it('an invalid client.json still opens the case, without its facts, and names every bad field', async () => {
    const store = new CaseStore(join(work, 'cases-c'));
    const result = await importClientFolder(store, join(clients, '05-eva-invalid-json'));
    expect(result.caseFile.title).toBe('05-eva-invalid-json');
    expect(result.caseFile.person).toEqual({});
    expect(result.caseFile.situation).toEqual({});
    expect(result.documents.map((d) => d.categoryId)).toEqual(['passport']);
    expect(result.problems.map((p) => [p.code, p.field])).toEqual(
      expect.arrayContaining([
        ['CLIENT_JSON_INVALID', 'person.nif'],
        ['CLIENT_JSON_INVALID', 'situation.permitExpiry'],
        ['CLIENT_JSON_INVALID', 'situation.hasNis'],
      ]),
    );
  });

  it('opening the same folder again gives the same case, adds what is new, refreshes facts and keeps what only the case knows', async () => {
    const store = new CaseStore(join(work, 'cases-d'));
    const folder = join(work, 'reopen-client');
    await buildReopenClient(folder);
    const first = await importClientFolder(store, folder);
    // The person gives a phone number in the guide; client.json does not have one.
    await store.updateFacts(first.caseFile.id, { person: { ...first.caseFile.person, phone: '+351 912 345 678' } });

    const again = await importClientFolder(store, folder);
    expect(again.created).toBe(false);
    expect(again.factsChanged).toBe(false);
    expect(again.caseFile.id).toBe(first.caseFile.id);
    // Through a link to the folder it is still the same client.
    const link = join(work, 'reopen-client-link');
    await symlink(folder, link);
    expect((await importClientFolder(store, link)).caseFile.id).toBe(first.caseFile.id);
    expect((await store.load(first.caseFile.id)).originals).toHaveLength(2);
    expect((await store.list()).filter((c) => c.status === 'ok')).toHaveLength(1);

    // The agency adds a third statement and corrects the expiry date in client.json.
    await copyFile(join(CORPUS, 'scans/kcs.pdf'), join(folder, 'income-proof', 'statement-10.pdf'));
    const corrected = { ...VALID_CLIENT_JSON, situation: { ...VALID_CLIENT_JSON.situation, permitExpiry: '2027-01-15' } };
    await writeFile(join(folder, 'client.json'), JSON.stringify(corrected));
    const third = await importClientFolder(store, folder);
    expect(third.caseFile.id).toBe(first.caseFile.id);
    expect(third.factsChanged).toBe(true);
    expect(third.documents.find((d) => d.categoryId === 'income-proof')!.files.map((f) => f.name)).toEqual([
      'statement-2.pdf',
      'statement-10.pdf',
    ]);
    expect(third.caseFile.situation.permitExpiry).toBe('2027-01-15');
    expect(third.caseFile.person.phone).toBe('+351 912 345 678');
    expect((await store.load(first.caseFile.id)).originals).toHaveLength(3);
  });

  it('a facts or passwords file inside a category folder is never taken for a document, nor copied', async () => {
    const store = new CaseStore(join(work, 'cases-f'));
    const folder = join(work, 'nested-passwords');
    await mkdir(join(folder, 'financas-no-debt'), { recursive: true });
    await copyFile(join(CORPUS, 'scans/kcs.pdf'), join(folder, 'financas-no-debt', 'certidao.pdf'));
    await writeFile(join(folder, 'financas-no-debt', 'passwords.json'), JSON.stringify({ 'certidao.pdf': 'secret-123' }));
    await writeFile(join(folder, 'financas-no-debt', 'Client.JSON'), '{}');
    const result = await importClientFolder(store, folder);
    expect(result.documents).toEqual([
      { categoryId: 'financas-no-debt', files: [expect.objectContaining({ name: 'certidao.pdf' })] },
    ]);
    expect(result.problems).toEqual([]);
    const caseDir = join(store.root, result.caseFile.id);
    for (const name of await filesUnder(caseDir))
      expect((await readFile(join(caseDir, name))).includes('secret-123')).toBe(false);
  });

  it('carries the DUC and the payment of client.json and evidence.json into the case, as the batch reads them', async () => {
    const store = new CaseStore(join(work, 'cases-duc'));
    const folder = join(work, 'paid-client');
    await mkdir(join(folder, 'evidence'), { recursive: true });
    await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    await writeFile(join(folder, 'evidence', 'recibo.txt'), 'Pagamento DUC 123');
    const paidAt = '2026-11-24T09:15:00+00:00';
    const entry = { type: 'entry', recordedAt: paidAt, note: '', files: [] as unknown[] };
    await writeFile(
      join(folder, 'evidence.json'),
      JSON.stringify([
        { ...entry, id: 'd1', at: '2026-11-20T10:15:00+00:00', kind: 'duc-reference', reference: '123 456 789' },
        {
          ...entry,
          id: 'p1',
          at: paidAt,
          kind: 'payment-proof',
          reference: '123 456 789',
          files: [
            { name: 'recibo.txt', storedAs: 'evidence/recibo.txt', sha256: 'a'.repeat(64), bytes: 17 },
            { name: 'lost.pdf', storedAs: 'evidence/lost.pdf', sha256: 'b'.repeat(64), bytes: 1 },
          ],
        },
      ]),
    );
    const now = '2026-12-01T11:00:00Z';
    const result = await importClientFolder(store, folder);
    // The guide gets the DUC (client.json's moment, the log's reference) and the paid entry with its receipt.
    expect(result.duc).toEqual({ date: '2026-11-20', time: '10:15', reference: '123 456 789' });
    const evidence = activeEvidence(result.caseFile.evidence);
    const payment = evidence.find((e) => e.kind === 'payment-proof')!;
    expect(payment.files.map((f) => f.name)).toEqual(['recibo.txt']);
    expect(await readFile(join(store.caseDir(result.caseFile.id), payment.files[0]!.storedAs), 'utf8')).toBe('Pagamento DUC 123');
    // The receipt the log names but the folder lacks is said, not invented.
    expect(result.problems).toMatchObject([{ code: 'EVIDENCE_FILE_MISSING', severity: 'warning', params: { name: 'lost.pdf' } }]);
    // The guide's assessment (DUC + the case's log) and the batch's (client.json + evidence.json) agree: paid.
    const guide = assessCase(
      {
        situation: result.caseFile.situation,
        documents: {},
        report: null,
        preUpload: { ticked: 0, total: 0 },
        duc: { generatedAt: { lisbonDate: result.duc!.date, lisbonTime: result.duc!.time }, reference: result.duc!.reference },
        evidence,
      },
      now,
    );
    const batch = rulesAdvisor(now)(clientFileSchema.parse(VALID_CLIENT_JSON), 'en', evidence);
    expect(guide.deadlines.find((d) => d.id === 'duc-payment')?.state).toBe('met');
    expect(nextDeadlineOf(guide)?.state ?? null).toBe(batch.nextDeadline?.state ?? null);
    // Opening it again adds nothing twice.
    const again = await importClientFolder(store, folder);
    expect(again.caseFile.evidence).toHaveLength(result.caseFile.evidence.length);

    // client.json's paidAt alone is a payment too.
    const onlyJson = join(work, 'paid-in-json');
    await mkdir(onlyJson, { recursive: true });
    await writeFile(
      join(onlyJson, 'client.json'),
      JSON.stringify({ ...VALID_CLIENT_JSON, duc: { ...VALID_CLIENT_JSON.duc, paidAt: paidAt } }),
    );
    const fromJson = await importClientFolder(store, onlyJson);
    expect(fromJson.duc).toEqual({ date: '2026-11-20', time: '10:15', reference: '' });
    // client.json's DUC is the log's "DUC generated" entry, as the command line reads it: the letter written from the
    // case never tells AIMA that no DUC was generated (session 13's walk).
    expect(activeEvidence(fromJson.caseFile.evidence).map((e) => [e.kind, e.at])).toEqual([
      ['duc-reference', '2026-11-20T10:15:00.000Z'],
      ['payment-proof', paidAt],
    ]);
    const letter = letterPlainText(buildLetter(fromJson.caseFile, { date: '2026-12-01' }));
    expect(letter).not.toContain('Não foi gerado qualquer Documento Único de Cobrança');
    expect(letter).toContain('foi gerado o Documento Único de Cobrança (DUC)');
    // Opened again: the DUC is not added twice.
    const reopened = await importClientFolder(store, onlyJson);
    expect(activeEvidence(reopened.caseFile.evidence).filter((e) => e.kind === 'duc-reference')).toHaveLength(1);
  });

  it("copies only receipts that are files inside the client folder, of a receipt's kind and size, and says which were skipped and why", async () => {
    const store = new CaseStore(join(work, 'cases-receipts'));
    const folder = join(work, 'receipts-client');
    const outside = join(work, 'outside-secret.txt');
    await mkdir(join(folder, 'evidence', 'sub'), { recursive: true });
    await writeFile(outside, 'SECRET outside the client folder');
    await copyFile(join(CORPUS, 'scans/kcs.pdf'), join(folder, 'evidence', 'recibo.pdf'));
    await writeFile(join(folder, 'evidence', 'nota.txt'), 'Pago no multibanco');
    await symlink(outside, join(folder, 'evidence', 'link.pdf'));
    await symlink(work, join(folder, 'evidence', 'linked-dir'));
    await writeFile(join(folder, 'evidence', 'script.sh'), '#!/bin/sh\nrm -rf ~\n');
    await writeFile(join(folder, 'evidence', 'huge.pdf'), '%PDF-1.7\n');
    await truncate(join(folder, 'evidence', 'huge.pdf'), 26 * 1024 * 1024);
    const file = (name: string, storedAs: string) => ({ name, storedAs, sha256: 'a'.repeat(64), bytes: 10 });
    await writeFile(
      join(folder, 'evidence.json'),
      JSON.stringify([
        {
          type: 'entry',
          id: 'p1',
          at: '2026-11-24T09:15:00+00:00',
          recordedAt: '2026-11-24T09:15:00+00:00',
          note: '',
          kind: 'payment-proof',
          files: [
            file('recibo.pdf', 'evidence/recibo.pdf'),
            file('nota.txt', 'evidence/nota.txt'),
            file('secret.txt', 'evidence\\..\\..\\outside-secret.txt'),
            file('c.txt', 'C:\\Users\\ana\\secret.txt'),
            file('up.txt', '../outside-secret.txt'),
            file('passwd', '/etc/passwd'),
            file('link.pdf', 'evidence/link.pdf'),
            file('through.txt', 'evidence/linked-dir/outside-secret.txt'),
            file('sub', 'evidence/sub'),
            file('script.sh', 'evidence/script.sh'),
            file('huge.pdf', 'evidence/huge.pdf'),
          ],
        },
      ]),
    );
    const result = await importClientFolder(store, folder);
    const payment = activeEvidence(result.caseFile.evidence).find((e) => e.kind === 'payment-proof')!;
    // The payment is kept; only the two real receipts come with it.
    expect(payment.files.map((f) => f.name)).toEqual(['recibo.pdf', 'nota.txt']);
    expect(result.problems.map((p) => [p.code, p.params?.name])).toEqual([
      ['EVIDENCE_FILE_OUTSIDE', 'secret.txt'],
      ['EVIDENCE_FILE_OUTSIDE', 'c.txt'],
      ['EVIDENCE_FILE_OUTSIDE', 'up.txt'],
      ['EVIDENCE_FILE_OUTSIDE', 'passwd'],
      ['EVIDENCE_FILE_LINK', 'link.pdf'],
      ['EVIDENCE_FILE_LINK', 'through.txt'],
      ['EVIDENCE_FILE_NOT_A_FILE', 'sub'],
      ['EVIDENCE_FILE_NOT_A_RECEIPT', 'script.sh'],
      ['EVIDENCE_FILE_TOO_LARGE', 'huge.pdf'],
    ]);
    expect(result.problems.find((p) => p.code === 'EVIDENCE_FILE_TOO_LARGE')?.params).toMatchObject({ megabytes: 26, limit: 25 });
    // Nothing from outside the folder reached the case.
    const caseDir = store.caseDir(result.caseFile.id);
    for (const name of await filesUnder(caseDir)) expect((await readFile(join(caseDir, name))).includes('SECRET')).toBe(false);
    // Each reason is said in words, in English and in Portuguese, naming the file and where the log put it.
    for (const problem of result.problems) {
      for (const locale of ['en', 'pt'] as const) {
        const text = problemSentence(problem, locale);
        expect(text).toContain(`"${String(problem.params?.name)}"`);
        expect(text).not.toContain('{{');
        expect(text).not.toBe(problem.messageKey);
      }
    }
    expect(translate('pt', 'batch.problems.evidenceFileLink', { name: 'link.pdf', path: 'evidence/link.pdf' })).toContain(
      'é uma ligação',
    );
  });

  it('counts a folder named with other letter case as the same client where the file system does', () => {
    expect(sameClientFolder('D:\\Clientes\\Ana', 'd:\\clientes\\ana', 'win32')).toBe(true);
    expect(sameClientFolder('/Users/ana/Clientes/Ana', '/Users/ana/clientes/ana', 'darwin')).toBe(true);
    expect(sameClientFolder('/srv/clientes/Ana', '/srv/clientes/ana', 'linux')).toBe(false);
    expect(sameClientFolder('/srv/clientes/ana', '/srv/clientes/ana', 'linux')).toBe(true);
  });

  it('a folder that is missing or is a file gives a specific error and creates nothing', async () => {
    const store = new CaseStore(join(work, 'cases-e'));
    const missing = await expectAppError(importClientFolder(store, join(work, 'no-such-client')), 'CLIENT_FOLDER_UNREADABLE');
    expect(missing.messageKey).toBe('case.errors.clientFolderUnreadable');
    expect(missing.actionKey).toBe('case.actions.checkClientFolder');
    await expectAppError(importClientFolder(store, join(clients, '01-ana-folders', 'client.json')), 'CLIENT_FOLDER_UNREADABLE');
    expect(await store.list()).toEqual([]);
  });

  it('goes through the API contract (validated output) and never changes the client folders', async () => {
    const noShell: ShellPort = { pickFiles: async () => [], pickFolder: async () => null, reveal: async () => false };
    const handlers = createHandlers({ appVersion: 'test', shell: noShell });
    const root = join(work, 'cases-api');
    const result = await dispatch(
      handlers,
      'caseImportClient',
      { root, clientFolder: join(clients, '08-hugo-complete') },
      () => {},
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const imported = clientImportSchema.parse(result.value);
    expect(imported.documents).toHaveLength(7);
    const refused = await dispatch(handlers, 'caseImportClient', { root, clientFolder: '' }, () => {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await dispatch(handlers, 'caseImportClient', { root, clientFolder: join(work, 'nope') }, () => {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'CLIENT_FOLDER_UNREADABLE' } });

    expect(await hashTree(clients)).toEqual(clientsBefore);
  });
});

async function buildReopenClient(folder: string): Promise<void> {
  await mkdir(join(folder, 'income-proof'), { recursive: true });
  await mkdir(join(folder, 'passport'), { recursive: true });
  await copyFile(join(CORPUS, 'scans/linn.pdf'), join(folder, 'passport', 'passport.pdf'));
  await copyFile(join(CORPUS, 'scans/skew.pdf'), join(folder, 'income-proof', 'statement-2.pdf'));
  await writeFile(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
}
