import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Harness } from '../harness/server';
import { CORPUS } from './helpers';
import { aWorker, answerSituation, fillDate, type SituationAnswers } from './situation';

/**
 * The people the walks are about, set up in one place: a person alone (their situation answered and confirmed,
 * on the documents page, with these files given), their details, and an agency (client folders, a run from the
 * agency view). The walks assert what the person then sees.
 */

/** A person alone: answers step 1 as `answers` say, confirms them, and opens the documents page (or stays where confirming leads). */
export async function aloneWith(
  page: Page,
  harness: Harness,
  answers: SituationAnswers = aWorker,
  then: 'documents' | 'stay' = 'documents',
): Promise<void> {
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, answers);
  await page.getByTestId('confirm-situation').click();
  if (then === 'documents') await page.goto(`${harness.url}/#/documents`);
}

/** Gives these files for one document, as the person picks them in the file dialog. */
export async function giveFiles(page: Page, harness: Harness, categoryId: string, paths: string[]): Promise<void> {
  harness.shell.queueFiles(paths);
  await page.getByTestId(`add-${categoryId}`).click();
}

export interface PersonDetails {
  fullName: string;
  nationality: string;
  phone: string;
  email: string;
  nif: string;
  niss: string;
  passportNumber: string;
  street: string;
  postalCode: string;
  locality: string;
  dateOfBirth: string;
}

/** Bikash Gurung, who renews alone (session 9's walk). */
export const BIKASH: PersonDetails = {
  fullName: 'Bikash Gurung',
  nationality: 'nepalesa',
  phone: '+351 912 345 678',
  email: 'bikash.gurung@example.org',
  nif: '298765438',
  niss: '12345678902',
  passportNumber: '10938472',
  street: 'Rua dos Anjos 12, 2.º Esq.',
  postalCode: '1150-039',
  locality: 'Lisboa',
  dateOfBirth: '1990-06-30',
};

/** Types the person's details on the details page and saves them. */
export async function fillDetails(page: Page, harness: Harness, details: PersonDetails): Promise<void> {
  await page.goto(`${harness.url}/#/details`);
  const { dateOfBirth, ...text } = details;
  for (const [field, value] of Object.entries(text)) await page.locator(`#person-${field}`).fill(value);
  await fillDate(page, 'person-dateOfBirth', dateOfBirth);
  await page.getByTestId('details-save').click();
  await expect(page).not.toHaveURL(/#\/details$/);
}

/**
 * An agency client's folder: files copied from the corpus (relative path in the client folder → corpus path) and its
 * client.json. Returns the client's folder.
 */
export function agencyClient(clients: string, name: string, files: Record<string, string>, clientJson: object): string {
  const client = join(clients, name);
  for (const [relPath, corpusPath] of Object.entries(files)) {
    mkdirSync(dirname(join(client, relPath)), { recursive: true });
    copyFileSync(join(CORPUS, corpusPath), join(client, relPath));
  }
  writeFileSync(join(client, 'client.json'), JSON.stringify(clientJson));
  return client;
}

/**
 * An agency client whose certidão holds another NIF: a scanned Brazilian passport and the reading corpus's Finanças
 * certidão (text layer, NIF 245678913), with a client.json giving NIF 123456789.
 */
export function agencyClientWithOtherNif(clients: string, name = 'santos'): string {
  return agencyClient(
    clients,
    name,
    { 'passport.jpg': 'reading/passports/bra-scan.jpg', 'financas.pdf': 'reading/certificates/financas-text.pdf' },
    {
      situation: { permitKind: 'temporary-work', passportExpiry: '2031-03-22', permitExpiry: '2027-01-20' },
      person: { fullName: 'João Pedro dos Santos', dateOfBirth: '1988-11-05', nif: '123456789' },
    },
  );
}

/** The agency view with these client folders picked (nothing run yet). */
export async function agencyWith(page: Page, harness: Harness, clients: string): Promise<void> {
  await page.goto(harness.url);
  await page.getByTestId('nav-agency').click();
  harness.shell.queueFolder(clients);
  await page.getByTestId('pick-clients').click();
}

/** Runs the batch from the agency view into `out` and waits for its summary. */
export async function runAgency(page: Page, harness: Harness, out: string, timeout = 480_000): Promise<void> {
  harness.shell.queueFolder(out);
  await page.getByRole('button', { name: 'Choose where to write the prepared folders' }).click();
  await page.getByTestId('run-batch').click();
  await expect(page.getByTestId('agency-summary')).toBeVisible({ timeout });
}
