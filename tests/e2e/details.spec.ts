import { expect, test } from './fixtures';
import { fillDate } from './journey/situation';

/** The details form checks each field as Portuguese services do (shared/case/fields.ts), with a message naming what is wrong. */
test('the details form refuses NIF 123456780 by its check digit and postal code 1200, in both languages', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}/#/details`);
  await page.locator('#person-nif').fill('123456780');
  await page.locator('#person-street').fill('Rua da Prata, 10');
  await page.locator('#person-postalCode').fill('1200');
  await page.locator('#person-locality').fill('Lisboa');
  await fillDate(page, 'person-dateOfBirth', '1990-02-31');
  await page.getByTestId('details-save').click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(page.locator('#person-nif-error')).toHaveText(
    'This NIF is not valid: its last digit (the check digit) does not match the other 8. Check it on your NIF card or a letter from the Finanças.',
  );
  await expect(page.locator('#person-postalCode-error')).toContainText('4 digits, a hyphen and 3 digits');
  await expect(page.locator('#person-dateOfBirth-error')).toHaveText(
    'Your date of birth must be a real date: February 1990 has 28 days',
  );

  await page.getByLabel('Language').selectOption('pt');
  await page.getByTestId('details-save').click();
  await expect(page.locator('#person-nif-error')).toContainText('o último algarismo (o dígito de controlo) não corresponde');

  // The right NIF, written with spaces, and a postal code without its hyphen are accepted and normalised.
  await page.locator('#person-nif').fill('123 456 789');
  await page.locator('#person-postalCode').fill('1200 195');
  await fillDate(page, 'person-dateOfBirth', '1990-02-28');
  await page.getByTestId('details-save').click();
  await expect(page).toHaveURL(/#\/trouble$/);
  await page.goto(`${harness.url}/#/details`);
  await expect(page.locator('#person-nif')).toHaveValue('123456789');
  await expect(page.locator('#person-postalCode')).toHaveValue('1200-195');
});
