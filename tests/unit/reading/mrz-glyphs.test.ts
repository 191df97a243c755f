import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  decodeTemplates,
  lineGeometry,
  lineScore,
  quickLineScore,
  readLineByCells,
  TD3_CLASSES,
  TD3_LINE2_UNCHECKED,
  UNSURE_MARGIN,
  withSecondOpinion,
  type GrayImage,
  type LineReading,
} from '../../../shared/reading/mrz-glyphs';
import { TEMPLATE_ALPHABET, TEMPLATE_SETS } from '../../../shared/reading/mrz-templates';
import { fontInstalled } from '../../fonts';

const templates = decodeTemplates(TEMPLATE_SETS, TEMPLATE_ALPHABET);
// The MRZ fonts these lines are drawn in (tests/fonts.ts: skipped where they are not installed).
const OCR_B = fontInstalled('OCR B');
const DEJAVU_MONO = fontInstalled('DejaVu Sans Mono');
const installed = (font: string) => (font === 'OCR B' ? OCR_B : DEJAVU_MONO);
const L1 = 'P<UKRZHANG<<AWA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<';
const L2 = 'II83338960VNM8303280F3004124<<<<<<<<<<<<<<<8';

/** One MRZ line set in `font` at `size`, a little blurred, as a grey image (what mrz-band.ts crops). */
async function line(text: string, font: string, size: number, blur = 0.8): Promise<GrayImage> {
  const width = Math.ceil(text.length * size * 0.75 + 60);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${size * 2}"><rect width="100%" height="100%" fill="#f4f1e8"/><text x="30" y="${size * 1.35}" font-family="${font}" font-size="${size}" fill="#111">${text.replace(/</g, '&lt;')}</text></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).grayscale().blur(blur).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

describe('MRZ cells read against glyph templates', () => {
  it.skipIf(!OCR_B)('finds the 44 cells of a fixed-pitch line (pitch = the font’s advance)', async () => {
    // OCR-B's advance is 0.723 em: 44 characters at 40 px have a 28.9 px pitch.
    const geometry = lineGeometry(await line(L1, 'OCR B', 40), 44);
    expect(geometry?.pitch).toBeCloseTo(0.723 * 40, 0);
  });

  for (const [font, size] of [
    ['OCR B', 40],
    ['DejaVu Sans Mono', 38],
    ['OCR B', 30],
  ] as const) {
    it.skipIf(!installed(font))(
      `reads both lines set in ${font} at ${size} px, fillers as "<" (not K or L), I and 1 apart`,
      async () => {
        const one = readLineByCells(await line(L1, font, size), TD3_CLASSES[0], templates);
        const two = readLineByCells(await line(L2, font, size), TD3_CLASSES[1], templates);
        expect(one?.text).toBe(L1);
        expect(two?.text).toBe(L2);
      },
    );
  }

  it.skipIf(!OCR_B)('holds each position to its class: a digit place never reads a letter', async () => {
    const two = readLineByCells(await line(L2, 'OCR B', 40), TD3_CLASSES[1], templates);
    for (const i of [13, 14, 15, 16, 17, 18, 19, 43]) expect(two!.text[i]).toMatch(/\d/);
    expect(TD3_CLASSES[1][20]).toBe('MFX<');
  });
});

describe('the quick look at a line (no shifts), which ends a page with no MRZ', () => {
  it.skipIf(!OCR_B || !DEJAVU_MONO)(
    'scores an MRZ line high and a line of ordinary text low, on either side of the threshold',
    async () => {
      // read-passport.ts ends the search below 0.6; the full probe (readLineByCells) rejects below 0.62.
      for (const [font, size] of [
        ['OCR B', 30],
        ['DejaVu Sans Mono', 38],
      ] as const) {
        const mrz = await line(L1, font, size);
        const quick = quickLineScore(mrz, TD3_CLASSES[0], templates, 12);
        expect(quick, font).toBeGreaterThan(0.85);
        // Never far above the full probe's score (the shifted samples can only match better).
        expect(quick, font).toBeLessThanOrEqual(lineScore(readLineByCells(mrz, TD3_CLASSES[0], templates, 12)!) + 0.02);
      }
      const prose = await line('The LinnSequencer is a state-of-the-art composition tool for the', 'DejaVu Serif', 30);
      const proseScore = quickLineScore(prose, TD3_CLASSES[0], templates, 12);
      // A line was found and scored (−1 would mean none was).
      expect(proseScore).toBeGreaterThan(0);
      expect(proseScore).toBeLessThan(0.6);
    },
  );
});

describe('a second opinion, only where the templates hesitate', () => {
  const reading = (text: string, unsure: Record<number, string>): LineReading => ({
    text,
    cells: [...text].map((char, i) => ({
      char,
      score: 0.9,
      margin: i in unsure ? UNSURE_MARGIN / 5 : 0.2,
      runnerUp: unsure[i] ?? '<',
    })),
  });

  it('takes OCR’s character in an unsure cell when it is the runner-up', () => {
    const cells = reading('1183338960' + L2.slice(10), { 0: 'I', 1: 'I' });
    expect(withSecondOpinion(cells, L2)).toBe(L2);
  });
  it('ignores OCR in sure cells and anything OCR says that is neither candidate', () => {
    const cells = reading(L2, { 2: '3' });
    const ocr = 'XX' + 'B' + L2.slice(3, 43) + '1';
    expect(withSecondOpinion(cells, ocr)).toBe(L2);
  });
  it('speaks only for the cells it is opened to (a passing reading keeps its checked places)', () => {
    const cells = reading(L2.slice(0, 10) + 'VNO' + L2.slice(13), { 0: '1', 1: '1', 12: 'M' });
    const ocr = '11' + L2.slice(2);
    expect(withSecondOpinion(cells, ocr, (i) => TD3_LINE2_UNCHECKED.has(i))).toBe(L2);
  });
  it('without OCR (or a line of another length) the templates’ reading stands', () => {
    const cells = reading(L2, { 0: '1' });
    expect(withSecondOpinion(cells, null)).toBe(L2);
    expect(withSecondOpinion(cells, L2.slice(1))).toBe(L2);
  });
});
