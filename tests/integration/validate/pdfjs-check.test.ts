import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../../electron/engine/pdf/open-pdf';
import { idlePdfjsWorker, startPdfjsCheck } from '../../../electron/engine/validate/decode-check';
import { validatePdf } from '../../../electron/engine/validate';
import { translate } from '../../../shared/i18n/translate';
import { CORPUS } from '../compress/fixtures';

/**
 * pdf.js's check of an output (validate/decode-check.ts): one parse, off the calling thread, that is
 * both the second parser and the independent image decoder, under a heap cap and a deadline.
 */

/**
 * A 22 kB page that draws one small image and a million rectangles: its content stream inflates to
 * 11 MB (under the engine's 64 MB content cap), and pdf.js's operator list for it needs hundreds of
 * MB of JavaScript heap — what a hostile file can do to the decoder without any image bomb.
 */
async function manyOperatorsPage(operators: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const image = doc.context.flateStream(new Uint8Array(16 * 16).fill(128), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: 16,
    Height: 16,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
  });
  page.node.setXObject(PDFName.of('Im0'), doc.context.register(image));
  const body = `q 100 0 0 100 0 0 cm /Im0 Do Q\n${'0 0 1 1 re\n'.repeat(operators)}f\n`;
  const content = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode' }), deflateSync(Buffer.from(body)));
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  return doc.save();
}

/**
 * A page of text in a Type 3 font whose glyph is an 8 × 8 image mask (as bitmap fonts of old TeX output and some
 * scanners' PDFs draw). pdf.js turns such a glyph into a path with DOMMatrix (compileType3Glyph), which the check
 * worker has from validate/dom-matrix-2d.ts, not from @napi-rs/canvas. pdf.js would swallow a failure there (as a
 * font it cannot load), so this shows the check goes through such a page; the matrix itself is pinned against
 * Skia's in tests/unit/engine/dom-matrix-2d.test.ts.
 */
async function type3ImageMaskPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  const context = doc.context;
  const glyph = Buffer.concat([
    Buffer.from('8 0 0 0 0 8 d1\nq 8 0 0 8 0 0 cm\nBI /W 8 /H 8 /IM true /BPC 1 /D [1 0] ID '),
    Buffer.from([0xff, 0x81, 0xbd, 0xa5, 0xa5, 0xbd, 0x81, 0xff]),
    Buffer.from('\nEI\nQ\n'),
  ]);
  const charProc = context.register(PDFRawStream.of(context.obj({ Length: glyph.length }), glyph));
  const font = context.obj({
    Type: 'Font',
    Subtype: 'Type3',
    FontBBox: [0, 0, 8, 8],
    FontMatrix: [0.125, 0, 0, 0.125, 0, 0],
    CharProcs: { a: charProc },
    Encoding: { Type: 'Encoding', Differences: [97, 'a'] },
    FirstChar: 97,
    LastChar: 97,
    Widths: [8],
    Resources: {},
  });
  page.node.setFontDictionary(PDFName.of('F1'), context.register(font));
  const body = Buffer.from('BT /F1 24 Tf 100 150 Td (aaaa) Tj ET\n');
  page.node.set(PDFName.of('Contents'), context.register(PDFRawStream.of(context.obj({ Length: body.length }), body)));
  return doc.save({ useObjectStreams: false });
}

