/**
 * Makes the decompression bombs of tests/integration/hardening/fixtures (run with
 * `npx tsx tests/integration/hardening/make-bombs.ts`; the outputs are committed, a few kB each).
 *
 * - content-bomb.pdf: a page whose content stream is Flate inside Flate and inflates to 3 GiB of NULs
 *   (whitespace to a PDF reader).
 * - image-bomb.pdf: a 1000×1000 grey image whose Flate-in-Flate data inflates to 3 GiB (a million
 *   bytes would do).
 * - huge-image.pdf: an image declaring 60000×60000 grey pixels with a few bytes of data.
 * - huge.png / huge.jpg: 24000×24000 px declared, a few hundred bytes of pixel data (a reader that
 *   keeps what arrived of a cut-off image would allocate 1.7 GB).
 */
import { createDeflate, deflateSync, crc32 } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFArray, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';

const OUT = join(import.meta.dirname, 'fixtures');
const GiB = 1024 ** 3;

/** Deflate `total` zero bytes without holding them: the same zero chunk written again and again. */
async function deflateZeros(total: number): Promise<Buffer> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const finished = new Promise((resolve) => deflate.on('end', resolve));
  for (let written = 0; written < total; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  return Buffer.concat(parts);
}

function flateTwice(doc: PDFDocument, inner: Buffer, dict: Record<string, unknown>): PDFRawStream {
  const outer = deflateSync(inner, { level: 9 });
  const filter = PDFArray.withContext(doc.context);
  filter.push(PDFName.of('FlateDecode'));
  filter.push(PDFName.of('FlateDecode'));
  return PDFRawStream.of(doc.context.obj({ ...dict, Filter: filter }), outer);
}

async function contentBomb(inner: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  const contents = doc.context.register(flateTwice(doc, inner, {}));
  page.node.set(PDFName.of('Contents'), contents);
  return doc.save({ useObjectStreams: false });
}

async function imagePdf(stream: (doc: PDFDocument) => PDFRawStream): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  const ref = doc.context.register(stream(doc));
  const name = page.node.newXObject('Im', ref);
  page.node.set(
    PDFName.of('Contents'),
    doc.context.register(doc.context.stream(`q 500 0 0 700 40 60 cm /${name.decodeText()} Do Q`)),
  );
  return doc.save({ useObjectStreams: false });
}

const imageDict = (width: number, height: number) => ({
  Type: 'XObject',
  Subtype: 'Image',
  Width: width,
  Height: height,
  ColorSpace: 'DeviceGray',
  BitsPerComponent: 8,
});

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG declaring size×size RGB whose IDAT holds the first few rows only. */
function hugePng(size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.alloc(4 * (1 + size * 3)); // four rows of filter 0 + zeros
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A tiny real JPEG whose frame header (SOF0) is rewritten to declare size×size. */
async function hugeJpeg(size: number): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#808080' } })
    .jpeg({ quality: 50 })
    .toBuffer();
  for (let i = 2; i + 9 < jpeg.length;) {
    const marker = jpeg[i + 1]!;
    const length = jpeg.readUInt16BE(i + 2);
    if (marker === 0xc0 || marker === 0xc2) {
      jpeg.writeUInt16BE(size, i + 5); // height
      jpeg.writeUInt16BE(size, i + 7); // width
      return jpeg;
    }
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

const inner = await deflateZeros(3 * GiB);
await writeFile(join(OUT, 'content-bomb.pdf'), await contentBomb(inner));
await writeFile(join(OUT, 'image-bomb.pdf'), await imagePdf((doc) => flateTwice(doc, inner, imageDict(1000, 1000))));
await writeFile(
  join(OUT, 'huge-image.pdf'),
  await imagePdf((doc) =>
    PDFRawStream.of(doc.context.obj({ ...imageDict(60000, 60000), Filter: 'FlateDecode' }), deflateSync(Buffer.alloc(1000))),
  ),
);
await writeFile(join(OUT, 'huge.png'), hugePng(24000));
await writeFile(join(OUT, 'huge.jpg'), await hugeJpeg(24000));
