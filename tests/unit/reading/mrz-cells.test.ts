import { describe, expect, it } from 'vitest';
import { alignToCells, type OcrSymbol } from '../../../shared/reading/mrz-cells';

const LINE = 'P<BRADOS<SANTOS<<JOAO<PEDRO<<<<<<<<<<<<<<<<<';

/** Symbols as tesseract places them: one per 23-px cell from x = 30, glyphs ~14 px wide. */
function symbols(line: string, pitch = 23, origin = 30): OcrSymbol[] {
  return [...line].map((text, i) => ({ text, confidence: 95, x0: origin + i * pitch - 7, x1: origin + i * pitch + 7 }));
}

describe('MRZ fixed-pitch cells', () => {
  it('gives back a clean line unchanged', () => {
    expect(alignToCells(symbols(LINE))).toBe(LINE);
  });
  it('keeps the more confident of two readings of one glyph ("O0" for the O of SANTOS)', () => {
    const s = symbols(LINE);
    const o = s[14]!;
    const doubled = [
      ...s.slice(0, 14),
      { ...o, confidence: 89, x1: o.x1 - 3 },
      { text: '0', confidence: 94, x0: o.x0 + 3, x1: o.x1 + 2 },
      ...s.slice(15),
    ];
    expect(alignToCells(doubled)).toBe(LINE.slice(0, 14) + '0' + LINE.slice(15));
    const lessSure = [
      ...s.slice(0, 14),
      { ...o, confidence: 97 },
      { text: '0', confidence: 60, x0: o.x0 + 3, x1: o.x1 + 2 },
      ...s.slice(15),
    ];
    expect(alignToCells(lessSure)).toBe(LINE);
  });
  it('places characters by position, not by count: a slightly stretched line still fills 44 cells', () => {
    expect(alignToCells(symbols(LINE, 23.4, 41))).toBe(LINE);
  });
  it('never fills in a glyph OCR missed: an empty cell makes the line unusable', () => {
    const s = symbols(LINE);
    expect(alignToCells([...s.slice(0, 20), ...s.slice(21)])).toBeNull();
  });
  it('rejects a stray mark outside the line and too few symbols', () => {
    const s = symbols(LINE);
    expect(alignToCells([...s, { text: '<', confidence: 90, x0: 30 + 44 * 23 - 7, x1: 30 + 44 * 23 + 7 }])).toBeNull();
    expect(alignToCells(s.slice(0, 30))).toBeNull();
  });
});
