import { MAX_PAGES_PER_DOCUMENT } from '../../../shared/engine/limits';
import type { EncryptionInfo, PdfProtection } from '../../../shared/engine/inputs';
import { engineError } from '../errors';
import { checkObjectStreamsIn, OBJECT_STREAM_INSPECTION } from './object-stream-budget';
import { openQpdfSession, QPDF_EXIT, succeeded, type QpdfSession } from '../qpdf/runtime';
import { rebuildCrossReference } from './rebuild-xref';
import { saslPrepared } from './saslprep';

/** A PDF as the rest of the pipeline gets it: never encrypted, structurally sound, with its page count. */
export interface OpenedPdf {
  bytes: Uint8Array;
  pages: number;
  protection: PdfProtection;
  /** The encryption that was removed, or null if there was none. */
  decrypted: EncryptionInfo | null;
  /** qpdf recovered the file, or its cross-reference table was rebuilt (a technical note, not a warning). */
  repaired: boolean;
  /** qpdf's warnings while recovering it (report.json's technical detail). */
  repairNotes: string[];
}

type Attempt = { ok: true; pdf: OpenedPdf } | { ok: false; damaged: true; detail: string };

type EncryptionProbe =
  | { outcome: 'opened'; encryption: EncryptionInfo | null; inspection: Inspection }
  | { outcome: 'bad-password' }
  | { outcome: 'damaged'; detail: string };

/** What one inspection run printed: the page count, and the lines the object-stream check reads. */
interface Inspection {
  pages: number;
  lines: string[];
}

const passwordArg = (password: string) => `--password=${password}`;
const isPasswordFailure = (stderr: string[]) => stderr.some((line) => /invalid password/i.test(line));

/**
 * Open the file with a password and ask qpdf, in one run, everything the file is judged on before it is
 * rewritten: its page count (/Count of the page tree), its encryption (revision, method, key) and its
 * cross-reference table (where the object streams are, for object-stream-budget.ts). One run instead of
 * four (JSON encrypt key, --show-npages, --show-xref, --show-encryption): each run copies the file into
 * qpdf's memory and parses it again, ~0.1 s each on a 30 MB scan. Why not `--requires-password`: in this
 * WebAssembly build it exits 2 ("error") instead of 0 for files that need a password (probably the C++
 * exception it relies on is not caught there), so the check is done here.
 */
function probeWith(qpdf: QpdfSession, bytes: Uint8Array, password: string): EncryptionProbe {
  const run = qpdf.run(['--show-npages', ...OBJECT_STREAM_INSPECTION, passwordArg(password), '{in:in.pdf}'], {
    'in.pdf': bytes,
  });
  if (!succeeded(run)) {
    if (isPasswordFailure(run.stderr)) return { outcome: 'bad-password' };
    return { outcome: 'damaged', detail: run.stderr.join(' ') };
  }
  // --show-npages prints first, a bare number; no other line of the inspection is one.
  const count = run.output.find((text) => /^\d+$/.test(text.trim()));
  const inspection = { pages: count ? Number.parseInt(count, 10) : 0, lines: run.output };
  return { outcome: 'opened', encryption: encryptionInfo(run.output), inspection };
}

/**
 * The encryption qpdf's --show-encryption printed, as report.json states it ("AES-256", "RC4 128-bit"),
 * or null for "File is not encrypted". The key's length (--show-encryption-key) gives RC4's bits.
 */
export function encryptionInfo(lines: readonly string[]): EncryptionInfo | null {
  const trimmed = lines.map((line) => line.trim());
  if (trimmed.includes('File is not encrypted')) return null;
  const revision = trimmed.map((line) => /^R = (\d+)$/.exec(line)).find(Boolean)?.[1];
  if (revision === undefined) return null;
  const method = trimmed.map((line) => /^stream encryption method: (\w+)/.exec(line)).find(Boolean)?.[1];
  const key = trimmed.map((line) => /^Encryption key = ([0-9a-f]*)$/i.exec(line)).find(Boolean)?.[1] ?? '';
  const label = method === 'AESv3' ? 'AES-256' : method === 'AESv2' ? 'AES-128' : `RC4 ${key.length * 4}-bit`;
  return { revision: Number(revision), method: label };
}

/** qpdf's warning lines, without the temporary file name it was given, a few at most. */
function qpdfWarnings(stderr: string[]): string[] {
  return stderr
    .map((line) => line.replace(/^.*?in\.pdf[^:]*:\s*/, '').trim())
    .filter((line) => line !== '')
    .slice(0, 5)
    .map((line) => line.slice(0, 200));
}

