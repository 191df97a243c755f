import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import sharp from 'sharp';
import { testOnFixedClock } from './fixtures';
import { CORPUS, expectNoUntranslatedText } from './journey/helpers';
import { aWorker } from './journey/situation';
import { aloneWith, BIKASH, fillDetails, giveFiles } from './journey/people';

/**
 * Session 11's walk, on the journeys' fixed clock (1 December 2026): Priyanka Sharma, whose documents given so far are
 * all fine (a scanned passport valid until 2029, a Social Security declaration valid until 15 January 2027), with
 * her NIF typed in her details and no Finanças certificate given yet. The pre-upload step said her NIF was not
 * checked because it "needs your NIF in your details": she had typed it. It now asks only for what is missing.
 */
const DEC_1 = new Date('2026-12-01T11:00:00Z');
const test = testOnFixedClock(DEC_1);
const SHOTS = join(tmpdir(), 'aima-walk-screens');

test('Priyanka, everything given is fine: the pre-upload step asks only for what her case lacks, in English and Portuguese', async ({
  page,
  harness,
}) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'aima-walk-fine-'));
  mkdirSync(SHOTS, { recursive: true });
  try {
    copyFileSync(join(CORPUS, 'reading', 'passports', 'ind-scan.jpg'), join(work, 'passaporte.jpg'));
    copyFileSync(join(CORPUS, 'reading', 'certificates', 'seguranca-social-text.pdf'), join(work, 'seg-social.pdf'));
    await aloneWith(
      page,
      harness,
      { ...aWorker, permitNumber: 'N5566778', permitExpiry: '2027-02-10', passportExpiry: '2029-07-15' },
      'stay',
    );
    await fillDetails(page, harness, {
      ...BIKASH,
      fullName: 'Priyanka Sharma',
      nationality: 'indiana',
      email: 'priyanka.sharma@example.org',
      nif: '245678913',
      niss: '12045678909',
      passportNumber: 'Z4821907',
      dateOfBirth: '1995-02-17',
    });
    await page.goto(`${harness.url}/#/documents`);
    await giveFiles(page, harness, 'passport', [join(work, 'passaporte.jpg')]);
    await giveFiles(page, harness, 'social-security-no-debt', [join(work, 'seg-social.pdf')]);
    // Both read on the documents page (the passport's MRZ by OCR) before she moves on.
    await expect(page.getByTestId('card-passport')).toContainText('What your passport says', { timeout: 300_000 });
    await expect(page.getByTestId('card-social-security-no-debt').getByTestId('certificate-verdict')).toContainText(
      'valid until 15 January 2027',
      { timeout: 300_000 },
    );

    // Her residence card, photographed small: 55 dpi. Its own check warns (small print may not be readable); the
    // card's header said a green "Ready" above the result's "Ready, with warnings" (session 11's walk).
    const card = join(work, 'cartao.png');
    const lines = [...Array(12).keys()].map((i) => ({
      input: { create: { width: 260 + (i % 3) * 20, height: 8, channels: 3 as const, background: '#202020' } },
      top: 60 + i * 36,
      left: 60,
    }));
    await sharp({ create: { width: 413, height: 585, channels: 3, background: '#f4f4f0' } })
      .composite(lines)
      .png()
      .toFile(card);
    await giveFiles(page, harness, 'residence-permit', [card]);
    const residence = page.getByTestId('card-residence-permit');
    await expect(residence).toContainText('cartao.png');
    const out = join(work, 'out');
    mkdirSync(out);
    harness.shell.queueFolder(out);
    await page.getByTestId('prepare-documents').click();
    await expect(residence.getByTestId('output-name')).toHaveText('residence-permit.pdf', { timeout: 300_000 });
    await expect(residence.getByTestId('result-residence-permit')).toContainText('Ready, with warnings');
    await expect(residence.getByTestId('card-status')).toHaveText('Ready, with warnings');
    await page.screenshot({ path: join(SHOTS, 'fine-documents-en.png'), fullPage: true });

    await page.goto(`${harness.url}/#/pre-upload`);
    const summary = page.getByTestId('reading-summary');
    await expect(summary).toContainText('Checked, and nothing to fix: your name, your date of birth, your NISS', {
      timeout: 300_000,
    });
    await expect(summary).toContainText('Not checked: your NIF (needs a certificate read that shows your NIF).');
    await expect(summary).not.toContainText('in your details');
    await page.screenshot({ path: join(SHOTS, 'fine-pre-upload-en.png'), fullPage: true });

    await page.getByTestId('language-select').selectOption('pt');
    await expect(summary).toContainText('Não verificado: o NIF (é preciso ler uma certidão que mostre o NIF).', {
      timeout: 300_000,
    });
    await expect(summary).not.toContainText('nos seus dados');
    await expectNoUntranslatedText(page, 'Priyanka before upload (pt)');
    await page.screenshot({ path: join(SHOTS, 'fine-pre-upload-pt.png'), fullPage: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
