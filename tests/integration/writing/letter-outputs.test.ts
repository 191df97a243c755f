import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLetterDocx } from '../../../electron/writing/letter-docx';
import { renderLetterPdf } from '../../../electron/writing/letter-pdf';
import { buildLetter, letterPlainText, type Letter } from '../../../shared/writing/letter';
import { caseWithThreeEvidenceEntries, FULL_NAME } from './fixture-case';

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) lines.push(item.str + (item.hasEOL ? '\n' : ''));
    }
    lines.push('\n');
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: lines.join(''), pages };
}

/** Whitespace-insensitive: wrapping splits lines differently in each format. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

let root: string;
let work: string;
let letter: Letter;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aima-letter-'));
  work = await mkdtemp(join(tmpdir(), 'aima-letter-files-'));
  const { caseFile } = await caseWithThreeEvidenceEntries(root, work);
  letter = buildLetter(caseFile, { date: '2026-04-21', purpose: 'portal-failure' });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('carta registada outputs', () => {
  it('the PDF holds the exact name, the chronology in date order and the numbered annex list', async () => {
    const bytes = await renderLetterPdf(letter);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(bytes);
    const all = flat(text);

    expect(text).toContain(FULL_NAME);
    expect(all).toContain('Lisboa, 21 de abril de 2026');
    expect(all).toContain('título de residência n.º AR-998877');

    const chronology = [
      '2 de março de 2026, às 09:15 — Erro no portal (captura de ecrã)',
      '10 de março de 2026, às 16:45 — E-mail enviado à AIMA',
      '20 de março de 2026, às 11:00 — Chamada telefónica',
    ];
    const positions = chronology.map((line) => all.indexOf(line));
    expect(
      positions.every((p) => p >= 0),
      `chronology lines found at ${positions.join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const annexes = [
      'Anexo 1 — Cópia do título de residência (frente e verso)',
      'Anexo 2 — Cópia do passaporte',
      'Anexo 3 — Captura de ecrã do erro no portal, em 2 de março de 2026, às 09:15 — erro-portal.png',
      'Anexo 4 — E-mail enviado à AIMA em 10 de março de 2026, às 16:45 — email-enviado.pdf',
    ];
    for (const annex of annexes) expect(all).toContain(annex);
    expect(all.indexOf(annexes[0]!)).toBeLessThan(all.indexOf(annexes[3]!));
    // The chronology points at the annexes that prove each step.
    expect(all).toContain('Cidadão não identificado" (Anexo 3)');

    // The AIMA address is a visible placeholder, never an invented address.
    expect(all).toContain('[MORADA DA AIMA — confirme em aima.gov.pt/pt/contactos antes de enviar]');
    // The English reading aid follows on its own page.
    expect(all).toContain('English reading aid');
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('wraps long text inside the margins and breaks pages when the text runs long', async () => {
    const long: Letter = {
      ...letter,
      chronology: Array.from({ length: 60 }, (_, i) => ({
        at: `2026-03-01T10:00:00Z`,
        pt: `Tentativa ${i + 1}: ${'palavra '.repeat(40)}fim`,
        en: `Attempt ${i + 1}`,
      })),
    };
    const { text, pages } = await pdfText(await renderLetterPdf(long));
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(flat(text)).toContain('Tentativa 60:');
    // No extracted line is longer than what fits in the text width at 10.5 pt.
    const longest = Math.max(...text.split('\n').map((l) => l.length));
    expect(longest).toBeLessThan(110);
  });

  it('the .docx opens in a standard reader (mammoth) and holds the same text as the PDF and the plain text', async () => {
    const docx = await renderLetterDocx(letter);
    const { value: docxText, messages } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    const pdf = flat((await pdfText(await renderLetterPdf(letter))).text).replace(/ \d+ \/ \d+ /g, ' ');
    const plain = letterPlainText(letter);

    expect(docxText).toContain(FULL_NAME);
    // Every non-empty line of the plain text appears in the .docx and in the PDF, in the same order.
    const lines = plain
      .split('\n')
      .map(flat)
      .filter((l) => l && !/^[-_]+$/.test(l));
    const docxFlat = flat(docxText.replace(/\t/g, ' '));
    let docxAt = -1;
    let pdfAt = -1;
    for (const line of lines) {
      const inDocx = docxFlat.indexOf(line, docxAt + 1);
      const inPdf = pdf.indexOf(line, pdfAt + 1);
      expect(inDocx, `docx: ${line}`).toBeGreaterThan(docxAt);
      expect(inPdf, `pdf: ${line}`).toBeGreaterThan(pdfAt);
      docxAt = inDocx;
      pdfAt = inPdf;
    }
  });
});
