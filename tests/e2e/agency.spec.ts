import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { CORPUS, expectAccessible, expectNoUntranslatedText, SCREENSHOTS } from './journey/helpers';

/** Three small client folders built from the corpus: two with readable documents, one with an empty PDF. */
function buildClients(root: string): void {
  const place = (client: string, relative: string, corpusFile: string) => {
    const target = join(root, client, relative);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(CORPUS, corpusFile), target);
  };
  place('ana-silva', 'passport/passaporte.pdf', 'scans/linn.pdf');
  place('bruno-costa', 'passport/passaporte.jpg', 'images/exif_orientation_6.jpg');
  place('carla-sousa', 'passport/passaporte.pdf', 'broken/zero_bytes.pdf');
}

test('an agency prepares three clients from the agency view and sees each result', async ({ page, harness }) => {
  test.setTimeout(240_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-e2e-'));
  try {
    const clients = join(work, 'clients');
    const out = join(work, 'prepared');
    mkdirSync(out, { recursive: true });
    buildClients(clients);

    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agency: many clients');
    await expect(page.getByTestId('run-batch')).toBeDisabled();

    harness.shell.queueFolder(clients);
    await page.getByRole('button', { name: 'Choose the clients folder' }).click();
    await expect(page.getByTestId('clients-folder')).toHaveText(clients);
    // Listed before any run: three clients, none prepared yet.
    for (const name of ['ana-silva', 'bruno-costa', 'carla-sousa'])
      await expect(page.getByTestId(`client-${name}`).getByTestId('client-status')).toHaveText('Not prepared yet');

    harness.shell.queueFolder(out);
    await page.getByRole('button', { name: 'Choose where to write the prepared folders' }).click();
    await expect(page.getByTestId('output-folder')).toHaveText(out);
    await expect(page.getByTestId('run-batch')).toBeEnabled();

    await page.getByTestId('run-batch').click();
    // While it runs, the overall progress is announced (it may already be over on a fast machine).
    await expect(page.getByTestId('overall-progress').or(page.getByTestId('agency-summary'))).toBeVisible();
    const summary = page.getByTestId('agency-summary');
    await expect(summary).toBeVisible({ timeout: 180_000 });
    await expect(summary.getByRole('heading', { level: 2, name: 'Result' })).toBeFocused();

    await expect(summary.getByRole('status')).toHaveText('3 clients: 0 ready, 3 need attention, 0 failed.');
    // Readable passports are prepared; the empty PDF is reported, and the client still gets its folder.
    await expect(page.getByTestId('result-ana-silva').getByTestId('ready')).toContainText('Passport');
    // The photographed passport is prepared, with a low-resolution warning to look at.
    await expect(page.getByTestId('result-bruno-costa').getByTestId('warnings')).toContainText('Passport');
    await expect(page.getByTestId('result-bruno-costa').getByTestId('problems')).toContainText('passport.pdf');
    await expect(page.getByTestId('result-carla-sousa').getByTestId('ready')).toHaveText('None');
    await expect(page.getByTestId('result-carla-sousa').getByTestId('problems')).toContainText('passaporte.pdf');
    for (const name of ['ana-silva', 'bruno-costa', 'carla-sousa']) {
      await expect(page.getByTestId(`client-${name}`).getByTestId('client-status')).toHaveText('Needs attention');
      await expect(page.getByTestId(`result-${name}`).getByTestId('missing')).not.toHaveText('None');
      await expect(page.getByTestId(`result-${name}`).getByTestId('next-action')).not.toBeEmpty();
      // Each client's own progress bar ends full (its one document done).
      const bar = page.getByTestId(`client-${name}`).getByRole('progressbar', { name });
      await expect(bar).toHaveAttribute('value', '1');
      await expect(bar).toHaveAttribute('max', '1');
      expect(existsSync(join(out, name)), `output folder of ${name}`).toBe(true);
    }
    expect(readdirSync(join(out, 'ana-silva'))).toContain('passport.pdf');
    expect(readdirSync(join(out, 'bruno-costa'))).toContain('passport.pdf');
    expect(readdirSync(join(out, 'carla-sousa'))).not.toContain('passport.pdf');
    expect(existsSync(join(out, 'summary.html'))).toBe(true);

    // The reveal buttons show the client's folder and the summary report in the file manager.
    await page.getByTestId('result-bruno-costa').getByTestId('reveal-client').click();
    await page.getByTestId('open-summary').click();
    await expect.poll(() => harness.shell.revealed).toEqual([join(out, 'bruno-costa'), join(out, 'summary.html')]);

    await expectAccessible(page, 'agency view after a batch');
    await page.screenshot({ path: `${SCREENSHOTS}/agency.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the agency view in Portuguese: folders and client list fully translated and accessible before a run', async ({
  page,
  harness,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-e2e-'));
  try {
    const clients = join(work, 'clients');
    buildClients(clients);
    await page.goto(harness.url);
    await page.getByLabel('Language').selectOption('pt');
    await page.getByTestId('nav-agency').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agência: vários clientes');
    harness.shell.queueFolder(clients);
    await page.getByTestId('pick-clients').click();
    await expect(page.getByTestId('client-carla-sousa').getByTestId('client-status')).toHaveText('Ainda não preparado');
    // Without an output folder nothing can run yet, and the page says why.
    await expect(page.getByTestId('run-batch')).toBeDisabled();
    await expect(page.getByText('Escolha as duas pastas para preparar os clientes.')).toBeVisible();
    await expectNoUntranslatedText(page, 'agency view (pt)');
    await expectAccessible(page, 'agency view (pt) before a run');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
