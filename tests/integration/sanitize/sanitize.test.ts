import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../../../electron/engine/pipeline';
import { sanitizePdf } from '../../../electron/engine/sanitize';
import { validatePdf } from '../../../electron/engine/validate';
import type { RemovedKind } from '../../../shared/engine/sanitize';
import { tempDir } from '../engine/helpers';
import { CONSTRUCTS, FILLED_VALUE, encryptWithQpdf, forbiddenKeysIn, hostilePdf, photoWithGps, type Construct } from './hostile';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';

const work = tempDir('sanitize');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const MB = 1_000_000;

/** What the report must count for each construct on its own. */
const EXPECTED: Record<Construct, RemovedKind> = {
  'open-action-js': 'scripts',
  'document-aa': 'scripts',
  'page-aa': 'scripts',
  'names-javascript': 'scripts',
  launch: 'actions',
  uri: 'links',
  'submit-form': 'actions',
  'import-data': 'actions',
  'goto-r': 'actions',
  'goto-e': 'actions',
  'embedded-file': 'attachedFiles',
  'file-attachment': 'attachedFiles',
  'form-field-script': 'formFields',
  xfa: 'xfaForms',
  'rich-media': 'richMedia',
  'outline-js': 'scripts',
  metadata: 'metadata',
};

let counter = 0;
async function prepare(inputs: { path: string; password?: string }[], limitBytes = 4 * MB) {
  const outputDir = join(work, `out-${counter++}`);
  const { report } = await prepareCase([{ categoryId: 'passport', items: inputs }], { outputDir, limitBytes });
  const category = report.categories[0]!;
  return { category, output: join(outputDir, 'passport.pdf'), html: readFileSync(join(outputDir, 'report.html'), 'utf8') };
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe('the sanitise stage, checked with qpdf --qdf', () => {
  it.each(CONSTRUCTS)('removes %s and the report says so', async (construct) => {
    const input = save(`${construct}.pdf`, await hostilePdf([construct]));
    expect(forbiddenKeysIn(input, work).length).toBeGreaterThan(0);
    const { category, output } = await prepare([{ path: input }]);
    expect(category.status).toBe('ready');
    expect(forbiddenKeysIn(output, work)).toEqual([]);
    expect(category.output!.removed![EXPECTED[construct]]).toBeGreaterThan(0);
    expect(category.output!.validation!.verdict).toBe('ready');
  });

  it('removes every construct at once, from an AES-256 encrypted file, and keeps the filled-in form value on the page', async () => {
    const input = encryptWithQpdf(
      await hostilePdf(CONSTRUCTS, await photoWithGps(800, 600)),
      work,
      'combined-encrypted',
      'segredo',
    );
    const { category, output, html } = await prepare([{ path: input, password: 'segredo' }]);
    expect(category.inputs[0]!.decrypted).not.toBeNull();
    expect(forbiddenKeysIn(output, work)).toEqual([]);
    expect(category.output!.removed).toEqual({
      scripts: 8,
      actions: 6,
      links: 1,
      attachedFiles: 2,
      formFields: 1,
      xfaForms: 1,
      richMedia: 1,
      metadata: 2,
      imageMetadata: 1,
    });
    expect(category.output!.validation!.verdict).toBe('ready');
    expect(execFileSync('pdftotext', [output, '-']).toString()).toContain(FILLED_VALUE);
    expect(html).toContain('Removed before upload');
    expect(html).toContain('8 scripts');
    expect(html).toContain('2 attached files');
  });

  it('removes them from merged files and from files the compressor rewrites', async () => {
    const a = save('merge-a.pdf', await hostilePdf(CONSTRUCTS.slice(0, 9), await photoWithGps(2400, 1800, 95)));
    const b = save('merge-b.pdf', await hostilePdf(CONSTRUCTS.slice(9), await photoWithGps(2400, 1800, 95)));
    // A limit below the inputs' size makes the compress stage rewrite the photos.
    const { category, output } = await prepare([{ path: a }, { path: b }], 900_000);
    expect(category.output!.merged).toBe(true);
    expect(category.output!.compression!.outcome).toBe('compressed');
    expect(forbiddenKeysIn(output, work)).toEqual([]);
    expect(category.output!.validation!.reasons.map((r) => r.code)).not.toContain('ACTIVE_CONTENT');
  });

  it('a photo with EXIF GPS becomes a page whose JPEG has no EXIF; the report says in Portuguese too', async () => {
    const photo = await photoWithGps(1200, 900);
    expect(Buffer.from(photo).includes('Exif\0\0')).toBe(true);
    const input = save('gps.jpg', photo);
    const outputDir = join(work, 'gps-pt');
    const { report } = await prepareCase([{ categoryId: 'passport', items: [{ path: input }] }], {
      outputDir,
      limitBytes: 4 * MB,
      locale: 'pt',
    });
    const output = join(outputDir, 'passport.pdf');
    expect(forbiddenKeysIn(output, work)).toEqual([]);
    expect(readFileSync(output).includes('PhoneMaker')).toBe(false);
    expect(report.categories[0]!.output!.removed!.imageMetadata).toBe(1);
    const html = readFileSync(join(outputDir, 'report.html'), 'utf8');
    expect(html).toContain('dados ocultos da fotografia de 1 imagem');
    expect(html).toContain('Removido de gps.jpg: o local onde a fotografia foi tirada (GPS), o modelo do telemóvel ou da câmara');
  });

  // Walk s15: a photo re-encoded from its pixels (HEIC, a turned or flattened JPEG) lost its GPS without the sanitiser
  // ever seeing it, so the report said 0; and the converted PDF's own /Info was counted as the person's document data.
  it('counts what a HEIF photo held and its page does not, measured from the file', async () => {
    const heif = await sharp(await photoWithGps(320, 240))
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone X' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 43/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '9/1 8/1 0/1' },
      })
      .heif({ compression: 'av1' })
      .toBuffer();
    const input = save('IMG_4103.HEIC', heif);
    const outputDir = join(work, 'heif-gps');
    const { report } = await prepareCase([{ categoryId: 'proof-of-address', items: [{ path: input }] }], {
      outputDir,
      limitBytes: 4 * MB,
    });
    const category = report.categories[0]!;
    expect(category.inputs[0]!.hiddenData).toEqual(['location', 'camera']);
    expect(category.output!.removed).toMatchObject({ imageMetadata: 1, metadata: 0 });
    const output = readFileSync(join(outputDir, 'proof-of-address.pdf'));
    expect(output.includes('PhoneMaker')).toBe(false);
    expect(output.includes('Exif')).toBe(false);
    expect(readFileSync(join(outputDir, 'report.html'), 'utf8')).toContain(
      'Removed from IMG_4103.HEIC: where the photo was taken (GPS), the phone or camera model',
    );
  });

  it('claims nothing for a photo without hidden data', async () => {
    const plain = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#f4f1ea' } })
      .jpeg()
      .toBuffer();
    const { category, html } = await prepare([{ path: save('plain.jpg', plain) }]);
    expect(category.inputs[0]!.hiddenData).toBeUndefined();
    expect(category.output!.removed).toMatchObject({ imageMetadata: 0, metadata: 0 });
    expect(html).not.toContain('Removed');
  });
});

