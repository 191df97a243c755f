import { expect, type Page } from '@playwright/test';

export interface SituationAnswers {
  permitKindIndex: number;
  permitNumber: string;
  permitExpiry: string;
  passportExpiry: string;
  inPortugal: boolean;
  hasNiss: boolean;
  emailWithAimaCurrent: boolean;
  addressChangedSinceLastCard: boolean;
  biometricsOnFile: boolean;
}

export const aWorker: SituationAnswers = {
  permitKindIndex: 0, // temporary-work
  permitNumber: 'A12345678',
  permitExpiry: '2027-03-15',
  passportExpiry: '2031-06-30',
  inPortugal: true,
  hasNiss: true,
  emailWithAimaCurrent: true,
  addressChangedSinceLastCard: false,
  biometricsOnFile: true,
};

/** Types an ISO date into the day, month and year fields of a date input. */
export async function fillDate(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

async function yesNo(page: Page, field: string, value: boolean) {
  await page.locator(`#situation-${field}-${value ? 0 : 1}`).check();
  await page.getByTestId('continue').click();
}

/** Answers every question of step 1 by control id (so the same code drives EN and PT). */
export async function answerSituation(page: Page, answers: SituationAnswers, onEachPage?: (field: string) => Promise<void>) {
  let first = true;
  const visit = async (field: string) => {
    // Each new page moves focus to its heading (the first may already have focus elsewhere).
    if (!first) await expect(page.locator('h1')).toBeFocused();
    first = false;
    if (onEachPage) await onEachPage(field);
  };
  await visit('permitKind');
  await page.locator(`#situation-permitKind-${answers.permitKindIndex}`).check();
  await page.getByTestId('continue').click();
  await visit('permitNumber');
  await page.locator('#situation-permitNumber').fill(answers.permitNumber);
  await page.getByTestId('continue').click();
  await visit('permitExpiry');
  await fillDate(page, 'situation-permitExpiry', answers.permitExpiry);
  await page.getByTestId('continue').click();
  await visit('passportExpiry');
  await fillDate(page, 'situation-passportExpiry', answers.passportExpiry);
  await page.getByTestId('continue').click();
  for (const field of [
    'inPortugal',
    'hasNiss',
    'emailWithAimaCurrent',
    'addressChangedSinceLastCard',
    'biometricsOnFile',
  ] as const) {
    await visit(field);
    await yesNo(page, field, answers[field]);
  }
}
