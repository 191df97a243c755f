import { rulesMeta } from '../../shared/rules/meta';
import { expect, test } from './fixtures';
import { expectAccessible } from './journey/helpers';

const SCREENSHOTS = 'tests/e2e/__screenshots__';

test('first screen shows the rules version from the API and switches language', async ({ page, harness }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(harness.url);

  await expect(page.getByTestId('rules-version')).toHaveText(`Rules version ${rulesMeta.rulesVersion}`);
  await expect(page.getByTestId('rules-checked-on')).toContainText('Last checked against official sources on');
  await page.screenshot({ path: `${SCREENSHOTS}/home-en.png`, fullPage: true });

  await page.getByLabel('Language').selectOption('pt');
  await expect(page.getByTestId('rules-version')).toHaveText(`Versão das regras ${rulesMeta.rulesVersion}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-PT');
  await expect(page.getByRole('heading', { level: 2, name: 'Regras usadas por esta aplicação' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/home-pt.png`, fullPage: true });

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByTestId('rules-version')).toHaveText(`Versão das regras ${rulesMeta.rulesVersion}`);
  expect(consoleErrors).toEqual([]);
});

test('the harness rejects input that does not match the contract, with a clear error', async ({ page, harness }) => {
  await page.goto(harness.url);
  const result = await page.evaluate(() =>
    // Deliberately wrong: paths must be a non-empty array of strings.
    window.aima.filesDescribe({ operationId: 'x', paths: 'not-an-array' } as never),
  );
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('INVALID_INPUT');
  expect(result.error.issues?.[0]?.path).toBe('paths');

  const unknown = await page.evaluate(async () => {
    const response = await fetch('/api/deleteEverything', { method: 'POST', body: '{}' });
    return response.json();
  });
  expect((unknown as { error: { code: string } }).error.code).toBe('UNKNOWN_CALL');
});

test('progress events stream to the renderer during a long call', async ({ page, harness }) => {
  await page.goto(harness.url);
  const files = ['package.json', 'tsconfig.json', 'README.md'].map((name) => `${process.cwd()}/${name}`);
  const outcome = await page.evaluate(async (paths) => {
    const events: Array<{ done: number; total: number; file?: string }> = [];
    // Events may arrive after the call's answer (another channel): wait for the last one, not for a fixed time.
    let lastArrived: () => void = () => undefined;
    const allArrived = new Promise<void>((resolve) => (lastArrived = resolve));
    const stop = window.aima.onEvent((event) => {
      if (event.operationId !== 'describe-1') return;
      events.push({ done: event.done, total: event.total, file: event.file });
      if (event.done === event.total) lastArrived();
    });
    const result = await window.aima.filesDescribe({ operationId: 'describe-1', paths });
    await allArrived;
    stop();
    return { result, events };
  }, files);
  expect(outcome.result.ok).toBe(true);
  expect(outcome.events.map((e) => e.done)).toEqual([1, 2, 3]);
  expect(outcome.events.every((e) => e.total === 3)).toBe(true);
});

test('warns when the rules have not been re-checked for months', async ({ page, harness }) => {
  // The renderer passes its own date to the rules; half a year after the check date the warning must show.
  const checked = new Date(`${rulesMeta.rulesCheckedOn}T12:00:00Z`);
  const later = new Date(checked.getTime() + 200 * 86_400_000);
  await page.clock.setFixedTime(later);
  await page.goto(harness.url);
  await expect(page.getByTestId('rules-stale')).toContainText('These rules were last checked 200 days ago');
});

test('does not warn while the rules are fresh', async ({ page, harness }) => {
  await page.clock.setFixedTime(new Date(`${rulesMeta.rulesCheckedOn}T12:00:00Z`));
  await page.goto(harness.url);
  await expect(page.getByTestId('rules-version')).toBeVisible();
  await expect(page.getByTestId('rules-stale')).toHaveCount(0);
});

test('where the sources disagree: every reading, the one the app follows, the safest course', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByTestId('disagreements-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where the sources disagree');
  const receipt = page.getByTestId('disagreement-receipt-validity');
  await expect(receipt.getByRole('heading', { level: 2 })).toContainText('How long a renewal receipt is valid');
  await expect(receipt.getByTestId('reading')).toHaveCount(2);
  await expect(receipt.getByTestId('reading').first()).toContainText('Followed by this app');
  await expect(receipt).toContainText('Lei 23/2007 art. 78 n.7: renewal receipt has the effect of the title for 60 days');
  await expect(receipt).toContainText('Safest course:');
  await expectAccessible(page, 'disagreements page');
  await page.getByTestId('language-select').selectOption('pt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onde as fontes divergem');
  await expect(receipt).toContainText('Caminho mais seguro:');
});
