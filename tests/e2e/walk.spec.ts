import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CORPUS, expectNoUntranslatedText } from './journey/helpers';
import { aWorker, answerSituation, fillDate } from './journey/situation';

/**
 * Session 5's walk of the app as new users, on the journeys' fixed clock (1 December 2026, 11:00
 * Lisbon). Each assertion is a sentence the walk found untrue or contradicted by another screen.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');

test('Amina: a blurred phone photo of her passport and a stale scanned Finanças certificate are never called ready', async ({
  page,
  harness,
}) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(DEC_1);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  // Her passport's expiry as its MRZ prints it (npl-photo.jpg: 9 January 2027): this walk is about a blurred photo and
  // a stale certificate, not a mistyped date (that item has its own tests: consistency-reader, walk-truth, agency).
  await answerSituation(page, { ...aWorker, permitNumber: 'B9876543', permitExpiry: '2027-01-10', passportExpiry: '2027-01-09' });
  await page.getByTestId('confirm-situation').click();

  // One sentence says when to look for the portal, with no day already past ("Look from 1 October 2026").
  const when = page.getByTestId('route-when');
  await expect(page.getByTestId('route-availability')).toContainText('check the portal from now on, and by 1 January 2027');
  await expect(when.locator('p')).toHaveCount(1);

  await page.goto(`${harness.url}/#/documents`);
  harness.shell.queueFiles([`${CORPUS}/reading/passports/npl-photo.jpg`]);
  await page.getByTestId('add-passport').click();
  harness.shell.queueFiles([`${CORPUS}/reading/certificates/financas-scan.pdf`]);
  await page.getByTestId('add-financas-no-debt').click();
  const financas = page.getByTestId('card-financas-no-debt');
  // The scan is read (OCR) and found stale on the planned day.
  // Said once on the card, by its verdict line (the page's summary says the full sentence once, session 11's walk).
  await expect(financas.getByTestId('certificate-verdict')).toContainText('get a new one', { timeout: 180_000 });
  await expect(financas.getByTestId('file-reading-items')).toHaveCount(0);
  const out = mkdtempSync(join(tmpdir(), 'aima-walk-out-'));
  try {
    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    const passport = page.getByTestId('card-passport');
    await expect(passport.getByTestId('output-name')).toHaveText('not-ready_nao-pronto/passport.pdf', { timeout: 180_000 });
    // Kept apart because a page is blurred: labelled "Not ready", and for that reason (not "the portal would refuse").
    const result = passport.getByTestId('result-passport');
    await expect(result.locator('.tag').first()).toHaveText('Not ready');
    await expect(passport.getByTestId('not-ready-folder')).toContainText('a page looks blurred');
    await expect(passport.getByTestId('not-ready-folder')).not.toContainText('the portal would refuse');
    // The stale certificate: its card and its prepared PDF say what its reading says.
    await expect(financas.getByTestId('output-name')).toHaveText('financas-no-debt.pdf');
    await expect(financas.locator('.card-head .tag')).toHaveText('Needs attention');
    await expect(financas.getByTestId('result-financas-no-debt').locator('.tag').first()).toHaveText(
      'Do not upload yet: see what blocks above',
    );
    // The documents not ready are listed once at the top, by the next action; the reason counts them (session 12's walk).
    await expect(page.getByTestId('documents-reason')).toContainText(/^\d+ required documents are not ready yet\.$/);
    await expect(page.getByTestId('documents-next')).toContainText('Passport (a page looks blurred: scan it again)');
    const top = await page.getByTestId('documents-assessment').innerText();
    expect(top.split('Passport (a page looks blurred')).toHaveLength(2);

    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(page.getByTestId('blockers')).toContainText('Passport (a page looks blurred: scan it again).');
    await expect(page.getByTestId('blockers')).not.toContainText('not prepared or not ready');
    // Her typed expiry is the MRZ's: no "differs from the passport" item beside the blurred page.
    await expect(page.locator('main')).not.toContainText('Your answer in “Your situation” says your passport expires on');
    // The next action says to scan the passport again, not to "prepare" a document already prepared.
    await page.goto(`${harness.url}/#/`);
    await expect(page.getByTestId('next-action')).toContainText('Passport (a page looks blurred: scan it again)');
    await expect(page.getByTestId('next-action')).not.toContainText('Prepare your documents');
    // The next action lists the documents to get ready; the documents step counts them (listed once on the page).
    await expect(page.getByTestId('task-reason-documents')).toHaveText(/^\d+ required documents are not ready yet\.$/);
    await page.screenshot({ path: 'test-results/walk2-amina-next-action.png', fullPage: true });

    await page.goto(`${harness.url}/#/folder`);
    const passportRow = page.getByTestId('folder-report').locator('tr', { hasText: 'not-ready_nao-pronto/passport.pdf' });
    await expect(passportRow.locator('.tag')).toHaveText('Not ready');

    // The same screens in Portuguese.
    await page.getByTestId('language-select').selectOption('pt');
    await expect(passportRow.locator('.tag')).toHaveText('Não está pronto');
    await expectNoUntranslatedText(page, 'upload-ready folder of a blurred passport (pt)');
    await page.goto(`${harness.url}/#/pre-upload`);
    await expect(page.getByTestId('blockers')).toContainText('Passaporte (uma página parece desfocada: digitalize-a de novo).');
    await page.goto(`${harness.url}/#/`);
    await expect(page.getByTestId('next-action')).toContainText('Passaporte (uma página parece desfocada: digitalize-a de novo)');
    await page.goto(`${harness.url}/#/documents`);
    await expect(financas.locator('.card-head .tag')).toHaveText('Requer atenção');
    await expect(page.getByTestId('documents-reason')).toContainText(/^\d+ documentos obrigatórios ainda não estão prontos\.$/);
    await expect(page.getByTestId('card-passport').getByTestId('not-ready-folder')).toContainText('uma página parece desfocada');
    await expectNoUntranslatedText(page, 'documents of a blurred passport and a stale certificate (pt)');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('Kwame: expired in August, DUC of 5 October unpaid: one last day for the guide reading, no "your month is not open yet"', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(DEC_1);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, { ...aWorker, permitNumber: 'K1234567', permitExpiry: '2026-08-20' });
  await page.getByTestId('confirm-situation').click();
  await expect(page.getByTestId('route-availability')).toContainText('Your expiry month has passed');
  await expect(page.getByTestId('warning-portal-month-unknown')).toHaveCount(0);
  // An expiry is not a task that can be overdue: it has expired; and there is no month left to wait for.
  await expect(page.getByTestId('timeline-permit-expires').locator('.tag')).toHaveText('Expired');
  await expect(page.locator('main')).not.toContainText('once your expiry month is open');
  await expect(page.locator('main')).toContainText('your expiry month has already passed');

  await page.goto(`${harness.url}/#/after-submit`);
  await fillDate(page, 'duc-date', '2026-10-05');
  await page.locator('#duc-time').fill('14:20');
  await page.locator('#duc-reference').fill('712 345 678 901');
  await page.getByTestId('duc-submit').click();
  await expect(page.getByTestId('duc-other-deadline')).toContainText('20 October 2026');
  // Every reading has passed: no more "try to pay as soon as the DUC is generated … within the 24 hours".
  const advice = page.getByTestId('duc-advice');
  await expect(advice).toContainText('The DUC’s payment deadline has passed under every reading (the last on 20 October 2026');
  await expect(advice).not.toContainText('as soon as the DUC is generated');

  // Submitted: the route no longer says "submit as soon as your documents are ready".
  await page.goto(`${harness.url}/#/`);
  await expect(page.getByTestId('task-reason-route')).toContainText('You have submitted your renewal');
  await page.goto(`${harness.url}/#/after-submit`);

  await page.getByTestId('language-select').selectOption('pt');
  await expect(advice).toContainText('O prazo de pagamento do DUC terminou segundo todas as leituras');
  // The applicants' guide is named, never a bare "o guia" beside this app's guide and "as guias" (the DUC).
  await expect(page.getByTestId('duc-window')).toContainText('Um guia de requerentes muito divulgado');
  await expectNoUntranslatedText(page, 'after submit with an unpaid DUC (pt)');
  // The hint under "Mensagem a colar" agrees with it ("editá-lo" read as about a masculine noun no one sees).
  await page.goto(`${harness.url}/#/trouble/payment-not-visible`);
  await expect(page.locator('main')).toContainText('Pode editá-la aqui antes de copiar ou guardar.');
  // No payment is recorded: the text neither says "paguei" nor attaches a proof of payment, and says what to record.
  await expect(page.getByTestId('contact-text')).not.toHaveValue(/paguei|Junto o comprovativo de pagamento/);
  await expect(page.getByTestId('contact-text')).toHaveValue(/gerado o DUC com a referência 712 345 678 901/);
  await expect(page.locator('main')).toContainText('registe primeiro o pagamento');

  // The no-reply page's letter, chosen from his facts (submitted, DUC issued, unpaid): only what the case holds.
  await page.goto(`${harness.url}/#/trouble/no-reply-anywhere`);
  const preview = page.getByTestId('letter-preview');
  await expect(preview).toContainText('foi gerado o Documento Único de Cobrança (DUC), com a referência 712 345 678 901.');
  await expect(preview).toContainText('que me seja confirmado se o DUC acima indicado se mantém válido para o pagamento da taxa');
  await expect(preview).not.toContainText('não aparece registado');
  await expect(preview).not.toContainText('paguei');
});
