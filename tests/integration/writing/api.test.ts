import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { Handlers } from '../../../electron/handlers/handler-types';
import { caseHandlers } from '../../../electron/handlers/cases';
import { writingHandlers } from '../../../electron/handlers/writing';
import type { ApiChannel, ApiOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';

const handlers = {
  ...caseHandlers(),
  ...writingHandlers({ now: () => new Date('2026-04-21T09:30:00Z') }),
} as unknown as Handlers;

async function call<C extends ApiChannel>(channel: C, input: unknown): Promise<ApiOutput<C>> {
  const result = await dispatch(
    handlers,
    channel,
    input,
    () => undefined,
    () => undefined,
  );
  if (!result.ok) throw Object.assign(new Error(result.error.code), { apiError: result.error });
  return result.value as ApiOutput<C>;
}
async function callError(channel: ApiChannel, input: unknown): Promise<ApiError> {
  const result = await dispatch(
    handlers,
    channel,
    input,
    () => undefined,
    () => undefined,
  );
  if (result.ok) throw new Error(`${channel} succeeded`);
  return result.error;
}

let root: string;
let work: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-api-'));
  work = await mkdtemp(join(tmpdir(), 'aima-api-files-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('cases and writing through the API contract', () => {
  it('creates a case, logs evidence, previews a letter, saves the edited letter as PDF, .docx and text', async () => {
    const created = await call('caseCreate', {
      root,
      title: 'Şahin',
      person: { fullName: 'Ayşe Şahin', email: 'ayse@example.org', nationality: 'turca' },
      situation: { permitNumber: 'AR-77' },
    });
    const screenshot = join(work, 'erro.png');
    await writeFile(screenshot, Buffer.from([0x89, 0x50, 0x4e, 0x47, 9, 9, 9]));
    await call('evidenceAdd', {
      root,
      caseId: created.id,
      entry: { at: '2026-03-02T09:15:00Z', kind: 'portal-error-screenshot', note: 'Erro 500' },
      paths: [screenshot],
    });

    const letter = await call('writingLetter', { root, caseId: created.id, place: 'Porto' });
    expect(letter.placeAndDate).toBe('Porto, 21 de abril de 2026');
    expect(letter.warnings.map((w) => w.code)).toContain('ADDRESS_NOT_VERIFIED');
    expect(letter.warnings.filter((w) => w.code === 'MISSING_FACT').map((w) => w.fact)).toEqual(
      expect.arrayContaining(['dateOfBirth', 'passportNumber']),
    );

    // The person edits the preview; what is saved is the edited text.
    const edited = { ...letter, introduction: [...letter.introduction, 'Parágrafo acrescentado pela requerente.'] };
    const { saved, folder } = await call('writingSave', {
      root,
      caseId: created.id,
      document: { kind: 'letter', letter: edited, formats: ['pdf', 'docx', 'txt'] },
    });
    expect(saved.map((s) => s.storedAs)).toEqual([
      'letters/carta-registada-2026-04-21-1030.pdf',
      'letters/carta-registada-2026-04-21-1030.docx',
      'letters/carta-registada-2026-04-21-1030.txt',
    ]);
    const pdfBytes = new Uint8Array(await readFile(join(folder, 'carta-registada-2026-04-21-1030.pdf')));
    const pdf = await getDocument({ data: pdfBytes, isEvalSupported: false }).promise;
    const page1 = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    await pdf.destroy();
    expect(page1).toContain('Ayşe Şahin');
    expect(page1.replace(/\s+/g, ' ')).toContain('Parágrafo acrescentado pela requerente.');
    const docx = await mammoth.extractRawText({ path: join(folder, 'carta-registada-2026-04-21-1030.docx') });
    expect(docx.value).toContain('Parágrafo acrescentado pela requerente.');
    expect(await readFile(join(folder, 'carta-registada-2026-04-21-1030.txt'), 'utf8')).toContain('Erro 500 (Anexo 3)');

    // Saved again in the same minute: a second set of files, the first one untouched.
    const firstText = await readFile(join(folder, 'carta-registada-2026-04-21-1030.txt'), 'utf8');
    const again = await call('writingSave', {
      root,
      caseId: created.id,
      document: { kind: 'letter', letter, formats: ['pdf', 'docx', 'txt'] },
    });
    expect(again.saved.map((s) => s.storedAs)).toEqual([
      'letters/carta-registada-2026-04-21-1030-2.pdf',
      'letters/carta-registada-2026-04-21-1030-2.docx',
      'letters/carta-registada-2026-04-21-1030-2.txt',
    ]);
    expect(await readFile(join(folder, 'carta-registada-2026-04-21-1030.txt'), 'utf8')).toBe(firstText);
    expect(firstText).toContain('Parágrafo acrescentado');
    expect(await readFile(join(folder, 'carta-registada-2026-04-21-1030-2.txt'), 'utf8')).not.toContain('Parágrafo acrescentado');
    // The same goes for a contact-form text saved twice.
    const form = { kind: 'contact-form', scenarioId: 'renewals-portal-error', text: 'Primeiro' } as const;
    const one = await call('writingSave', { root, caseId: created.id, document: form });
    const two = await call('writingSave', { root, caseId: created.id, document: { ...form, text: 'Segundo' } });
    expect(two.saved[0]!.storedAs).not.toBe(one.saved[0]!.storedAs);
    expect(await readFile(join(folder, one.saved[0]!.storedAs.replace('letters/', '')), 'utf8')).toBe('Primeiro');

    const reloaded = await call('caseGet', { root, caseId: created.id });
    expect(reloaded.documents.map((d) => d.format)).toEqual(['pdf', 'docx', 'txt', 'pdf', 'docx', 'txt', 'txt', 'txt']);

    // A letter the facts do not support is refused with the reason, in the person's language.
    const refused = await callError('writingLetter', { root, caseId: created.id, purpose: 'no-decision' });
    expect(refused).toMatchObject({ code: 'LETTER_PURPOSE_UNTRUE', messageKey: 'writing.purposeReasons.notPaid' });
  });

  it('saves the formats it can when one cannot be produced: a name the PDF font cannot print', async () => {
    const created = await call('caseCreate', { root, title: 'Wang', person: { fullName: '王小明 (Wang Xiaoming)' } });
    const letter = await call('writingLetter', { root, caseId: created.id, date: '2026-04-21' });
    const result = await call('writingSave', {
      root,
      caseId: created.id,
      document: { kind: 'letter', letter, formats: ['pdf', 'docx', 'txt'] },
    });
    expect(result.saved.map((s) => s.format)).toEqual(['docx', 'txt']);
    expect(result.failed).toEqual([
      {
        format: 'pdf',
        error: expect.objectContaining({
          code: 'WRITING_CHARACTERS_UNSUPPORTED',
          messageKey: 'writing.errors.charactersUnsupported',
        }),
      },
    ]);
    expect(String(result.failed[0]!.error.params?.characters)).toContain('王');
    expect(await readFile(join(result.folder, 'carta-registada-2026-04-21-1030.txt'), 'utf8')).toContain('王小明');
  });

  it('copies originals in with one progress event per file', async () => {
    const created = await call('caseCreate', { root, title: 'Originals via API' });
    const files = ['a.pdf', 'b.jpg'].map((n) => join(work, n));
    for (const [i, f] of files.entries()) await writeFile(f, Buffer.from(`file ${i}`));
    const events: unknown[] = [];
    const result = await dispatch(
      handlers,
      'caseAddOriginals',
      { root, caseId: created.id, operationId: 'op-1', paths: files },
      (e) => events.push(e),
      () => undefined,
    );
    expect(result.ok).toBe(true);
    expect(events).toEqual([
      { type: 'progress', operationId: 'op-1', stage: 'copy', file: 'a.pdf', done: 1, total: 2 },
      { type: 'progress', operationId: 'op-1', stage: 'copy', file: 'b.jpg', done: 2, total: 2 },
    ]);
  });

  it('saves an email draft as .eml with the evidence screenshot attached', async () => {
    const summary = (await call('casesList', { root })).cases.find((c) => c.id === 'sahin');
    expect(summary).toMatchObject({ status: 'ok', fullName: 'Ayşe Şahin', evidenceCount: 1 });
    const draft = await call('writingEmailDraft', { root, caseId: summary!.id, scenarioId: 'renewals-portal-error' });
    const { saved, folder } = await call('writingSave', { root, caseId: summary!.id, document: { kind: 'email', draft } });
    expect(saved[0]!.storedAs).toBe('letters/email-renewals-portal-error-2026-04-21-1030.eml');
    const eml = await readFile(join(folder, 'email-renewals-portal-error-2026-04-21-1030.eml'), 'latin1');
    expect(eml).toMatch(/filename=erro\.png/);
    expect(eml).toContain('To: geral@aima.gov.pt, renovacao.ar@aima.gov.pt');
  });

  it('saves contact-form text and reports bad input and unreadable cases as typed errors', async () => {
    const summary = (await call('casesList', { root })).cases.find((c) => c.id === 'sahin');
    const form = await call('writingContactForm', { root, caseId: summary!.id, scenarioId: 'address-change' });
    expect(form.warnings.filter((w) => w.code === 'MISSING_FACT').map((w) => w.fact)).toContain('dateOfBirth');
    const { saved } = await call('writingSave', {
      root,
      caseId: summary!.id,
      document: { kind: 'contact-form', scenarioId: 'address-change', text: form.plainText },
    });
    expect(saved[0]!.format).toBe('txt');

    expect((await callError('caseGet', { root, caseId: '../outside' })).code).toBe('INVALID_INPUT');
    expect((await callError('writingContactForm', { root, caseId: summary!.id, scenarioId: 'nope' })).code).toBe('INVALID_INPUT');
    await writeFile(join(root, summary!.id, 'case.json'), '{ broken');
    const error = await callError('writingLetter', { root, caseId: summary!.id });
    expect(error).toMatchObject({
      code: 'CASE_FILE_CORRUPT',
      messageKey: 'case.errors.corrupt',
      actionKey: 'case.actions.restoreBackup',
    });
    expect(await readFile(join(root, summary!.id, 'case.json'), 'utf8')).toBe('{ broken');
  });
});
