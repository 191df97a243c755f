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
    expect(readFileSync(join(outputDir, 'report.html'), 'utf8')).toContain(
      'dados da fotografia (câmara, localização) de 1 imagem',
    );
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
