import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { VALID_CLIENT_JSON } from '../client-json';
import { expect } from '@playwright/test';
import { testOnFixedClock } from './fixtures';
import { CORPUS, expectAccessible, expectNoUntranslatedText, SCREENSHOTS } from './journey/helpers';
import { fillDate } from './journey/situation';

/** 1 December 2026, 11:00 in Lisbon: the clock of every journey, for the page and for the batch the harness runs. */
const DEC_1 = new Date('2026-12-01T11:00:00Z');

const test = testOnFixedClock(DEC_1);

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

    await expect(summary.getByRole('status')).toHaveText(
      'Clients: 3. Ready: 0; needing attention: 3; failed: 0; submitted and paid: 0.',
    );
    // Readable passports are prepared; the empty PDF is reported, and the client still gets its folder.
    await expect(page.getByTestId('result-ana-silva').getByTestId('ready')).toContainText('Passport');
    // The photographed passport is prepared, with a low-resolution warning to look at.
    await expect(page.getByTestId('result-bruno-costa').getByTestId('warnings')).toContainText('Passport');
    // A problem of the prepared PDF names the person's own file, never "passport.pdf", which they never made.
    await expect(page.getByTestId('result-bruno-costa').getByTestId('problems')).toContainText('passport/passaporte.jpg');
    await expect(page.getByTestId('result-bruno-costa').getByTestId('problems')).not.toContainText('passport.pdf');
    await expect(page.getByTestId('result-carla-sousa').getByTestId('ready')).toHaveText('None');
    // Its passport could not be prepared: said so, not left out of every list (session 8's walk).
    await expect(page.getByTestId('result-carla-sousa').getByTestId('failed')).toHaveText('Passport');
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

