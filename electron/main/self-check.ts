/**
 * A self-check of the native and WebAssembly parts, run with plain Node from a built or packaged
 * tree (it never imports 'electron'). electron-vite builds it to out/main/self-check.js, so the
 * packaging test runs the packaged code, not the repository's:
 *
 *   node <resources>/app.asar/out/main/self-check.js --resources-path <resources> \
 *     --image photo.jpg --heic photo.heic --pdf locked.pdf --password-env VAR --out <folder>
 *
 * `--resources-path` stands in for Electron's `process.resourcesPath`, so the resource resolver
 * takes its packaged branch exactly as in the app. The password is read from an environment
 * variable (never from argv, never printed). Prints one JSON report on stdout.
 */
import createQpdf from '@neslinesli93/qpdf-wasm';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { fontPath, qpdfWasmPath, resourceRoots, windowIconPath } from './resources';

/** heic-decode ships no types; loaded with require so no ambient declaration is needed. */
type HeicDecode = (input: { buffer: Buffer }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
const decodeHeic = createRequire(import.meta.url)('heic-decode') as HeicDecode;

interface ResourceCheck {
  name: string;
  path: string;
  bytes: number;
}

async function checkFile(name: string, path: string): Promise<ResourceCheck> {
  const info = await stat(path); // throws ENOENT with the path when missing
  if (!info.isFile() || info.size === 0) throw new Error(`${name}: ${path} is empty or not a file`);
  return { name, path, bytes: info.size };
}

/** Every runtime resource the app reads by path: the qpdf wasm, each shipped font, the window icon. */
async function checkResources(): Promise<ResourceCheck[]> {
  const fontsDir = fontPath('');
  const fonts = (await readdir(fontsDir)).filter((name) => /\.(ttf|otf)$/i.test(name));
  if (fonts.length === 0) throw new Error(`no fonts in ${fontsDir}`);
  return Promise.all([
    checkFile('qpdf.wasm', qpdfWasmPath()),
    checkFile('window icon', windowIconPath()),
    ...fonts.map((font) => checkFile(`font ${font}`, fontPath(font))),
  ]);
}

/** JPEG (EXIF-rotated by sharp) and HEIC (decoded by libheif's wasm, re-encoded by sharp) → one PDF. */
async function imagesToPdf(jpegPath: string, heicPath: string): Promise<{ pages: number; bytes: Uint8Array }> {
  const pdf = await PDFDocument.create();
  const fromJpeg = await sharp(jpegPath).rotate().jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true });
  const heic = await decodeHeic({ buffer: await readFile(heicPath) });
  const fromHeic = await sharp(Buffer.from(heic.data.buffer), {
    raw: { width: heic.width, height: heic.height, channels: 4 },
  })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  for (const image of [fromJpeg, fromHeic]) {
    const embedded = await pdf.embedJpg(image.data);
    pdf.addPage([image.info.width, image.info.height]).drawImage(embedded, { x: 0, y: 0 });
  }
  const bytes = await pdf.save();
  const reread = await PDFDocument.load(bytes);
  return { pages: reread.getPageCount(), bytes };
}

interface EmscriptenFsWrite {
  writeFile(path: string, data: Uint8Array): void;
}

/** qpdf (wasm) --decrypt; the result must open in pdf-lib, which refuses encrypted files. */
async function decryptPdf(pdfPath: string, password: string): Promise<{ pages: number; bytes: Uint8Array }> {
  const input = await readFile(pdfPath);
  const wasEncrypted = await PDFDocument.load(input).then(
    () => false,
    (error: Error) => /encrypt/i.test(error.message),
  );
  if (!wasEncrypted) throw new Error(`${pdfPath} is not an encrypted PDF`);
  const qpdf = await createQpdf({ locateFile: () => qpdfWasmPath() });
  (qpdf.FS as unknown as EmscriptenFsWrite).writeFile('/in.pdf', input);
  const code = qpdf.callMain(['--decrypt', `--password=${password}`, '/in.pdf', '/out.pdf']);
  if (code !== 0 && code !== 3) throw new Error(`qpdf --decrypt exited with ${code}`); // 3 = warnings only
  const bytes = qpdf.FS.readFile('/out.pdf');
  const decrypted = await PDFDocument.load(bytes);
  return { pages: decrypted.getPageCount(), bytes };
}

/** Where Node actually loaded sharp from, and which libvips it uses. */
function sharpOrigin(): { resolvedFrom: string; libvips: string } {
  const require = createRequire(import.meta.url);
  return { resolvedFrom: require.resolve('sharp'), libvips: sharp.versions.vips };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'resources-path': { type: 'string' },
      image: { type: 'string' },
      heic: { type: 'string' },
      pdf: { type: 'string' },
      'password-env': { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (values['resources-path']) Object.assign(process, { resourcesPath: values['resources-path'] });
  const roots = resourceRoots();
  const report: Record<string, unknown> = {
    situation: roots.unpackedFrom ? 'packaged' : 'development',
    roots,
    resources: await checkResources(),
    sharp: sharpOrigin(),
  };
  if (values.image && values.heic) {
    const converted = await imagesToPdf(values.image, values.heic);
    if (values.out) await writeFile(join(values.out, 'images.pdf'), converted.bytes);
    report.imagesToPdf = { pages: converted.pages, bytes: converted.bytes.length };
  }
  if (values.pdf) {
    const password = values['password-env'] ? (process.env[values['password-env']] ?? '') : '';
    const decrypted = await decryptPdf(values.pdf, password);
    if (values.out) await writeFile(join(values.out, 'decrypted.pdf'), decrypted.bytes);
    report.decrypt = { pages: decrypted.pages, bytes: decrypted.bytes.length };
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`self-check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
