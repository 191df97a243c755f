import { expect, type Page } from '@playwright/test';
import { testOnFixedClock } from './fixtures';
import type { Harness } from './harness/server';
import { expectAccessible, expectNoUntranslatedText } from './journey/helpers';
import { aloneWith } from './journey/people';
import { aWorker, fillDate, type SituationAnswers } from './journey/situation';

/**
 * Session 14's walk of the guide as people the earlier walks did not cover, on the journeys' fixed clock (1 December
 * 2026, 11:00 Lisbon), in English and Portuguese: Aisha, a student with no NISS who moved, 19 days before expiry;
 * Domingos, a CPLP holder whose DUC of 20 November is unpaid; Yara, a family-reunification permit expired in May
 * 2025 (the Mission Structure's route, after the 15 April 2026 end of its extension); Ravi, a D7 holder who paid in
 * June and is still waiting, with a passport that expires on 20 December. Each assertion is a sentence the walk
 * found untrue of the person's case, and what it says now.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const test = testOnFixedClock(DEC_1);

// Radio order of step 1's first question (permitKinds in shared/rules/situation.ts).
const STUDY = 4;
const FAMILY_REUNIFICATION = 5;
const D7 = 2;
const CPLP = 8;

async function toPortuguese(page: Page, harness: Harness, path: string) {
  await page.goto(`${harness.url}/#${path}`);
  await page.getByTestId('language-select').selectOption('pt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-PT');
}

async function recordDuc(page: Page, harness: Harness, date: string, time: string, reference: string) {
  await page.goto(`${harness.url}/#/after-submit`);
  await fillDate(page, 'duc-date', date);
  await page.locator('#duc-time').fill(time);
  await page.locator('#duc-reference').fill(reference);
  await page.getByTestId('duc-submit').click();
  await expect(page.getByTestId('duc-deadline')).toBeVisible();
}

const label = (page: Page, id: string) => page.locator(`label[for="pre-${id}"]`);

test('Aisha, a student with no NISS who moved, 19 days before expiry: each check to tick is true of her case', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  const aisha: SituationAnswers = {
    ...aWorker,
    permitKindIndex: STUDY,
    permitExpiry: '2026-12-20',
    hasNiss: false,
    addressChangedSinceLastCard: true,
  };
  await aloneWith(page, harness, aisha, 'stay');

  await page.goto(`${harness.url}/#/pre-upload`);
  // It read "Finanças and Segurança Social documents are freshly downloaded (…, Social Security declaration 4 months)".
  await expect(label(page, 'fresh-declarations')).toHaveText('The Finanças certificate is freshly downloaded (valid 3 months).');
  // "… your name and address match across Finanças, Segurança Social and AIMA": she is not registered there.
  await expect(label(page, 'nif-registered')).not.toContainText('Segurança Social');
  // "The address AIMA holds is your current one", beside the route's "give the new address with the renewal".
  await expect(label(page, 'address-current')).toContainText('Your new address is given with the renewal');
  await expectAccessible(page, 'Aisha’s pre-upload checks');
  await page.screenshot({ path: 'test-results/walk14-aisha-pre-upload-en.png', fullPage: true });

  await page.goto(`${harness.url}/#/route`);
  // "Download fresh Finanças and Social Security documents … the Social Security declaration 4 months".
  await expect(page.getByTestId('timeline-download-certificates')).toContainText('Download a fresh Finanças certificate');
  await expect(page.getByTestId('timeline-download-certificates')).toContainText(
    'Without a NISS there is no Social Security declaration to download',
  );

  await toPortuguese(page, harness, '/pre-upload');
  await expect(label(page, 'fresh-declarations')).toHaveText('A certidão das Finanças foi obtida há pouco (válida 3 meses).');
  await expect(label(page, 'address-current')).toContainText('A nova morada é indicada na renovação');
  await expectNoUntranslatedText(page, 'Aisha’s pre-upload checks (pt)');
  await page.screenshot({ path: 'test-results/walk14-aisha-pre-upload-pt.png', fullPage: true });
  await page.goto(`${harness.url}/#/route`);
  await expect(page.getByTestId('timeline-download-certificates')).toContainText('Obtenha uma certidão recente das Finanças');
});

test('Domingos, a CPLP holder with an unpaid DUC of 20 November: the services portal, today’s payment, his own texts', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await aloneWith(page, harness, { ...aWorker, permitKindIndex: CPLP, permitExpiry: '2026-09-10' }, 'stay');
  await recordDuc(page, harness, '2026-11-20', '15:00', '123 456 789');

  await page.goto(`${harness.url}/#/route`);
  const timeline = page.getByTestId('timeline');
  // "Date not known yet: AIMA’s email inviting you to renew", after the DUC that email's link generated.
  await expect(page.getByTestId('timeline-wait-for-aima-email')).toHaveCount(0);
  // "Pay the DUC: 21 November 2026 · 15:00 — done or passed", unpaid, beside "Try to pay from 20 November 15:00".
  const pay = page.getByTestId('timeline-duc-try-to-pay');
  await expect(pay).toContainText('1 December 2026 — today');
  await expect(pay).not.toContainText('done or passed');
  await expect(timeline).toContainText('7 December 2026 · 23:59');
  await page.screenshot({ path: 'test-results/walk14-domingos-route-en.png', fullPage: true });

  // His checklist asks for no Finanças or Social Security certificate (AIMA checks both itself): no check for them.
  await page.goto(`${harness.url}/#/pre-upload`);
  await expect(label(page, 'fresh-declarations')).toHaveCount(0);
  await expect(page.getByTestId('blockers')).toContainText('Checks not ticked yet: 9.');

  // "Preenchi o pedido de renovação … no Portal das Renovações, tendo sido gerado o DUC": his DUC came from services.aima.gov.pt.
  await page.goto(`${harness.url}/#/trouble/duc-not-generated`);
  const text = page.getByTestId('contact-text');
  await expect(text).toHaveValue(/no Portal de serviços da AIMA \(services\.aima\.gov\.pt\), tendo sido gerado o DUC/);
  await expect(text).not.toHaveValue(/Portal das Renovações/);

  // The Portuguese route page named the portal "AIMA services portal".
  await toPortuguese(page, harness, '/route');
  await expect(page.getByTestId('route-portal')).toContainText('Portal de serviços da AIMA — https://services.aima.gov.pt');
  await expect(page.getByTestId('timeline-duc-try-to-pay')).toContainText('1 de dezembro de 2026 — hoje');
  await expectNoUntranslatedText(page, 'Domingos’s route (pt)');
  await page.screenshot({ path: 'test-results/walk14-domingos-route-pt.png', fullPage: true });
});

test('Yara, expired in May 2025, not yet called: the route does not tell her to wait for AIMA’s email', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000);
  await aloneWith(
    page,
    harness,
    { ...aWorker, permitKindIndex: FAMILY_REUNIFICATION, permitExpiry: '2025-05-31', biometricsOnFile: false },
    'stay',
  );
  await page.goto(`${harness.url}/#/`);
  // "This route opens by AIMA’s email: you can submit once the email … reaches you", below "act now".
  const route = page.getByTestId('task-reason-route');
  await expect(route).toContainText('do not wait for the email');
  await expect(route).not.toContainText('you can submit once the email');
  await expect(page.getByTestId('next-action')).toContainText(
    'The in-country extension for these permits ended on 15 April 2026',
  );
  await page.screenshot({ path: 'test-results/walk14-yara-tasks-en.png', fullPage: true });
  await toPortuguese(page, harness, '/route');
  await expect(page.getByTestId('route-availability')).toContainText('não espere pelo e-mail');
  await expect(page.getByTestId('route-portal')).toContainText('Portal de serviços da AIMA');
  await expectNoUntranslatedText(page, 'Yara’s route (pt)');
  await page.screenshot({ path: 'test-results/walk14-yara-route-pt.png', fullPage: true });
});

test('Ravi, paid in June and still waiting, passport until 20 December: no "Met" on an expiry, no "renew it first"', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000);
  await aloneWith(
    page,
    harness,
    { ...aWorker, permitKindIndex: D7, permitExpiry: '2026-07-20', passportExpiry: '2026-12-20' },
    'stay',
  );
  await recordDuc(page, harness, '2026-06-15', '10:00', '987 654 321');
  await fillDate(page, 'payment-date', '2026-06-15');
  await page.locator('#payment-time').fill('12:00');
  await page.getByTestId('payment-submit').click();
  await expect(page.getByTestId('payment-recorded')).toBeVisible();

  await page.goto(`${harness.url}/#/route`);
  // "Met — Your permit expired", "Met — Six months after expiry".
  await expect(page.getByTestId('timeline-permit-expires')).toContainText('Submitted before this date');
  await expect(page.getByTestId('timeline-online-threshold')).toContainText('Submitted before this date');
  await expect(page.getByTestId('timeline-permit-expires')).not.toContainText('Met');
  // "… before AIMA’s legal 60-day target for deciding a renewal … consider renewing it first", six months after paying.
  const passport = page.getByTestId('warning-passport-expires-soon');
  await expect(passport).toContainText('Your renewal is submitted');
  await expect(passport).not.toContainText('first');
  await page.screenshot({ path: 'test-results/walk14-ravi-route-en.png', fullPage: true });

  await toPortuguese(page, harness, '/route');
  await expect(page.getByTestId('timeline-permit-expires')).toContainText('Pedido submetido antes desta data');
  await expect(passport).toContainText('O pedido de renovação está submetido');
  await expectNoUntranslatedText(page, 'Ravi’s route (pt)');
  await page.screenshot({ path: 'test-results/walk14-ravi-route-pt.png', fullPage: true });
});