function openOnce(qpdf: QpdfSession, bytes: Uint8Array, password: string | undefined, file: string, repaired: boolean): Attempt {
  // First with the empty password: it opens unencrypted and owner-password-only files without asking.
  let probe = probeWith(qpdf, bytes, '');
  let protection: PdfProtection = probe.outcome === 'opened' && probe.encryption ? 'owner-only' : 'none';
  let usedPassword = '';
  if (probe.outcome === 'bad-password') {
    protection = 'user-password';
    if (!password) throw engineError('PDF_PASSWORD_NEEDED', file);
    probe = probeWith(qpdf, bytes, password);
    usedPassword = password;
    const prepared = saslPrepared(password);
    if (probe.outcome === 'bad-password' && prepared !== null) {
      // AES-256 (R5/R6) passwords are compared after SASLprep (ISO 32000-2, 7.6.4.3.3); qpdf compares the bytes
      // as typed, so "S\u00aaSL\u00adprep" would be refused where Acrobat accepts it. Only R5/R6 take this form.
      const retry = probeWith(qpdf, bytes, prepared);
      if (retry.outcome !== 'bad-password' && !(retry.outcome === 'opened' && (retry.encryption?.revision ?? 0) < 5)) {
        probe = retry;
        usedPassword = prepared;
      }
    }
    if (probe.outcome === 'bad-password') throw engineError('PDF_WRONG_PASSWORD', file);
  }
  if (probe.outcome !== 'opened') return { ok: false, damaged: true, detail: probe.outcome === 'damaged' ? probe.detail : '' };
  // Counted before decrypting (one walk of the page tree, ~1 s for 100,000 pages; rewriting that file takes
  // over 10 s): a file beyond the limit is refused before any stage that works on every page.
  const { pages, lines } = probe.inspection;
  if (pages === 0) throw engineError('PDF_NO_PAGES', file);
  if (pages > MAX_PAGES_PER_DOCUMENT) throw engineError('PDF_TOO_MANY_PAGES', file, { pages, max: MAX_PAGES_PER_DOCUMENT });
  // Rewriting the file reads every object, inflating whole object streams: a bomb hidden in one is
  // refused here, before qpdf (or pdf-lib later) inflates it.
  checkObjectStreamsIn(lines, bytes, file);
  // --stream-data=preserve: decrypt without decoding and re-encoding streams. qpdf otherwise inflates every
  // Flate-in-Flate stream to re-deflate it (a 5.6 kB bomb held it for 20-60 s); decoding is bounded later
  // (decode-budget.ts) and the compress stage re-encodes the images that need it.
  const run = qpdf.run(
    ['--decrypt', '--stream-data=preserve', passwordArg(usedPassword), '{in:in.pdf}', '{out:out.pdf}'],
    { 'in.pdf': bytes },
    ['out.pdf'],
  );
  const output = run.outputs.get('out.pdf');
  if (!succeeded(run) || !output) {
    return { ok: false, damaged: true, detail: run.stderr.join(' ') };
  }
  // A repaired structure is no warning (issue 18): qpdf repairs a broken cross-reference table silently
  // and the person can do nothing about it; what matters — every page and image readable — is judged on
  // the output by the validate stage. It stays in report.json as technical detail.
  const recovered = repaired || run.exitCode === QPDF_EXIT.warnings;
  const repairNotes = recovered ? qpdfWarnings(run.stderr) : [];
  return {
    ok: true,
    pdf: { bytes: output, pages, protection, decrypted: probe.encryption, repaired: recovered, repairNotes },
  };
}

/**
 * Decrypt (when needed) and normalise a PDF through qpdf; rebuild a damaged
 * cross-reference table when qpdf cannot open the file as it is.
 *
 * Errors: PDF_PASSWORD_NEEDED (user password missing), PDF_WRONG_PASSWORD,
 * PDF_DAMAGED (not recoverable), PDF_NO_PAGES. The password is only passed to
 * qpdf in memory; it is never logged or returned.
 */
export async function openPdf(bytes: Uint8Array, options: { file: string; password?: string }): Promise<OpenedPdf> {
  const qpdf = await openQpdfSession();
  const first = openOnce(qpdf, bytes, options.password, options.file, false);
  if (first.ok) return first.pdf;
  const rebuilt = await rebuildCrossReference(bytes);
  if (!rebuilt) throw engineError('PDF_DAMAGED', options.file);
  const second = openOnce(qpdf, rebuilt, options.password, options.file, true);
  if (second.ok) return second.pdf;
  throw engineError('PDF_DAMAGED', options.file);
}
