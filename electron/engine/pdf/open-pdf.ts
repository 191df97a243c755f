import type { EngineNote } from '../../../shared/engine/errors';
import type { EncryptionInfo, PdfProtection } from '../../../shared/engine/inputs';
import { engineError, engineNote } from '../errors';
import { QPDF_EXIT, runQpdf } from '../qpdf/runtime';
import { rebuildCrossReference } from './rebuild-xref';

/** A PDF as the rest of the pipeline gets it: never encrypted, structurally sound, with its page count. */
export interface OpenedPdf {
  bytes: Uint8Array;
  pages: number;
  protection: PdfProtection;
  /** The encryption that was removed, or null if there was none. */
  decrypted: EncryptionInfo | null;
  repaired: boolean;
  warnings: EngineNote[];
}

type Attempt = { ok: true; pdf: OpenedPdf } | { ok: false; damaged: true; detail: string };

type EncryptionProbe =
  { outcome: 'opened'; encryption: EncryptionInfo | null } | { outcome: 'bad-password' } | { outcome: 'damaged'; detail: string };

const passwordArg = (password: string) => `--password=${password}`;
const isPasswordFailure = (stderr: string[]) => stderr.some((line) => /invalid password/i.test(line));

/**
 * Open the file with a password and read its encryption parameters (qpdf's
 * JSON `encrypt` key). Why not `--requires-password`: in this WebAssembly build
 * it exits 2 ("error") instead of 0 for files that need a password (the C++
 * exception it relies on is not caught), so the password check is done here.
 */
async function probeWith(bytes: Uint8Array, password: string): Promise<EncryptionProbe> {
  const run = await runQpdf(['--json', '--json-key=encrypt', passwordArg(password), '{in:in.pdf}'], { 'in.pdf': bytes });
  if (run.exitCode !== QPDF_EXIT.ok && run.exitCode !== QPDF_EXIT.warnings) {
    if (isPasswordFailure(run.stderr)) return { outcome: 'bad-password' };
    return { outcome: 'damaged', detail: run.stderr.join(' ') };
  }
  try {
    const json = JSON.parse(run.stdout.join('\n')) as {
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

/** How a PDF is protected, found without a password; null when qpdf cannot read it as it is. */
export async function probeProtection(bytes: Uint8Array): Promise<PdfProtection | null> {
  const probe = await probeWith(bytes, '');
  if (probe.outcome === 'bad-password') return 'user-password';
  if (probe.outcome === 'damaged') return null;
  return probe.encryption ? 'owner-only' : 'none';
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const run = await runQpdf(['--show-npages', '{in:in.pdf}'], { 'in.pdf': bytes });
  const count = Number.parseInt(run.stdout.join('').trim(), 10);
  return Number.isFinite(count) ? count : 0;
}

async function openOnce(bytes: Uint8Array, password: string | undefined, file: string, repaired: boolean): Promise<Attempt> {
  // First with the empty password: it opens unencrypted and owner-password-only files without asking.
  let probe = await probeWith(bytes, '');
  let protection: PdfProtection = probe.outcome === 'opened' && probe.encryption ? 'owner-only' : 'none';
  let usedPassword = '';
  if (probe.outcome === 'bad-password') {
    protection = 'user-password';
    if (!password) throw engineError('PDF_PASSWORD_NEEDED', file);
    probe = await probeWith(bytes, password);
    if (probe.outcome === 'bad-password') throw engineError('PDF_WRONG_PASSWORD', file);
    usedPassword = password;
  }
  if (probe.outcome !== 'opened') return { ok: false, damaged: true, detail: probe.outcome === 'damaged' ? probe.detail : '' };
  const run = await runQpdf(['--decrypt', passwordArg(usedPassword), '{in:in.pdf}', '{out:out.pdf}'], { 'in.pdf': bytes }, [
    'out.pdf',
  ]);
  const output = run.outputs.get('out.pdf');
  if ((run.exitCode !== QPDF_EXIT.ok && run.exitCode !== QPDF_EXIT.warnings) || !output) {
    return { ok: false, damaged: true, detail: run.stderr.join(' ') };
  }
  const pages = await pageCount(output);
  if (pages === 0) throw engineError('PDF_NO_PAGES', file);
  const warnings: EngineNote[] = [];
  if (repaired) warnings.push(engineNote('PDF_REPAIRED'));
  else if (run.exitCode === QPDF_EXIT.warnings) warnings.push(engineNote('PDF_RECOVERED_WITH_WARNINGS'));
  return { ok: true, pdf: { bytes: output, pages, protection, decrypted: probe.encryption, repaired, warnings } };
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
  const first = await openOnce(bytes, options.password, options.file, false);
  if (first.ok) return first.pdf;
  const rebuilt = await rebuildCrossReference(bytes);
  if (!rebuilt) throw engineError('PDF_DAMAGED', options.file);
  const second = await openOnce(rebuilt, options.password, options.file, true);
  if (second.ok) return second.pdf;
  throw engineError('PDF_DAMAGED', options.file);
}
