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

  await page.getByLabel('Language').selectOption('pt');
  await page.goto(`${harness.url}/#/trouble/fraud-email-or-paid-slots`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('uma "vaga" paga');
  await expect(page.getByTestId('no-texts')).toHaveText(
    'A aplicação não tem um texto pronto para este caso: siga os passos acima.',
  );
  await expectNoUntranslatedText(page, 'trouble row (pt)');
});

test('no decision after paying: the page offers the registered letter that asks AIMA for a decision, and no contact form', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/trouble/no-decision-after-payment`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('No decision long after you submitted and paid');
  await expect(page.getByTestId('texts-for-aima')).toBeVisible();
  await expect(page.getByTestId('form-subject')).toHaveCount(0);
  await expect(page.getByTestId('no-texts')).toHaveCount(0);
  await page.getByTestId('save-letter').click();
  await expect(page.getByTestId('saved-texts')).toContainText('.pdf');
  const letters = join(harness.home, 'Documents', 'AIMA Prep', 'cases', 'my-renewal', 'letters');
  const text = readdirSync(letters).find((name) => name.endsWith('.txt'))!;
  expect(readFileSync(join(letters, text), 'utf8')).toContain('pedido de decisão');
  await expectAccessible(page, 'trouble row with only the letter');
});
