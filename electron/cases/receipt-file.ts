import { lstat, open, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { receiptPathLeavesFolder } from '../../shared/case/receipt-path';
import { detectKind } from '../engine/detect';

/**
 * Whether a file an imported evidence log names may be copied into the case as a receipt. The log comes
 * from someone else's folder (an agency's client folder, a file sent by e-mail), so what it names is not
 * trusted: a path with `..`, an absolute path, or a link could make the import copy any file the person
 * can read (their SSH keys, another client's documents) into the case, and from there into a letter's
 * attachments. Only a regular file inside the imported folder, of a receipt's kind and size, is copied.
 */

/** Why a named receipt was not copied; each reason has its own message (batch.problems.evidenceFile*). */
export type ReceiptRefusal = 'missing' | 'outside-folder' | 'link' | 'not-a-file' | 'not-a-receipt' | 'too-large';

export type ReceiptCheck = { ok: true; path: string } | { ok: false; reason: ReceiptRefusal; bytes?: number };

/**
 * A receipt is a payment proof, a screenshot, a saved e-mail or a scanned letter: a few hundred kB to a few MB.
 * 25 MB is far beyond any of them and keeps an import from copying a disk image that happens to be named.
 */
export const MAX_RECEIPT_BYTES = 25 * 1024 * 1024;

/** PDFs and images, decided by content; text only as a saved e-mail or a note (.eml, .txt), never a script. */
const RECEIPT_KINDS = new Set(['pdf', 'jpeg', 'png', 'tiff', 'webp', 'gif', 'heic', 'avif']);
const TEXT_RECEIPT_EXTENSIONS = new Set(['.eml', '.txt']);

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/** `folder` must be the imported folder's real path (links resolved). */
export async function checkReceiptFile(folder: string, storedAs: string): Promise<ReceiptCheck> {
  const refuse = (reason: ReceiptRefusal): ReceiptCheck => ({ ok: false, reason });
  // The same rule readEvidenceLog applies (so the batch and the import skip the same receipts), and Node's own.
  if (receiptPathLeavesFolder(storedAs) || isAbsolute(storedAs)) return refuse('outside-folder');
  const path = resolve(folder, storedAs.replace(/\\/g, '/'));
  if (!inside(folder, path)) return refuse('outside-folder');
  let info;
  try {
    info = await lstat(path);
  } catch {
    return refuse('missing');
  }
  if (info.isSymbolicLink()) return refuse('link');
  if (!info.isFile()) return refuse('not-a-file');
  // A linked folder on the way (evidence/ → /home/someone) leads outside as surely as a linked file.
  let real;
  try {
    real = await realpath(path);
  } catch {
    return refuse('missing');
  }
  if (!inside(folder, real)) return refuse('link');
  if (info.size > MAX_RECEIPT_BYTES) return { ok: false, reason: 'too-large', bytes: info.size };
  const head = Buffer.alloc(Math.min(info.size, 4096));
  const handle = await open(real, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const kind = detectKind(head);
  const isText = kind === 'text' && TEXT_RECEIPT_EXTENSIONS.has(extname(path).toLowerCase());
  if (!RECEIPT_KINDS.has(kind) && !isText) return refuse('not-a-receipt');
  return { ok: true, path: real };
}
