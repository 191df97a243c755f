import { alignToCells } from '../../shared/reading/mrz-cells';
import { readMrz, type MrzReading } from '../../shared/reading/mrz';
import { findMrzBands } from './mrz-band';
import { MRZ_CHARACTERS, recognizeWithSymbols, type OcrProgress } from './ocr';

/**
 * A passport's MRZ from a page image: the candidate bands (electron/reading/mrz-band.ts),
 * each OCR'd with the MRZ alphabet, upright then upside down, until one passes every
 * check digit. When none does, the best failure is returned (what was read and which
 * check failed), never a corrected guess.
 *
 * Each line is taken two ways: placed on the MRZ's 44 fixed-pitch cells from where OCR saw
 * each character (shared/reading/mrz-cells.ts: a glyph read twice counts once), and as OCR's
 * plain text. The cell reading comes first; the plain text is only tried when the cell reading
 * fails its check digits, and is itself accepted only if every check digit passes.
 */
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

export async function readPassportImage(image: Buffer, today: string, onProgress?: OcrProgress): Promise<MrzReading> {
  const bands = await findMrzBands(image);
  let best: MrzReading = { status: 'unreadable', reason: 'no-mrz-found', lines: [], failedFields: [] };
  const attempts = bands.flatMap((band) => [band.lines, band.flipped]);
  for (const [i, pair] of attempts.entries()) {
    const readings: { cells: string | null; text: string }[] = [];
    for (const [j, png] of pair.entries()) {
      const ocr = await recognizeWithSymbols(png, {
        language: 'eng',
        characters: MRZ_CHARACTERS,
        layout: 'line',
        onProgress: (f) => onProgress?.((i + (j + f) / 2) / attempts.length),
      });
      const text = ocr.text.replace(/\s+/g, '');
      readings.push({ cells: alignToCells(ocr.symbols), text });
      // A TD3 first line starts "P" and a filler or type letter: anything else is the wrong band or upside down.
      if (j === 0 && !/^P[A-Z<][A-Z<]{3}/.test(text)) break;
    }
    if (readings.length < 2) continue;
    const [first, second] = readings as [(typeof readings)[0], (typeof readings)[0]];
    const line1 = first.cells ?? first.text;
    const candidates = [...new Set([second.cells, second.text].filter((l): l is string => l !== null))];
    for (const line2 of candidates) {
      const reading = readMrz(`${line1}\n${line2}`, today);
      if (reading.status === 'read') {
        onProgress?.(1);
        return reading;
      }
      if (rank(reading) > rank(best)) best = reading;
    }
  }
  onProgress?.(1);
  return best;
}
