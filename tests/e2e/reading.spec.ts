import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Harness } from './harness/server';
import { aloneWith } from './journey/people';
import { CORPUS, expectAccessible, expectNoUntranslatedText, SCREENSHOTS } from './journey/helpers';
import { fillDate } from './journey/situation';

/**
 * Issue 16 in the app, on a fixed clock (1 December 2026, 11:00 Lisbon): files read
 * offline and suggested into their category for the person to confirm (Must show 3),
 * the passport's MRZ offered for the case's facts detail by detail, and the consistency
 * check's items before upload, in English and Portuguese (Must show 4).
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const UNNAMED = `${CORPUS}/reading/unnamed`;
const manifest = JSON.parse(readFileSync(`${CORPUS}/reading/manifest.json`, 'utf8')) as Array<{
  path: string;
  expect: { categoryId?: string };
}>;
const unnamed = manifest
  .filter((entry) => entry.path.startsWith('unnamed/'))
  .map((entry) => ({ name: entry.path.slice('unnamed/'.length), categoryId: entry.expect.categoryId! }));

async function toDocuments(page: Page, harness: Harness) {
  await page.clock.setFixedTime(DEC_1);
  await aloneWith(page, harness);
}

test('twelve unnamed files dropped on the page are read, suggested into their documents and confirmed', async ({
  page,
  harness,
}) => {
  test.setTimeout(600_000);
  expect(unnamed).toHaveLength(12);
  await toDocuments(page, harness);
  await page.evaluate(
    (paths) => Object.assign((window as unknown as { __harnessDropPaths: Record<string, string> }).__harnessDropPaths, paths),
    Object.fromEntries(unnamed.map((file) => [file.name, `${UNNAMED}/${file.name}`])),
  );
  const transfer = await page.evaluateHandle(
    (names) => {
      const data = new DataTransfer();
      for (const name of names) data.items.add(new File(['x'], name));
      return data;
    },
    unnamed.map((file) => file.name),
  );
  await page.getByTestId('documents-drop-area').locator('p').first().dispatchEvent('drop', { dataTransfer: transfer });
  const sorter = page.getByTestId('drop-sorter');
  await expect(sorter).toBeVisible();
  // Every file read (text layer, or OCR for the scans and photos) and its document preselected.
  for (const file of unnamed) {
    const select = sorter.getByLabel(`Which document is ${file.name}?`);
    await expect(select, file.name).toHaveValue(file.categoryId, { timeout: 240_000 });
  }
  await expect(sorter.getByTestId('content-suggestion')).toHaveCount(12);
  // The words that decided, as the documents print them.
  const row = (name: string) => sorter.getByTestId('sort-file').filter({ hasText: name });
  await expect(row('scan0004.pdf')).toContainText('“DECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA”');
  await expect(row('scan0003.pdf')).toContainText('“AUTORIDADE TRIBUTÁRIA E ADUANEIRA”');
  await expect(row('scan0001.jpg')).toContainText('machine-readable zone');
  await expectAccessible(page, 'content suggestions');
  await page.screenshot({ path: `${SCREENSHOTS}/reading-suggestions-en.png`, fullPage: true });

  await sorter.getByTestId('sort-add').click();
  await expect(sorter).toBeHidden();
  for (const file of unnamed) {
    await expect(
      page.getByTestId(`card-${file.categoryId}`).getByTestId('assigned-file').filter({ hasText: file.name }),
      file.name,
    ).toHaveCount(1);
  }
  // Every card holds exactly the files the manifest gives it.
  const byCategory = new Map<string, number>();
  for (const file of unnamed) byCategory.set(file.categoryId, (byCategory.get(file.categoryId) ?? 0) + 1);
  for (const [categoryId, count] of byCategory)
    await expect(page.getByTestId(`card-${categoryId}`).getByTestId('assigned-file'), categoryId).toHaveCount(count);
});

/** A contract of employment with a text layer, made here so its worker's name is known (another spelling than the passport's). */
async function contractPdf(dir: string, workerName: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    'CONTRATO DE TRABALHO A TERMO CERTO',
    'Entre Padaria Lisboeta, Lda., NIPC 509 876 544 (Primeiro Outorgante)',
    `e Nome do trabalhador: ${workerName}, NIF 245 678 913 (Segundo Outorgante),`,
    'é celebrado o presente contrato de trabalho, que se rege pelas cláusulas seguintes.',
    'Lisboa, 3 de março de 2025',
  ];
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 11, font }));
  const path = join(dir, 'contrato.pdf');
  writeFileSync(path, await pdf.save());
  return path;
}

