/**
 * When no single OCR reading of MRZ line 2 passes its check digits, the check digits may still
 * pick the right line among a few candidates — but only when exactly one candidate passes every
 * one of them (the composite check digit covers the whole line). Two or more passing candidates
 * are as unreadable as none: the person types the facts. A deliberately wrong check digit stays
 * wrong, since no candidate changes a check digit the models agree on.
 *
 * Candidates, place by place:
 *  - two models disagree: each character some model actually read there;
 *  - the optional personal-number field (places 28–42): K or L may be a filler "<" (OCR-B's "<",
 *    the commonest confusion of tesseract's English model; bench/results.md, reading-bench).
 * Nothing else is substituted. Pure: the readings come from electron/reading/read-passport.ts.
 */
import { readMrz, TD3_LENGTH, type MrzReading } from './mrz';

/** Places where the models may disagree before the readings count as two different lines. */
const MAX_DISAGREEMENTS = 6;
/** At most this many candidate lines are checked. */
const MAX_CANDIDATES = 4096;
const PERSONAL_NUMBER = { from: 28, to: 42 };

export function voteLine2(line1: string, readings: string[], today: string): MrzReading | null {
  const full = [...new Set(readings.filter((r) => r.length === TD3_LENGTH))];
  if (full.length === 0) return null;
  const options: string[][] = [];
  let disagreements = 0;
  let candidates = 1;
  for (let i = 0; i < TD3_LENGTH; i++) {
    const here = new Set(full.map((r) => r[i]!));
    if (here.size > 1) disagreements += 1;
    if (i >= PERSONAL_NUMBER.from && i <= PERSONAL_NUMBER.to && (here.has('K') || here.has('L'))) here.add('<');
    options.push([...here]);
    candidates *= here.size;
  }
  if (candidates === 1 || disagreements > MAX_DISAGREEMENTS || candidates > MAX_CANDIDATES) return null;
  let lines = [''];
  for (const here of options) lines = lines.flatMap((prefix) => here.map((c) => prefix + c));
  const passing = new Map<string, MrzReading>();
  for (const line of lines) {
    const reading = readMrz(`${line1}\n${line}`, today);
    if (reading.status === 'read') passing.set(reading.lines[1]!, reading);
  }
  return passing.size === 1 ? [...passing.values()][0]! : null;
}
