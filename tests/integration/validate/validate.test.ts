import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sanitizePdf } from '../../../electron/engine/sanitize';
import { validatePdf } from '../../../electron/engine/validate';
import { validationResultSchema } from '../../../shared/engine/validation';
import { en } from '../../../shared/i18n/en';
import { CORPUS, blurredScan, scanWithBlankPage, sharpScan, textOnlyPdf } from '../compress/fixtures';

const MB = 1024 * 1024;
const corpus = (file: string) => new Uint8Array(readFileSync(join(CORPUS, file)));
/** What the validate stage sees in the pipeline: the file after the sanitise stage (no /Info, no XMP). */
const clean = async (bytes: Uint8Array | Promise<Uint8Array>) => (await sanitizePdf(await bytes)).bytes;

/** Resolve "validation.reasons.blurry" in the English messages, to prove every key exists. */
function message(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('validatePdf', () => {
  it('flags a blurred copy of a sharp scan, and not the sharp one', async () => {
    const sharp = await validatePdf(await clean(sharpScan()), { limitBytes: 4 * MB });
    const blurred = await validatePdf(await clean(blurredScan()), { limitBytes: 4 * MB });
    validationResultSchema.parse(sharp);
    validationResultSchema.parse(blurred);

    expect(sharp.verdict).toBe('ready');
    expect(sharp.pages[0]!.images[0]!.blurry).toBe(false);
    expect(blurred.pages[0]!.images[0]!.blurry).toBe(true);
    expect(blurred.verdict).toBe('ready-with-warnings');
    expect(blurred.reasons).toEqual([expect.objectContaining({ code: 'BLURRY', severity: 'warning', page: 1 })]);
    // The two scores are far apart, not just either side of the threshold.
    expect(sharp.pages[0]!.images[0]!.blurScore!).toBeGreaterThan(2 * blurred.pages[0]!.images[0]!.blurScore!);
  });

  it('flags a blank page and only that page', async () => {
    const result = await validatePdf(await clean(scanWithBlankPage()), { limitBytes: 4 * MB });
    expect(result.pageCount).toBe(2);
    expect(result.pages.map((p) => p.blank)).toEqual([false, true]);
    expect(result.pages[0]!.inkCoverage!).toBeGreaterThan(0.02);
    expect(result.reasons.map((r) => [r.code, r.page])).toEqual([['BLANK_PAGE', 2]]);
    expect(result.verdict).toBe('ready-with-warnings');
  });

  it('does not call a text-only page blank', async () => {
    const result = await validatePdf(await clean(textOnlyPdf()), { limitBytes: 4 * MB });
    expect(result.verdict).toBe('ready');
    expect(result.pages.every((p) => !p.blank)).toBe(true);
  });

  it('reports an encrypted file as not ready, with what to do', async () => {
    const result = await validatePdf(corpus('encrypted/aes-256_R6_acrobatXI_user-view_owner-master.pdf'), { limitBytes: 4 * MB });
    expect(result.encrypted).toBe(true);
    expect(result.verdict).toBe('not-ready');
    const reason = result.reasons.find((r) => r.code === 'ENCRYPTED')!;
    expect(message(reason.messageKey)).toEqual(expect.any(String));
    expect(message(reason.actionKey)).toEqual(expect.any(String));
  });

  it('reports a file over the limit as not ready', async () => {
    const result = await validatePdf(corpus('scans/multipage.pdf'), { limitBytes: 1_000_000 });
    expect(result.underLimit).toBe(false);
    expect(result.verdict).toBe('not-ready');
    // The message counts MB as AIMA states its limit (1 MB = 1,000,000 bytes): "more than the 1 MB", not "0.95 MB".
    expect(result.reasons.find((r) => r.code === 'OVER_LIMIT')!.params).toEqual({
      limitMb: 1,
      sizeMb: Math.ceil(statSync(join(CORPUS, 'scans/multipage.pdf')).size / 10_000) / 100,
    });
  });

  it('reports a damaged file that the parsers reject', async () => {
    const result = await validatePdf(corpus('broken/header_then_eof.pdf'), { limitBytes: 4 * MB });
    expect(result.verdict).toBe('not-ready');
    expect(result.reasons.map((r) => r.code)).toContain('PARSER_FAILED');
  });

  it('a page-content stream whose Flate data is damaged makes the file not ready (STREAM_DAMAGED)', async () => {
    const doc = await PDFDocument.load(await clean(textOnlyPdf()));
    const contents = doc.getPages()[0]!.node.Contents();
    const stream = (contents instanceof PDFArray ? doc.context.lookup(contents.get(0)) : contents) as PDFRawStream;
    const damaged = PDFRawStream.of(
      stream.dict,
      deflateSync(Buffer.from('BT /F1 12 Tf 72 720 Td (Hello) Tj ET'.repeat(40))).subarray(0, 30),
    );
    const ref = contents instanceof PDFArray ? (contents.get(0) as PDFRef) : doc.getPages()[0]!.node.get(PDFName.of('Contents'));
    doc.context.assign(ref as PDFRef, damaged);
    const result = await validatePdf(await doc.save({ useObjectStreams: false }), { limitBytes: 4 * MB });
    expect(result.verdict).toBe('not-ready');
    expect(result.reasons.map((r) => r.code)).toContain('STREAM_DAMAGED');
    expect(message('validation.reasons.streamDamaged')).toEqual(expect.any(String));
  });

  it('reads the dpi of bilevel scans without judging their blur', async () => {
    const result = await validatePdf(await clean(corpus('scans/ccitt.pdf')), { limitBytes: 4 * MB });
    expect(result.verdict).toBe('ready');
    expect(result.pages[0]!.images[0]!.dpi).toBeCloseTo(300, 0);
    expect(result.pages[0]!.images[0]!.blurScore).toBeNull();
    expect(result.pages[0]!.blank).toBe(false);
  });

  it('every message and action key it can produce exists in English', () => {
    for (const key of ['parserFailed', 'encrypted', 'overLimit', 'noPages', 'lowDpi', 'blurry', 'blankPage']) {
      expect(message(`validation.reasons.${key}`)).toEqual(expect.any(String));
    }
    for (const key of ['reexport', 'removePassword', 'reduceToFit', 'rescanHigherDpi', 'rescanSharper', 'removeBlankPage']) {
      expect(message(`validation.actions.${key}`)).toEqual(expect.any(String));
    }
  });
});
