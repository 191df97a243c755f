/**
 * A self-check of the document engine and its native and WebAssembly parts, run with plain Node
 * from a built or packaged tree (it never imports 'electron'). electron-vite builds it to
 * out/main/self-check.js, so the packaging test runs the packaged code, not the repository's:
 *
 *   node <resources>/app.asar/out/main/self-check.js --resources-path <resources> \
 *     --image photo.jpg --image photo.heic --pdf locked.pdf --password-env VAR --out <folder> \
 *     --passport passport-photo.jpg --scanned-certificate certificate-scan.pdf
 *
 * `--resources-path` stands in for Electron's `process.resourcesPath`, so the resource resolver
 * takes its packaged branch exactly as in the app. The password is read from an environment
 * variable (never from argv, never printed). Prints one JSON report on stdout.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { isSupportedKind } from '../../shared/engine/inputs';
import { detectKind, imageToPdf, openPdf } from '../engine';
import { validatePdf } from '../engine/validate';
import { EngineThread, engineWorkerEntry } from '../engine/worker/engine-thread';
import { fontPath, ocrLanguagePath, ocrWorkerPath, qpdfWasmPath, resourceRoots, windowIconPath } from '../common/resources';
import { closeOcr } from '../reading/ocr';
import { readDocument } from '../reading/read-document';
import { engineReadHooks } from '../batch/read-hooks';

/** The size limit used for the validation step (AIMA's portal limit per file is in the rules; any positive limit works here). */
const VALIDATION_LIMIT_BYTES = 10 * 1024 * 1024;

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

/** Where Node actually loaded sharp from, and which libvips it uses. */
function sharpOrigin(): { resolvedFrom: string; libvips: string } {
  const require = createRequire(import.meta.url);
  return { resolvedFrom: require.resolve('sharp'), libvips: sharp.versions.vips };
}

/** The engine's image → PDF conversion (sharp; libheif wasm for HEIC), then its validation (pdf-lib and pdf.js). */
async function convertImage(path: string, outDir: string | undefined) {
  const bytes = await readFile(path);
  const kind = detectKind(bytes);
  if (!isSupportedKind(kind) || kind === 'pdf') throw new Error(`${path}: detected as ${kind}, not an image`);
  const converted = await imageToPdf(bytes, kind, basename(path));
  const validation = await validatePdf(converted.bytes, { limitBytes: VALIDATION_LIMIT_BYTES });
  const output = outDir ? join(outDir, `${basename(path)}.pdf`) : null;
  if (output) await writeFile(output, converted.bytes);
  return {
    input: basename(path),
    kind,
    output,
    bytes: converted.bytes.length,
    pages: converted.pages,
    validation: { verdict: validation.verdict, parsers: validation.parsers, pageCount: validation.pageCount },
  };
}

/** The engine's PDF opening: decryption (and repair) with qpdf's wasm. */
async function decryptPdf(path: string, password: string, outDir: string | undefined) {
  const opened = await openPdf(await readFile(path), { file: basename(path), password });
  const validation = await validatePdf(opened.bytes, { limitBytes: VALIDATION_LIMIT_BYTES });
  const output = outDir ? join(outDir, `${basename(path, '.pdf')}-decrypted.pdf`) : null;
  if (output) await writeFile(output, opened.bytes);
  return {
    input: basename(path),
    output,
    bytes: opened.bytes.length,
    pages: opened.pages,
    protection: opened.protection,
    decrypted: opened.decrypted,
    validation: { verdict: validation.verdict, encrypted: validation.encrypted, parsers: validation.parsers },
  };
}

/** The app's document calls run on the engine's own thread: start it from this tree and inspect one file there. */
async function inspectOnEngineThread(path: string) {
  const engine = new EngineThread();
  try {
    const [inspected] = await engine.inspect([{ path }]);
    return {
      entry: fileURLToPath(engineWorkerEntry()),
      onWorkerThread: engine.onWorkerThread,
      kind: inspected?.kind ?? null,
      pages: inspected?.pages ?? null,
    };
  } finally {
    await engine.close();
  }
}

/**
 * Reading (issue 16) from this tree: tesseract.js's worker script, its wasm core and the shipped
 * traineddata, the passport MRZ of a photo and a scanned certificate (pdf.js renders the page with
 * @napi-rs/canvas's native binary, then OCR). The files the OCR loads are reported, to check they
 * are the tree's own.
 */
async function readDocuments(passport: string | undefined, certificate: string | undefined) {
  const today = '2026-12-01';
  const files = await Promise.all([
    checkFile('tesseract worker script', ocrWorkerPath()),
    ...(['eng', 'por'] as const).map((language) =>
      checkFile(`traineddata ${language}`, join(ocrLanguagePath(language), `${language}.traineddata.gz`)),
    ),
  ]);
  const require = createRequire(import.meta.url);
  const canvas = (() => {
    try {
      return require.resolve('@napi-rs/canvas');
    } catch {
      return null;
    }
  })();
  try {
    const mrz = passport ? (await readDocument(passport, { today, ...engineReadHooks })).mrz : null;
    const scanned = certificate ? await readDocument(certificate, { today, ...engineReadHooks }) : null;
    return {
      files,
      tesseractCore: require.resolve('tesseract.js-core/package.json'),
      canvas,
      mrz,
      certificate: scanned ? { textSource: scanned.textSource, certificate: scanned.certificate } : null,
    };
  } finally {
    await closeOcr();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'resources-path': { type: 'string' },
      image: { type: 'string', multiple: true, default: [] },
      pdf: { type: 'string' },
      'password-env': { type: 'string' },
      out: { type: 'string' },
      passport: { type: 'string' },
      'scanned-certificate': { type: 'string' },
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
  const images = [];
  for (const image of values.image) images.push(await convertImage(image, values.out));
  report.images = images;
  if (values.image[0]) report.engineThread = await inspectOnEngineThread(values.image[0]);
  if (values.pdf) {
    const password = values['password-env'] ? (process.env[values['password-env']] ?? '') : '';
    report.decrypt = await decryptPdf(values.pdf, password, values.out);
  }
  if (values.passport || values['scanned-certificate']) {
    report.reading = await readDocuments(values.passport, values['scanned-certificate']);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`self-check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