test('the passport fills the case detail by detail; a contract in another name and a certificate with another NIF block upload, in both languages', async ({
  page,
  harness,
}) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'aima-reading-'));
  try {
    await toDocuments(page, harness);
    // The person typed their NIF (a valid one, not the certificate's) and a passport number with a typo.
    await page.goto(`${harness.url}/#/details`);
    await page.locator('#person-nif').fill('123456789');
    await page.locator('#person-passportNumber').fill('FZ7364018');
    await fillDate(page, 'person-dateOfBirth', '1988-11-05');
    await page.getByTestId('details-save').click();
    await expect(page).not.toHaveURL(/#\/details$/);
    await page.goto(`${harness.url}/#/documents`);

    harness.shell.queueFiles([`${CORPUS}/reading/passports/bra-scan.jpg`]);
    await page.getByTestId('add-passport').click();
    const prefill = page.getByTestId('mrz-prefill');
    await expect(prefill).toBeVisible({ timeout: 240_000 });
    await expect(prefill.getByTestId('mrz-fullName')).toContainText('JOAO PEDRO DOS SANTOS');
    await expect(prefill.getByTestId('mrz-nationality')).toContainText('brasileira (BRA)');
    await expect(prefill.getByTestId('mrz-dateOfBirth')).toContainText('Same as your case');
    await expect(prefill.getByTestId('mrz-sex')).toContainText('Male');
    await expect(prefill.getByTestId('mrz-passportNumber')).toContainText('You typed FZ7364018; the passport says FZ7364019.');
    // What they typed is kept unless they choose the passport's.
    await expect(prefill.getByLabel('Keep mine (FZ7364018)')).toBeChecked();
    await expect(prefill.getByTestId('mrz-passportExpiry')).toContainText(
      'You typed 30 June 2031; the passport says 22 March 2031.',
    );
    await prefill.getByLabel('Use the passport’s (FZ7364019)').check();
    await prefill.getByLabel('Use the passport’s (22 March 2031)').check();
    await expectAccessible(page, 'passport prefill');
    await page.screenshot({ path: `${SCREENSHOTS}/reading-mrz-prefill-en.png`, fullPage: true });
    await prefill.getByTestId('mrz-save').click();
    await expect(prefill.getByTestId('mrz-saved')).toHaveText('Saved to your case.');
    await expect(prefill.getByTestId('mrz-passportNumber')).toContainText('Same as your case');
    await expect(prefill.getByTestId('mrz-fullName')).toContainText('Same as your case');
    await expect(prefill.getByTestId('mrz-passportExpiry')).toContainText('Same as your case');
    await page.getByLabel('Language').selectOption('pt');
    await expect(prefill.getByTestId('mrz-passportNumber')).toContainText('Igual ao seu processo');
    await expect(prefill.getByTestId('mrz-sex')).toContainText('Sexo: Masculino');
    await expectNoUntranslatedText(page, 'passport prefill');
    await page.screenshot({ path: `${SCREENSHOTS}/reading-mrz-prefill-pt.png`, fullPage: true });
    await page.getByLabel('Idioma').selectOption('en');

    harness.shell.queueFiles([await contractPdf(dir, 'Joana Pereira dos Santos')]);
    await page.getByTestId('add-employment-contract').click();
    harness.shell.queueFiles([`${CORPUS}/reading/certificates/financas-text.pdf`]);
    await page.getByTestId('add-financas-no-debt').click();
    const financas = page.getByTestId('card-financas-no-debt');
    // Read once the engine has inspected it (slow on a loaded machine).
    await expect(financas.getByTestId('file-reading')).toContainText(
      'Issued on 2 November 2026, valid until 2 February 2027. Fine if you submit by 2 February 2027 (checked for today, 1 December 2026: enter above the day you plan to submit).',
      { timeout: 60_000 },
    );
    await expect(financas.getByTestId('file-reading')).toContainText('The NIF on the');

    await page.goto(`${harness.url}/#/pre-upload`);
    const checks = page.getByTestId('reading-checks');
    await expect(checks.locator('li')).toHaveCount(2);
    await expect(checks.getByTestId('reading-item-name-mismatch')).toHaveText(
      /^Blocks The name in the employment contract or employer declaration \(“Joana Pereira dos Santos”\) is not the name in your passport \(“JOAO PEDRO DOS SANTOS”\)\./,
    );
    await expect(checks.getByTestId('reading-item-nif-mismatch')).toContainText(
      'The NIF on the Finanças tax status certificate is 245678913, not the NIF in your case (123456789).',
    );
    await expect(page.getByTestId('blockers')).not.toContainText('Nothing blocks');
    await expectAccessible(page, 'pre-upload with reading items');
    await page.screenshot({ path: `${SCREENSHOTS}/reading-pre-upload-en.png`, fullPage: true });

    await page.getByLabel('Language').selectOption('pt');
    await expect(checks.getByTestId('reading-item-name-mismatch')).toContainText(
      'O nome no contrato de trabalho ou declaração da entidade empregadora («Joana Pereira dos Santos») não é o nome no passaporte («JOAO PEDRO DOS SANTOS»).',
    );
    await expect(checks.getByTestId('reading-item-nif-mismatch')).toContainText(
      'O NIF na certidão de situação tributária (Finanças) é 245678913, e não o NIF do seu processo (123456789).',
    );
    await expectNoUntranslatedText(page, 'pre-upload with reading items');
    await page.screenshot({ path: `${SCREENSHOTS}/reading-pre-upload-pt.png`, fullPage: true });

    // Planning to submit on 10 February 2027: the certidão of 2 November (3 months) is stale by then.
    await page.getByLabel('Idioma').selectOption('en');
    await page.goto(`${harness.url}/#/documents`);
    await fillDate(page, 'planned-submit-on', '2027-02-10');
    await expect(financas.getByTestId('file-reading')).toContainText(
      'Issued on 2 November 2026, valid until 2 February 2027. Stale on 10 February 2027, the day you plan to submit: get a new one.',
    );
    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(checks.getByTestId('reading-item-certificate-stale')).toContainText(
      'was issued on 2 November 2026 and was valid until 2 February 2027: it is stale on the day you plan to submit. Get a new one.',
    );
    await expect(checks.locator('li')).toHaveCount(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
