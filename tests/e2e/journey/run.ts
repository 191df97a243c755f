import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Harness } from '../harness/server';
import { CORPUS, expectAccessible, expectNoUntranslatedText, SCREENSHOTS } from './helpers';
import { aWorker, answerSituation, fillDate } from './situation';

export type Lang = 'en' | 'pt';

/** Every page of the journey: axe, (in Portuguese) no untranslated text, and an optional screenshot. */
export async function checkPage(page: Page, lang: Lang, where: string, screenshot?: string) {
  await expectAccessible(page, `${where} (${lang})`);
  if (lang === 'pt') await expectNoUntranslatedText(page, where);
  if (screenshot) await page.screenshot({ path: `${SCREENSHOTS}/${screenshot}-${lang}.png`, fullPage: true });
}

const FINANCAS_PDF = `${CORPUS}/encrypted/aes-256_R6_acrobatXI_user-view_owner-master.pdf`;
const BANK_STATEMENTS = ['scans/linn.png', 'images/exif_orientation_6.jpg', 'images/photo.webp'].map(
  (file) => `${CORPUS}/${file}`,
);

/** Steps 1 and 2: answer the situation, check the answers, see the route. */
export async function situationAndRoute(page: Page, harness: Harness, lang: Lang) {
  await page.goto(harness.url);
  await expect(page.getByTestId('task-list')).toBeVisible();
  if (lang === 'pt') {
    await page.getByTestId('language-select').selectOption('pt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-PT');
  }
  await checkPage(page, lang, 'task list', 'step-0-tasks');
  await page.getByTestId('task-situation').getByRole('link').click();

  // The error summary links to the field when nothing is chosen.
  await page.getByTestId('continue').click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await checkPage(page, lang, 'situation question with an error', 'step-1-situation');
  await summary.getByRole('link').click();
  await expect(page.locator('#situation-permitKind-0')).toBeFocused();

  await answerSituation(page, aWorker, async (field) => {
    if (field === 'hasNiss') await checkPage(page, lang, 'yes/no question');
  });
  await expect(page.getByTestId('situation-summary')).toContainText(lang === 'en' ? '15 March 2027' : '15 de março de 2027');
  await checkPage(page, lang, 'check your answers', 'step-1-check-answers');
  await page.getByTestId('confirm-situation').click();

  await expect(page.getByTestId('route-portal')).toContainText('Portal das Renovações');
  await expect(page.getByTestId('timeline')).toBeVisible();
  await checkPage(page, lang, 'route', 'step-2-route');
  await page.getByTestId('to-documents').click();
}

/** Step 3, first half: add a HEIC passport photo, an encrypted Finanças PDF (with its password) and three bank statements. */
export async function addDocuments(page: Page, harness: Harness, lang: Lang) {
  harness.shell.queueFiles([`${CORPUS}/images/example.heic`]);
  await page.getByTestId('add-passport').click();
  const passport = page.getByTestId('card-passport');
  await expect(passport.getByTestId('assigned-file')).toHaveCount(1);
  // Decoding a HEIC photo takes seconds on a busy machine.
  await expect(passport).toContainText('HEIC', { timeout: 60_000 });

  harness.shell.queueFiles([FINANCAS_PDF]);
  await page.getByTestId('add-financas-no-debt').click();
  await unlockFinancas(page, lang, true);

  harness.shell.queueFiles(BANK_STATEMENTS);
  await page.getByTestId('add-income-proof').click();
  const income = page.getByTestId('card-income-proof');
  await expect(income.getByTestId('assigned-file')).toHaveCount(3);
  // Reorder by keyboard-reachable buttons: the last statement up, then back down.
  await income.getByTestId('assigned-file').nth(2).getByTestId('move-up').click();
  await expect(income.getByTestId('assigned-file').nth(1)).toContainText('photo.webp');
  await income.getByTestId('assigned-file').nth(1).getByTestId('move-down').click();
  await expect(income.getByTestId('assigned-file').nth(2)).toContainText('photo.webp');
}

