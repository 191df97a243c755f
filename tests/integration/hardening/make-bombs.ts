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
 * - objstm-bomb.pdf: the page object sits in an object stream (PDF 1.5 compressed objects) whose
 *   Flate-in-Flate data holds it followed by 3 GiB of NULs: any reader that inflates the whole object
 *   stream to find the page (pdf-lib does) allocates 3 GiB.
 * `npx tsx tests/integration/hardening/make-bombs.ts objstm-bomb.pdf` writes only the file named.
 */
import { createDeflate, deflateSync, crc32 } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFArray, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';

const OUT = join(import.meta.dirname, 'fixtures');
const GiB = 1024 ** 3;

/** Deflate `total` zero bytes without holding them: the same zero chunk written again and again (after `prefix`). */
async function deflateZeros(total: number, prefix: Buffer = Buffer.alloc(0)): Promise<Buffer> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const finished = new Promise((resolve) => deflate.on('end', resolve));
  if (prefix.length > 0) deflate.write(prefix);
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

/**
 * Written by hand (pdf-lib cannot be told what to put in an object stream): catalog and page tree as
 * plain objects, the page in object stream 4, a cross-reference stream (5) that says so.
 */
async function objectStreamBomb(): Promise<Buffer> {
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';
  const header = '3 0 ';
  const inner = await deflateZeros(3 * GiB, Buffer.from(`${header}${page}\n`, 'latin1'));
  const data = deflateSync(inner, { level: 9 });
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: string | Buffer) => {
    const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(buffer);
    length += buffer.length;
  };
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  offsets[1] = length;
  push('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
  offsets[2] = length;
  push('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n');
  offsets[4] = length;
  push(
    `4 0 obj\n<< /Type /ObjStm /N 1 /First ${header.length} /Filter [/FlateDecode /FlateDecode] /Length ${data.length} >>\nstream\n`,
  );
  push(data);
  push('\nendstream\nendobj\n');
  offsets[5] = length;
  // Entries of W [1 4 2]: type, offset (or object stream number), generation (or index in the stream).
  const row = (type: number, field: number, index: number) => {
    const entry = Buffer.alloc(7);
    entry[0] = type;
    entry.writeUInt32BE(field, 1);
    entry.writeUInt16BE(index, 5);
    return entry;
  };
  const xref = Buffer.concat([
    row(0, 0, 65535),
    row(1, offsets[1]!, 0),
    row(1, offsets[2]!, 0),
    row(2, 4, 0),
    row(1, offsets[4]!, 0),
    row(1, offsets[5]!, 0),
  ]);
  push(`5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length ${xref.length} >>\nstream\n`);
  push(xref);
  push(`\nendstream\nendobj\nstartxref\n${offsets[5]}\n%%EOF\n`);
  return Buffer.concat(parts);
}

const only = process.argv[2];
const write = async (file: string, make: () => Promise<Uint8Array> | Uint8Array) => {
  if (!only || only === file) await writeFile(join(OUT, file), await make());
};
const inner = only && only !== 'content-bomb.pdf' && only !== 'image-bomb.pdf' ? Buffer.alloc(0) : await deflateZeros(3 * GiB);
await write('content-bomb.pdf', () => contentBomb(inner));
await write('image-bomb.pdf', () => imagePdf((doc) => flateTwice(doc, inner, imageDict(1000, 1000))));
await write('huge-image.pdf', () =>
  imagePdf((doc) =>
    PDFRawStream.of(doc.context.obj({ ...imageDict(60000, 60000), Filter: 'FlateDecode' }), deflateSync(Buffer.alloc(1000))),
  ),
);
await write('huge.png', () => hugePng(24000));
await write('huge.jpg', () => hugeJpeg(24000));
await write('objstm-bomb.pdf', objectStreamBomb);
