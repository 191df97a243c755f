import { alignToCells } from '../../shared/reading/mrz-cells';
import {
  decodeTemplates,
  lineScore,
  quickLineScore,
  readLineByCells,
  TD3_CLASSES,
  TD3_LINE2_UNCHECKED,
  unsureCells,
  withSecondOpinion,
  type GlyphTemplate,
  type GrayImage,
  type LineReading,
} from '../../shared/reading/mrz-glyphs';
import { readMrz, type MrzReading } from '../../shared/reading/mrz';
import { TEMPLATE_ALPHABET, TEMPLATE_SETS } from '../../shared/reading/mrz-templates';
import { findMrzBands, type BandLine } from './mrz-band';
import type { PageImage } from './page-image';
import { MRZ_CHARACTERS, recognizeWithSymbols, type OcrLanguage, type OcrProgress } from './ocr';

/**
 * A passport's MRZ from a page image, in three steps, each only when the one before did not settle it:
 *
 *  1. Cells (shared/reading/mrz-glyphs.ts): the candidate bands (electron/reading/mrz-band.ts) are cut
 *     into 2 × 44 cells, each matched against OCR-B and DejaVu Sans Mono glyph templates among the
 *     characters its position may hold. The band and way up whose cells match best is the MRZ. When
 *     every cell is sure and every check digit passes, that is the reading (milliseconds, no OCR).
 *  2. Second opinion: a line with unsure cells (O/0, D/O, I/1 a few pixels apart) is OCR'd with
 *     tesseract; in those cells only, OCR's character is taken when it is one of the two the
 *     templates hesitated between (in the names, nationality and sex only, when the cells' reading
 *     already passes its check digits). The one combined reading is checked by its check digits.
 *  3. OCR alone (the reader of sessions 1–4), unless no candidate's first cells look like an MRZ line
 *     at all (NO_MRZ_SCORE: a page of ordinary text is "no MRZ" without OCR): each line read by
 *     tesseract with the MRZ alphabet, both models, placed on cells (shared/reading/mrz-cells.ts) and as plain text. (Session 4's
 *     vote between models — candidates tried until one passed the check digits — is gone: a
 *     correction is class- or confidence-driven, never a search the check digits end.)
 *
 * Nothing passes without every check digit; when nothing does, the best failure is returned (what
 * was read and which check failed), never a corrected guess. A deliberately wrong check digit is
 * read as printed (a sure cell), so it stays wrong in every step.
 *
 * Models (bench/results.md, reading-bench): tesseract's English model takes OCR-B's "<" for K or L,
 * so line 1 (names and fillers) is read by the Portuguese model first; line 2 by the English model
 * first, which reads digits better.
 */
const LINE1_MODELS: OcrLanguage[] = ['por', 'eng'];
const LINE2_MODELS: OcrLanguage[] = ['eng', 'por'];
/** Below this mean cell score a band is not an upright MRZ (an upright one scores about 0.9). */
const MIN_LINE_SCORE = 0.7;
/**
 * Below this, no candidate band's first cells look like an MRZ line at all, and OCR is not asked (step 3 is
 * skipped): the page has no MRZ. Measured (s6-read16, 12-cell probe, best band and way up): every MRZ of the
 * generated sets (both fonts, 64 scans and 64 phone photos, two seeds) and of the corpus (141 images) scores
 * 0.93–0.99; pages of text without an MRZ (the corpus's typed manuals, letters, bills) score 0.40–0.55. Their OCR, which
 * could only find nothing, cost 2–3 s of CPU per page.
 */
const NO_MRZ_SCORE = 0.62;
/**
 * The same for the quick look (quickLineScore, unscaled pixels, no shifts), which ends a page with no MRZ before any
 * candidate is cropped. Measured (s8-read): typed pages (the corpus's linn, jbig2, ccitt, epson, skew scans) 0.41–0.47
 * against the full probe's 0.49–0.55; the corpus's 14 passports 0.93–0.99 (full probe 0.96–0.99), and every generated
 * set still read whole (bench:reading). Below the full probe's threshold, so that a page the full probe would send to
 * OCR is never cut short here.
 */
const QUICK_NO_MRZ_SCORE = 0.6;

const rank = (r: MrzReading) =>
  r.status === 'read'
    ? 4
    : r.reason === 'check-digit-failed'
      ? 3
      : r.reason === 'invalid-field'
        ? 2
        : r.reason === 'wrong-layout'
          ? 1
          : 0;

/** A TD3 first line: "P", a type letter or filler, three letters of state, and names parted by "<<". */
const looksLikeLine1 = (line: string) => /^P[A-Z<][A-Z<]{3}/.test(line) && line.includes('<<');

let templates: GlyphTemplate[] | null = null;
const glyphTemplates = () => (templates ??= decodeTemplates(TEMPLATE_SETS, TEMPLATE_ALPHABET));

interface CellAttempt {
  pngs: [BandLine, BandLine];
  lines: [LineReading, LineReading];
  score: number;
}

/** Cells of line 1 read to choose among the candidate bands and ways up. */
const PROBE_CELLS = 12;

/**
 * Step 1: the band and way up whose first cells match the templates best, then read whole, cell by cell.
 * `probe` is the best first-cells score of any candidate (−1 when none could be cut into cells): how much
 * anything on the page looks like an MRZ line.
 */