describe('the pdf.js check', () => {
  it('opens a real certificate (JPEG 2000 and JBIG2 images, through pdf.js wasm) and decodes its images', async () => {
    // The corpus's AES-128 certificate, decrypted: what the packaged app once reported as damaged.
    const locked = new Uint8Array(readFileSync(join(CORPUS, 'encrypted', 'aes-128_R4_pw-ELXRTQWS.pdf')));
    const { bytes } = await openPdf(locked, { file: 'certidao.pdf', password: 'ELXRTQWS' });
    const result = await startPdfjsCheck(bytes).decode([1]);
    expect(result).toMatchObject({ parser: { ok: true, encrypted: false, pageCount: 1 }, failures: [] });
    // Its JBIG2 image is 1-bit: pdf.js reports the digest of its decoded samples (jbig2-check.ts compares ours).
    expect(result.bilevelDigests[1]?.[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('decodes a page whose Type 3 glyphs are image masks (DOMMatrix without @napi-rs/canvas)', async () => {
    const result = await startPdfjsCheck(await type3ImageMaskPage()).decode([1]);
    expect(result).toMatchObject({ parser: { ok: true, pageCount: 1 }, failures: [], finished: true });
  });

  it('a page whose decoding needs more heap than the cap stops the worker with a memory failure, not a hang', async () => {
    const bytes = await manyOperatorsPage(1_000_000);
    expect(bytes.length).toBeLessThan(64 * 1024);
    const result = await startPdfjsCheck(bytes, { heapMb: 48, deadlineMs: 600_000 }).decode([1]);
    // pdf.js opened the file within the cap (the parser check stands); the page's decoding did not fit.
    expect(result.parser).toEqual({ ok: true, encrypted: false, pageCount: 1 });
    expect(result.failures).toEqual([
      { page: 1, detail: 'needed more than 48 MB of memory', budget: { kind: 'memory', limitMb: 48 } },
    ]);
  });

  it('validation says so with its own reason (IMAGE_CHECK_LIMIT), in English and Portuguese', async () => {
    const bytes = await manyOperatorsPage(1_000_000);
    const result = await validatePdf(bytes, { limitBytes: 4 * 1024 * 1024, imageCheck: { heapMb: 48, deadlineMs: 600_000 } });
    expect(result.verdict).toBe('not-ready');
    const limit = result.reasons.find((reason) => reason.code === 'IMAGE_CHECK_LIMIT');
    expect(limit).toMatchObject({
      severity: 'blocker',
      page: 1,
      messageKey: 'validation.reasons.imageCheckMemory',
      params: { page: 1, limitMb: 48 },
    });
    // Not reported as damaged image data: nothing says the data is damaged.
    expect(result.reasons.map((reason) => reason.code)).not.toContain('IMAGE_DAMAGED');
    expect(translate('en', limit!.messageKey, limit!.params)).toBe(
      'The images on page 1 could not be checked: decoding them needed more than 48 MB of memory. A scanned page never needs that much; the file may be damaged.',
    );
    expect(translate('pt', limit!.messageKey, limit!.params)).toContain('exigiu mais de 48 MB de memória');
  });

  it('a file pdf.js cannot open is a parser failure, and no image failure is invented', async () => {
    const result = await startPdfjsCheck(new TextEncoder().encode('%PDF-1.7\nnot a pdf')).decode([1]);
    expect(result.parser.ok).toBe(false);
    expect(result.parser.error).toMatch(/pdf|Invalid/i);
    expect(result.failures).toEqual([]);
  });

  it('checks in a row share one worker, each file gets its own verdict, and a worker stopped by a budget is never reused', async () => {
    const locked = new Uint8Array(readFileSync(join(CORPUS, 'encrypted', 'aes-128_R4_pw-ELXRTQWS.pdf')));
    const { bytes: certificate } = await openPdf(locked, { file: 'certidao.pdf', password: 'ELXRTQWS' });
    const first = await startPdfjsCheck(certificate).decode([1]);
    const worker = idlePdfjsWorker();
    expect(worker).not.toBeNull();
    // A file pdf.js cannot open, then the certificate again: the same worker, nothing carried over.
    const broken = await startPdfjsCheck(new TextEncoder().encode('%PDF-1.7\nnot a pdf')).decode([1]);
    expect(broken.parser.ok).toBe(false);
    expect(broken.failures).toEqual([]);
    const again = await startPdfjsCheck(certificate).decode([1]);
    expect(again).toEqual(first);
    expect(idlePdfjsWorker()).toBe(worker);
    // The caller's bytes are copied, never moved to the worker: they stay whole for writing the output.
    expect(certificate.byteLength).toBeGreaterThan(1000);
    // Stopped by its deadline: that worker is ended, and the next check starts a fresh one that works.
    const late = await startPdfjsCheck(await manyOperatorsPage(1_000_000), { deadlineMs: 1 }).decode([1]);
    expect(late.failures.at(-1)?.budget).toEqual({ kind: 'time', seconds: 0 });
    expect(idlePdfjsWorker()).toBeNull();
    expect(await startPdfjsCheck(certificate).decode([1])).toEqual(first);
    expect(idlePdfjsWorker()).not.toBe(worker);
  });
});
