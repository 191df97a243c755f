import type { InputKind } from '../../shared/engine/inputs';

/**
 * Decide what a file is from its first bytes (never from its name). Users
 * rename files, browsers save web pages as ".pdf", and office suites hide
 * their documents in zip files; each gets its own kind so the error can say
 * exactly what to do.
 */
export function detectKind(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) return 'empty';
  const head = bytes.subarray(0, Math.min(bytes.length, 1024));

  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // Classic TIFF (II*\0, MM\0*) and BigTIFF (II+\0, MM\0+).
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(head, [0x49, 0x49, 0x2b, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  const isoKind = isoMediaKind(head);
  if (isoKind) return isoKind;
  if (startsWith(head, [0x42, 0x4d]) && head.length >= 26 && readUint32LE(head, 2) === bytes.length) return 'bmp';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy-office';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (isProgram(head)) return 'program';
  // The PDF header may legally follow some junk within the first 1024 bytes.
  if (indexOfAscii(head, '%PDF-') >= 0) return 'pdf';
  return textKind(head);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function readUint32BE(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, 'latin1');
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);

/** HEIF and AVIF are ISO media files: a `ftyp` box lists the major and compatible brands. */
function isoMediaKind(head: Uint8Array): 'heic' | 'avif' | null {
  if (head.length < 16 || ascii(head, 4, 4) !== 'ftyp') return null;
  const boxSize = Math.min(readUint32BE(head, 0), head.length);
  const brands = [ascii(head, 8, 4)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(head, at, 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heic';
  return null;
}

/**
 * Office Open XML and OpenDocument files are zip archives. OpenDocument puts an
 * uncompressed `mimetype` entry first; OOXML has `word/`, `xl/` or `ppt/` parts.
 * Names of entries are stored in clear in the local headers, so a scan suffices.
 */
function zipKind(bytes: Uint8Array): InputKind {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 20)).toString('latin1');
  const mimetype = /mimetypeapplication\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)/.exec(text);
  if (mimetype) return mimetype[1] === 'text' ? 'odt' : mimetype[1] === 'spreadsheet' ? 'ods' : 'odp';
  const whole =
    bytes.byteLength > 1 << 20 ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : text;
  if (whole.includes('word/')) return 'docx';
  if (whole.includes('xl/')) return 'xlsx';
  if (whole.includes('ppt/')) return 'pptx';
  return 'zip';
}

/**
 * A program renamed as a document (`passport.pdf` that is a Windows .exe): said as such, not as a "damaged PDF"
 * (walk of session 6). Windows executables start with "MZ" and point to their "PE" header; Linux's with ELF;
 * macOS's with a Mach-O magic number.
 */
function isProgram(head: Uint8Array): boolean {
  if (startsWith(head, [0x4d, 0x5a]) && head.length >= 64) {
    const pe = readUint32LE(head, 0x3c);
    // A PE header within the bytes read; DOS-only programs (no PE) still carry the DOS stub's message.
    if (pe + 4 <= head.length && ascii(head, pe, 4) === 'PE\0\0') return true;
    return indexOfAscii(head, 'This program cannot be run in DOS mode') >= 0;
  }
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return true;
  const magic = head.length >= 4 ? readUint32BE(head, 0) : 0;
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic);
}

/** Web pages, XML and plain text saved under a document's name. */
function textKind(head: Uint8Array): InputKind {
  let text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|script|title)[\s>]/.test(start)) return 'html';
  if (start.startsWith('<?xml')) return /<(html|xhtml)[\s>]/.test(start) ? 'html' : 'xml';
  // Printable text (allowing common whitespace) with no NUL bytes.
  const sample = head.subarray(0, 512);
  const binary = sample.some((byte) => byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20));
  return binary ? 'unknown' : 'text';
}