describe('the validate stage finds active content on its own', () => {
  it('fails a file the sanitise stage did not run on, naming what is inside', async () => {
    const input = save('unsanitised.pdf', await hostilePdf(CONSTRUCTS));
    const outputDir = join(work, 'no-sanitise');
    const { report } = await prepareCase([{ categoryId: 'passport', items: [{ path: input }] }], {
      outputDir,
      limitBytes: 4 * MB,
      stages: { sanitize: false },
    });
    const validation = report.categories[0]!.output!.validation!;
    expect(validation.verdict).toBe('not-ready');
    const active = validation.reasons.find((r) => r.code === 'ACTIVE_CONTENT')!;
    for (const key of ['/JavaScript', '/Launch', '/EmbeddedFiles', '/XFA', '/Widget', '/RichMedia', '/OpenAction']) {
      expect(String(active.params!.found)).toContain(key);
    }
    expect(validation.reasons.find((r) => r.code === 'HIDDEN_METADATA')!.params!.found).toContain('/Info');
  });

  it('a failing sanitise stage leaves the file not ready, with a warning', async () => {
    const input = save('sanitise-crash.pdf', await hostilePdf(['launch']));
    const { report } = await prepareCase([{ categoryId: 'passport', items: [{ path: input }] }], {
      outputDir: join(work, 'crash'),
      limitBytes: 4 * MB,
      stages: {
        sanitize: async () => {
          throw new Error('sanitiser crashed');
        },
      },
    });
    const output = report.categories[0]!.output!;
    expect(output.warnings?.map((w) => w.code)).toContain('SANITIZE_STAGE_FAILED');
    expect(output.validation!.verdict).toBe('not-ready');
  });

  it('a clean file is passed through byte for byte', async () => {
    const clean = (await sanitizePdf(await hostilePdf([]))).bytes;
    const again = await sanitizePdf(clean);
    expect(again.bytes).toBe(clean);
    expect((await validatePdf(clean, { limitBytes: 4 * MB })).verdict).toBe('ready');
  });
});
