import { readMrz, type MrzReading } from '../../shared/reading/mrz';
import { findMrzBands } from './mrz-band';
import { MRZ_CHARACTERS, recognize, type OcrProgress } from './ocr';

/**
 * A passport's MRZ from a page image: the candidate bands (electron/reading/mrz-band.ts),
 * each OCR'd with the MRZ alphabet, upright then upside down, until one passes every
 * check digit. When none does, the best failure is returned (what was read and which
 * check failed), never a corrected guess.
 */
export async function readPassportImage(image: Buffer, today: string, onProgress?: OcrProgress): Promise<MrzReading> {
  const bands = await findMrzBands(image);
  let best: MrzReading = { status: 'unreadable', reason: 'no-mrz-found', lines: [], failedFields: [] };
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
  const attempts = bands.flatMap((band) => [band.lines, band.flipped]);
  for (const [i, pair] of attempts.entries()) {
    const texts: string[] = [];
    for (const [j, png] of pair.entries()) {
      const text = await recognize(png, {
        language: 'eng',
        characters: MRZ_CHARACTERS,
        layout: 'line',
        onProgress: (f) => onProgress?.((i + (j + f) / 2) / attempts.length),
      });
      texts.push(text);
      // A TD3 first line starts "P" and a filler or type letter: anything else is the wrong band or upside down.
      if (j === 0 && !/^P[A-Z<][A-Z<]{3}/.test(text.replace(/\s+/g, ''))) break;
    }
    const reading = readMrz(texts.map((t) => t.replace(/\s+/g, '')).join('\n'), today);
    if (reading.status === 'read') {
      onProgress?.(1);
      return reading;
    }
    if (rank(reading) > rank(best)) best = reading;
  }
  onProgress?.(1);
  return best;
}
