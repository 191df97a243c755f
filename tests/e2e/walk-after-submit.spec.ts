import { expect } from '@playwright/test';
import { testOnFixedClock } from './fixtures';
import { expectAccessible, expectNoUntranslatedText } from './journey/helpers';
import { aWorker, answerSituation, fillDate } from './journey/situation';

/**
 * Session 7's walk of the after-submit page, on the journeys' fixed clock (1 December 2026, 11:00
 * Lisbon): Lin (permit until 26 December) generates her DUC on Monday 30 November at 10:20 and pays
 * it that evening. Every sentence is checked against the case: the payment window in Portuguese
 * working days (1 and 8 December are holidays), the wait and what to do if no decision comes, and
 * the route's timeline, which no longer advises the steps she has taken.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');

const test = testOnFixedClock(DEC_1);

test('Lin after submitting: the DUC window, the payment, the wait and the timeline, in English and Portuguese', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${harness.url}/#/situation/permitKind`);
  await answerSituation(page, { ...aWorker, permitExpiry: '2026-12-26' });
  await page.getByTestId('confirm-situation').click();

  await page.goto(`${harness.url}/#/after-submit`);
  await expect(page.getByTestId('after-submit-reason')).toHaveText('Nothing submitted yet.');
  await expect(page.getByTestId('after-submit-wait')).toHaveCount(0);

  // The DUC of Monday 30 November, 10:20: AIMA's 24 hours ended at 10:20 today; the guide's reading counts
  // 10 working days from the day after (2–4, 7, 9–11, 14–16 December: 1 and 8 December are holidays).
  await fillDate(page, 'duc-date', '2026-11-30');
  await page.locator('#duc-time').fill('10:20');
  await page.locator('#duc-reference').fill('712 345 678 901');
  await page.getByTestId('duc-submit').click();
  await expect(page.getByTestId('duc-deadline')).toContainText('Tuesday, 1 December 2026 at 10:20');
  await expect(page.getByTestId('duc-other-deadline')).toContainText('16 December 2026');
  await expect(page.getByTestId('after-submit-reason')).toContainText(
    'The strictest reading’s deadline passed on 1 December 2026 at 10:20. Under the 10-working-day reading of a widely shared applicants’ guide there is still time until 16 December 2026 at 23:59: pay now',
  );
  await page.screenshot({ path: 'test-results/walk7-after-submit-duc-en.png', fullPage: true });

  // Paid that evening.
  await fillDate(page, 'payment-date', '2026-11-30');
  await page.locator('#payment-time').fill('18:05');
  await page.getByTestId('payment-submit').click();
  await expect(page.getByTestId('payment-recorded')).toContainText('Monday, 30 November 2026 at 18:05');
  const status = page.getByTestId('after-submit-status');
  await expect(status).toContainText('Paid');
  await expect(page.getByTestId('duc-advice')).toHaveText('Paid: the payment is recorded in the evidence log.');
  // The wait, and the day silence becomes tacit approval: 60 working days after 30 November.
  const wait = page.getByTestId('after-submit-wait');
  await expect(wait).toContainText('AIMA decides now.');
  await expect(wait).toContainText(
    'If no decision comes by 26 February 2027, 60 Portuguese working days after your payment on 30 November 2026, lawyers read the renewal as tacitly approved (deferimento tácito).',
  );
  await expect(wait).toContainText('Do not ask about the delay through the contact form');
  await expectAccessible(page, 'after submit, paid, waiting');
  await page.screenshot({ path: 'test-results/walk7-after-submit-paid-en.png', fullPage: true });

  // The link leads to the troubleshooting row whose sources and letter the text relies on.
  await wait.getByTestId('after-submit-no-decision').click();
  await expect(page.locator('main')).toContainText('No decision long after you submitted and paid');
  await expect(page.locator('main')).toContainText('60 working days of the fee payment');

  // The route's timeline after paying: steps taken are done, not advised again.
  await page.goto(`${harness.url}/#/route`);
  await expect(page.getByTestId('timeline-duc-paid')).toContainText('30 November 2026 · 18:05');
  await expect(page.getByTestId('timeline-duc-paid')).toContainText('DUC paid');
  for (const gone of ['timeline-duc-try-to-pay', 'timeline-portal-opens', 'timeline-download-certificates'])
    await expect(page.getByTestId(gone), gone).toHaveCount(0);
  await expect(page.getByTestId('timeline')).not.toContainText('contact AIMA');
  await expect(page.getByTestId('route-availability')).toContainText('You have submitted your renewal on this route');

  // The same in Portuguese.
  await page.getByTestId('language-select').selectOption('pt');
  await expect(page.getByTestId('timeline-duc-paid')).toContainText('DUC pago');
  await expectNoUntranslatedText(page, 'route after paying (pt)');
  await page.goto(`${harness.url}/#/after-submit`);
  await expect(status).toContainText('Pago');
  await expect(wait).toContainText('Agora é a AIMA que decide.');
  await expect(wait).toContainText(
    'Se não houver decisão até 26 de fevereiro de 2027, 60 dias úteis depois do pagamento feito a 30 de novembro de 2026, os advogados entendem que a renovação fica tacitamente deferida (deferimento tácito).',
  );
  await expect(wait).toContainText('Sem decisão muito depois de pagar: o que fazer');
  await expectNoUntranslatedText(page, 'after submit, paid (pt)');
  await page.screenshot({ path: 'test-results/walk7-after-submit-paid-pt.png', fullPage: true });
  await page.goto(`${harness.url}/#/`);
  await expect(page.getByTestId('task-afterSubmit')).toContainText('Concluído');
});
