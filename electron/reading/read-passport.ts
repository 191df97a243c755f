import { alignToCells } from '../../shared/reading/mrz-cells';
import { readMrz, type MrzReading } from '../../shared/reading/mrz';
import { voteLine2 } from '../../shared/reading/mrz-vote';
import { findMrzBands } from './mrz-band';
import { MRZ_CHARACTERS, recognizeWithSymbols, type OcrLanguage, type OcrProgress } from './ocr';

/**
 * A passport's MRZ from a page image: the candidate bands (electron/reading/mrz-band.ts),
 * each OCR'd with the MRZ alphabet, upright then upside down, until one passes every
 * check digit. When none does, the best failure is returned (what was read and which
 * check failed), never a corrected guess.
 *
 * Each line is taken two ways: placed on the MRZ's 44 fixed-pitch cells from where OCR saw
 * each character (shared/reading/mrz-cells.ts: a glyph read twice counts once), and as OCR's
 * plain text. Two models read it, the second only when the first fails (bench/results.md,
 * reading-bench): tesseract's English model takes OCR-B's "<" (the font of real passports) for
 * K or L, so line 1 (names and fillers, no check digit) is read by the Portuguese model first,
 * which reads "<" right; line 2 by the English model first, which reads digits better. Every
 * line-2 reading is tried with line 1, and only one passing every check digit is accepted.
 */
const LINE1_MODELS: OcrLanguage[] = ['por', 'eng'];
const LINE2_MODELS: OcrLanguage[] = ['eng', 'por'];

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

export async function readPassportImage(image: Buffer, today: string, onProgress?: OcrProgress): Promise<MrzReading> {
  const bands = await findMrzBands(image);
  let best: MrzReading = { status: 'unreadable', reason: 'no-mrz-found', lines: [], failedFields: [] };
  const attempts = bands.flatMap((band) => [band.lines, band.flipped]);
  const steps = attempts.length * 4;
  let step = 0;
  const read = async (png: Buffer, language: OcrLanguage) => {
    const at = step++;
    const ocr = await recognizeWithSymbols(png, {
      language,
      characters: MRZ_CHARACTERS,
      layout: 'line',
      onProgress: (f) => onProgress?.((at + f) / steps),
    });
    const text = ocr.text.replace(/\s+/g, '');
    return { cells: alignToCells(ocr.symbols), text };
  };
  for (const [first, second] of attempts) {
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
        if (reading.status === 'read') {
          onProgress?.(1);
          return reading;
        }
        if (rank(reading) > rank(best)) best = reading;
      }
    }
    // Each model alone failed a check digit: where they disagree (and where a filler may have been
    // read as K or L), the check digits may pick the one candidate that passes (see mrz-vote.ts).
    const voted = voteLine2(line1, [...tried], today);
    if (voted) {
      onProgress?.(1);
      return voted;
    }
  }
  onProgress?.(1);
  return best;
}
