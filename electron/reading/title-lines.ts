import sharp from 'sharp';
import type { GrayImage } from '../../shared/reading/mrz-glyphs';
import { paperLevel } from './paper-level';

/**
 * The lines of a certificate's title strip that could hold its issuer or its title, as one smaller image for a first
 * OCR (read-document.ts): tesseract's cost grows with the characters it reads (≈ 0.15–0.2 s of CPU per row of body
 * text at 150 dpi; its line recogniser scales every line to one height, so a lower resolution saves nothing), and a
 * scan in a certificate's category that is no certificate (a typed manual, an article) fills its strip with body text.
 *
 * A line is body text, and left out, when it is both long (at least LONG of the page's width) and no taller than the
 * strip's usual line (BODY_HEIGHT × the median height, and no taller than one line can be: ONE_LINE_INCHES). An issuer ("AUTORIDADE TRIBUTÁRIA E ADUANEIRA", "SEGURANÇA
 * SOCIAL") or a title ("CERTIDÃO", "DECLARAÇÃO DE SITUAÇÃO CONTRIBUTIVA") is short, or set larger than the text
 * around it, so it is always kept. This only decides whether the strip can be a certificate's: when the kept lines
 * say it can, the whole strip is read as before, so a certificate is read exactly as without this first look.
 *
 * Null when nothing would be left out, or the lines cannot be told apart (then the whole strip is read, as before).
 */
const LONG = 0.6;
const BODY_HEIGHT = 1.2;
/**
 * And never taller than one line of body text can be (0.27 in: 40 px at 150 dpi, a 14-pt line with its ascenders and
 * descenders): rows that run into each other (a page scanned or photographed a little askew, where the gaps between
 * lines vanish) hold several lines, perhaps the title, and are read.
 */
const ONE_LINE_INCHES = 0.27;
/** Ink: darker than this fraction of the paper's grey (the strip is a rendered scan or a photo's header, grey). */
const INK = 0.6;

interface Row {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * A run of inked rows cut where it holds several lines: lines of a tight paragraph touch (descenders meet the next
 * line's ascenders), and would be taken for one tall line. Cut at the emptiest row when it holds under VALLEY of the
 * ink of the lighter of the two parts' inkiest rows, both parts being lines (MIN_PART rows, and neither under a third
 * of the other's ink: an accent over a capital stays with its line).
 */
const VALLEY = 0.35;
const MIN_PART = 6;
function splitAtValleys(inkOfRow: Uint32Array, run: { top: number; bottom: number }): { top: number; bottom: number }[] {
  const { top, bottom } = run;
  if (bottom - top < 2 * MIN_PART) return [run];
  const maxAbove = new Float64Array(bottom - top);
  const maxBelow = new Float64Array(bottom - top);
  for (let y = top, m = 0; y < bottom; y++) maxAbove[y - top] = m = Math.max(m, inkOfRow[y]!);
  for (let y = bottom - 1, m = 0; y >= top; y--) maxBelow[y - top] = m = Math.max(m, inkOfRow[y]!);
  let cut = -1;
  let best = VALLEY;
  for (let y = top + MIN_PART; y <= bottom - MIN_PART; y++) {
    const above = maxAbove[y - 1 - top]!;
    const below = maxBelow[y - top]!;
    const lighter = Math.min(above, below);
    if (lighter < Math.max(above, below) / 3) continue;
    const ratio = inkOfRow[y]! / lighter;
    if (ratio < best) {
      best = ratio;
      cut = y;
    }
  }
  if (cut < 0) return [run];
  return [...splitAtValleys(inkOfRow, { top, bottom: cut }), ...splitAtValleys(inkOfRow, { top: cut + 1, bottom })];
}

/** Text rows from the row profile; rows a few pixels apart (an accent over a capital) are one line. */
function textRows(data: Uint8Array, width: number, height: number): Row[] {
  const dark = paperLevel(data) * INK;
  const inkOfRow = new Uint32Array(height);
  for (let y = 0; y < height; y++) {
    let n = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) if (data[row + x]! < dark) n += 1;
    inkOfRow[y] = n;
  }
  const minInk = Math.max(2, Math.round(width * 0.003));
  const runs: { top: number; bottom: number }[] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const inked = y < height && inkOfRow[y]! >= minInk;
    if (inked && start < 0) start = y;
    if (!inked && start >= 0) {
      const last = runs.at(-1);
      if (last && start - last.bottom <= 3) last.bottom = y;
      else runs.push({ top: start, bottom: y });
      start = -1;
    }
  }
  return runs
    .flatMap((r) => splitAtValleys(inkOfRow, r))
    .filter((r) => r.bottom - r.top >= 4)
    .map(({ top, bottom }) => {
      let left = width;
      let right = -1;
      for (let y = top; y < bottom; y++) {
        const row = y * width;
        for (let x = 0; x < width; x++) {
          if (data[row + x]! < dark) {
            if (x < left) left = x;
            if (x > right) right = x;
          }
        }
      }
      return { top, bottom, left, right };
    });
}

export async function titleCandidateLines(strip: GrayImage, density: number): Promise<Buffer | null> {
  const { data, width, height } = strip;
  const rows = textRows(data, width, height);
  if (rows.length < 2) return null;
  const heights = rows.map((r) => r.bottom - r.top).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)]!;
  const tallest = Math.min(BODY_HEIGHT * median, ONE_LINE_INCHES * density);
  const kept = rows.filter((r) => r.right - r.left < LONG * width || r.bottom - r.top > tallest);
  if (kept.length === rows.length || kept.length === 0) return null;
  // The kept lines stacked, each with a margin of half its height, on white: one OCR call for all of them; the margin
  // never reaching into the line above or below (half a left-out line would be OCR'd as noise).
  const parts = kept.map((r) => {
    const i = rows.indexOf(r);
    const margin = Math.round((r.bottom - r.top) / 2);
    const top = Math.max(rows[i - 1]?.bottom ?? 0, r.top - margin);
    return { top, height: Math.min(rows[i + 1]?.top ?? height, r.bottom + margin) - top };
  });
  const offsets = parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.height, 0));
  const total = parts.reduce((sum, p) => sum + p.height, 0);
  const composite = await Promise.all(
    parts.map(async ({ top, height: rows }, i) => ({
      input: await sharp(Buffer.from(data.buffer, data.byteOffset, data.length), { raw: { width, height, channels: 1 } })
        .extract({ left: 0, top, width, height: rows })
        .png({ compressionLevel: 1 })
        .toBuffer(),
      top: offsets[i]!,
      left: 0,
    })),
  );
  return sharp({ create: { width, height: total, channels: 3, background: '#ffffff' } })
    .composite(composite)
    .grayscale()
    .withMetadata({ density })
    .png({ compressionLevel: 1 })
    .toBuffer();
}
