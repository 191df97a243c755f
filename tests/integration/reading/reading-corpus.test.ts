import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ocrLanguagePath, ocrWorkerPath } from '../../../electron/common/resources';
import { closeOcr } from '../../../electron/reading/ocr';
import { checkDecodeBudget } from '../../../electron/engine/pdf/decode-budget';
import { readDocument } from '../../../electron/reading/read-document';
import { readPassportImage } from '../../../electron/reading/read-passport';

/**
 * The generated reading corpus (scripts/make-reading-corpus.ts, tests/corpus/reading/manifest.json):
 * every reading is compared with the manifest's expected values.
 */
const ROOT = join(import.meta.dirname, '..', '..', 'corpus', 'reading');
interface Entry {
  path: string;
  kind: string;
  expect: Record<string, unknown> | 'unreadable';
}
const manifest: Entry[] = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
const TODAY = '2026-12-01';

afterAll(() => closeOcr());

describe('OCR data is the app’s own', () => {
  it('loads traineddata and the worker from files on disk, never a URL', () => {
    for (const lang of ['eng', 'por'] as const) {
      expect(ocrLanguagePath(lang)).toMatch(/node_modules[\\/]@tesseract\.js-data[\\/]/);
      expect(ocrLanguagePath(lang)).not.toMatch(/^https?:/);
    }
    expect(ocrWorkerPath()).toMatch(/tesseract\.js[\\/]src[\\/]worker-script[\\/]node[\\/]index\.js$/);
  });
});

describe('passport MRZ on the generated set', () => {
  it(
    'never returns a wrong reading; a wrong check digit is unreadable; measures the field rate',
    { timeout: 300_000 },
    async () => {
      const stats = { scan: { fields: 0, right: 0 }, photo: { fields: 0, right: 0 } };
      for (const entry of manifest.filter((e) => e.kind.startsWith('passport'))) {
        const reading = await readPassportImage(await readFile(join(ROOT, entry.path)), TODAY);
        if (entry.expect === 'unreadable') {
          expect(reading, entry.path).toMatchObject({ status: 'unreadable', reason: 'check-digit-failed' });
          continue;
        }
        const bucket = entry.kind === 'passport-photo' ? stats.photo : stats.scan;
        for (const [key, value] of Object.entries(entry.expect)) {
          bucket.fields += 1;
          if (reading.status === 'read') {
            // Check digits passed: every checked field must be exactly right.
            if (key !== 'surname' && key !== 'givenNames')
              expect(reading.fields[key as keyof typeof reading.fields], `${entry.path} ${key}`).toBe(value);
            if (reading.fields[key as keyof typeof reading.fields] === value) bucket.right += 1;
          }
        }
      }
      console.log(
        `MRZ fields read right: scans ${stats.scan.right}/${stats.scan.fields}, photos ${stats.photo.right}/${stats.photo.fields}`,
      );
      // Issue 16's targets: every field from clean scans, at least 95% of fields from phone photos.
      expect(stats.scan.right).toBe(stats.scan.fields);
      expect(stats.photo.right / stats.photo.fields).toBeGreaterThanOrEqual(0.95);
    },
  );
});

describe('certificates and sorting on the generated set', () => {
  it('reads every certificate (text layer and scans) and sorts every unnamed file', { timeout: 300_000 }, async () => {
    for (const entry of manifest.filter((e) => e.kind === 'certificate' || e.kind === 'unnamed')) {
      const reading = await readDocument(join(ROOT, entry.path), { today: TODAY, checkPdf: checkDecodeBudget });
      const expected = entry.expect as Record<string, unknown>;
      if (entry.kind === 'unnamed') {
        expect(reading.suggestion?.categoryId, entry.path).toBe(expected.categoryId);
        expect(reading.suggestion?.decidingWords.length, entry.path).toBeGreaterThan(0);
      } else {
        const { textLayer, ...fields } = expected;
        expect(reading.textSource, entry.path).toBe(textLayer ? 'text-layer' : 'ocr');
        expect(reading.certificate, entry.path).toEqual(fields);
      }
    }
  });
});
