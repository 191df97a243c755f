import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { testOnFixedClock } from './fixtures';
import { CORPUS, expectNoUntranslatedText } from './journey/helpers';
import { aWorker } from './journey/situation';
import {
  agencyClient,
  agencyClientWithOtherNif,
  agencyWith,
  aloneWith,
  BIKASH,
  fillDetails,
  giveFiles,
  runAgency,
} from './journey/people';
import { prepareReportSchema } from '../../shared/engine/report';

/**
 * Session 9's walk, on the journeys' fixed clock (1 December 2026, 11:00 Lisbon): Bikash renews alone with phone
 * photos — a passport (iPhone HEIC) that expires on 9 January 2027, within six months, and a Finanças certidão
 * issued on 2 September 2026, valid until 2 December (tomorrow). The card, the pre-upload step and report.html in
 * the upload folder must say the same; every text written to AIMA must be true of his case (texts saved under
 * test-results/ to be read as an AIMA officer would).
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const test = testOnFixedClock(DEC_1);
const FONT = join(import.meta.dirname, '..', '..', 'resources', 'fonts', 'DejaVuSans.ttf');

/** Bikash's Finanças certidão (text layer), as the Portal das Finanças issues it. */
async function certidao(path: string): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const page = pdf.addPage([595, 842]);
  [
    'AUTORIDADE TRIBUTÁRIA E ADUANEIRA',
    'CERTIDÃO',
    'Situação tributária regularizada',
    'Nome: Bikash Gurung',
    'NIF: 298 765 438',
    'Certifica-se que o contribuinte acima identificado tem a sua situação tributária regularizada,',
    'nos termos do artigo 177.º-A do Código de Procedimento e de Processo Tributário.',
    'A presente certidão é válida por 3 meses a contar da data de emissão.',
    'Emitida em 2026-09-02',
  ].forEach((line, i) =>
    page.drawText(line, { x: 50, y: 780 - i * 24, size: i === 0 ? 14 : 11, font, color: rgb(0.1, 0.1, 0.1), maxWidth: 500 }),
  );
  writeFileSync(path, await pdf.save());
}

