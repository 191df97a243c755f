import { AlignmentType, Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { letterBlocks, type Letter } from '../../shared/writing/letter';

/**
 * The letter as an editable Word document (.docx, via the `docx` package),
 * from the same blocks as the PDF and the plain text. Arial is named because
 * every office suite has it or a metric twin with Vietnamese, Polish and
 * Turkish letters; the text itself is Unicode either way.
 */

const FONT = 'Arial';
const SIZE = 21; // half-points: 10.5 pt, as in the PDF
const AFTER = 160; // twips after a paragraph (8 pt)

function run(text: string, bold = false): TextRun {
  return new TextRun({ text, bold, font: FONT, size: SIZE });
}

/** Lines of one block kept in one paragraph, separated by line breaks (as on an envelope). */
function linesParagraph(lines: string[], after = AFTER * 2): Paragraph {
  return new Paragraph({
    spacing: { after },
    children: lines.map((line, i) => new TextRun({ text: line, font: FONT, size: SIZE, break: i === 0 ? 0 : 1 })),
  });
}

function paragraphsOf(letter: Letter): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of letterBlocks(letter)) {
    switch (block.kind) {
      case 'address':
        out.push(linesParagraph(block.lines));
        break;
      case 'date':
        out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: AFTER * 2 }, children: [run(block.text)] }));
        break;
      case 'subject':
        out.push(new Paragraph({ spacing: { after: AFTER * 1.5 }, children: [run(block.text, true)] }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ spacing: { after: AFTER }, alignment: AlignmentType.JUSTIFIED, children: [run(block.text)] }));
        break;
      case 'heading':
        out.push(
          new Paragraph({ spacing: { before: AFTER / 2, after: AFTER / 2 }, keepNext: true, children: [run(block.text, true)] }),
        );
        break;
      case 'item':
        out.push(
          new Paragraph({
            spacing: { after: 40 },
            indent: { left: 720, hanging: 720 },
            children: [run(`${block.label}\t${block.text}`)],
          }),
        );
        break;
      case 'signature':
        out.push(new Paragraph({ keepNext: true, children: [run(block.closing)] }));
        out.push(new Paragraph({ spacing: { before: 720 }, keepNext: true, children: [run('______________________________')] }));
        out.push(new Paragraph({ spacing: { after: AFTER * 2 }, children: [run(block.name)] }));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function renderLetterDocx(letter: Letter): Promise<Uint8Array> {
  const document = new Document({
    creator: 'AIMA Prep',
    title: letter.subject,
    description: 'Carta registada para a AIMA',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twips
            margin: { top: 1280, bottom: 1440, left: 1280, right: 1280 },
          },
        },
        children: paragraphsOf(letter),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