/** The Finanças PDF asks for its password; a wrong one is refused, "view" opens it. */
export async function unlockFinancas(page: Page, lang: Lang, tryWrongFirst: boolean) {
  const financas = page.getByTestId('card-financas-no-debt');
  await financas.getByTestId('enter-password').click();
  const dialog = page.getByTestId('password-dialog');
  const field = dialog.locator('#pdf-password');
  await expect(field).toBeFocused();
  if (tryWrongFirst) {
    await field.fill('wrong');
    await dialog.getByTestId('password-submit').click();
    await expect(dialog.locator('#pdf-password-error')).toBeVisible();
    await checkPage(page, lang, 'password dialog');
    await page.screenshot({ path: `${SCREENSHOTS}/step-3-password-${lang}.png` });
  }
  await field.fill('view');
  await dialog.getByTestId('password-submit').click();
  await expect(dialog).toBeHidden();
  await expect(financas.getByTestId('enter-password')).toHaveCount(0);
  await expect(financas).toContainText('PDF');
}

/** Step 3, second half, then steps 4 and 5: prepare, tick the checks, see the folder on disk. */
export async function prepareAndWriteFolder(page: Page, harness: Harness, lang: Lang): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'aima-e2e-out-'));
  harness.shell.queueFolder(out);
  await page.getByTestId('prepare-documents').click();
  await expect(page.getByTestId('card-income-proof').getByTestId('output-name')).toHaveText('income-proof.pdf', {
    timeout: 120_000,
  });
  await expect(page.getByTestId('card-passport').getByTestId('output-name')).toHaveText('passport.pdf');
  await expect(page.getByTestId('card-financas-no-debt').getByTestId('output-name')).toHaveText('financas-no-debt.pdf');
  // Page thumbnails drawn by pdf.js: the three statements merged, the passport photo's page.
  await expect(page.getByTestId('card-income-proof').getByTestId('thumbnails').locator('img')).toHaveCount(3, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('card-passport').getByTestId('thumbnails').locator('img')).toHaveCount(1, { timeout: 60_000 });
  await checkPage(page, lang, 'documents with results', 'step-3-documents');

  // Step 4: tick the checks; what still blocks is listed.
  await page.goto(`${harness.url}/#/pre-upload`);
  await expect(page.getByTestId('blockers')).toBeVisible();
  const boxes = page.locator('input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
  await checkPage(page, lang, 'before you upload', 'step-4-pre-upload');
  await page.getByTestId('to-folder').click();

  // Step 5: the folder, revealed in the file manager, and its report.
  const folder = join(out, 'aima-upload-ready');
  await expect(page.getByTestId('folder-path')).toHaveText(folder);
  await page.getByTestId('reveal-folder').click();
  await expect.poll(() => harness.shell.revealed).toContain(folder);
  await expect(page.getByTestId('folder-report')).toContainText('income-proof.pdf');
  await checkPage(page, lang, 'upload-ready folder', 'step-5-folder');

  for (const name of ['passport.pdf', 'financas-no-debt.pdf', 'income-proof.pdf', 'report.json', 'report.html']) {
    expect(existsSync(join(folder, name)), name).toBe(true);
  }
  const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as {
    categories: Array<{ categoryId: string; inputs: Array<{ file: string }>; output: { pages: number } | null }>;
  };
  const income = report.categories.find((c) => c.categoryId === 'income-proof');
  // The inputs are the case's copies (originals/<hash>-<name>), in the person's order.
  expect(income?.inputs.map((input) => input.file.replace(/^[0-9a-f]{12}-/, ''))).toEqual([
    'linn.png',
    'exif_orientation_6.jpg',
    'photo.webp',
  ]);
  expect(income?.output?.pages).toBe(3);
  expect(report.categories.find((c) => c.categoryId === 'financas-no-debt')?.output?.pages).toBe(30);
  expect(readFileSync(join(folder, 'financas-no-debt.pdf')).includes(Buffer.from('/Encrypt'))).toBe(false);
  expect(readFileSync(join(folder, 'passport.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  return out;
}

/** Step 6 and 7: the DUC window with a calendar file, then the contact-form text for "DUC not generated". */
export async function ducAndTrouble(page: Page, harness: Harness, lang: Lang) {
  await page.getByTestId('to-after-submit').click();
  await page.getByTestId('duc-submit').click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await fillDate(page, 'duc-date', '2026-11-30');
  await page.locator('#duc-time').fill('23:30');
  await page.locator('#duc-reference').fill('123 456 789');
  await page.getByTestId('duc-submit').click();
  // Generated on the eve of 1 December (a holiday), seen on 1 December (the journey's fixed clock): the window
  // shows Lisbon times in the reader's language, and the strict 24 hours still run.
  await expect(page.getByTestId('duc-deadline')).toContainText(lang === 'en' ? '2026' : 'de 2026');
  await expect(page.getByTestId('duc-deadline')).not.toContainText(lang === 'en' ? 'Passed' : 'Prazo ultrapassado');
  await expect(page.getByTestId('evidence-entry')).toContainText('123 456 789');
  // The calendar holds only reminders still ahead of the page's clock.
  const download = page.waitForEvent('download');
  await page.getByTestId('duc-ics').click();
  const ics = await (await download).path();
  expect(readFileSync(ics, 'utf8')).toContain('BEGIN:VCALENDAR');
  await checkPage(page, lang, 'after you submit', 'step-6-after-submit');

  await page.goto(`${harness.url}/#/trouble`);
  await checkPage(page, lang, 'troubleshooting list', 'step-7-trouble');
  await page.locator('a[href="#/trouble/duc-not-generated"]').click();
  const text = page.getByTestId('contact-text');
  await expect(text).toHaveValue(/Portal das Renovações/);
  // The form's option is AIMA's literal label (aima-facts.md §4); the portal, in the message, AIMA's name for it.
  await expect(page.getByTestId('form-subject')).toHaveText('Portal de Renovações');
  await expect(text).not.toHaveValue(/Portal de Renovações/);
  await expect(text).toHaveValue(/A12345678/);
  // The DUC recorded in step 6 was generated: the text asks for a new one and leaves the reason to the person, marked.
  await expect(text).toHaveValue(/que não me foi possível pagar: \[MOTIVO\]/);

  // The form asks for personal details the case lacks: add them, come back, and the text has them.
  await page.locator('a[href^="#/details"]').click();
  await page.locator('#person-nif').fill('12345');
  await page.getByTestId('details-save').click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await checkPage(page, lang, 'your details with an error', 'step-7-details');
  await page.locator('#person-fullName').fill('Nguyễn Thị Ánh');
  await fillDate(page, 'person-dateOfBirth', '1990-03-27');
  await page.locator('#person-nationality').fill('vietnamita');
  await page.locator('#person-phone').fill('+351 912 345 678');
  await page.locator('#person-email').fill('anh@example.com');
  await page.locator('#person-nif').fill('123456789');
  await page.getByTestId('details-save').click();
  // The person's details are the form's own fields (each copied on its own), not part of the message.
  const fields = page.getByTestId('form-fields');
  await expect(fields).toContainText('Nguyễn Thị Ánh');
  await expect(fields).toContainText('+351 912 345 678');
  await expect(text).toHaveValue(/A12345678/);
  // The carta registada, written into the case's letters/ folder in three formats.
  await page.getByTestId('save-letter').click();
  await expect(page.getByTestId('saved-texts')).toContainText('.pdf', { timeout: 60_000 });
  await expect(page.getByTestId('saved-texts')).toContainText('.docx');
  // Named on the day the letter is dated, the page's fixed clock (1 December, 11:00 Lisbon), not the machine's.
  await expect(page.getByTestId('saved-texts')).toContainText('carta-registada-2026-12-01-1100.pdf');
  const cases = join(harness.home, 'Documents', 'AIMA Prep', 'cases');
  const [saved] = readdirSync(cases).flatMap((id) =>
    (existsSync(join(cases, id, 'letters')) ? readdirSync(join(cases, id, 'letters')) : [])
      .filter((name) => name === 'carta-registada-2026-12-01-1100.txt')
      .map((name) => join(cases, id, 'letters', name)),
  );
  expect(readFileSync(saved!, 'utf8')).toContain(', 1 de dezembro de 2026\n');
  await checkPage(page, lang, 'DUC not generated: texts for AIMA', 'step-7-contact-form');
}
