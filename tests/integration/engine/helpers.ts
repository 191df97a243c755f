import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { CORPUS } from '../../corpus';

export const repoRoot = join(import.meta.dirname, '../../..');
/** The read-only test corpus, beside the repository (as in CI). */
export const corpusDir = CORPUS;

export interface ManifestEntry {
  path: string;
  kind: string;
  password: string | null;
  note?: string;
  outcome: 'ok' | 'error' | 'ok_or_error';
  error_kind: string | null;
  output_pages: number | null;
  needs_password: boolean;
}

export function loadManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(join(corpusDir, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];
}

export const corpusFile = (path: string) => join(corpusDir, path);

/** SHA-256 of every file under a folder, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    hashes[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return hashes;
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `aima-${prefix}-`));

/** Debian's qpdf (native) as an independent checker of our output. */
export function qpdfCli(args: string[]): { status: number; stdout: string } {
  try {
    return { status: 0, stdout: execFileSync('qpdf', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, stdout: failed.stdout ?? '' };
  }
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export function pageCountOf(path: string): number {
  return Number.parseInt(qpdfCli(['--show-npages', path]).stdout.trim(), 10);
}

/** Text of every page, extracted with pdfjs-dist (a different parser from the ones that wrote the file). */
export async function pdfText(bytes: Uint8Array, maxPages = Infinity): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= Math.min(document.numPages, maxPages); n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}

/** Page sizes in points, read by pdfjs-dist (after /Rotate). */
export async function pageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const sizes = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const viewport = (await document.getPage(n)).getViewport({ scale: 1 });
    sizes.push({ width: viewport.width, height: viewport.height });
  }
  await document.destroy();
  return sizes;
}

/** Render one page with poppler's pdftoppm (another independent renderer) into raw RGB pixels. */
export async function renderPage(
  pdfPath: string,
  page: number,
  dpi: number,
  crop?: { left: number; top: number; width: number; height: number },
): Promise<{ data: Buffer; width: number; height: number }> {
  const cropArgs = crop ? ['-x', crop.left, '-y', crop.top, '-W', crop.width, '-H', crop.height].map(String) : [];
  const png = execFileSync('pdftoppm', [
    ...cropArgs,
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-png',
    '-singlefile',
    pdfPath,
  ]);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean absolute difference (0–255) between two RGB images resized to the same small grid. */
export async function imageDistance(a: Sharp, b: Sharp, size = 48): Promise<number> {
  const small = async (image: Sharp) =>
    image.resize(size, size, { fit: 'fill' }).removeAlpha().toColourspace('srgb').raw().toBuffer();
  const [x, y] = await Promise.all([small(a), small(b)]);
  let total = 0;
  for (let i = 0; i < x.length; i += 1) total += Math.abs(x[i]! - y[i]!);
  return total / x.length;
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
