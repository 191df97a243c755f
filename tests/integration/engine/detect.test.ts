import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { detectKind } from '../../../electron/engine/detect';
import { prepareInput } from '../../../electron/engine/stages/prepare-input';
import { tempDir } from './helpers';

const work = tempDir('detect');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const ftyp = (major: string, ...compatible: string[]) => {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const size = 8 + brands.length;
  return new Uint8Array([...[0, 0, 0, size], ...Buffer.from(`ftyp${brands}`, 'latin1'), ...new Array(32).fill(0)]);
};

describe('detectKind: by content, not by name', () => {
  it.each([
    ['PDF', bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['PDF after junk', bytesOf('\r\n\r\nsome mail header\r\n%PDF-1.4\n'), 'pdf'],
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png'],
    ['TIFF little-endian', bytesOf('II*\0\x08\0\0\0'), 'tiff'],
    ['TIFF big-endian', bytesOf('MM\0*\0\0\0\x08'), 'tiff'],
    ['WebP', bytesOf('RIFF\x10\0\0\0WEBPVP8 '), 'webp'],
    ['GIF', bytesOf('GIF89a\x01\0\x01\0'), 'gif'],
    ['HEIC (iPhone)', ftyp('heic', 'mif1', 'heic'), 'heic'],
    ['HEIF mif1 only', ftyp('mif1', 'mif1'), 'heic'],
    ['AVIF', ftyp('avif', 'mif1', 'avif', 'miaf'), 'avif'],
    ['AVIF declared as mif1 with avif brand', ftyp('mif1', 'avif'), 'avif'],
    ['empty', new Uint8Array(), 'empty'],
    ['HTML page saved as .pdf', bytesOf('<!DOCTYPE html>\n<html><head><title>Portal das Finanças</title>'), 'html'],
    ['HTML with BOM and comment', bytesOf('\xef\xbb\xbf  <!-- saved -->\n<html lang="pt">'), 'html'],
    ['XML', bytesOf('<?xml version="1.0"?><invoice/>'), 'xml'],
    ['RTF', bytesOf('{\\rtf1\\ansi hello}'), 'rtf'],
    ['old Word/Excel', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'legacy-office'],
    ['plain text', bytesOf('NIF 123456789\nMorada: Rua X\n'), 'text'],
    ['binary noise', new Uint8Array([0, 0, 0, 1, 0x20, 0x20, 0x80, 0, 0, 0]), 'unknown'],
  ] as const)('%s', (_label, bytes, kind) => {
    expect(detectKind(bytes)).toBe(kind);
  });

  it('a real .docx (made with the docx package) and an OpenDocument text', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Declaração')] }] }));
    expect(detectKind(new Uint8Array(docx))).toBe('docx');
    const odtHead = bytesOf(
      'PK\x03\x04\x14\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x08\0\0\0mimetypeapplication/vnd.oasis.opendocument.text',
    );
    expect(detectKind(odtHead)).toBe('odt');
  });
});

describe('specific errors for files that are not documents', () => {
  it.each([
    ['statement.pdf', '<!doctype html><html><body>Session expired</body></html>', 'FILE_HTML_PAGE'],
    ['notes.pdf', 'just some text\n', 'FILE_NOT_SUPPORTED'],
    ['photo.heic', '\0\0\0\x01    \x80\0\0\0\0\0\0\0', 'IMAGE_UNREADABLE'],
    ['scan.pdf', '\0\0\0\x01    \x80\0\0\0\0\0\0\0', 'PDF_DAMAGED'],
  ] as const)('%s', async (name, content, code) => {
    const path = join(work, name);
    writeFileSync(path, Buffer.from(content, 'latin1'));
    const prepared = await prepareInput({ path }, 0);
    expect(prepared.report.error).toMatchObject({ code, file: name });
    expect(prepared.pdf).toBeNull();
  });

  it('a .docx renamed to .pdf', async () => {
    const path = join(work, 'contrato.pdf');
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] })));
    const prepared = await prepareInput({ path }, 0);
    expect(prepared.report).toMatchObject({ kind: 'docx', error: { code: 'FILE_OFFICE_DOCUMENT', params: { kind: 'docx' } } });
  });

  it('a Windows program renamed passport.pdf is said to be a program, not a damaged PDF (walk of session 6)', async () => {
    // A minimal PE file's head: "MZ", the DOS stub's message, the PE header's offset at 0x3c and "PE\0\0" there.
    const exe = Buffer.alloc(512, 0);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
    exe.write('PE\0\0', 0x80, 'latin1');
    expect(detectKind(new Uint8Array(exe))).toBe('program');
    expect(detectKind(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBe('program');
    const path = join(work, 'passport.pdf');
    writeFileSync(path, exe);
    const prepared = await prepareInput({ path }, 0);
    expect(prepared.report).toMatchObject({ kind: 'program', error: { code: 'FILE_PROGRAM', file: 'passport.pdf' } });
    expect(prepared.pdf).toBeNull();
    // Two letters "MZ" at the start of a text are not a program.
    expect(detectKind(bytesOf('MZ is not a program\n'))).toBe('text');
  });

  it('a missing file', async () => {
    const prepared = await prepareInput({ path: join(work, 'gone.pdf') }, 0);
    expect(prepared.report.error).toMatchObject({ code: 'FILE_NOT_FOUND', file: 'gone.pdf' });
  });

  it('AVIF is converted through sharp', async () => {
    const path = join(work, 'photo.avif');
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3060c0' } })
      .avif()
      .toFile(path);
    const prepared = await prepareInput({ path }, 0);
    expect(prepared.report).toMatchObject({ kind: 'avif', status: 'ok', pages: 1 });
  });
});
