import { expect, type Page } from '@playwright/test';
import { testOnFixedClock } from './fixtures';
import type { Harness } from './harness/server';
import { expectNoUntranslatedText } from './journey/helpers';
import { aloneWith } from './journey/people';
import { aWorker, fillDate } from './journey/situation';

/**
 * Session 15's walk of the guide as people the earlier walks did not cover, on the journeys' fixed clock (1 December
 * 2026, 11:00 Lisbon), in English and Portuguese: Kwame, a worker whose permit expired on 20 May 2026, who submitted
 * and paid in early May and is still without a decision; Jorge, whose permanent residence card expired on 1 April 2026
 * and who never renewed; Fatima, whose family-reunification permit follows her husband's. Each assertion is a sentence
 * the walk found untrue of the person's case, and what it says now (Fatima's: what was found true, pinned).
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const test = testOnFixedClock(DEC_1);

// Radio order of step 1's first question (permitKinds in shared/rules/situation.ts).
const FAMILY_REUNIFICATION = 5;
const PERMANENT = 10;

async function toPortuguese(page: Page, harness: Harness, path: string) {
  await page.goto(`${harness.url}/#${path}`);
  await page.getByTestId('language-select').selectOption('pt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-PT');
}

test('Kwame, submitted and paid before his permit expired, waiting seven months: no lapse, and the day of tacit approval is past', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await aloneWith(page, harness, { ...aWorker, permitExpiry: '2026-05-20' }, 'stay');
  await page.goto(`${harness.url}/#/after-submit`);
  await fillDate(page, 'duc-date', '2026-05-02');
  await page.locator('#duc-time').fill('10:00');
  await page.locator('#duc-reference').fill('111 222 333');
  await page.getByTestId('duc-submit').click();
  await expect(page.getByTestId('duc-deadline')).toBeVisible();
  await fillDate(page, 'payment-date', '2026-05-04');
  await page.locator('#payment-time').fill('12:00');
  await page.getByTestId('payment-submit').click();
  await expect(page.getByTestId('payment-recorded')).toBeVisible();

  // "29 July 2026 has come, 60 Portuguese working days after your payment …", read on 1 December.
  await expect(page.getByTestId('after-submit-wait')).toContainText('29 July 2026 has passed, 60 Portuguese working days');

  await page.goto(`${harness.url}/#/route`);
  // "Your permit expired more than six months ago (on 20 May 2026), before you submitted: the usual online threshold
  // had passed", and the urgent "… the right of residence lapses … consider a lawyer before you submit": he submitted
  // on 2 May, before his permit expired.
  await expect(page.getByTestId('route-availability')).not.toContainText('before you submitted');
  await expect(page.getByTestId('route-availability')).toContainText('You have submitted your renewal on this route');
  await expect(page.getByTestId('warning-expired-over-6-months')).toHaveCount(0);
  await expect(page.getByTestId('route-warnings')).toContainText('Extensions of validity apply inside Portugal only');
  await expect(page.locator('main')).not.toContainText('more than six months ago');
  // "Met — Last moment to pay the DUC (strictest reading)" for a DUC of 2 May 10:00 paid on 4 May; "After you submit"
  // says "Paid after this".
  await expect(page.getByTestId('timeline-duc-deadline')).toContainText('Paid after this');
  await expect(page.getByTestId('timeline-duc-deadline')).not.toContainText('Met');
  await page.screenshot({ path: 'test-results/walk15-kwame-route-en.png', fullPage: true });

  // The receipt refused at an airline "blocks your renewal"; it does not.
  await page.goto(`${harness.url}/#/trouble/expired-card-receipt-refused`);
  await expect(page.getByTestId('trouble-urgency')).toContainText('This stands in your way: deal with it this week.');

  await toPortuguese(page, harness, '/route');
  await expect(page.getByTestId('route-availability')).not.toContainText('mais de seis meses');
  await expect(page.getByTestId('warning-expired-over-6-months')).toHaveCount(0);
  await expect(page.getByTestId('timeline-duc-deadline')).toContainText('Pago depois deste prazo');
  await expectNoUntranslatedText(page, 'Kwame’s route (pt)');
  await page.screenshot({ path: 'test-results/walk15-kwame-route-pt.png', fullPage: true });
  await page.goto(`${harness.url}/#/after-submit`);
  // "Chegou o dia 29 de julho de 2026 …" on 1 December.
  await expect(page.getByTestId('after-submit-wait')).toContainText('Já passou o dia 29 de julho de 2026, 60 dias úteis');
  await page.goto(`${harness.url}/#/trouble/expired-card-receipt-refused`);
  await expect(page.getByTestId('trouble-urgency')).toContainText('Isto é um obstáculo: trate dele esta semana.');
});

test('Jorge, a permanent residence card expired eight months ago: the lapse of the right of residence is not asserted', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await aloneWith(page, harness, { ...aWorker, permitKindIndex: PERMANENT, permitExpiry: '2026-04-01' }, 'stay');

  await page.goto(`${harness.url}/#/route`);
  const lapse = page.getByTestId('warning-expired-over-6-months');
  // "Your permit expired more than 6 months ago … and the right of residence lapses 6 months after expiry": the sources
  // give that rule for temporary permits; none says whether it reaches a permanent permit, which has no time limit.
  await expect(lapse).toContainText('Your residence card expired more than 6 months ago (on 1 April 2026');
  await expect(lapse).toContainText('no source we found says whether that applies to permanent residence');
  await expect(lapse).not.toContainText('and the right of residence lapses');
  await expect(page.getByTestId('timeline-online-threshold')).not.toContainText('; the right of residence lapses');
  await page.screenshot({ path: 'test-results/walk15-jorge-route-en.png', fullPage: true });

  await page.goto(`${harness.url}/#/trouble/permit-lapsed`);
  await expect(page.locator('main')).toContainText('The right of residence of a temporary permit lapses six months after expiry');
  // The carta registada said "A minha autorização de residência era válida até 1 de abril de 2026 e caducou …".
  const letter = page.getByTestId('letter-preview');
  await expect(letter).toContainText(
    'Sou titular de autorização de residência permanente. O meu título de residência era válido até 1 de abril de 2026; decorreram mais de seis meses desde essa data.',
  );
  await expect(letter).not.toContainText('A minha autorização de residência era válida');

  await toPortuguese(page, harness, '/route');
  await expect(lapse).toContainText('O seu título de residência caducou há mais de 6 meses (a 1 de abril de 2026');
  await expect(lapse).toContainText('nenhuma fonte que encontrámos diz se isso se aplica à residência permanente');
  await expect(lapse).not.toContainText('data em que o direito de residência caduca');
  await expectNoUntranslatedText(page, 'Jorge’s route (pt)');
  await page.screenshot({ path: 'test-results/walk15-jorge-route-pt.png', fullPage: true });
  await page.goto(`${harness.url}/#/trouble/permit-lapsed`);
  await expect(page.locator('main')).toContainText('O direito de residência de uma autorização temporária caduca seis meses');
  await expectNoUntranslatedText(page, 'Jorge’s lapse page (pt)');
});

test('Fatima, family reunification: what she brings that a worker does not is asked for, in both languages', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000);
  await aloneWith(page, harness, { ...aWorker, permitKindIndex: FAMILY_REUNIFICATION, permitExpiry: '2027-01-20' });
  // Walked and found true: the proof of the family relationship is required, the sponsor's documents recommended, and
  // a worker's employment contract is not asked for.
  const relationship = page.getByTestId('card-family-relationship-proof');
  await expect(relationship.getByTestId('card-status')).toHaveText('Required');
  await expect(relationship).toContainText('Proof that the family relationship continues');
  await expect(page.getByTestId('card-sponsor-documents')).toContainText(
    'a reunified family member’s permit follows the sponsor’s',
  );
  await expect(page.getByTestId('card-employment-contract')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/walk15-fatima-documents-en.png', fullPage: true });
  await page.getByTestId('language-select').selectOption('pt');
  await expect(relationship).toContainText('Comprovativo de que o vínculo familiar se mantém');
  await expect(page.getByTestId('card-sponsor-documents')).toContainText('Documentos do familiar reagrupante');
  await expectNoUntranslatedText(page, 'Fatima’s documents (pt)');
  await page.screenshot({ path: 'test-results/walk15-fatima-documents-pt.png', fullPage: true });
});
