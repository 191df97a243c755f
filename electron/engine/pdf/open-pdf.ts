import { MAX_PAGES_PER_DOCUMENT } from '../../../shared/engine/limits';
import type { EncryptionInfo, PdfProtection } from '../../../shared/engine/inputs';
import { engineError } from '../errors';
import { checkObjectStreams } from './object-stream-budget';
import { openQpdfSession, QPDF_EXIT, succeeded, type QpdfRun, type QpdfSession } from '../qpdf/runtime';
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
  { outcome: 'opened'; encryption: EncryptionInfo | null } | { outcome: 'bad-password' } | { outcome: 'damaged'; detail: string };

const passwordArg = (password: string) => `--password=${password}`;
const isPasswordFailure = (stderr: string[]) => stderr.some((line) => /invalid password/i.test(line));

/**
 * Open the file with a password and read its encryption parameters (qpdf's
 * JSON `encrypt` key). Why not `--requires-password`: in this WebAssembly build
 * it exits 2 ("error") instead of 0 for files that need a password (probably
 * the C++ exception it relies on is not caught there), so the check is done here.
 */
function probeWith(qpdf: QpdfSession, bytes: Uint8Array, password: string): EncryptionProbe {
  const run = qpdf.run(['--json', '--json-key=encrypt', passwordArg(password), '{in:in.pdf}'], { 'in.pdf': bytes });
  if (!succeeded(run)) {
    if (isPasswordFailure(run.stderr)) return { outcome: 'bad-password' };
    return { outcome: 'damaged', detail: run.stderr.join(' ') };
  }
  try {
    const json = JSON.parse(jsonOf(run)) as {
      encrypt?: { encrypted?: boolean; parameters?: { R?: number; bits?: number; method?: string } };
    };
    const parameters = json.encrypt?.parameters;
    if (!json.encrypt?.encrypted || !parameters) return { outcome: 'opened', encryption: null };
    const method = parameters.method?.startsWith('AES') ? `AES-${parameters.bits ?? 0}` : `RC4 ${parameters.bits ?? 0}-bit`;
    return { outcome: 'opened', encryption: { revision: parameters.R ?? 0, method } };
  } catch {
    return { outcome: 'damaged', detail: 'unreadable qpdf JSON' };
  }
}

/** The JSON document qpdf printed (between a line "{" and a line "}"), whichever stream it went to. */
function jsonOf(run: QpdfRun): string {
  const start = run.output.indexOf('{');
  const end = run.output.lastIndexOf('}');
  return start >= 0 && end > start ? run.output.slice(start, end + 1).join('\n') : '';
}

function pageCount(qpdf: QpdfSession, bytes: Uint8Array, password: string): number {
  const run = qpdf.run(['--show-npages', passwordArg(password), '{in:in.pdf}'], { 'in.pdf': bytes });
  const line = run.output.find((text) => /^\d+$/.test(text.trim()));
  return succeeded(run) && line ? Number.parseInt(line, 10) : 0;
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
  const pages = pageCount(qpdf, bytes, usedPassword);
  if (pages === 0) throw engineError('PDF_NO_PAGES', file);
  if (pages > MAX_PAGES_PER_DOCUMENT) throw engineError('PDF_TOO_MANY_PAGES', file, { pages, max: MAX_PAGES_PER_DOCUMENT });
  // Rewriting the file reads every object, inflating whole object streams: a bomb hidden in one is
  // refused here, before qpdf (or pdf-lib later) inflates it.
  checkObjectStreams(qpdf, bytes, usedPassword, file);
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