test('Bikash: a certidão valid one more day and a passport expiring in January say the same on the card, before upload and in report.html', async ({
  page,
  harness,
}) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-truth-'));
  const out = join(work, 'out');
  try {
    copyFileSync(join(CORPUS, 'reading', 'passports', 'npl-photo.heic'), join(work, 'IMG_2207.HEIC'));
    await certidao(join(work, 'certidao.pdf'));

    await aloneWith(
      page,
      harness,
      { ...aWorker, permitNumber: 'N1122334', permitExpiry: '2026-12-26', passportExpiry: '2027-01-09' },
      'stay',
    );
    await fillDetails(page, harness, BIKASH);
    await page.goto(`${harness.url}/#/documents`);
    await giveFiles(page, harness, 'passport', [join(work, 'IMG_2207.HEIC')]);
    await giveFiles(page, harness, 'financas-no-debt', [join(work, 'certidao.pdf')]);
    const financas = page.getByTestId('card-financas-no-debt');
    await expect(financas.getByTestId('certificate-verdict')).toContainText('valid until 2 December 2026', { timeout: 180_000 });

    mkdirSync(out);
    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    await expect(financas.getByTestId('output-name')).toHaveText('financas-no-debt.pdf', { timeout: 300_000 });
    // The passport photo (a phone's HEIC of the data page) is prepared, ready or kept apart with its reason.
    await expect(page.getByTestId('card-passport').getByTestId('output-name')).toBeVisible({ timeout: 120_000 });
    await page.getByTestId('card-passport').screenshot({ path: 'test-results/walk9-bikash-passport-en.png' });
    await expect(financas.getByTestId('card-status')).toHaveText('Ready, with warnings');
    await page.screenshot({ path: 'test-results/walk9-bikash-documents-en.png', fullPage: true });
    // "Before" on the card is the size of his files, the figure report.html calls "the originals" (one function).
    const passportBefore = await page.getByTestId('card-passport').getByTestId('size-before').innerText();

    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(page.getByTestId('reading-item-certificate-expires-soon')).toContainText('valid until 2 December 2026');
    await expect(page.getByTestId('reading-item-passport-expires-soon')).toContainText('9 January 2027');
    await page.screenshot({ path: 'test-results/walk9-bikash-pre-upload-en.png', fullPage: true });

    // The report in the upload folder: the same status and the same two findings, with what to do.
    const upload = join(out, 'aima-upload-ready');
    const report = prepareReportSchema.parse(JSON.parse(readFileSync(join(upload, 'report.json'), 'utf8')));
    expect(report.categories.find((c) => c.categoryId === 'financas-no-debt')?.readingFlag).toBe('warned');
    expect(report.reading?.items.map((item) => item.id).sort()).toEqual(['certificate-expires-soon', 'passport-expires-soon']);
    await page.goto(pathToFileURL(join(upload, 'report.html')).href);
    const financasSection = page.locator('section').filter({ hasText: 'Tax status certificate (Finanças)' });
    await expect(financasSection.locator('.status')).toHaveText(
      'ready, with warnings: check the point below before you upload it',
    );
    await expect(financasSection).toContainText('is valid until 2 December 2026');
    await expect(page.locator('body')).toContainText('Checked for today, 1 December 2026');
    await expect(page.locator('body')).toContainText('Your passport expires on 9 January 2027');
    await expect(page.locator('section').filter({ hasText: 'IMG_2207.HEIC' }).first()).toContainText(
      `(the originals: ${passportBefore})`,
    );
    await page.screenshot({ path: 'test-results/walk9-bikash-report-en.png', fullPage: true });

    // In Portuguese: prepared again, the report is written in Portuguese and says the same.
    // Back in the app (readings are not kept: the certidão is read again), its card is never a plain "Ready" meanwhile.
    await page.goto(`${harness.url}/#/documents`);
    await expect(financas.getByTestId('card-status')).toHaveText(/^(Prepared, checking what it says…|Ready, with warnings)$/);
    await expect(financas.getByTestId('card-status')).toHaveText('Ready, with warnings', { timeout: 180_000 });
    await page.getByTestId('language-select').selectOption('pt');
    await expect(financas.getByTestId('card-status')).toHaveText('Pronto, com avisos');
    await expectNoUntranslatedText(page, 'Bikash’s documents (pt)');
    // Read again in this session, in Portuguese now: the report follows, before anything is prepared again.
    await expect
      .poll(() => readFileSync(join(upload, 'report.html'), 'utf8'), { timeout: 120_000 })
      .toContain('ficheiro pronto, com avisos: verifique o ponto indicado abaixo antes de o carregar');
    await page.getByTestId('prepare-documents').click();
    await expect(financas.getByTestId('card-status')).toHaveText('Pronto, com avisos', { timeout: 300_000 });
    await expect
      .poll(() => readFileSync(join(upload, 'report.html'), 'utf8'), { timeout: 300_000 })
      .toContain('pronto, com avisos: verifique o ponto indicado abaixo antes de o carregar');
    await page.goto(pathToFileURL(join(upload, 'report.html')).href);
    await expect(page.locator('body')).toContainText('Verificado para hoje, 1 de dezembro de 2026');
    await expect(page.locator('body')).toContainText('O seu passaporte caduca a 9 de janeiro de 2027');
    await page.screenshot({ path: 'test-results/walk9-bikash-report-pt.png', fullPage: true });
    writeFileSync('test-results/walk9-bikash-report-pt.txt', await page.locator('body').innerText());

    // The texts to AIMA for a portal that fails, with two attempts in the log and no file of proof.
    await page.goto(`${harness.url}/#/`);
    await page.evaluate(async () => {
      for (const at of ['2026-11-24T09:30:00Z', '2026-11-28T15:10:00Z'])
        await window.aima.evidenceAdd({
          caseId: 'my-renewal',
          entry: { at, kind: 'portal-error-screenshot', note: 'Erro 500 ao submeter' },
          paths: [],
        });
    });
    await page.goto(`${harness.url}/#/trouble/no-renewal-option`);
    await expect(page.getByTestId('texts-for-aima')).toBeVisible();
    const letter = page.getByTestId('letter-preview');
    // The log holds two attempts and no file of proof: the chronology is presented, no proof is claimed in annex.
    await expect(letter).toContainText('Apresento abaixo a cronologia das tentativas e dos contactos.');
    await expect(letter).not.toContainText('comprovativos em anexo');
    await page.getByTestId('save-letter').click();
    await expect(page.getByTestId('saved-texts')).toContainText('.pdf', { timeout: 30_000 });
    const letters = join(harness.home, 'Documents', 'AIMA Prep', 'cases', 'my-renewal', 'letters');
    const saved = readdirSync(letters).find((name) => name.startsWith('carta-registada') && name.endsWith('.txt'))!;
    const letterText = readFileSync(join(letters, saved), 'utf8');
    // Dated on the walk's day (the harness's clock, as the rules judge), and no screenshot claimed where none is held.
    expect(letterText).toContain('Lisboa, 1 de dezembro de 2026');
    expect(letterText).toContain('28 de novembro de 2026, às 15:10 — Erro no portal: Erro 500 ao submeter');
    expect(letterText).not.toContain('(captura de ecrã)');
    // Every date written out, the date of birth too.
    expect(letterText).toContain('com data de nascimento a 30 de junho de 1990');
    expect(letterText).not.toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
    expect(letterText).not.toContain('comprovativos em anexo');
    // The English reading aid names his nationality in English, the letter in Portuguese (never "nationality nepalesa").
    expect(letterText).toContain('de nacionalidade nepalesa');
    expect(letterText).toContain('I, Bikash Gurung, a Nepalese national, born on 30 June 1990');
    expect(letterText).not.toContain('nationality nepalesa');
    // Everything this page writes to AIMA, and the letter as saved, kept to be read as an AIMA officer would.
    writeFileSync(
      'test-results/walk9-bikash-texts.txt',
      `${await page.getByRole('main').innerText()}\n\n==== LETTER (saved) ====\n${letterText}`,
    );
    await page.screenshot({ path: 'test-results/walk9-bikash-trouble.png', fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('an agency: a client whose certidão holds another NIF is "Needs attention" in the agency view and in its own report.html', async ({
  page,
  harness,
}) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-truth-agency-'));
  try {
    agencyClientWithOtherNif(join(work, 'clients'));
    const out = join(work, 'prepared');
    mkdirSync(out);
    await agencyWith(page, harness, join(work, 'clients'));
    await runAgency(page, harness, out);
    await expect(page.getByTestId('client-santos').getByTestId('client-status')).toHaveText('Needs attention');
    await expect(page.getByTestId('result-santos').getByTestId('problems')).toContainText('245678913');
    await page.screenshot({ path: 'test-results/walk9-agency-en.png', fullPage: true });

    // The client's own report says what the agency view says: the certidão is not to be uploaded, and why.
    await page.goto(pathToFileURL(join(out, 'santos', 'report.html')).href);
    const financas = page.locator('section').filter({ hasText: 'Tax status certificate (Finanças)' });
    await expect(financas.locator('.status')).toHaveText('needs attention: do not upload it until the problem below is solved');
    await expect(financas).toContainText('The NIF on the Finanças tax status certificate is 245678913');
    await page.screenshot({ path: 'test-results/walk9-agency-report-en.png', fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('alone with a phone photo of the passport and a stale certidão: nothing says "ready" of the certidão, in English and Portuguese', async ({
  page,
  harness,
}) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-stale-'));
  const out = join(work, 'out');
  try {
    // A phone photo of his passport's data page, and the scan of a certidão issued on 14 August 2026 (valid 3 months).
    copyFileSync(join(CORPUS, 'reading', 'passports', 'npl-photo.jpg'), join(work, 'IMG_3110.jpg'));
    copyFileSync(join(CORPUS, 'reading', 'certificates', 'financas-scan.pdf'), join(work, 'certidao-agosto.pdf'));
    // His passport's expiry as its MRZ says (9 January 2027): typed otherwise, a blocker would say so first.
    await aloneWith(
      page,
      harness,
      { ...aWorker, permitNumber: 'N1122334', permitExpiry: '2027-02-26', passportExpiry: '2027-01-09' },
      'stay',
    );
    await fillDetails(page, harness, { ...BIKASH, nif: '287430120' });
    await page.goto(`${harness.url}/#/documents`);
    await giveFiles(page, harness, 'passport', [join(work, 'IMG_3110.jpg')]);
    await giveFiles(page, harness, 'financas-no-debt', [join(work, 'certidao-agosto.pdf')]);
    const financas = page.getByTestId('card-financas-no-debt');
    await expect(financas.getByTestId('certificate-verdict')).toContainText('No longer valid today', { timeout: 240_000 });

    mkdirSync(out);
    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    await expect(financas.getByTestId('output-name')).toBeVisible({ timeout: 300_000 });
    await expect(page.getByTestId('card-passport').getByTestId('output-name')).toBeVisible({ timeout: 120_000 });
    await expect(financas.getByTestId('card-status')).toHaveText('Needs attention', { timeout: 120_000 });
    await expect(financas.getByTestId(/^result-/)).not.toContainText(/\bReady\b/);
    await page.screenshot({ path: 'test-results/walk10-stale-documents-en.png', fullPage: true });
    // The stale certidão's sentence once on the page (session 11's walk: three times), its card saying its verdict.
    const staleSentence = 'was issued on 14 August 2026 and was valid until 14 November 2026';
    expect((await page.getByRole('main').innerText()).split(staleSentence)).toHaveLength(2);
    await expect(page.getByTestId('documents-blockers')).toContainText(staleSentence);
    await expect(page.getByTestId('documents-reason')).not.toContainText('Also to fix');

    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(page.getByTestId('reading-item-certificate-stale')).toContainText('valid until 14 November 2026');
    await page.screenshot({ path: 'test-results/walk10-stale-pre-upload-en.png', fullPage: true });
    await page.goto(`${harness.url}/#/`);
    await expect(page.getByTestId('task-documents')).not.toContainText(/\bDone\b/);
    // The task list names the stale certidão after the documents still to get ready, once: in the next action, not
    // again in the reasons of the documents and folder steps below it (session 12's walk).
    await expect(page.getByTestId('next-action')).toContainText(
      'Also to fix before you upload: The Finanças tax status certificate, file certidao-agosto.pdf, was issued on 14 August 2026',
    );
    await expect(page.getByTestId('task-reason-documents')).not.toContainText('Also to fix');
    await expect(page.getByTestId('task-reason-folder')).not.toContainText('Also to fix');
    expect((await page.getByRole('main').innerText()).split(staleSentence)).toHaveLength(2);
    await page.screenshot({ path: 'test-results/walk10-stale-home-en.png', fullPage: true });

    const upload = join(out, 'aima-upload-ready');
    const report = prepareReportSchema.parse(JSON.parse(readFileSync(join(upload, 'report.json'), 'utf8')));
    expect(report.categories.find((c) => c.categoryId === 'financas-no-debt')?.readingFlag).toBe('blocked');

    await page.goto(`${harness.url}/#/documents`);
    await page.getByTestId('language-select').selectOption('pt');
    await expect(financas.getByTestId('card-status')).toHaveText('Requer atenção', { timeout: 240_000 });
    await expectNoUntranslatedText(page, 'stale certidão (pt)');
    await page.screenshot({ path: 'test-results/walk10-stale-documents-pt.png', fullPage: true });
    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(page.getByTestId('reading-item-certificate-stale')).toContainText('era válida até 14 de novembro de 2026');
    await page.screenshot({ path: 'test-results/walk10-stale-pre-upload-pt.png', fullPage: true });
    writeFileSync('test-results/walk10-stale-pre-upload-pt.txt', await page.getByRole('main').innerText());
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('an agency with three clients: each status and each report says what its documents show', async ({ page, harness }) => {
  test.setTimeout(900_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-three-'));
  try {
    const clients = join(work, 'clients');
    agencyClientWithOtherNif(clients, 'santos');
    // Priyanka Sharma: a phone photo of her passport and her Social Security declaration (valid until 15 January 2027).
    agencyClient(
      clients,
      'sharma',
      {
        'passport.jpg': 'reading/passports/ind-photo.jpg',
        'seguranca-social.pdf': 'reading/certificates/seguranca-social-text.pdf',
      },
      {
        situation: { permitKind: 'temporary-work', passportExpiry: '2029-07-15', permitExpiry: '2027-02-10' },
        person: { fullName: 'Priyanka Sharma', dateOfBirth: '1995-02-17', niss: '12045678909' },
      },
    );
    // Olena Kovalenko: her address proven by a junta de freguesia atestado, which AIMA no longer accepts.
    agencyClient(
      clients,
      'kovalenko',
      {
        'passport.jpg': 'reading/passports/ukr-scan.jpg',
        'proof-of-address/atestado.pdf': 'reading/certificates/junta-atestado-text.pdf',
      },
      {
        situation: { permitKind: 'temporary-work', passportExpiry: '2030-11-11', permitExpiry: '2027-01-31' },
        person: { fullName: 'Olena Kovalenko', dateOfBirth: '2001-04-23' },
      },
    );
    const out = join(work, 'prepared');
    mkdirSync(out);
    await agencyWith(page, harness, clients);
    await runAgency(page, harness, out, 840_000);
    await page.screenshot({ path: 'test-results/walk10-agency-three-en.png', fullPage: true });
    writeFileSync('test-results/walk10-agency-three-en.txt', await page.getByRole('main').innerText());
    for (const client of ['santos', 'sharma', 'kovalenko'])
      await expect(page.getByTestId(`client-${client}`).getByTestId('client-status')).toHaveText('Needs attention');
    await expect(page.getByTestId('result-santos').getByTestId('problems')).toContainText('245678913');
    await expect(page.getByTestId('result-kovalenko').getByTestId('problems')).toContainText('AIMA no longer accepts it');
    await expect(page.getByTestId('result-sharma').getByTestId('problems')).not.toContainText('NISS');

    await page.getByTestId('language-select').selectOption('pt');
    await expectNoUntranslatedText(page, 'agency with three clients (pt)');
    await page.screenshot({ path: 'test-results/walk10-agency-three-pt.png', fullPage: true });
    writeFileSync('test-results/walk10-agency-three-pt.txt', await page.getByRole('main').innerText());

    // Each client's own report says what its row says.
    await page.goto(pathToFileURL(join(out, 'kovalenko', 'report.html')).href);
    const address = page.locator('section').filter({ hasText: 'atestado.pdf' }).first();
    await expect(address.locator('.status')).toHaveText('needs attention: do not upload it until the problem below is solved');
    // Fine as a file, blocked by what it says: the file's check does not say "Ready to upload" under it.
    await expect(address).toContainText('Check of the file itself (size, pages, legibility): nothing wrong.');
    await expect(address).not.toContainText('Ready to upload');
    await page.screenshot({ path: 'test-results/walk10-agency-kovalenko-report-en.png', fullPage: true });
    // Her report speaks of "the client", never "your passport": the agency reads it (session 11's walk).
    await expect(page.locator('body')).not.toContainText(/\byour (passport|case)\b/i);
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8');
    writeFileSync('test-results/walk10-agency-three-summary.csv', csv);
    // The junta's atestado is "not accepted" in summary.csv and summary.html alike, never "stale" (session 11's walk).
    expect(csv.split(/\r?\n/).find((line) => line.startsWith('kovalenko,'))).toMatch(/,not-accepted$/);
    await page.goto(pathToFileURL(join(out, 'summary.html')).href);
    const kovalenko = page.locator('tr').filter({ hasText: 'kovalenko' });
    await expect(kovalenko).toContainText(
      'Certificates on the day of this run: a junta de freguesia certificate, which AIMA does not accept',
    );
    await page.screenshot({ path: '/tmp/walk11/agency-three-summary-en.png', fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
