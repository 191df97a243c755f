import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectAccessible, expectNoUntranslatedText } from './journey/helpers';

test('problems after approval: where writing to AIMA helps, its texts; where it has none, the page says so', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/trouble`);
  const reported = page.getByTestId('trouble-user-reports');
  await reported.getByRole('link', { name: 'CTT returned your new card to AIMA ("devolvido ao remetente")' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'CTT returned your new card to AIMA ("devolvido ao remetente")',
  );
  await expect(page.getByRole('main')).toContainText('procuração');
  await expect(page.getByTestId('no-texts')).toHaveText('The app has no ready-made text for this one: follow the steps above.');
  await expect(page.getByTestId('texts-for-aima')).toHaveCount(0);
  await expectAccessible(page, 'trouble row without texts');

  // A card lost in delivery: the second-copy request is the text that helps.
  await page.goto(`${harness.url}/#/trouble/card-delivered-not-received`);
  await expect(page.getByTestId('texts-for-aima')).toBeVisible();
  await expect(page.getByTestId('form-subtype')).toHaveText('2.ª via do cartão');
  // What to do with a damaged card is said to the person, not inside the attachments AIMA reads (session 12).
  await expect(page.getByTestId('form-attachments')).not.toContainText('online form');
  await expect(page.getByTestId('form-notes')).toContainText('A damaged card cannot be attached to an online form');

  // The email's body is the explanation of what happened: it is not listed again among its attachments (session 11).
  await page.goto(`${harness.url}/#/trouble/no-renewal-option`);
  await expect(page.getByTestId('email-body')).toContainText('Captura de ecrã da mensagem de erro');
  await expect(page.getByTestId('email-body')).not.toContainText('Breve explicação');
  await expect(page.getByTestId('form-attachments')).toContainText('Short explanation of what happened');

  await page.getByLabel('Language').selectOption('pt');
  await page.goto(`${harness.url}/#/trouble/fraud-email-or-paid-slots`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('uma "vaga" paga');
  await expect(page.getByTestId('no-texts')).toHaveText(
    'A aplicação não tem um texto pronto para este caso: siga os passos acima.',
  );
  await expectNoUntranslatedText(page, 'trouble row (pt)');
});