async function bestCellReading(attempts: [BandLine, BandLine][]): Promise<{ cells: CellAttempt | null; probe: number }> {
  let best: { pngs: [BandLine, BandLine]; image: GrayImage; score: number } | null = null;
  let probeBest = -1;
  for (const pngs of attempts) {
    const image = await pngs[0].gray();
    const probe = readLineByCells(image, TD3_CLASSES[0], glyphTemplates(), PROBE_CELLS);
    if (!probe) continue;
    const score = lineScore(probe);
    probeBest = Math.max(probeBest, score);
    if (score >= MIN_LINE_SCORE && (!best || score > best.score)) best = { pngs, image, score };
  }
  if (!best) return { cells: null, probe: probeBest };
  const one = readLineByCells(best.image, TD3_CLASSES[0], glyphTemplates());
  const two = readLineByCells(await best.pngs[1].gray(), TD3_CLASSES[1], glyphTemplates());
  if (!one || !two || lineScore(one) < MIN_LINE_SCORE || lineScore(two) < MIN_LINE_SCORE)
    return { cells: null, probe: probeBest };
  return { cells: { pngs: best.pngs, lines: [one, two], score: best.score }, probe: probeBest };
}

/** The best first-cells score of any candidate read from its quick pixels (BandLine.quickGray): no crop is made. */
function quickProbe(attempts: [BandLine, BandLine][]): number {
  let best = -1;
  for (const [first] of attempts) {
    best = Math.max(best, quickLineScore(first.quickGray(), TD3_CLASSES[0], glyphTemplates(), PROBE_CELLS));
  }
  return best;
}

export async function readPassportImage(image: PageImage, today: string, onProgress?: OcrProgress): Promise<MrzReading> {
  const bands = await findMrzBands(image);
  let best: MrzReading = { status: 'unreadable', reason: 'no-mrz-found', lines: [], failedFields: [] };
  const attempts = bands.flatMap((band) => [band.lines, band.flipped]);
  const steps = 2 + attempts.length * 4;
  let step = 0;
  const read = async (line: BandLine, language: OcrLanguage) => {
    const at = step++;
    const ocr = await recognizeWithSymbols(await line.png(), {
      language,
      characters: MRZ_CHARACTERS,
      layout: 'line',
      onProgress: (f) => onProgress?.((at + f) / steps),
    });
    const text = ocr.text.replace(/\s+/g, '');
    return { cells: alignToCells(ocr.symbols), text };
  };
  const done = (reading: MrzReading) => {
    onProgress?.(1);
    return reading;
  };

  // A quick look at the first cells of every candidate, from its pixels as they are and unshifted (no crop scaled and
  // normalised, no shifted samples: the full probe cost ≈ 0.06 s of CPU per candidate, six on a typed page): nothing
  // like an MRZ line is "no MRZ" at once (QUICK_NO_MRZ_SCORE).
  if (quickProbe(attempts) < QUICK_NO_MRZ_SCORE) return done(best);
  const { cells, probe } = await bestCellReading(attempts);
  // Nothing on the page looks like an MRZ line: "no MRZ", without OCR (NO_MRZ_SCORE).
  if (!cells && probe < NO_MRZ_SCORE) return done(best);
  if (cells) {
    const [one, two] = cells.lines;
    const reading = readMrz(`${one.text}\n${two.text}`, today);
    const unsure = [unsureCells(one), unsureCells(two)];
    if (reading.status === 'read' && unsure.every((u) => u.length === 0)) return done(reading);
    best = reading;
    // Step 2: OCR's opinion on the unsure cells, line by line, the line's first model only. When the
    // cells' reading already passes every check digit, OCR is not asked about the checked places:
    // there it could only swap a pair the check digit cannot see (I↔1 twice at weights 7 and 3 —
    // tesseract reads OCR-B's and DejaVu's I as 1; bench/results.md), never fix a single error.
    const open = reading.status === 'read' ? (i: number) => TD3_LINE2_UNCHECKED.has(i) : () => true;
    const opinion = async (line: LineReading, png: BandLine, language: OcrLanguage, cellsOpen: (i: number) => boolean) => {
      if (!unsureCells(line).some(cellsOpen)) return line.text;
      const ocr = await read(png, language);
      const candidates = [ocr.cells, ocr.text].filter((l): l is string => l !== null && l.length === line.cells.length);
      return withSecondOpinion(line, candidates[0] ?? null, cellsOpen);
    };
    const combined = readMrz(
      `${await opinion(one, cells.pngs[0], LINE1_MODELS[0]!, () => true)}\n${await opinion(two, cells.pngs[1], LINE2_MODELS[0]!, open)}`,
      today,
    );
    if (combined.status === 'read') return done(combined);
    if (rank(combined) > rank(best)) best = combined;
  }

  // Step 3: OCR alone — on the band and way up the cells chose when they found an MRZ (their choice
  // is sure even when a cell is not), else on every candidate.
  for (const [first, second] of cells ? [cells.pngs] : attempts) {
    let line1: string | null = null;
    for (const language of LINE1_MODELS) {
      const one = await read(first, language);
      line1 = [one.cells, one.text].find((l): l is string => l !== null && looksLikeLine1(l)) ?? null;
      // Upside down or the wrong band: no model will see a "P" there, so the next is not asked.
      if (line1 || !one.text.startsWith('P')) break;
    }
    if (!line1) continue;
    const tried = new Set<string>();
    for (const language of LINE2_MODELS) {
      const two = await read(second, language);
      for (const line2 of [two.cells, two.text]) {
        if (line2 === null || tried.has(line2)) continue;
        tried.add(line2);
        const reading = readMrz(`${line1}\n${line2}`, today);
        if (reading.status === 'read') return done(reading);
        if (rank(reading) > rank(best)) best = reading;
      }
    }
  }
  return done(best);
}
