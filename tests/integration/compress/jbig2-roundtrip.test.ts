import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { scanPixels } from '../../../bench/scan-generator';
import { threshold } from '../../../electron/engine/compress/bilevel';
import { encodeJbig2Page } from '../../../electron/engine/compress/jbig2/segments';
import { packDecodedSamples } from '../../../electron/engine/compress/jbig2/decoded-samples';
import { pdfjsWasmFolder } from '../../../electron/common/resources';
import { sep } from 'node:path';

/**
 * Issue 15: our JBIG2 generic-region streams are lossless in every decoder that matters. Each mask
 * is encoded, embedded in a PDF (as a DeviceGray image and as an /ImageMask) on a page of one point
 * per pixel, and decoded by pdf.js (its decoded image data, from its WebAssembly and its JavaScript decoder), poppler (pdfimages' decode, and
 * pdftoppm's rendering, which must equal its rendering of the same bits stored uncompressed: Splash
 * smooths 1-bit images even at 1:1, identically for both) and Ghostscript/jbig2dec (rendered at
 * 72 dpi, one device pixel per image pixel). Every pixel must match the mask.
 */

const work = mkdtempSync(join(tmpdir(), 'aima-jbig2-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Mask {
  name: string;
  /** One byte per pixel: 0 ink, 255 paper (bilevel.ts's convention). */
  bits: Uint8Array;
  width: number;
  height: number;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return ((s ^ (s >>> 13)) >>> 0) / 4294967296;
  };
}

function randomMask(name: string, width: number, height: number, inkShare: number, seed: number): Mask {
  const random = seeded(seed);
  const bits = new Uint8Array(width * height);
  for (let i = 0; i < bits.length; i++) bits[i] = random() < inkShare ? 0 : 255;
  return { name, bits, width, height };
}

/** Bands of identical rows, blank rows first and last: typical prediction's "same as above" both ways. */
function repeatedRows(): Mask {
  const width = 77;
  const height = 60;
  const random = seeded(9);
  const bits = new Uint8Array(width * height).fill(255);
  let row = new Uint8Array(width).fill(255);
  for (let y = 5; y < 55; y++) {
    if (y % 7 === 5) row = Uint8Array.from({ length: width }, () => (random() < 0.4 ? 0 : 255));
    bits.set(row, y * width);
  }
  return { name: 'repeated-rows', bits, width, height };
}

function packed(mask: Mask, inkBit: 0 | 1): Buffer {
  const rowBytes = Math.ceil(mask.width / 8);
  const out = Buffer.alloc(rowBytes * mask.height, inkBit === 0 ? 0xff : 0);
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if (mask.bits[y * mask.width + x] !== 0) continue;
      const at = y * rowBytes + (x >> 3);
      if (inkBit === 1) out[at]! |= 0x80 >> (x & 7);
      else out[at]! &= ~(0x80 >> (x & 7));
    }
  }
  return out;
}

/** A page of width × height points drawing one 1-bit image over it, as JBIG2 or uncompressed, image or stencil mask. */
async function maskPdf(mask: Mask, filter: 'jbig2' | 'none', stencil: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([mask.width, mask.height]);
  // Decoded samples: 0 is black (DeviceGray) / paints (ImageMask), as JBIG2Decode delivers ink.
  const data = filter === 'jbig2' ? encodeJbig2Page(mask.bits, mask.width, mask.height) : packed(mask, 0);
  const dict = doc.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: mask.width,
    Height: mask.height,
    BitsPerComponent: 1,
    ...(stencil ? { ImageMask: true } : { ColorSpace: 'DeviceGray' }),
    ...(filter === 'jbig2' ? { Filter: 'JBIG2Decode' } : {}),
  }) as PDFDict;
  const ref = doc.context.register(PDFRawStream.of(dict, data));
  page.node.setXObject(PDFName.of('Im0'), ref);
  const content = `q 0 g ${mask.width} 0 0 ${mask.height} 0 0 cm /Im0 Do Q`;
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(content)));
  return doc.save();
}

function pnmPixels(file: string): { width: number; height: number; data: Buffer; kind: string } {
  const bytes = readFileSync(file);
  const fields: string[] = [];
  let at = 0;
  while (fields.length < (bytes[1] === 0x34 ? 3 : 4)) {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    if (bytes[at] === 0x23) {
      while (bytes[at] !== 0x0a) at++;
      continue;
    }
    const start = at;
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    fields.push(bytes.toString('latin1', start, at));
  }
  return { kind: fields[0]!, width: Number(fields[1]), height: Number(fields[2]), data: bytes.subarray(at + 1) };
}

/** Pixels whose ink differs from the mask's; `isInk(x, y)` reads the decoder's output. */
function mismatches(mask: Mask, isInk: (x: number, y: number) => boolean): number {
  let wrong = 0;
  for (let y = 0; y < mask.height; y++)
    for (let x = 0; x < mask.width; x++) if (isInk(x, y) !== (mask.bits[y * mask.width + x] === 0)) wrong++;
  return wrong;
}

/**
 * pdf.js's decoded samples. With `wasm`, its WebAssembly JBIG2 decoder (what validation uses); without,
 * its JavaScript one (what it falls back to when WebAssembly is off or cannot load).
 */