test('an agency opens a client folder in the guide: facts, sorted documents, and what needs a look first', async ({
  page,
  harness,
}) => {
  // The engine's first look at a file starts its worker: on a shared machine (load 15 on 2 cores) that took over 5 s.
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-open-'));
  try {
    const clients = join(work, 'clients');
    mkdirSync(join(clients, 'ana-silva', 'passport'), { recursive: true });
    copyFileSync(join(CORPUS, 'scans/linn.pdf'), join(clients, 'ana-silva', 'passport', 'passaporte.pdf'));
    copyFileSync(join(CORPUS, 'scans/kcs.pdf'), join(clients, 'ana-silva', 'comprovativo de morada.pdf'));
    writeFileSync(join(clients, 'ana-silva', 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    // Loose files, one that fits no category, and a client.json with a misspelt field.
    mkdirSync(join(clients, 'dora-costa'), { recursive: true });
    copyFileSync(join(CORPUS, 'images/exif_orientation_6.jpg'), join(clients, 'dora-costa', 'Passaporte Dora.jpg'));
    copyFileSync(join(CORPUS, 'images/photo.webp'), join(clients, 'dora-costa', 'IMG_0042.webp'));
    writeFileSync(join(clients, 'dora-costa', 'client.json'), JSON.stringify({ situation: { permitExpiri: '2026-12-31' } }));

    await page.goto(harness.url);
    await expect(page.getByTestId('current-case')).toHaveText('Case: My renewal');
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(clients);
    await page.getByTestId('pick-clients').click();

    // A clean folder goes straight to its task list, as the app's current case.
    await page.getByRole('button', { name: 'Open the case of ana-silva in the guide' }).click();
    await expect(page.getByTestId('task-list')).toBeVisible();
    await expect(page.getByTestId('current-case')).toHaveText('Case: Ana Sousa');
    // client.json answered every question: the situation step opens on "check your answers", to confirm.
    await page.getByTestId('task-situation').getByRole('link').click();
    await expect(page.getByTestId('situation-summary')).toContainText('31 December 2026');
    await expect(page.getByTestId('situation-summary')).toContainText('A1234567');
    await page.goto(`${harness.url}/#/documents`);
    await expect(page.getByTestId('card-passport').getByTestId('assigned-file')).toContainText('passaporte.pdf');
    await expect(page.getByTestId('card-proof-of-address').getByTestId('assigned-file')).toContainText(
      'comprovativo de morada.pdf',
    );
    // The case's copies are read by the engine like any dropped file (a PDF with its page count).
    await expect(page.getByTestId('card-passport')).toContainText('PDF', { timeout: 30_000 });
    // Reopening the app comes back to the same case.
    await page.reload();
    await expect(page.getByTestId('current-case')).toHaveText('Case: Ana Sousa');
    await expect(page.getByTestId('card-passport').getByTestId('assigned-file')).toHaveCount(1);
    // client.json records a DUC: the letter says it was generated, never "Não foi gerado qualquer DUC" (session 13's walk).
    await page.goto(`${harness.url}/#/trouble/no-reply-anywhere`);
    const letter = page.getByTestId('letter-preview');
    await expect(letter).toContainText('foi gerado o Documento Único de Cobrança (DUC)');
    await expect(letter).not.toContainText('Não foi gerado qualquer');

    // Back in the agency view the clients folder is remembered: no need to choose it again.
    await page.getByTestId('nav-agency').click();
    await expect(page.getByTestId('clients-folder')).toHaveText(clients);
    // The agency adds a second passport page; opening the client again brings it into the same case.
    copyFileSync(join(CORPUS, 'images/baiona_cmyk.jpg'), join(clients, 'ana-silva', 'passport', 'passaporte-2.jpg'));
    await page.getByRole('button', { name: 'Open the case of ana-silva in the guide' }).click();
    await expect(page.getByTestId('task-list')).toBeVisible();
    await page.goto(`${harness.url}/#/documents`);
    await expect(page.getByTestId('card-passport').getByTestId('assigned-file')).toHaveCount(2);
    await expect(page.getByTestId('card-passport')).toContainText('passaporte-2.jpg');
    await expect(page.getByTestId('card-passport')).toContainText('passaporte.pdf');
    // A change in the guide is saved in case.json, where another computer sharing the cases folder finds it.
    await page.getByRole('button', { name: 'Remove passaporte-2.jpg' }).click();
    await expect(page.getByTestId('card-passport').getByTestId('assigned-file')).toHaveCount(1);
    const caseJson = join(harness.home, 'Documents', 'AIMA Prep', 'cases', 'ana-sousa', 'case.json');
    await expect
      .poll(() => (JSON.parse(readFileSync(caseJson, 'utf8')) as { assignments: Record<string, string[]> }).assignments.passport)
      .toHaveLength(1);
    await page.evaluate(() => window.localStorage.removeItem('aima-prep.guide.ana-sousa'));
    await page.reload();
    await expect(page.getByTestId('card-passport').getByTestId('assigned-file')).toHaveCount(1);
    await expect(page.getByTestId('card-passport')).toContainText('passaporte.pdf');
    await page.getByTestId('nav-agency').click();
    // A folder with problems shows them before the guide.
    await page.getByRole('button', { name: 'Open the case of dora-costa in the guide' }).click();
    const panel = page.getByTestId('imported-panel');
    await expect(panel.getByRole('heading', { name: 'dora-costa' })).toBeFocused();
    await expect(panel).toContainText('Documents found: 1; categories: 1.');
    await expect(panel.getByTestId('problems')).toContainText('situation.permitExpiri');
    await expect(panel.getByTestId('problems')).toContainText('IMG_0042.webp');
    await expectAccessible(page, 'agency view with an opened client');
    await panel.getByTestId('continue-in-guide').click();
    await expect(page.getByTestId('current-case')).toHaveText('Case: dora-costa');
    await expect(page.getByTestId('task-list')).toBeVisible();

    // A folder that disappeared after it was listed says so, and the current case stays.
    await page.getByTestId('nav-agency').click();
    await expect(page.getByTestId('client-ana-silva')).toBeVisible();
    rmSync(join(clients, 'ana-silva'), { recursive: true });
    await page.getByRole('button', { name: 'Open the case of ana-silva in the guide' }).click();
    await expect(page.getByTestId('import-error')).toContainText(
      `The client folder ${join(clients, 'ana-silva')} cannot be read.`,
    );
    await expect(page.getByTestId('current-case')).toHaveText('Case: dora-costa');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a client opened in the guide: its checks speak of the client, and the typed passport expiry is not the MRZ’s', async ({
  page,
  harness,
}) => {
  // OCR of the passport's MRZ band on a loaded machine.
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-voice-'));
  try {
    const folder = join(work, 'clients', 'ana-silva');
    mkdirSync(join(folder, 'passport'), { recursive: true });
    mkdirSync(join(folder, 'financas-no-debt'), { recursive: true });
    // João's passport (MRZ expiry 22 March 2031) and a certidão for NIF 245678913; client.json says 1 January 2031 and 123456789.
    copyFileSync(join(CORPUS, 'reading/passports/bra-scan.jpg'), join(folder, 'passport', 'passaporte.jpg'));
    copyFileSync(join(CORPUS, 'reading/certificates/financas-text.pdf'), join(folder, 'financas-no-debt', 'financas.pdf'));
    writeFileSync(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));

    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(join(work, 'clients'));
    await page.getByTestId('pick-clients').click();
    await page.getByRole('button', { name: 'Open the case of ana-silva in the guide' }).click();
    await expect(page.getByTestId('task-list')).toBeVisible();
    // The whole guide speaks to the agency about its client, not only the checks (session 12's walk: "Your situation").
    await expect(page.getByTestId('task-situation')).toContainText('The client’s situation');
    await expect(page.getByTestId('task-documents')).toContainText('The client’s documents');
    await expect(page.locator('h2.task-list-title')).toHaveText('Renew the client’s residence permit');
    // The steps' reasons too, the route's when the portal opens for the client.
    for (const step of ['situation', 'route', 'documents', 'preUpload', 'folder', 'afterSubmit'])
      await expect(page.getByTestId(`task-reason-${step}`)).not.toContainText(/\byour\b/i);
    await expect(page.getByTestId('task-reason-situation')).toContainText(/the answers/i);
    // The documents page inspects the case's copies, then reads them (the MRZ band by OCR).
    await page.goto(`${harness.url}/#/documents`);
    await expect(page.getByTestId('card-passport').getByTestId('mrz-prefill')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('card-financas-no-debt').getByTestId('file-reading-items')).toContainText(
      'not the NIF in the client’s case',
      { timeout: 60_000 },
    );
    await page.goto(`${harness.url}/#/pre-upload`);
    const checks = page.getByTestId('reading-checks');
    await expect(checks.getByTestId('reading-item-passport-expiry-mismatch')).toHaveText(
      'Blocks The answer in “The client’s situation” says the client’s passport expires on 1 January 2031; the passport’s MRZ says 22 March 2031. Check the passport and correct the answer. Go to the client’s situation',
    );
    await expect(checks.getByTestId('reading-item-nif-mismatch')).toContainText(
      'The NIF on the Finanças tax status certificate is 245678913, not the NIF in the client’s case (123456789). Get the certificate for the client’s own NIF, or correct the number in the client’s case.',
    );
    // Fixed where it is typed: the client's date of birth in the details (not among the documents).
    await expect(checks.getByTestId('reading-item-birth-date-mismatch')).toContainText(
      'The client’s passport gives the date of birth as 5 November 1988',
    );
    await expect(checks.getByTestId('reading-item-birth-date-mismatch').getByRole('link')).toHaveText(
      'Go to the client’s details',
    );
    // The agency is never told "your passport", "your case".
    await expect(checks).not.toContainText(/\byour (passport|case|own|details)\b|\byou\b/i);
    await page.screenshot({ path: join(tmpdir(), 'aima-agency-voice-en.png'), fullPage: true });
    await page.goto(`${harness.url}/#/documents`);
    await expect(page.locator('h1.page-title')).toHaveText('The client’s documents');
    await expect(page.getByTestId('prepare-documents')).toHaveText('Prepare the client’s documents');
    await expect(page.locator('main')).not.toContainText(/\b(your|my) (documents|situation|case|PDFs)\b/i);
    await page.goto(`${harness.url}/#/pre-upload`);

    await page.getByLabel('Language').selectOption('pt');
    await expect(checks.getByTestId('reading-item-passport-expiry-mismatch')).toContainText(
      'A resposta em «A situação do cliente» indica que o passaporte do cliente caduca a 1 de janeiro de 2031; a zona de leitura ótica (MRZ) do passaporte indica 22 de março de 2031. Confirme a data no passaporte e corrija a resposta.',
    );
    await expect(checks.getByTestId('reading-item-nif-mismatch')).toContainText(
      'e não o NIF do processo do cliente (123456789). Obtenha a certidão com o NIF do cliente ou corrija o número no processo do cliente.',
    );
    await expect(checks).not.toContainText(/\bseu processo\b|o seu passaporte/);
    await page.goto(`${harness.url}/#/`);
    await expect(page.getByTestId('task-situation')).toContainText('A situação do cliente');
    await page.goto(`${harness.url}/#/documents`);
    await expect(page.locator('h1.page-title')).toHaveText('Os documentos do cliente');
    await expect(page.getByTestId('prepare-documents')).toHaveText('Preparar os documentos do cliente');
    await page.goto(`${harness.url}/#/pre-upload`);
    await page.screenshot({ path: join(tmpdir(), 'aima-agency-voice-pt.png'), fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('batch options from the agency view: a passwords file for several clients, and preparing unchanged clients again', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-options-'));
  try {
    const clients = join(work, 'clients');
    const out = join(work, 'prepared');
    mkdirSync(out, { recursive: true });
    mkdirSync(join(clients, 'eli-santos', 'financas-no-debt'), { recursive: true });
    copyFileSync(
      join(CORPUS, 'encrypted/aes-256_R5_user-user3_owner-owner3.pdf'),
      join(clients, 'eli-santos', 'financas-no-debt', 'certidao.pdf'),
    );
    const passwordsFile = join(work, 'agency-passwords.json');
    writeFileSync(passwordsFile, JSON.stringify({ 'eli-santos': { 'certidao.pdf': 'user3' } }));

    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(clients);
    await page.getByTestId('pick-clients').click();
    harness.shell.queueFolder(out);
    await page.getByTestId('pick-output').click();
    harness.shell.queueFiles([passwordsFile]);
    await page.getByTestId('pick-passwords').click();
    await expect(page.getByTestId('passwords-file')).toHaveText(passwordsFile);

    await page.getByTestId('run-batch').click();
    const result = page.getByTestId('result-eli-santos');
    // Opened with the batch's password and prepared. The corpus file is no real Finanças certificate, so its issue
    // date cannot be read: prepared, but "with warnings" (check its date), never plainly ready.
    await expect(result.getByTestId('warnings')).toContainText('Finanças', { timeout: 120_000 });
    await expect(result.getByTestId('ready')).toHaveText('None');
    const output = join(out, 'eli-santos', 'financas-no-debt.pdf');
    const firstWrite = statSync(output).mtimeMs;

    // Unchanged: a second run skips the client and leaves its output as it was.
    await page.getByTestId('run-batch').click();
    await expect(page.getByTestId('agency-summary')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('run-batch')).toBeEnabled();
    expect(statSync(output).mtimeMs).toBe(firstWrite);

    // "Prepare again" redoes it.
    await page.getByTestId('force').check();
    await page.getByTestId('run-batch').click();
    await expect(page.getByTestId('run-batch')).toBeDisabled();
    await expect(page.getByTestId('run-batch')).toBeEnabled({ timeout: 120_000 });
    await expect(result.getByTestId('warnings')).toContainText('Finanças');
    expect(statSync(output).mtimeMs).toBeGreaterThan(firstWrite);
    // The password is in no output file.
    for (const name of readdirSync(join(out, 'eli-santos')))
      expect(readFileSync(join(out, 'eli-santos', name)).includes('user3'), name).toBe(false);

    await page.getByTestId('clear-passwords').click();
    await expect(page.getByTestId('passwords-file')).toHaveText('Not chosen yet');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('what the rules say about a permit kind as a whole is shown above the document cards', async ({ page, harness }) => {
  // Closing the harness waits for the reading the documents page started; at load 25 on 2 cores that outlasted 90 s.
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-notes-'));
  try {
    const clients = join(work, 'clients');
    mkdirSync(join(clients, 'joao-cplp', 'passport'), { recursive: true });
    copyFileSync(join(CORPUS, 'scans/linn.pdf'), join(clients, 'joao-cplp', 'passport', 'passaporte.pdf'));
    const cplp = { ...VALID_CLIENT_JSON, situation: { ...VALID_CLIENT_JSON.situation, permitKind: 'temporary-cplp' } };
    writeFileSync(join(clients, 'joao-cplp', 'client.json'), JSON.stringify(cplp));
    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(clients);
    await page.getByTestId('pick-clients').click();
    await page.getByRole('button', { name: 'Open the case of joao-cplp in the guide' }).click();
    await expect(page.getByTestId('task-list')).toBeVisible();
    await page.goto(`${harness.url}/#/documents`);
    await expect(page.getByTestId('permit-notes')).toContainText(
      'For CPLP renewals AIMA checks tax and Social Security status itself',
    );
    await page.getByLabel('Language').selectOption('pt');
    await expect(page.getByTestId('permit-notes')).toContainText('Nas renovações CPLP a AIMA verifica');
    await expectAccessible(page, 'documents page with permit notes (pt)');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a client who paid (evidence.json) is paid in the agency view and in the guide, in English and Portuguese', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-paid-'));
  try {
    const clients = join(work, 'clients');
    const out = join(work, 'prepared');
    mkdirSync(out, { recursive: true });
    const folder = join(clients, 'ana-sousa');
    mkdirSync(join(folder, 'passport'), { recursive: true });
    copyFileSync(join(CORPUS, 'scans/linn.pdf'), join(folder, 'passport', 'passaporte.pdf'));
    writeFileSync(join(folder, 'client.json'), JSON.stringify(VALID_CLIENT_JSON));
    // The DUC of client.json (20 November, 10:15) was paid on 24 November: the app's log, exported beside it.
    const paidAt = '2026-11-24T09:15:00+00:00';
    writeFileSync(
      join(folder, 'evidence.json'),
      JSON.stringify([
        {
          type: 'entry',
          id: 'p1',
          at: paidAt,
          recordedAt: paidAt,
          kind: 'payment-proof',
          note: '',
          reference: '712 345 678 901',
          files: [],
        },
      ]),
    );

    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(clients);
    await page.getByTestId('pick-clients').click();
    harness.shell.queueFolder(out);
    await page.getByTestId('pick-output').click();
    await page.getByTestId('run-batch').click();
    await expect(page.getByTestId('agency-summary')).toBeVisible({ timeout: 180_000 });
    const result = page.getByTestId('result-ana-sousa');
    // Paid: not overdue, and no advice to pay; evidence.json is not an unsorted document.
    await expect(result.getByTestId('next-action')).toContainText('Payment recorded');
    // One status from the case: submitted and paid, not "needs attention"; what the folder lacks is a note.
    await expect(page.getByTestId('client-ana-sousa').getByTestId('client-status')).toHaveText('Submitted and paid');
    await expect(result.getByTestId('next-action')).toContainText(
      'AIMA may still ask for the documents listed as missing or not ready.',
    );
    // Paid, the DUC is no deadline to watch any more: none shown, least of all an overdue one.
    await expect(result.getByTestId('next-deadline')).toHaveCount(0);
    await expect(result).not.toContainText('OVERDUE');
    await expect(result).not.toContainText('evidence.json');
    await expectAccessible(page, 'agency view with a paid client');
    await page.screenshot({ path: `${SCREENSHOTS}/agency-paid-en.png`, fullPage: true });
    // The run kept its words as meaning: in Portuguese the same result reads in Portuguese, without a new run.
    await page.getByTestId('language-select').selectOption('pt');
    await expect(result.getByTestId('next-action')).toContainText('Pagamento registado');
    await expect(result.getByTestId('next-action')).toContainText(
      'A AIMA pode ainda pedir os documentos indicados como em falta ou não prontos.',
    );
    await expect(page.getByTestId('client-ana-sousa').getByTestId('client-status')).toHaveText('Submetido e pago');
    await expect(result).not.toContainText('PRAZO ULTRAPASSADO');
    await expectNoUntranslatedText(page, 'agency view with a paid client (pt)');
    await page.screenshot({ path: `${SCREENSHOTS}/agency-paid-pt.png`, fullPage: true });
    await page.getByTestId('language-select').selectOption('en');

    // Open in the guide: the same DUC, and the same payment.
    await page.getByRole('button', { name: 'Open the case of ana-sousa in the guide' }).click();
    await expect(page.getByTestId('task-list')).toBeVisible();
    await expect(page.getByTestId('task-afterSubmit')).toContainText('Done');
    // The guide agrees with the agency view: the documents are what to have at hand if AIMA asks.
    await expect(page.getByTestId('task-documents')).toContainText('Use when needed');
    await expect(page.getByTestId('task-documents')).not.toContainText('Needs attention');
    await page.goto(`${harness.url}/#/after-submit`);
    await expect(page.locator('#duc-date-day')).toHaveValue('20');
    await expect(page.locator('#duc-time')).toHaveValue('10:15');
    await expect(page.locator('#duc-reference')).toHaveValue('712 345 678 901');
    await expect(page.getByTestId('payment-recorded')).toContainText('24 November 2026');
    await expect(page.getByTestId('after-submit-status')).toContainText('Paid');
    // Paid on 24 November: after the strictest reading's last moment (21 November), within the other one (7 December).
    await expect(page.getByTestId('duc-deadline')).toContainText('Paid after this');
    await expect(page.getByTestId('duc-other-deadline')).toContainText('Paid');
    await expect(page.getByTestId('duc-other-deadline')).not.toContainText('after this');
    await expect(page.getByTestId('duc-advice')).toContainText('Paid on 24 November 2026 at 09:15: after the strictest reading');

    // The evidence log's date: day, month and year fields, read back with the month named (never mm/dd/yyyy).
    await page.getByTestId('language-select').selectOption('pt');
    await expect(page.locator('#evidence-date-day')).toBeVisible();
    await expect(page.locator('input[type="date"], input[type="datetime-local"]')).toHaveCount(0);
    await page.locator('#evidence-kind').selectOption('portal-error-screenshot');
    await fillDate(page, 'evidence-date', '2026-10-05');
    await expect(page.getByTestId('evidence-date-read-back')).toHaveText('Ou seja, 5 de outubro de 2026.');
    await page.getByTestId('evidence-add').click();
    await expect(page.getByTestId('error-summary')).toContainText('Indique a hora a que aconteceu');
    await page.locator('#evidence-time').fill('14:30');
    await page.getByTestId('evidence-add').click();
    await expect(page.getByTestId('evidence-entry').first()).toContainText('5 de outubro de 2026');
    await expect(page.getByTestId('evidence-entry').first()).toContainText('14:30');
    // A day in the future is refused.
    await fillDate(page, 'evidence-date', '2026-12-25');
    await page.locator('#evidence-time').fill('10:00');
    await page.getByTestId('evidence-add').click();
    await expect(page.getByTestId('error-summary')).toContainText('Não pode ser no futuro');
    await fillDate(page, 'evidence-date', '2026-10-06');
    await expect(page.getByTestId('evidence-date-read-back')).toHaveText('Ou seja, 6 de outubro de 2026.');
    await expect(page.getByTestId('duc-deadline')).toContainText('Pago depois deste prazo');
    await expectNoUntranslatedText(page, 'after submit of an imported paid client (pt)');
    await expectAccessible(page, 'after submit of an imported paid client (pt)');
    await page.screenshot({ path: `${SCREENSHOTS}/after-submit-imported-paid-pt.png`, fullPage: true });
    await page.getByTestId('language-select').selectOption('en');
    await expect(page.getByTestId('evidence-date-read-back')).toHaveText('That is 6 October 2026.');
    // The problem shown is re-worded in the language chosen, not left in Portuguese.
    await expect(page.getByTestId('error-summary')).toContainText('This cannot be in the future');
    await expect(page.getByTestId('duc-deadline')).toContainText('Paid after this');
    await page.screenshot({ path: `${SCREENSHOTS}/after-submit-imported-paid-en.png`, fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a client opened in the guide: the route’s warnings, the timeline, the checks and the problems name the client', async ({
  page,
  harness,
}) => {
  // Session 13's closing note: about 18 rules sentences still said "your permit" / "a sua autorização" to an agency.
  const work = mkdtempSync(join(tmpdir(), 'aima-agency-rules-voice-'));
  try {
    const folder = join(work, 'clients', 'rui-lopes');
    mkdirSync(folder, { recursive: true });
    const situation = {
      ...VALID_CLIENT_JSON.situation,
      // Lapsed, abroad, an old email, moved, no NISS, no biometrics on file: every personal warning of the route.
      permitExpiry: '2026-01-15',
      inPortugal: false,
      emailWithAimaCurrent: false,
      addressChangedSinceLastCard: true,
      hasNiss: false,
      biometricsOnFile: false,
    };
    writeFileSync(join(folder, 'client.json'), JSON.stringify({ person: VALID_CLIENT_JSON.person, situation }));

    await page.goto(harness.url);
    await page.getByTestId('nav-agency').click();
    harness.shell.queueFolder(join(work, 'clients'));
    await page.getByTestId('pick-clients').click();
    await page.getByRole('button', { name: 'Open the case of rui-lopes in the guide' }).click();
    await expect(page.getByTestId('task-list')).toBeVisible();

    const said = async (lang: 'en' | 'pt') => {
      await page.getByTestId('language-select').selectOption(lang);
      await page.goto(`${harness.url}/#/route`);
      const route = [
        page.locator('section[aria-labelledby="route-why"] p'),
        page.getByTestId('route-warnings').locator('p'),
        page.locator('section[aria-labelledby="route-timeline"] li'),
      ];
      // Every warning is shown before they are read (the last one, the lapse, comes from the rules' last check).
      await expect(page.getByTestId('warning-expired-over-6-months')).toBeVisible();
      await expect(page.getByTestId('warning-no-niss')).toBeVisible();
      const texts = [];
      for (const locator of route) texts.push(...(await locator.allInnerTexts()));
      await page.goto(`${harness.url}/#/trouble/no-renewal-option`);
      await expect(page.locator('main ol li')).toHaveCount(3);
      texts.push(...(await page.locator('main ol li').allInnerTexts()), ...(await page.locator('main > p').allInnerTexts()));
      await page.goto(`${harness.url}/#/pre-upload`);
      await expect(page.locator('.checkbox label').first()).toBeVisible();
      texts.push(...(await page.locator('.checkbox label').allInnerTexts()));
      return texts.join('\n');
    };
    const en = await said('en');
    expect(en).toContain('The client has no NISS.');
    expect(en).toContain('The client’s permit expired more than 6 months ago');
    expect(en).toContain('Try again when the client’s expiry month is open.');
    expect(en).toContain('The client’s NIF is correctly registered at Finanças');
    expect(en).not.toMatch(/\byours?\b/i);
    const pt = await said('pt');
    expect(pt).toContain('O cliente não tem NISS.');
    expect(pt).toContain('A autorização do cliente caducou há mais de 6 meses');
    expect(pt).toContain('Tente de novo quando o mês de caducidade do cliente abrir.');
    expect(pt).not.toMatch(/\b(seus?|suas?|lhe)\b|\bpara si\b/i);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