test('no decision after paying: the registered letter invokes the tacit approval (never asks AIMA for the certificate), no contact form', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/trouble/no-decision-after-payment`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('No decision long after you submitted and paid');
  // Without a recorded payment the "no decision" letter would not be true: the page says why and offers another.
  await expect(page.getByTestId('purpose-overridden')).toContainText('no proof of payment');
  await page.evaluate(() =>
    window.aima.evidenceAdd({
      caseId: 'my-renewal',
      entry: { at: '2026-01-05T10:00:00Z', kind: 'payment-proof', note: '' },
      paths: [],
    }),
  );
  await page.reload();
  await expect(page.getByTestId('letter-purpose')).toHaveValue('no-decision');
  await expect(page.getByTestId('texts-for-aima')).toBeVisible();
  await expect(page.getByTestId('form-subject')).toHaveCount(0);
  await expect(page.getByTestId('no-texts')).toHaveCount(0);
  await page.getByTestId('save-letter').click();
  await expect(page.getByTestId('saved-texts')).toContainText('.pdf', { timeout: 20_000 });
  const letters = join(harness.home, 'Documents', 'AIMA Prep', 'cases', 'my-renewal', 'letters');
  const text = readdirSync(letters).find((name) => name.endsWith('.txt'))!;
  // Paid on 5 January, no decision since: the tacit approval has formed, and the letter invokes it (Lei 23/2007 art.
  // 82 n.º 7); the certificate is asked of ePortugal, as the row says, never of AIMA.
  const saved = readFileSync(join(letters, text), 'utf8').replace(/\u00a0/g, ' ');
  expect(saved).toContain('deferimento tácito e emissão do título de residência');
  expect(saved).toContain('nos termos do artigo 82.º, n.º 7, da Lei n.º 23/2007, de 4 de julho');
  expect(saved).not.toContain('certidão');
  await expectAccessible(page, 'trouble row with only the letter');
});

test('payment not visible: its own contact text, the payment letter chosen from the facts, copy buttons that copy one box each', async ({
  page,
  context,
  harness,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  await page.goto(`${harness.url}/#/trouble/payment-not-visible`);
  await expect(page.getByTestId('texts-for-aima')).toBeVisible();
  // The facts: a DUC generated and paid, recorded in the evidence log.
  await page.evaluate(async () => {
    const add = (entry: { at: string; kind: 'duc-reference' | 'payment-proof'; reference?: string }) =>
      window.aima.evidenceAdd({ caseId: 'my-renewal', entry: { note: '', ...entry }, paths: [] });
    await add({ at: '2026-11-27T16:45:00Z', kind: 'duc-reference', reference: '712 345 678 901' });
    await add({ at: '2026-11-28T10:00:00Z', kind: 'payment-proof' });
  });
  await page.reload();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DUC generated but payment is not visible');
  await expect(page.getByTestId('trouble-urgency')).toContainText('Act soon');
  const message = page.getByTestId('contact-text');
  await expect(message).toHaveValue(
    /paguei o DUC com a referência 712 345 678 901 no dia 28 de novembro de 2026, mas o pagamento não aparece registado no portal/,
  );
  // Not the "DUC not generated" text, nor its tip about regenerating a DUC.
  await expect(message).not.toHaveValue(/não foi gerado/);
  await expect(page.getByRole('main')).not.toContainText('regenerate');

  // The letter: the row proposes "paid but not registered", the facts allow it; "could not submit" cannot be chosen.
  const purpose = page.getByTestId('letter-purpose');
  await expect(purpose).toHaveValue('payment-not-registered');
  await expect(purpose.locator('option[value="portal-failure"]')).toBeDisabled();
  await expect(page.getByTestId('purpose-overridden')).toHaveCount(0);
  const preview = page.getByTestId('letter-preview');
  await expect(preview).toContainText('Em 28 de novembro de 2026, paguei a taxa devida.');
  await expect(preview).toContainText('Até à data, o pagamento efetuado não aparece registado no portal.');
  await expect(preview).not.toContainText('falta de submissão');
  await expect(preview).not.toContainText('dentro do prazo');
  // The person may pick another letter the facts allow: "no decision" (paid, nothing decided).
  await purpose.selectOption('no-decision');
  await expect(preview).toContainText('Até à data, não me foi notificada qualquer decisão.');
  await purpose.selectOption('payment-not-registered');
  await expect(preview).toContainText('o pagamento efetuado não aparece registado');

  // Copy buttons copy exactly what is pasted into one box: the message alone, never the reading aid or the notes.
  await page.getByTestId('copy-contact-text').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await message.inputValue());
  expect(copied).not.toContain('English');
  expect(copied).not.toContain('Check before sending');
  expect(copied).not.toContain('Bank or portal confirmation');
  await page.getByTestId('copy-email-subject').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    (await page.getByTestId('email-subject').innerText()).replace(/^Subject: /, ''),
  );
  await page.getByTestId('copy-email-body').click();
  const body = await page.evaluate(() => navigator.clipboard.readText());
  expect(body).toContain('Exmos. Senhores,');
  expect(body).not.toContain('Dear Sir or Madam');

  // Saved twice in the same minute: two sets of files, the first kept.
  await page.getByTestId('save-letter').click();
  await expect(page.getByTestId('saved-texts')).toContainText('.pdf', { timeout: 20_000 });
  await page.getByTestId('save-letter').click();
  await expect(page.getByTestId('saved-texts')).toContainText('-2.pdf', { timeout: 20_000 });
  const letters = join(harness.home, 'Documents', 'AIMA Prep', 'cases', 'my-renewal', 'letters');
  const texts = readdirSync(letters).filter((name) => name.startsWith('carta-registada') && name.endsWith('.txt'));
  expect(texts).toHaveLength(2);
  for (const name of texts) expect(readFileSync(join(letters, name), 'utf8')).toContain('pagamento não registado');
  await expectAccessible(page, 'payment not visible');
});
