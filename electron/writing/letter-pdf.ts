import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../shared/api/errors';
import { letterBlocks, type Letter } from '../../shared/writing/letter';
import { fontPath } from '../common/resources';

/**
 * The letter as an A4 PDF with an embedded Unicode font (DejaVu Sans, subset),
 * so every name prints as typed ("Nguyễn", "Łukasz", "Şahin") and the text can
 * be copied or searched. Lines are wrapped by measured width; pages break
 * where the text runs out of room, with a page number in the footer.
 */

export const LETTER_FONTS = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 64, right: 64, top: 64, bottom: 72 };
const SIZE = 10.5;
const LEADING = 14.5;
const GAP = 8;
const TEXT_COLOR = rgb(0.1, 0.1, 0.1);

async function loadFont(fileName: string): Promise<Uint8Array> {
  try {
    return await readFile(fontPath(fileName));
  } catch (cause) {
    throw new AppError({
      code: 'WRITING_FONT_MISSING',
      messageKey: 'writing.errors.fontMissing',
      params: { font: fileName },
      actionKey: 'writing.actions.reinstall',
      cause,
    });
  }
}

/** Characters the font has no glyph for would print as empty boxes: refuse rather than print them. */
function checkCoverage(font: PDFFont, texts: string[]): void {
  const supported = new Set(font.getCharacterSet());
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (code > 0x20 && !supported.has(code)) missing.add(char);
    }
  }
  if (missing.size > 0) {
    throw new AppError({
      code: 'WRITING_CHARACTERS_UNSUPPORTED',
      messageKey: 'writing.errors.charactersUnsupported',
      params: { characters: [...missing].slice(0, 20).join(' ') },
      actionKey: 'writing.actions.useTextOrDocx',
    });
  }
}

/** Split text into lines no wider than `width`; a word longer than a line is broken by characters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraphLine of text.split('\n')) {
    let line = '';
    for (const word of paragraphLine.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // By characters (code points, never half a surrogate pair) for a word wider than the line.
      let rest = [...word];
      while (rest.length > 1 && font.widthOfTextAtSize(rest.join(''), size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut).join(''), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut).join(''));
        rest = rest.slice(cut);
      }
      line = rest.join('');
    }
    lines.push(line);
  }
  return lines;
}

class Layout {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.newPage();
  }

  get width(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
  }

  private ensureRoom(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  lines(lines: string[], options: { bold?: boolean; indent?: number; align?: 'left' | 'right' } = {}): void {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    for (const line of lines) {
      this.ensureRoom(LEADING);
      this.y -= LEADING;
      const x = options.align === 'right' ? A4.width - MARGIN.right - font.widthOfTextAtSize(line, SIZE) : MARGIN.left + indent;
      this.page.drawText(line, { x, y: this.y + 3.5, size: SIZE, font, color: TEXT_COLOR });
    }
  }

  wrapped(text: string, options: { bold?: boolean; indent?: number; align?: 'left' | 'right' } = {}): void {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    this.lines(wrapText(text, font, SIZE, this.width - (options.indent ?? 0)), options);
  }

  /** A numbered item with a hanging indent: the label in the margin, the text aligned after it. */
  item(label: string, text: string): void {
    const labelWidth = this.fonts.regular.widthOfTextAtSize(`${label} `, SIZE);
    const indent = Math.min(labelWidth, 90);
    const lines = wrapText(text, this.fonts.regular, SIZE, this.width - indent);
    this.ensureRoom(LEADING);
    this.page.drawText(label, {
      x: MARGIN.left,
      y: this.y - LEADING + 3.5,
      size: SIZE,
      font: this.fonts.regular,
      color: TEXT_COLOR,
    });
    this.lines(lines, { indent });
    this.y -= 2;
  }

  gap(points = GAP): void {
    this.y -= points;
  }

  /** Keep a block together if it fits on a page: start a new page instead of splitting a short block. */
  keep(height: number): void {
    this.ensureRoom(Math.min(height, A4.height - MARGIN.top - MARGIN.bottom));
  }

  footer(label: (page: number, total: number) => string): void {
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      const text = label(index + 1, total);
      const width = this.fonts.regular.widthOfTextAtSize(text, 8);
      page.drawText(text, {
        x: (A4.width - width) / 2,
        y: MARGIN.bottom / 2,
        size: 8,
        font: this.fonts.regular,
        color: rgb(0.4, 0.4, 0.4),
      });
    });
  }
}

export async function renderLetterPdf(letter: Letter, options: { creationDate?: Date } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(await loadFont(LETTER_FONTS.regular), { subset: true });
  const bold = await doc.embedFont(await loadFont(LETTER_FONTS.bold), { subset: true });
  const blocks = letterBlocks(letter);
  checkCoverage(
    regular,
    blocks.flatMap((b) => ('lines' in b ? b.lines : 'text' in b ? [b.text] : 'name' in b ? [b.closing, b.name] : [])),
  );

  const layout = new Layout(doc, { regular, bold });
  let previous: (typeof blocks)[number]['kind'] | null = null;
  for (const block of blocks) {
    if (previous === 'item' && block.kind !== 'item') layout.gap();
    previous = block.kind;
    switch (block.kind) {
      case 'address':
        layout.keep(block.lines.length * LEADING);
        for (const line of block.lines) layout.wrapped(line);
        layout.gap(GAP * 2);
        break;
      case 'date':
        layout.wrapped(block.text, { align: 'right' });
        layout.gap(GAP * 2);
        break;
      case 'subject':
        layout.wrapped(block.text, { bold: true });
        layout.gap(GAP * 1.5);
        break;
      case 'paragraph':
        layout.wrapped(block.text);
        layout.gap();
        break;
      case 'heading':
        layout.keep(LEADING * 3); // never leave a heading alone at the foot of a page
        layout.gap(GAP / 2);
        layout.wrapped(block.text, { bold: true });
        layout.gap(GAP / 2);
        break;
      case 'item':
        layout.item(block.label, block.text);
        break;
      case 'signature':
        layout.keep(LEADING * 6.5);
        layout.wrapped(block.closing);
        layout.gap(LEADING * 2.5);
        layout.lines(['______________________________']);
        layout.wrapped(block.name);
        layout.gap(GAP * 2);
        break;
      case 'pageBreak':
        layout.newPage();
        break;
    }
  }
  layout.footer((page, total) => `${page} / ${total}`);

  doc.setTitle(letter.subject);
  doc.setAuthor(letter.signatureName);
  doc.setLanguage('pt-PT');
  doc.setCreator('AIMA Prep');
  doc.setProducer('AIMA Prep (pdf-lib)');
  const when = options.creationDate ?? new Date();
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc.save();
}
