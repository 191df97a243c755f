import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { testOnFixedClock } from './fixtures';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { CORPUS, expectNoUntranslatedText } from './journey/helpers';
import { aWorker, answerSituation } from './journey/situation';
import { agencyWith, aloneWith, runAgency } from './journey/people';

/**
 * Session 6's walk of the app as new users, on the journeys' fixed clock (1 December 2026, 11:00
 * Lisbon): Lin (iPhone photos, a certificate on its last valid day), Mariana (expired, Portuguese),
 * an agency's folder of twelve unnamed files, and hostile files. Each assertion is a sentence or a
 * status the walk found untrue, cut off or lost, and fixed. Lin's files: scripts/make-walk-files.ts.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const FILES = 'tests/e2e/walk-files';

const test = testOnFixedClock(DEC_1);

test('Lin: a certificate on its last valid day is not green, and a blurred contract photo is not called ready', async ({
  page,
  harness,
}) => {
  test.setTimeout(480_000);
  await aloneWith(page, harness, {
    ...aWorker,
    permitNumber: 'L7654321',
    permitExpiry: '2026-12-26',
    passportExpiry: '2032-05-18',
  });
  harness.shell.queueFiles([`${FILES}/IMG_4101.HEIC`]);
  await page.getByTestId('add-passport').click();
  harness.shell.queueFiles([`${FILES}/IMG_4102.HEIC`, `${FILES}/IMG_4103.HEIC`]);
  await page.getByTestId('add-employment-contract').click();
  harness.shell.queueFiles([`${FILES}/certidao-financas.pdf`]);
  await page.getByTestId('add-financas-no-debt').click();

  // Issued 2 September, valid 3 months: through 2 December (Código Civil art. 279 c)), tomorrow. No day
  // planned, so "today", never "you plan to submit on"; not green a day before it goes stale.
  const verdict = page.getByTestId('card-financas-no-debt').getByTestId('certificate-verdict');
  await expect(verdict).toContainText('valid until 2 December 2026', { timeout: 120_000 });
  await expect(verdict).toContainText('checked for today, 1 December 2026');
  await expect(verdict).toContainText('Its last valid day is 2 December 2026');
  await expect(verdict).not.toContainText('you plan to submit on');
  await expect(verdict.locator('.tag')).toHaveClass(/tag-yellow/);

  const out = mkdtempSync(join(tmpdir(), 'aima-walk-lin-'));
  try {
    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    // The out-of-focus second page was thresholded to white paper and called ready; now it is kept apart as blurred.
    const contract = page.getByTestId('card-employment-contract');
    await expect(contract.getByTestId('output-name')).toHaveText('not-ready_nao-pronto/employment-contract.pdf', {
      timeout: 360_000,
    });
    await expect(contract.getByTestId('not-ready-folder')).toContainText('a page looks blurred');
    // The sharp iPhone photo of the passport stays ready.
    await expect(page.getByTestId('card-passport').getByTestId('output-name')).toHaveText('passport.pdf');
    await page.screenshot({ path: 'test-results/walk6-lin-documents-en.png', fullPage: true });
    // Session 7: the certificate's card read a green "Ready" above its yellow line. One status now, the summary's.
    const financas = page.getByTestId('card-financas-no-debt');
    await expect(financas.getByTestId('card-status')).toHaveText('Ready, with warnings');
    await expect(financas.getByTestId('card-status').locator('.tag')).toHaveClass(/tag-yellow/);
    await expect(financas.getByTestId('result-financas-no-debt').locator('.tag').first()).toHaveText('Ready, with warnings');
    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(page.getByTestId('reading-item-certificate-expires-soon')).toContainText('valid until 2 December 2026');
    await page.screenshot({ path: 'test-results/walk8-lin-pre-upload-en.png', fullPage: true });
    await page.goto(`${harness.url}/#/route`);
    // The portal's opening for an expiry month with no announced day is its latest date, not a guess.
    await expect(page.getByTestId('timeline-portal-opens')).toContainText('(at the latest)');
    await expect(page.getByTestId('timeline')).not.toContainText('1 December 2026 (estimate)');
    await page.screenshot({ path: 'test-results/walk8-lin-route-en.png', fullPage: true });
    await page.goto(`${harness.url}/#/documents`);

    await page.getByTestId('language-select').selectOption('pt');
    await expect(verdict).toContainText('verificado para hoje, 1 de dezembro de 2026');
    await expect(verdict).toContainText('O último dia de validade é 2 de dezembro de 2026');
    await expect(financas.getByTestId('card-status')).toHaveText('Pronto, com avisos');
    await expect(contract.getByTestId('not-ready-folder')).toContainText('uma página parece desfocada');
    await expectNoUntranslatedText(page, 'Lin’s documents (pt)');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('Mariana (pt): expired in October, not applied: the letter chooser stays inside its panel', async ({ page, harness }) => {
  test.setTimeout(180_000);
  await page.goto(`${harness.url}/#/`);
  await page.getByTestId('language-select').selectOption('pt');
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, { ...aWorker, permitNumber: 'M2345678', permitExpiry: '2026-10-15', passportExpiry: '2030-02-11' });
  await page.getByTestId('confirm-situation').click();
  await page.goto(`${harness.url}/#/`);
  await expect(page.locator('main')).toContainText('A sua autorização caducou a 15 de outubro de 2026');
  await expect(page.locator('main')).toContainText('antes de 15 de abril de 2027');
  for (const problem of ['no-renewal-option', 'permit-lapsed']) {
    await page.goto(`${harness.url}/#/trouble/${problem}`);
    const panel = page.getByTestId('letter-panel');
    const select = page.getByTestId('letter-purpose');
    await expect(select).toBeVisible();
    // Its longest option ran 100 px past the panel's right edge.
    const [p, s] = [await panel.boundingBox(), await select.boundingBox()];
    expect(s!.x + s!.width, problem).toBeLessThanOrEqual(p!.x + p!.width);
    await expectNoUntranslatedText(page, `${problem} (pt)`);
  }
  await page.screenshot({ path: 'test-results/walk6-mariana-lapsed-pt.png', fullPage: true });
});

const manifest = JSON.parse(readFileSync(join(CORPUS, 'reading', 'manifest.json'), 'utf8')) as {
  path: string;
  expect: { categoryId?: string };
}[];

test('an agency opens a folder of twelve unnamed files: the guide reads and suggests them; the batch names documents', async ({
  page,
  harness,
}) => {
  test.setTimeout(900_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-agency-'));
  try {
    const clients = join(work, 'clients');
    const client = join(clients, 'novo-cliente');
    mkdirSync(client, { recursive: true });
    // Eleven of the reading corpus's unnamed files, and a password-protected PDF as scan0012.pdf.
    const unnamed = manifest.filter((entry) => entry.path.startsWith('unnamed/')).slice(0, 11);
    for (const entry of unnamed) copyFileSync(join(CORPUS, 'reading', entry.path), join(client, entry.path.slice(8)));
    copyFileSync(join(CORPUS, 'encrypted/rc4-40_R3_pw-623.pdf'), join(client, 'scan0012.pdf'));
    const out = join(work, 'prepared');
    mkdirSync(out);

    await agencyWith(page, harness, clients);
    await page.getByRole('button', { name: 'Open the case of novo-cliente in the guide' }).click();
    // Before: "Documents found: 0" and twelve "No document category found in the file name", and nothing more.
    await expect(page.getByTestId('unsorted-to-read')).toContainText('The 12 files whose names say nothing are not lost');
    await page.getByTestId('continue-in-guide').click();
    await expect(page.getByTestId('task-list')).toBeVisible();
    await page.getByTestId('next-action-link').click();
    await answerSituation(page, aWorker);
    await page.getByTestId('confirm-situation').click();
    await page.goto(`${harness.url}/#/documents`);
    const sorter = page.getByTestId('drop-sorter');
    await expect(sorter).toBeVisible();
    for (const entry of unnamed) {
      const name = entry.path.slice(8);
      await expect(sorter.getByLabel(`Which document is ${name}?`), name).toHaveValue(entry.expect.categoryId!, {
        timeout: 300_000,
      });
    }
    await sorter.getByLabel('Which document is scan0012.pdf?').selectOption('income-proof');
    await sorter.getByTestId('sort-add').click();
    await expect(sorter).toBeHidden();
    for (const entry of unnamed)
      await expect(
        page
          .getByTestId(`card-${entry.expect.categoryId}`)
          .getByTestId('assigned-file')
          .filter({ hasText: entry.path.slice(8) }),
      ).toHaveCount(1);
    // Confirmed or cancelled, the suggestions are not offered again.
    await page.reload();
    await expect(page.getByTestId('drop-sorter')).toHaveCount(0);

    await page.getByTestId('nav-agency').click();
    await runAgency(page, harness, out, 600_000);
    const summary = page.getByTestId('agency-summary');
    // A file sorted by its content names its document, never the category's id.
    await expect(summary).toContainText('its content put it in Tax status certificate (Finanças)');
    await expect(summary).not.toContainText('put it in financas-no-debt');
    await page.screenshot({ path: 'test-results/walk6-agency-en.png', fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('hostile files in the documents step: each says what it is, in both languages, and nothing is lost', async ({
  page,
  harness,
}) => {
  test.setTimeout(480_000);
  const dir = mkdtempSync(join(tmpdir(), 'aima-walk-hostile-'));
  const out = mkdtempSync(join(tmpdir(), 'aima-walk-hostile-out-'));
  try {
    copyFileSync(join(CORPUS, 'broken/zero_bytes.pdf'), join(dir, 'empty.pdf'));
    // A Windows program renamed passport.pdf.
    const exe = Buffer.alloc(4096, 0);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
    exe.write('PE\0\0', 0x80, 'latin1');
    writeFileSync(join(dir, 'passport.pdf'), exe);
    copyFileSync(join(CORPUS, 'broken/truncated.jpg'), join(dir, 'photo-broken.jpg'));
    const scan = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#f4f1ea' } })
      .jpeg()
      .toBuffer();
    const long = await PDFDocument.create();
    const blank = await long.embedJpg(scan);
    for (let i = 0; i < 60; i++) long.addPage([595, 842]).drawImage(blank, { x: 0, y: 0, width: 595, height: 842 });
    writeFileSync(join(dir, 'scan-60-pages.pdf'), await long.save());
    const js = await PDFDocument.create();
    js.addPage([595, 842]).drawText('Contrato de trabalho', { x: 50, y: 780 });
    js.catalog.set(
      PDFName.of('OpenAction'),
      js.context.register(js.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert("x")') })),
    );
    writeFileSync(join(dir, 'contract-js.pdf'), await js.save());
    writeFileSync(
      join(dir, 'huge.png'),
      await sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer(),
    );
    const before = Object.fromEntries(readdirSync(dir).map((name) => [name, sha(join(dir, name))]));

    await aloneWith(page, harness, aWorker);
    // The truncated JPEG is read as a passport too: its OCR failure once threw outside the call and stopped the process.
    harness.shell.queueFiles([join(dir, 'empty.pdf'), join(dir, 'passport.pdf'), join(dir, 'photo-broken.jpg')]);
    await page.getByTestId('add-passport').click();
    harness.shell.queueFiles([join(dir, 'scan-60-pages.pdf'), join(dir, 'contract-js.pdf')]);
    await page.getByTestId('add-employment-contract').click();
    harness.shell.queueFiles([join(dir, 'huge.png')]);
    await page.getByTestId('add-proof-of-address').click();
    const passport = page.getByTestId('card-passport');
    await expect(passport).toContainText('empty.pdf is empty (0 bytes)', { timeout: 120_000 });
    await expect(passport).toContainText('passport.pdf is a program (such as an .exe), not a document');
    await expect(passport).not.toContainText('passport.pdf is damaged');

    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    await expect(passport.getByTestId('output-name')).toHaveText('not-ready_nao-pronto/passport.pdf', { timeout: 300_000 });
    await expect(passport).toContainText('The image is incomplete (the file was cut off)');
    const address = page.getByTestId('card-proof-of-address');
    await expect(address).toContainText('16000 × 16000 pixels', { timeout: 120_000 });
    const contract = page.getByTestId('card-employment-contract');
    await expect(contract.getByTestId('output-name')).toHaveText('employment-contract.pdf', { timeout: 300_000 });
    // Sixty blank pages: each named once, as the person knows it, not "Page 7: Page 7 looks blank.".
    await expect(contract).toContainText('Page 7 of scan-60-pages.pdf looks blank.');
    await expect(contract).not.toContainText('Page 7: Page 7');
    // The contract's JavaScript is not carried into the prepared PDF.
    const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('employment-contract.pdf'),
    );
    expect(written).toHaveLength(1);
    const prepared = readFileSync(join(out, written[0]!)).toString('latin1');
    expect(prepared).not.toContain('/JavaScript');

    await page.getByTestId('language-select').selectOption('pt');
    await expect(passport).toContainText('passport.pdf é um programa informático, não um documento');
    await expect(passport).toContainText('empty.pdf está vazio (0 bytes)');
    await expect(contract).not.toContainText('Página 7: Página 7');
    await expectNoUntranslatedText(page, 'hostile files (pt)');
    // Nothing lost: every original is as it was.
    expect(Object.fromEntries(readdirSync(dir).map((name) => [name, sha(join(dir, name))]))).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});

test('a password-protected certificate: locked, wrong password, cancel, right password, in both languages; the sorter says what to do there', async ({
  page,
  harness,
}) => {
  test.setTimeout(300_000);
  // Lin's certidão, locked with a password as a bank or portal might send it.
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-locked-'));
  try {
    const locked = join(work, 'certidao-financas.pdf');
    const unnamed = join(work, 'scan0007.pdf');
    for (const out of [locked, unnamed])
      execFileSync('qpdf', ['--encrypt', 'segredo', 'dono', '256', '--', `${FILES}/certidao-financas.pdf`, out]);
    const before = sha(locked);
    await aloneWith(page, harness, { ...aWorker, permitExpiry: '2026-12-26' });

    // Dropped "not sure": the sorter reads nothing from a locked PDF and says what to do from where the person is.
    harness.shell.queueFiles([unnamed]);
    await page.getByTestId('sort-not-sure').click();
    const sorter = page.getByTestId('drop-sorter');
    const message = sorter.getByTestId('reading-locked');
    await expect(message).toContainText('scan0007.pdf is a PDF protected by a password', { timeout: 60_000 });
    await expect(message).toContainText('Choose its document here and add it, then type its password on that document’s card');
    await expect(message).not.toContainText('on the documents page');
    await sorter.screenshot({ path: 'test-results/walk7-locked-sorter-en.png' });
    await page.getByTestId('language-select').selectOption('pt');
    await expect(message).toContainText('scan0007.pdf é um PDF protegido por palavra-passe');
    await expect(message).toContainText('Escolha aqui o documento a que corresponde e junte-o');
    await page.getByTestId('language-select').selectOption('en');
    await sorter.getByRole('button', { name: 'Cancel' }).click();

    harness.shell.queueFiles([locked]);
    await page.getByTestId('add-financas-no-debt').click();
    const card = page.getByTestId('card-financas-no-debt');
    await expect(card.getByTestId('enter-password')).toBeVisible({ timeout: 60_000 });
    await expect(card).toContainText('Needs a password');
    // Given but not prepared (nor readable yet): not "Required", as if nothing were there.
    await expect(card.getByTestId('card-status')).toHaveText('Not prepared yet');

    // A wrong password: said in the dialog; cancelled, the card says the password was wrong and offers it again.
    await card.getByTestId('enter-password').click();
    const dialog = page.getByTestId('password-dialog');
    await dialog.locator('#pdf-password').fill('errada');
    await dialog.getByTestId('password-submit').click();
    await expect(dialog.locator('#pdf-password-error')).toHaveText(
      'This password does not open the file. Check it and try again.',
    );
    await page.screenshot({ path: 'test-results/walk7-locked-wrong-en.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(card).toContainText('Wrong password');
    await expect(card.getByTestId('enter-password')).toBeVisible();

    // The same in Portuguese, then the right password: the file opens and is read.
    await page.getByTestId('language-select').selectOption('pt');
    await expect(card).toContainText('Palavra-passe errada');
    await card.getByTestId('enter-password').click();
    await dialog.locator('#pdf-password').fill('errada');
    await dialog.getByTestId('password-submit').click();
    await expect(dialog.locator('#pdf-password-error')).toHaveText(
      'Esta palavra-passe não abre o ficheiro. Verifique-a e tente de novo.',
    );
    await expectNoUntranslatedText(page, 'password dialog (pt)');
    await dialog.locator('#pdf-password').fill('segredo');
    await dialog.getByTestId('password-submit').click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(card).toContainText('palavra-passe aceite para esta sessão');
    await expect(card.getByTestId('certificate-verdict')).toContainText(
      'Emitida a 2 de setembro de 2026, válida até 2 de dezembro de 2026',
      {
        timeout: 120_000,
      },
    );
    await expect(card.getByTestId('reading-locked')).toHaveCount(0);
    await card.screenshot({ path: 'test-results/walk7-locked-open-pt.png' });
    // The person's file is only read.
    expect(sha(locked)).toBe(before);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
