import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { VALID_CLIENT_JSON } from '../client-json';
import { expect, test } from './fixtures';
import { startHarness } from './harness/server';
import { CORPUS, expectAccessible, expectNoUntranslatedText, SCREENSHOTS } from './journey/helpers';
import { aWorker, answerSituation, fillDate } from './journey/situation';

/**
 * Issue 13, "Must show" 3: the journeys that contradicted themselves, on a
 * fixed clock (1 December 2026, 11:00 Lisbon), each asserting what a person
 * now reads. Every screen renders the one case assessment.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');

test('expired in March, today 1 December 2026: one story on every screen, nothing marked done that is not', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(DEC_1);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, { ...aWorker, permitExpiry: '2026-03-10' });
  await page.getByTestId('confirm-situation').click();

  // Route: the lapse, never "open, renew when ready", never "start 90 days before".
  const availability = page.getByTestId('route-availability');
  await expect(availability).toContainText('more than six months ago');
  await expect(page.getByTestId('route-when')).not.toContainText('You can renew as soon as');
  await expect(page.getByTestId('warning-expired-over-6-months')).toBeVisible();
  const now = page.getByTestId('route-now');
  await expect(now).toContainText('Your permit expired more than 6 months ago');
  await expect(now).not.toContainText('90 days');
  // The six-month point is a date that has passed, not a task that is late (walk of session 7).
  await expect(page.getByTestId('timeline-online-threshold').locator('.tag')).toHaveText('Passed');
  // The urgent lapse box leads to the lapse (its letter asks AIMA to accept the file), not the generic portal error.
  await expect(page.getByTestId('warning-link-expired-over-6-months')).toHaveAttribute('href', '#/trouble/permit-lapsed');
  const why = page.locator('section[aria-labelledby="route-why"]');
  await expect(why).toContainText('no longer the usual route');
  await expect(why).not.toContainText('once your expiry month is open');
  await expectAccessible(page, 'route of an expired permit');
  await page.screenshot({ path: `${SCREENSHOTS}/expired-route-en.png`, fullPage: true });

  // The documents page renders the same assessment at its top: no file given, nothing marked ready.
  await page.goto(`${harness.url}/#/documents`);
  const summary = page.getByTestId('documents-assessment');
  await expect(summary).toContainText('Not started');
  await expect(page.getByTestId('documents-reason')).toContainText('Not ready yet: Passport (no file given)');
  await expect(page.getByTestId('documents-next')).toHaveCount(0); // the next action is the lapse, on another page
  await expectAccessible(page, 'documents of an expired permit');

  // Ticking the ten checks does not make anything after the documents done.
  await page.goto(`${harness.url}/#/pre-upload`);
  // No document read and no name or NIF in the case: nothing was compared, so nothing is said to agree.
  const readingSummary = page.getByTestId('reading-summary');
  await expect(readingSummary).toContainText('Not checked: your name (needs your passport read');
  await expect(readingSummary).toContainText('your NIF (needs your NIF in your details and a certificate read that shows one)');
  await expect(readingSummary).not.toContainText('agree');
  await page.screenshot({ path: `${SCREENSHOTS}/reading-summary-nothing-compared-en.png`, fullPage: true });
  const boxes = page.locator('input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await expect(page.getByTestId('blockers')).toContainText('Passport');

  // A DUC generated 27/11 16:45: the strict 24 hours passed on 28/11; the 10-working-day reading still runs.
  await page.goto(`${harness.url}/#/after-submit`);
  await fillDate(page, 'duc-date', '2026-11-27');
  await page.locator('#duc-time').fill('16:45');
  await page.locator('#duc-reference').fill('123 456 789');
  await page.getByTestId('duc-submit').click();
  const status = page.getByTestId('after-submit-status');
  await expect(status).toContainText('Passed');
  await expect(status).toContainText('deadline passed on 28 November 2026 at 16:45');
  await expect(status).toContainText('there is still time until');
  await expect(page.getByTestId('duc-deadline')).toContainText('Passed');
  await expect(page.getByTestId('duc-other-deadline')).toBeVisible();
  await expect(page.getByTestId('duc-other-deadline')).not.toContainText('Passed');
  await expect(page.locator('body')).not.toContainText(/seed/i);
  await expectAccessible(page, 'after submit with an overdue DUC');
  await page.screenshot({ path: `${SCREENSHOTS}/overdue-duc-after-submit-en.png`, fullPage: true });

  // The task list: one next action (the DUC), urgent items first, honest statuses with reasons.
  await page.goto(`${harness.url}/#/`);
  await expect(page.getByTestId('task-list')).toBeVisible();
  const next = page.getByTestId('next-action');
  await expect(next).toContainText('deadline passed on 28 November 2026 at 16:45');
  await expect(page.getByTestId('next-action-link')).toHaveAttribute('href', '#/after-submit');
  // The DUC is the next action, with its severity; the urgent list does not say it again (session 13's walk).
  await expect(page.getByTestId('next-action-severity')).toHaveText('Urgent');
  await expect(page.getByTestId('urgent-duc-overdue-strict')).toHaveCount(0);
  // Said once, by the next action: the after-submit step points to it, and the route step to the urgent lapse above
  // (session 13's walk: each sentence was said twice on this page).
  expect((await page.getByRole('main').innerText()).split('deadline passed on 28 November 2026 at 16:45')).toHaveLength(2);
  await expect(page.getByTestId('task-reason-afterSubmit')).toHaveText('See “What to do next” above.');
  expect((await page.getByRole('main').innerText()).split('Your permit expired more than six months ago')).toHaveLength(2);
  await expect(page.getByTestId('task-reason-route')).toHaveText('See “Urgent” above.');
  await expect(page.getByTestId('urgent-expired-over-6-months')).toBeVisible();
  await expect(page.getByTestId('task-documents')).toContainText('Not started');
  await expect(page.getByTestId('task-reason-documents')).toContainText('no file given');
  await expect(page.getByTestId('task-preUpload')).toContainText('In progress');
  await expect(page.getByTestId('task-reason-preUpload')).toContainText('required documents are not ready');
  await expect(page.getByTestId('task-folder')).not.toContainText('Done');
  await expect(page.getByTestId('task-afterSubmit')).toContainText('Needs attention');
  await expect(page.getByTestId('task-route')).toContainText('Needs attention');
  await expect(page.getByTestId('task-progress')).toHaveText('You have completed 1 of 6 steps.');
  await expectAccessible(page, 'task list of an expired permit with an overdue DUC');
  await page.screenshot({ path: `${SCREENSHOTS}/expired-overdue-tasks-en.png`, fullPage: true });

  // The lapse box of the task list leads to the lapse too.
  await page.getByTestId('urgent-expired-over-6-months').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('more than six months ago');
  // This person holds a DUC, so the lapse letter ("never submitted") would be untrue: the page says why it wrote another.
  await expect(page.getByTestId('purpose-overridden')).toBeVisible();
  await expect(page.getByTestId('letter-purpose')).not.toHaveValue('portal-failure');
  await expect(page.getByTestId('letter-preview')).not.toContainText('dentro do prazo');
});

test('recording the payment: the DUC reads paid and after-submit done on every screen (English and Portuguese)', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(DEC_1);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, { ...aWorker, permitExpiry: '2026-11-20' });
  await page.getByTestId('confirm-situation').click();
  await page.goto(`${harness.url}/#/after-submit`);
  await fillDate(page, 'duc-date', '2026-11-27');
  await page.locator('#duc-time').fill('16:45');
  await page.locator('#duc-reference').fill('712 345 678 901');
  await page.getByTestId('duc-submit').click();
  await expect(page.getByTestId('after-submit-status')).toContainText('Passed');

  // A payment before the DUC was generated is refused with a specific message.
  await fillDate(page, 'payment-date', '2026-11-26');
  await page.locator('#payment-time').fill('10:00');
  await page.getByTestId('payment-submit').click();
  await expect(page.getByTestId('error-summary')).toContainText('cannot be before the DUC was generated');
  await fillDate(page, 'payment-date', '2026-11-28');
  await page.getByTestId('payment-submit').click();
  await expect(page.getByTestId('payment-recorded')).toContainText('28 November 2026');
  const status = page.getByTestId('after-submit-status');
  await expect(status).toContainText('Paid');
  await expect(status).not.toContainText('Passed');
  await expect(page.getByTestId('after-submit-reason')).toContainText('Payment recorded');
  await expect(page.getByTestId('evidence-log')).toContainText('Proof of payment');
  // Paid: no advice to pay, no calendar of payment reminders.
  await expect(page.getByTestId('duc-advice')).toHaveText('Paid: the payment is recorded in the evidence log.');
  await expect(page.getByTestId('duc-window')).not.toContainText('as soon as');
  await expect(page.getByTestId('duc-ics')).toHaveCount(0);
  await expectAccessible(page, 'after submit with the payment recorded');
  await page.screenshot({ path: `${SCREENSHOTS}/paid-duc-after-submit-en.png`, fullPage: true });

  await page.goto(`${harness.url}/#/`);
  await expect(page.getByTestId('task-afterSubmit')).toContainText('Done');
  await expect(page.getByTestId('next-action')).toContainText('Payment recorded');
  await expect(page.getByTestId('urgent-duc-overdue-strict')).toHaveCount(0);

  // The payment is a fact the letters use: "payment not visible" now proposes the paid-but-not-registered letter.
  await page.goto(`${harness.url}/#/trouble/payment-not-visible`);
  await expect(page.getByTestId('letter-purpose')).toHaveValue('payment-not-registered');
  await expect(page.getByTestId('letter-preview')).toContainText('Em 28 de novembro de 2026, paguei a taxa devida.');

  // The same in Portuguese.
  await page.goto(`${harness.url}/#/after-submit`);
  await page.getByTestId('language-select').selectOption('pt');
  await expect(page.getByTestId('payment-recorded')).toContainText(
    'Pagamento registado. Data do pagamento: sábado, 28 de novembro de 2026',
  );
  await expect(page.getByTestId('after-submit-status')).toContainText('Pago');
  await expectNoUntranslatedText(page, 'after submit with the payment recorded (pt)');
  await page.goto(`${harness.url}/#/`);
  await expect(page.getByTestId('task-afterSubmit')).toContainText('Concluído');
});

test('the calendar file of an overdue DUC holds no past event', async ({ page, harness }) => {
  await page.clock.setFixedTime(DEC_1);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, { ...aWorker, permitExpiry: '2026-11-20' });
  await page.getByTestId('confirm-situation').click();
  await page.goto(`${harness.url}/#/after-submit`);
  await fillDate(page, 'duc-date', '2026-11-27');
  await page.locator('#duc-time').fill('16:45');
  await page.locator('#duc-reference').fill('123 456 789');
  await page.getByTestId('duc-submit').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('duc-ics').click();
  const ics = readFileSync(await (await download).path(), 'utf8');
  expect(ics).not.toMatch(/seed/i);
  const starts = [...ics.matchAll(/DTSTART:(\d{8}T\d{6}Z)/g)].map((m) => m[1]!);
  expect(starts.length).toBeGreaterThan(0);
  for (const start of starts) expect(start > '20261201T110000Z').toBe(true);
});

test('agency view: a client whose strict DUC deadline passed on 21 November is told about the DUC first', async ({ page }) => {
  test.setTimeout(240_000);
  // The batch judges deadlines by the harness's clock, fixed like the page's.
  const harness = await startHarness({ now: () => DEC_1.toISOString() });
  const work = mkdtempSync(join(tmpdir(), 'aima-assessment-e2e-'));
  try {
    const clients = join(work, 'clients');
    const out = join(work, 'prepared');
    mkdirSync(out, { recursive: true });
    const passport = join(clients, 'ana-sousa', 'passport', 'passaporte.pdf');
    mkdirSync(dirname(passport), { recursive: true });
    copyFileSync(join(CORPUS, 'scans/linn.pdf'), passport);
    writeFileSync(join(clients, 'ana-sousa', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));

    await page.clock.setFixedTime(DEC_1);
    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(clients);
    await page.getByRole('button', { name: 'Choose the clients folder' }).click();
    harness.shell.queueFolder(out);
    await page.getByRole('button', { name: 'Choose where to write the prepared folders' }).click();
    await page.getByTestId('run-batch').click();
    await expect(page.getByTestId('agency-summary')).toBeVisible({ timeout: 180_000 });
    const result = page.getByTestId('result-ana-sousa');
    await expect(result.getByTestId('next-deadline')).toContainText('Last moment to pay the DUC — 21 November 2026 at 10:15');
    await expect(result.getByTestId('next-deadline')).toContainText('OVERDUE');
    await expect(result.getByTestId('next-action')).toContainText('deadline passed on 21 November 2026 at 10:15');
    await expect(result.getByTestId('next-action')).not.toContainText('Get the missing documents');
    await expectAccessible(page, 'agency view with an overdue DUC');
    await page.screenshot({ path: `${SCREENSHOTS}/agency-overdue-duc.png`, fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
    await harness.close();
  }
});