async function pdfjsDecoded(pdf: Uint8Array, wasm: boolean): Promise<{ width: number; height: number; data: Uint8Array }> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    verbosity: 0,
    ...(wasm ? { wasmUrl: `${pdfjsWasmFolder()}${sep}` } : { useWasm: false }),
  }).promise;
  try {
    const page = await doc.getPage(1);
    const list = await page.getOperatorList();
    for (let i = 0; i < list.fnArray.length; i++) {
      const op = list.fnArray[i];
      // pdf.js paints a 1×1 stencil whose one sample paints as a filled square: its decoded sample was ink.
      if (op === OPS.paintSolidColorImageMask) return { width: 1, height: 1, data: new Uint8Array([0]) };
      if (op !== OPS.paintImageMaskXObject && op !== OPS.paintImageXObject) continue;
      // An image names its decoded object; a stencil mask's decoded bits are an object named by its `data`.
      const id: string = op === OPS.paintImageXObject ? list.argsArray[i][0] : list.argsArray[i][0].data;
      {
        return await new Promise((resolve) => (id.startsWith('g_') ? page.commonObjs : page.objs).get(id, resolve));
      }
    }
    throw new Error('no image painted');
  } finally {
    await doc.destroy();
  }
}

function textPage(): Promise<Mask> {
  // A generated typed page at 200 dpi (the ladder's text resolution for long documents), thresholded
  // as the compressor does it.
  return scanPixels({ colour: false, seed: 21 }, 200).then(async (px) => {
    const b = await threshold({ ...px, channels: 3 }, { excludeColour: false, excludePictures: false });
    return { name: 'typed-page-200dpi', bits: b.bits, width: b.width, height: b.height };
  });
}

const MASKS: (() => Mask | Promise<Mask>)[] = [
  () => randomMask('random-dense', 301, 97, 0.5, 1),
  () => randomMask('random-sparse', 250, 120, 0.03, 2),
  repeatedRows,
  () => randomMask('all-paper', 64, 40, 0, 3),
  () => randomMask('all-ink', 33, 17, 1, 4),
  () => randomMask('one-pixel', 1, 1, 1, 5),
  textPage,
];

describe('JBIG2 generic region: lossless in pdf.js, poppler and Ghostscript', () => {
  for (const [index, make] of MASKS.entries()) {
    it(`mask ${index + 1} of ${MASKS.length}`, async () => {
      const mask = await make();
      for (const stencil of [false, true]) {
        const label = `${mask.name} ${stencil ? 'stencil' : 'image'}`;
        const pdf = await maskPdf(mask, 'jbig2', stencil);
        const file = join(work, `${mask.name}-${stencil}.pdf`);
        writeFileSync(file, pdf);
        const rowBytes = Math.ceil(mask.width / 8);

        // pdf.js: the decoded samples, one bit each, 0 = ink for both kinds (it inverts JBIG2's 1 = black).
        for (const wasm of [true, false]) {
          const decoded = await pdfjsDecoded(pdf, wasm);
          expect([decoded.width, decoded.height], label).toEqual([mask.width, mask.height]);
          expect(
            mismatches(mask, (x, y) => ((decoded.data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1) === 0),
            `${label}: pdf.js ${wasm ? 'WebAssembly' : 'JavaScript'} decoder`,
          ).toBe(0);
          // Byte for byte, padding included: what validation's digest of pdf.js's decode is compared with.
          if (decoded.data.length > 1)
            expect(Buffer.from(decoded.data).equals(packDecodedSamples(mask.bits, mask.width, mask.height)), label).toBe(true);
        }

        // poppler's decoder, through pdfimages: a PBM of the decoded samples (1 = black for an image; a stencil
        // mask is written as its samples, 0 = paint).
        const prefix = join(work, `${mask.name}-${stencil}-img`);
        execFileSync('pdfimages', [file, prefix]);
        const pbm = pnmPixels(`${prefix}-000.pbm`);
        const pbmRow = Math.ceil(pbm.width / 8);
        expect(
          mismatches(mask, (x, y) => ((pbm.data[y * pbmRow + (x >> 3)]! >> (7 - (x & 7))) & 1) === (stencil ? 0 : 1)),
          `${label}: poppler`,
        ).toBe(0);

        // Ghostscript (jbig2dec): rendered one device pixel per image pixel.
        const gsOut = join(work, `${mask.name}-${stencil}-gs.pgm`);
        execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pgmraw', '-r72', `-sOutputFile=${gsOut}`, file]);
        const gsPage = pnmPixels(gsOut);
        expect(
          mismatches(mask, (x, y) => gsPage.data[y * gsPage.width + x]! < 128),
          `${label}: Ghostscript`,
        ).toBe(0);

        // pdftoppm: the JBIG2 page renders exactly as the same bits stored uncompressed.
        const plainFile = join(work, `${mask.name}-${stencil}-plain.pdf`);
        writeFileSync(plainFile, await maskPdf(mask, 'none', stencil));
        const renders = [file, plainFile].map((f, i) => {
          const out = join(work, `${mask.name}-${stencil}-ppm${i}`);
          execFileSync('pdftoppm', ['-r', '72', '-gray', f, out]);
          const name = readdirSync(work).find((n) => n.startsWith(`${mask.name}-${stencil}-ppm${i}-`))!;
          return pnmPixels(join(work, name)).data;
        });
        expect(renders[0]!.equals(renders[1]!), `${label}: pdftoppm`).toBe(true);
      }
    });
  }
});
